"""My parcels' feeds over HTTP: the iCal calendar (parsed back with ``icalendar``) and the
JSON feed at signed URLs, both revoked by a new feed key."""

from __future__ import annotations

from datetime import UTC, date, datetime

import httpx
import icalendar

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import health
from parceltrail.services import tracking as tracking_service
from tests import factories

DELIVERED = factories.s10(3)
UNDERWAY = factories.s10(4)
UPS = "1Z999AA10123456784"


def _me(app: App) -> dict[str, str]:
    factories.user(app, "me@example.com", Role.BUYER)
    return {"Authorization": f"Bearer {factories.token(app, 'me@example.com')}"}


def _journeys(app: App) -> None:
    start = datetime(2026, 11, 10, 8, tzinfo=UTC)
    underway = factories.raw_journey(UNDERWAY, start)[:5]
    with app.uow() as uow:
        for raw in (factories.raw_journey(DELIVERED, start), underway):
            events, _ = tracking_service.parse_events(raw, now=app.clock())
            tracking_service.ingest(uow=uow, actor=None, events=events, now=app.clock())
        health.sweep(uow=uow, now=app.clock())


def test_the_calendar_has_an_all_day_event_per_expected_parcel(
    app: App, http: httpx.Client
) -> None:
    me = _me(app)
    for number in (DELIVERED, UNDERWAY, UPS):
        assert http.post("/api/v1/parcels", json={"tracking_number": number}, headers=me).is_success
    _journeys(app)
    feeds = http.get("/api/v1/parcels/feeds", headers=me).json()
    assert feeds["ical"].startswith(app.settings.base_url)
    ical_path = "/feeds/" + feeds["ical"].split("/feeds/", 1)[1]
    json_path = "/feeds/" + feeds["json_feed"].split("/feeds/", 1)[1]

    answer = http.get(ical_path)
    assert answer.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(answer.text)
    events = {
        str(e["DESCRIPTION"]).split("\n")[0].removeprefix("Tracking number: "): e
        for e in calendar.walk("VEVENT")
    }
    delivered = events[DELIVERED]
    assert delivered.decoded("DTSTART") == date(2026, 11, 22)  # delivered 296 h after start
    assert delivered.decoded("DTEND") == date(2026, 11, 23)
    assert str(delivered["SUMMARY"]).startswith("Delivered: ")
    assert UPS not in events  # no events, no ETA: nothing to put in a calendar

    feed = http.get(json_path).json()
    by_number = {entry["tracking_number"]: entry for entry in feed["parcels"]}
    assert feed["count"] == 3
    assert by_number[DELIVERED]["status"] == "delivered"
    assert by_number[DELIVERED]["expected_date"] == "2026-11-22"
    assert by_number[UPS]["expected_date"] is None
    for number, entry in by_number.items():  # the calendar and the JSON agree on every date
        if entry["expected_date"]:
            assert events[number].decoded("DTSTART").isoformat() == entry["expected_date"]


def test_feeds_are_signed_and_a_new_key_revokes_them(app: App, http: httpx.Client) -> None:
    me = _me(app)
    old = http.get("/api/v1/parcels/feeds", headers=me).json()
    old_path = "/feeds/" + old["ical"].split("/feeds/", 1)[1]
    assert http.get(old_path).status_code == 200
    forged = old_path[:-8] + ("0" if old_path[-8] != "0" else "1") + old_path[-7:]
    assert http.get(forged).status_code == 404
    new = http.post("/api/v1/parcels/feeds/rotate", headers=me).json()
    assert new["ical"] != old["ical"]
    assert http.get(old_path).status_code == 404
    assert http.get("/feeds/" + new["json_feed"].split("/feeds/", 1)[1]).status_code == 200
