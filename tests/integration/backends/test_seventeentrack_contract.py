"""The 17TRACK v2.2 client against a loopback stand-in answering with 17TRACK's documented
bodies (tests/data/backends/SOURCES.md): what it sends, and how it reads each answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from parceltrail.connectors.backends.codes import carrier_codes
from parceltrail.connectors.backends.seventeentrack import SeventeenTrack
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.status import SubStatus
from parceltrail.services.backend_ports import (
    BackendQuotaExhausted,
    BackendRefusedKey,
    BackendUnavailable,
    Wanted,
)
from tests.standin import StandIn, fixture

NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
KEY = "17-secret-key"


def client(api: StandIn) -> SeventeenTrack:
    return SeventeenTrack(
        KEY, url=api.url + "/track/v2.2", http=outbound_client(timeout=5), requests_per_second=100
    )


def test_register_sends_the_key_and_17track_carrier_keys_and_reads_accepted_and_rejected(
    api: StandIn,
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    started = client(api).start([Wanted("RR123456789CN", "china_post"), Wanted("1234")], now=NOW)
    [call] = api.calls("/track/v2.2/register")
    assert call.headers["17token"] == KEY
    assert call.body == [{"number": "RR123456789CN", "carrier": 3011}, {"number": "1234"}]
    by_number = {s.number: s for s in started}
    assert by_number["RR123456789CN"].error is None
    assert by_number["RR123456789CN"].carrier == "china_post"  # 3011 mapped back
    assert by_number["1234"].error == "rejected"
    assert by_number["1234"].message == "The format of '1234' is invalid."


@pytest.mark.parametrize("carrier", ["sky56", "jt_express"])
def test_a_carrier_without_a_17track_key_is_left_to_its_detection_and_mapped_back(
    api: StandIn, carrier: str
) -> None:
    """Sky56 is not in 17TRACK's list, J&T is listed only per country: both are registered
    without a carrier key, and the carrier 17TRACK detects (3011) comes back as ours."""
    codes = carrier_codes("17track")
    assert carrier in codes.unserved | codes.detect
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    started, *_ = client(api).start([Wanted("RR123456789CN", carrier)], now=NOW)
    assert api.calls("/register")[0].body == [{"number": "RR123456789CN"}]
    assert started.number == "RR123456789CN"
    assert started.error is None
    assert started.carrier == "china_post"


def test_a_per_country_key_17track_detects_reads_back_as_parceltrail_s_carrier(
    api: StandIn,
) -> None:
    """J&T is registered without a key; 17TRACK's answer naming J&T Express (CN), 190442 (its
    documented register answer, that key changed), reads back as parceltrail's jt_express."""
    detected: dict[str, Any] = fixture("17track_register.json")
    detected["data"]["accepted"][0]["carrier"] = 190442
    api.answer("POST", "/register", 200, detected)
    started, *_ = client(api).start([Wanted("RR123456789CN", "jt_express")], now=NOW)
    assert api.calls("/register")[0].body == [{"number": "RR123456789CN"}]
    assert started.carrier == "jt_express"


def test_a_carrier_17track_cannot_detect_is_said_so_to_try_again(api: StandIn) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register_carrier_not_detected.json"))
    [started] = client(api).start([Wanted("RR123456789CN")], now=NOW)
    assert started.error == "carrier_not_detected"
    assert started.message is not None
    assert started.message.startswith("Carrier cannot be detected")


def test_a_used_up_quota_stops_the_batch(api: StandIn) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register_quota_used_up.json"))
    with pytest.raises(BackendQuotaExhausted) as plan:
        client(api).start([Wanted("RR123456789CN")], now=NOW)
    assert plan.value.period == "plan"


def test_the_daily_cap_reached_pauses_for_the_day(api: StandIn) -> None:
    """-18019907: the dashboard's max_track_daily, the same documented envelope."""
    capped: dict[str, Any] = fixture("17track_register_quota_used_up.json")
    capped["data"]["rejected"][0]["error"]["code"] = -18019907
    api.answer("POST", "/register", 200, capped)
    with pytest.raises(BackendQuotaExhausted) as day:
        client(api).start([Wanted("RR123456789CN")], now=NOW)
    assert day.value.period == "day"


@pytest.mark.parametrize(
    ("status", "body"), [(401, {}), (200, fixture("17track_invalid_key.json"))]
)
def test_a_refused_key_names_the_setting_and_never_the_key(
    api: StandIn, status: int, body: object
) -> None:
    api.answer("POST", "/register", status, body)
    with pytest.raises(BackendRefusedKey) as refused:
        client(api).start([Wanted("RR123456789CN")], now=NOW)
    assert "PARCELTRAIL_17TRACK_API_KEY" in refused.value.message
    assert KEY not in refused.value.message


def test_429_carries_retry_after_and_5xx_is_unavailable(api: StandIn) -> None:
    api.answer("POST", "/register", 429, {}, Retry_After="30")
    api.answer("POST", "/register", 503, {})
    with pytest.raises(BackendUnavailable) as limited:
        client(api).start([Wanted("RR123456789CN")], now=NOW)
    assert limited.value.retry_after == 30.0
    with pytest.raises(BackendUnavailable) as down:
        client(api).start([Wanted("RR123456789CN")], now=NOW)
    assert "503" in down.value.message


def test_gettrackinfo_gives_the_events_and_the_status_17track_vouches_for(api: StandIn) -> None:
    """The documented answer's newest event is two days before NOW: 17TRACK stops nothing
    that recent, so the fetch is one request (no gettracklist)."""
    pushed = fixture("webhooks/seventeentrack_tracking_updated.json")["data"]
    api.answer(
        "POST", "/gettrackinfo", 200, {"code": 0, "data": {"accepted": [pushed], "rejected": []}}
    )
    [tracked] = client(api).fetch([Wanted("RR123456789CN", "china_post")], now=NOW)
    assert tracked.number == "RR123456789CN"
    assert tracked.events
    assert {e.source for e in tracked.events} == {"17track"}
    assert tracked.vouched is not None
    assert tracked.vouched.sub_status is SubStatus.DELIVERED
    assert tracked.stopped is False
    assert api.calls("/gettracklist") == []


NEWEST_EVENT = datetime(2024, 5, 8, 18, 34, tzinfo=UTC)  # the documented answer's latest_event


def _earlier(item: dict[str, Any], *, days: int) -> dict[str, Any]:
    """The documented item with every event time (``time_utc``, ``time_iso``) ``days``
    earlier, so its newest event is that much older."""
    for event in [item["track_info"]["latest_event"]] + [
        e for provider in item["track_info"]["tracking"]["providers"] for e in provider["events"]
    ]:
        for field in ("time_utc", "time_iso"):
            if event.get(field):
                moved = datetime.fromisoformat(event[field]) - timedelta(days=days)
                event[field] = moved.isoformat()
    return item


def _info(*items: dict[str, Any]) -> dict[str, Any]:
    return {"code": 0, "data": {"accepted": list(items), "rejected": []}}


@pytest.mark.parametrize(
    ("quiet", "asked"),
    [(timedelta(days=14) - timedelta(minutes=1), False), (timedelta(days=14), True)],
)
def test_the_track_list_is_asked_once_a_number_may_have_been_stopped_there(
    api: StandIn, quiet: timedelta, asked: bool
) -> None:
    """17TRACK stops a number by itself after 15 days without a change after a delivery, or
    30 without an event change; from 14 days after its newest event, a fetch asks."""
    pushed = fixture("webhooks/seventeentrack_tracking_updated.json")["data"]
    api.answer("POST", "/gettrackinfo", 200, _info(pushed))
    api.answer("POST", "/gettracklist", 200, tracklist(pushed["number"], "Tracking"))
    wanted = [Wanted(pushed["number"], "china_post")]
    [tracked] = client(api).fetch(wanted, now=NEWEST_EVENT + quiet)
    assert tracked.stopped is False
    assert len(api.calls("/gettracklist")) == int(asked)


def test_only_the_quiet_numbers_of_a_batch_are_asked_about(api: StandIn) -> None:
    """A batch of three: one with news two days old, one quiet for 20 days, one with no event
    yet (17TRACK counts its spell from the registration, which gettrackinfo does not give)."""
    recent = fixture("webhooks/seventeentrack_tracking_updated.json")["data"]
    quiet = _earlier(fixture("webhooks/seventeentrack_tracking_updated.json")["data"], days=20)
    quiet["number"] = "RR000000000CN"
    empty = {**recent, "number": "LP00068434402473", "track_info": {}}
    api.answer("POST", "/gettrackinfo", 200, _info(recent, quiet, empty))
    api.answer("POST", "/gettracklist", 200, tracklist(quiet["number"], "Stopped"))
    found = client(api).fetch(
        [Wanted(recent["number"]), Wanted(quiet["number"]), Wanted(empty["number"])], now=NOW
    )
    [call] = api.calls("/gettracklist")
    assert call.body == {"number": "RR000000000CN,LP00068434402473", "page_no": 1}
    assert {t.number: t.stopped for t in found} == {
        recent["number"]: False,
        "RR000000000CN": True,
        "LP00068434402473": False,
    }


def tracklist(number: str, tracking_status: str) -> dict[str, Any]:
    """17TRACK's documented gettracklist answer, for ``number`` and with ``tracking_status``."""
    answer: dict[str, Any] = fixture("17track_gettracklist.json")
    answer["data"]["accepted"][0]["number"] = number
    answer["data"]["accepted"][0]["tracking_status"] = tracking_status
    return answer


def test_a_number_17track_says_it_stopped_tracking_is_fetched_as_stopped(api: StandIn) -> None:
    """gettrackinfo does not say whether 17TRACK still tracks a number; gettracklist's
    ``tracking_status`` does: "Stopped" marks the fetched number stopped there."""
    pushed = fixture("webhooks/seventeentrack_tracking_updated.json")["data"]
    api.answer(
        "POST", "/gettrackinfo", 200, {"code": 0, "data": {"accepted": [pushed], "rejected": []}}
    )
    api.answer("POST", "/gettracklist", 200, tracklist(pushed["number"], "Stopped"))
    later = NEWEST_EVENT + timedelta(days=30)  # 17TRACK's 30 days without an event change
    [tracked] = client(api).fetch([Wanted(pushed["number"], "china_post")], now=later)
    assert tracked.stopped is True
    assert tracked.events  # its events are kept all the same


def test_a_number_17track_no_longer_knows_asks_no_track_list(api: StandIn) -> None:
    """-18019902 (not registered), in the documented rejection of stoptrack's example."""
    unknown: dict[str, Any] = fixture("17track_stoptrack.json")
    unknown["data"]["accepted"] = []
    api.answer("POST", "/gettrackinfo", 200, unknown)
    [tracked] = client(api).fetch([Wanted("21213123123230")], now=NOW)
    assert (tracked.number, tracked.error) == ("21213123123230", "not_registered")
    assert api.calls("/gettracklist") == []


def test_stoptrack_counts_a_number_17track_no_longer_knows_as_stopped(api: StandIn) -> None:
    api.answer("POST", "/stoptrack", 200, fixture("17track_stoptrack.json"))
    stopped = client(api).stop(
        [Wanted("RR123456789CN", "china_post"), Wanted("21213123123230")], now=NOW
    )
    assert sorted(stopped) == ["21213123123230", "RR123456789CN"]


def test_retrack_changecarrier_and_getquota(api: StandIn) -> None:
    api.answer("POST", "/retrack", 200, fixture("17track_retrack.json"))
    api.answer("POST", "/changecarrier", 200, fixture("17track_retrack.json"))
    api.answer("POST", "/getquota", 200, fixture("17track_getquota.json"))
    backend = client(api)
    assert backend.retrack([Wanted("RR123456789CN"), Wanted("21213123123230")], now=NOW) == [
        "RR123456789CN"
    ]
    assert backend.change_carrier(Wanted("RR123456789CN", "china_ems"), "china_post", now=NOW)
    assert api.calls("/changecarrier")[0].body == [
        {"number": "RR123456789CN", "carrier_new": 3011, "carrier_old": 3013}
    ]
    # A carrier without a 17TRACK key cannot be named: nothing is asked.
    assert not backend.change_carrier(Wanted("RR123456789CN"), "jt_express", now=NOW)
    assert len(api.calls("/changecarrier")) == 1
    quota = backend.quota()
    assert quota is not None
    assert (quota.total, quota.used, quota.remaining) == (1100, 2, 1098)


def test_more_than_40_numbers_a_request_is_refused_before_sending(api: StandIn) -> None:
    with pytest.raises(ValueError, match="40"):
        client(api).start([Wanted(f"RR{n:09d}CN") for n in range(41)], now=NOW)
    assert api.seen == []
