"""End to end with a 17TRACK key and nothing else: a dispatched number is registered with
17TRACK (a loopback stand-in answering with its documented bodies), 17TRACK's push follows, the
buyer is mailed, and tracking is stopped once delivered. With the day's budget used up the
tracking says it is paused, and it resumes the next day.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from parceltrail.bootstrap import App, build
from parceltrail.connectors import aftership, seventeentrack
from parceltrail.domain.users import Role, User
from parceltrail.services import orders
from parceltrail.storage.tables import tracking_registrations
from tests import factories
from tests.integration.notify.conftest import SmtpServer, run, served
from tests.standin import DATA, StandIn, fixture

NUMBER = "RR123456789CN"  # the number of 17TRACK's documented examples
KEY = "17-key"


def with_17track(napp: App, clock: Any, api: StandIn, **settings: Any) -> App:
    return build(
        napp.settings.model_copy(
            update={
                "seventeentrack_api_key": KEY,
                "seventeentrack_api_url": api.url + "/track/v2.2",
                "seventeentrack_requests_per_second": 100.0,
                **settings,
            }
        ),
        clock=clock,
    )


def ship(app: App, seller: User, number: str, reference: str = "R-1") -> None:
    """Dispatch on a new order; 17TRACK's example number fails the S10 check digit, so the
    seller names the carrier and confirms it, as the dispatch form allows."""
    placed = factories.order(app, seller, reference)
    with app.uow() as uow:
        orders.dispatch(
            uow=uow,
            seller=seller,
            order_id=placed.id,
            tracking_number=number,
            now=app.clock(),
            carrier="china_post" if number == NUMBER else None,
            skip_number_check=number == NUMBER,
            protection=app.periods.protection,
        )


def registrations(app: App) -> dict[str, dict[str, Any]]:
    with app.engine.connect() as connection:
        rows = connection.execute(select(tracking_registrations)).mappings().all()
    return {row["tracking_number"]: dict(row) for row in rows}


def test_dispatch_registered_pushed_mailed_then_stopped(
    napp: App, smtp: SmtpServer, clock: Any, api: StandIn
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/stoptrack", 200, fixture("17track_stoptrack.json"))
    app = with_17track(napp, clock, api)
    try:
        seller = factories.user(app, "seller@example.com", Role.SELLER)
        ship(app, seller, NUMBER)
        run(app)  # the sweep registers the dispatched number

        [register] = api.calls("/register")
        assert register.body == [{"number": NUMBER, "carrier": 3011}]
        assert registrations(app)[NUMBER]["state"] == "registered"

        pushed = (DATA / "webhooks/seventeentrack_tracking_updated.json").read_bytes()
        with served(app) as http:
            answer = http.post(
                "/api/v1/webhooks/17track",
                content=pushed,
                headers={"sign": seventeentrack.sign(pushed, KEY)},
            )
        assert answer.status_code == 200, answer.text
        assert registrations(app)[NUMBER]["heard_at"] is not None
        run(app)
        assert any("delivered" in s.lower() for s in smtp.inbox.subjects()), smtp.inbox.subjects()

        clock.advance(minutes=11)  # the upkeep sweep's turn
        run(app)
        assert [c.body for c in api.calls("/stoptrack")] == [[{"number": NUMBER, "carrier": 3011}]]
        stopped = registrations(app)[NUMBER]
        assert (stopped["state"], stopped["stopped_reason"]) == ("stopped", "final")
    finally:
        app.close()


def accepting(number: str) -> dict[str, Any]:
    """17TRACK's documented register answer, for another number (nothing rejected)."""
    answer: dict[str, Any] = fixture("17track_register.json")
    answer["data"]["accepted"][0]["number"] = number
    answer["data"]["rejected"] = []
    return answer


def test_a_used_up_day_pauses_with_a_note_and_resumes_the_next_day(
    napp: App, smtp: SmtpServer, clock: Any, api: StandIn
) -> None:
    later = "LP00068434402473"
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/register", 200, accepting(later))
    app = with_17track(napp, clock, api, seventeentrack_daily_budget=1)
    try:
        seller = factories.user(app, "seller@example.com", Role.SELLER)
        ship(app, seller, NUMBER, reference="R-1")
        run(app)
        clock.advance(seconds=15)
        ship(app, seller, later, reference="R-2")
        run(app)
        assert registrations(app)[NUMBER]["state"] == "registered"
        waiting = registrations(app)[later]
        assert waiting["state"] == "pending"
        note = (
            "tracking paused: the 17TRACK quota for today is used up; "
            "resumes at 2026-11-29 00:00 UTC"
        )
        assert waiting["error"] == note
        assert len(api.calls("/register")) == 1  # nothing asked of 17TRACK beyond the budget

        factories.user(app, "ops@example.com", Role.ADMIN)
        token = factories.token(app, "ops@example.com")
        with served(app) as http:
            answer = http.get(
                f"/api/v1/trackings/{later}", headers={"Authorization": f"Bearer {token}"}
            )
            page = http.get(f"/track/{later}")
        assert answer.status_code == 200, answer.text
        assert answer.json()["tracking_backend"] == {
            "backend": "17track",
            "state": "pending",
            "note": note,
        }
        assert note in page.text

        clock.advance(hours=15)  # 2026-11-29 00:00 UTC and a little
        run(app)
        assert registrations(app)[later]["state"] == "registered"
        assert [c.body for c in api.calls("/register")][1] == [{"number": later, "carrier": 190271}]
    finally:
        app.close()


def test_with_an_aftership_key_a_lookup_is_registered_and_its_push_heard(
    napp: App, smtp: SmtpServer, clock: Any, api: StandIn
) -> None:
    """A number looked up through the API (no order, no carrier API configured) is created at
    AfterShip with its slug; AfterShip's push then counts as heard."""
    pushed: dict[str, Any] = fixture("webhooks/aftership_tracking_update.json")
    number = pushed["msg"]["tracking_number"]
    api.answer("POST", "/trackings", 201, {"meta": {"code": 201}, "data": pushed["msg"]})
    app = build(
        napp.settings.model_copy(
            update={
                "aftership_api_key": "asat_key",
                "aftership_api_url": api.url + "/tracking/2026-07",
                "aftership_webhook_secret": "as-secret",
            }
        ),
        clock=clock,
    )
    try:
        factories.user(app, "ops@example.com", Role.ADMIN)
        token = factories.token(app, "ops@example.com")
        with served(app) as http:
            started = http.post(
                "/api/v1/trackings",
                json={"tracking_number": number, "carrier": "usps"},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert started.status_code == 201, started.text
            run(app)
            [create] = api.calls("/tracking/2026-07/trackings")
            assert create.body == {"tracking_number": number, "slug": "usps"}
            registered = registrations(app)[number]
            assert (registered["state"], registered["priority"]) == ("registered", 1)
            assert registered["external_id"] == pushed["msg"]["id"]

            body = (DATA / "webhooks/aftership_tracking_update.json").read_bytes()
            answer = http.post(
                "/api/v1/webhooks/aftership",
                content=body,
                headers={"aftership-hmac-sha256": aftership.sign(body, "as-secret")},
            )
            assert answer.status_code == 200, answer.text
            tracking = http.get(
                f"/api/v1/trackings/{number}", headers={"Authorization": f"Bearer {token}"}
            ).json()
        assert registrations(app)[number]["heard_at"] is not None
        assert tracking["sub_status"] == "out_for_delivery"
        assert tracking["tracking_backend"] == {
            "backend": "aftership",
            "state": "registered",
            "note": None,
        }
        assert tracking["source_status"]["source"] == "aftership"
    finally:
        app.close()


def test_a_handover_leg_is_registered_and_a_number_17track_stops_is_retracked(
    napp: App, smtp: SmtpServer, clock: Any, api: StandIn
) -> None:
    """Through the worker's sweeps and the webhook endpoint: the seller adds the last-mile
    number (a second leg), which is registered with its own carrier; 17TRACK then pushes
    TRACKING_STOPPED for the first number while the parcel is in transit, and the upkeep
    sweep retracks it."""
    last_mile = "9361289676091361892011"
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/register", 200, accepting(last_mile))
    api.answer("POST", "/retrack", 200, fixture("17track_retrack.json"))
    app = with_17track(napp, clock, api)
    try:
        seller = factories.user(app, "seller@example.com", Role.SELLER)
        ship(app, seller, NUMBER)
        run(app)
        with app.uow() as uow:
            [shipment] = uow.shipments.by_numbers([NUMBER]).values()
            orders.add_leg(
                uow=uow,
                seller=seller,
                shipment_id=shipment.id,
                tracking_number=last_mile,
                carrier="usps",
                now=app.clock(),
                skip_number_check=True,
            )
        clock.advance(seconds=15)
        run(app)
        assert [c.body for c in api.calls("/register")][1] == [
            {"number": last_mile, "carrier": 21051}
        ]
        assert registrations(app)[last_mile]["state"] == "registered"

        stopped: dict[str, Any] = fixture("17track_webhook_tracking_stopped.json")
        stopped["data"]["number"], stopped["data"]["carrier"] = NUMBER, 3011
        body = json.dumps(stopped).encode()
        with served(app) as http:
            answer = http.post(
                "/api/v1/webhooks/17track",
                content=body,
                headers={"sign": seventeentrack.sign(body, KEY)},
            )
        assert answer.status_code == 200, answer.text
        assert registrations(app)[NUMBER]["stopped_reason"] == "stopped_there"

        clock.advance(minutes=11)  # the upkeep sweep's turn
        run(app)
        assert [c.body for c in api.calls("/retrack")] == [[{"number": NUMBER, "carrier": 3011}]]
        assert registrations(app)[NUMBER]["state"] == "registered"
        assert registrations(app)[last_mile]["state"] == "registered"
    finally:
        app.close()


def test_17track_s_own_quota_used_up_pauses_with_a_note_and_resumes_the_next_day(
    napp: App, smtp: SmtpServer, clock: Any, api: StandIn
) -> None:
    """No local budget: 17TRACK itself answers that the plan's quota is used up. The tracking
    says so in the API and on the page, nothing crashes, and the next day's sweep registers
    it once 17TRACK accepts again."""
    api.answer("POST", "/register", 200, fixture("17track_register_quota_used_up.json"))
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    app = with_17track(napp, clock, api)
    try:
        seller = factories.user(app, "seller@example.com", Role.SELLER)
        ship(app, seller, NUMBER)
        run(app)
        note = (
            "tracking paused: the 17TRACK plan's quota is used up; "
            "trying again at 2026-11-29 00:00 UTC"
        )
        assert (registrations(app)[NUMBER]["state"], registrations(app)[NUMBER]["error"]) == (
            "pending",
            note,
        )
        factories.user(app, "ops@example.com", Role.ADMIN)
        token = factories.token(app, "ops@example.com")
        with served(app) as http:
            answer = http.get(
                f"/api/v1/trackings/{NUMBER}", headers={"Authorization": f"Bearer {token}"}
            )
            page = http.get(f"/track/{NUMBER}")
        assert answer.json()["tracking_backend"] == {
            "backend": "17track",
            "state": "pending",
            "note": note,
        }
        assert note in page.text.replace("&#39;", "'")
        clock.advance(minutes=30)
        run(app)
        assert len(api.calls("/register")) == 1  # not asked again the same day

        clock.advance(hours=15)  # 2026-11-29 00:30 UTC
        run(app)
        assert len(api.calls("/register")) == 2
        resumed = registrations(app)[NUMBER]
        assert (resumed["state"], resumed["error"]) == ("registered", None)
    finally:
        app.close()


def test_a_seller_corrects_a_leg_s_carrier_and_17track_is_told(
    napp: App, smtp: SmtpServer, clock: Any, api: StandIn
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/changecarrier", 200, fixture("17track_retrack.json"))
    app = with_17track(napp, clock, api)
    try:
        seller = factories.user(app, "seller@example.com", Role.SELLER)
        factories.user(app, "other@example.com", Role.SELLER)
        ship(app, seller, NUMBER)
        run(app)
        with app.uow() as uow:
            [shipment] = uow.shipments.by_numbers([NUMBER]).values()
        path = f"/api/v1/shipments/{shipment.id}/legs/1"
        mine = {"Authorization": f"Bearer {factories.token(app, 'seller@example.com')}"}
        theirs = {"Authorization": f"Bearer {factories.token(app, 'other@example.com')}"}
        with served(app) as http:
            refused = http.patch(path, json={"carrier": "china_ems"}, headers=theirs)
            assert refused.status_code == 404
            assert (
                http.patch(path[:-1] + "2", json={"carrier": "usps"}, headers=mine).status_code
                == 404
            )
            assert http.patch(path, json={"carrier": " "}, headers=mine).status_code == 422
            answer = http.patch(path, json={"carrier": "China EMS"}, headers=mine)
        assert answer.status_code == 200, answer.text
        assert answer.json()["carrier"] == "china_ems"
        clock.advance(seconds=15)
        run(app)
        assert [c.body for c in api.calls("/changecarrier")] == [
            [{"number": NUMBER, "carrier_new": 3013, "carrier_old": 3011}]
        ]
        assert registrations(app)[NUMBER]["carrier"] == "china_ems"
        assert len(api.calls("/register")) == 1
    finally:
        app.close()
