"""Tracking backends' use cases on a real database with a 17TRACK stand-in: retries with
backoff, fallback fetches, refusals, numbers 17TRACK detects, its quota, orders first."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.connectors import seventeentrack
from parceltrail.connectors.backends.seventeentrack import SeventeenTrack
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.backends import Budget, RoutingPolicy, Timing
from parceltrail.domain.status import SubStatus
from parceltrail.domain.users import Role
from parceltrail.services import backends, inbound, orders
from parceltrail.services.backends import Backends
from tests import factories
from tests.standin import StandIn, fixture

NUMBER = "RR123456789CN"


def configured(api: StandIn, budget: Budget | None = None) -> Backends:
    client = SeventeenTrack(
        "17-key", url=api.url, http=outbound_client(timeout=5), requests_per_second=100
    )
    return Backends(
        available={"17track": client},
        routing=RoutingPolicy(aggregators=["17track"]),
        budgets={"17track": budget or Budget()},
        timing=Timing(push_within=timedelta(hours=24), silence=timedelta(days=30)),
    )


def track(app: App, number: str, carrier: str | None = None) -> None:
    """A standalone tracking (a visitor's lookup) of ``number``."""
    with app.uow() as uow:
        inbound.start_tracking(uow=uow, tracking_number=number, carrier=carrier, now=app.clock())


def sweep(app: App, configured_backends: Backends) -> list[backends.BackendReport]:
    with app.uow() as uow:
        backends.enroll(uow=uow, backends=configured_backends, now=app.clock())
    return backends.register_due(uow_factory=app.uow, backends=configured_backends, now=app.clock())


def registration(app: App, number: str) -> Any:
    with app.uow() as uow:
        return uow.registrations.for_numbers([number])[number]


def test_a_failing_17track_is_retried_with_backoff_then_registered(
    app: App, api: StandIn, clock: Any
) -> None:
    api.answer("POST", "/register", 503, {})
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    config = configured(api)
    track(app, NUMBER, "china_post")
    [report] = sweep(app, config)
    assert (report.retrying, report.registered) == (1, 0)
    waiting = registration(app, NUMBER)
    assert waiting.attempts == 1
    assert waiting.next_attempt_at == clock.now + timedelta(minutes=1)
    sweep(app, config)
    assert len(api.calls("/register")) == 1  # not due yet
    clock.advance(minutes=1)
    [report] = sweep(app, config)
    assert report.registered == 1
    assert registration(app, NUMBER).state.value == "registered"


def test_a_rejected_number_is_left_rejected_with_17track_s_reason(app: App, api: StandIn) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    track(app, "1234")
    sweep(app, configured(api))
    refused = registration(app, "1234")
    assert refused.state.value == "rejected"
    assert refused.error == "The format of '1234' is invalid."


def test_a_carrier_17track_detects_is_kept_in_parceltrail_s_words(app: App, api: StandIn) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    track(app, NUMBER, None)
    sweep(app, configured(api))
    assert api.calls("/register")[0].body == [{"number": NUMBER}]
    assert registration(app, NUMBER).carrier == "china_post"
    with app.uow() as uow:  # written on the leg too: the page names the carrier now
        assert uow.shipments.by_numbers([NUMBER])[NUMBER].carrier == "china_post"
    [report] = backends.follow_carriers(
        uow_factory=app.uow, backends=configured(api), now=app.clock()
    )
    assert report.carriers_changed == 0  # the detection is no correction to send back


def test_17track_s_own_quota_used_up_pauses_until_the_next_utc_day(
    app: App, api: StandIn, clock: Any
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register_quota_used_up.json"))
    track(app, NUMBER, "china_post")
    [report] = sweep(app, configured(api))
    assert report.paused == 1
    paused = registration(app, NUMBER)
    assert paused.paused_until == clock.now.replace(hour=0) + timedelta(days=1)
    assert paused.error == (
        "tracking paused: the 17TRACK plan's quota is used up; trying again at 2026-11-29 00:00 UTC"
    )


def test_orders_are_registered_before_lookups_when_the_budget_is_short(
    app: App, api: StandIn, clock: Any
) -> None:
    answer: dict[str, Any] = fixture("17track_register.json")
    answer["data"]["accepted"][0]["number"] = "LP00068434402473"
    api.answer("POST", "/register", 200, answer)
    track(app, NUMBER, "china_post")  # looked up first
    clock.advance(seconds=5)
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.shipped(app, seller, "LP00068434402473")  # dispatched later
    sweep(app, configured(api, Budget(daily=1, lookup_share=0.5)))
    assert api.calls("/register")[0].body == [{"number": "LP00068434402473", "carrier": 190271}]
    assert registration(app, NUMBER).paused_until is not None


def test_a_number_no_push_reached_is_fetched_and_its_status_taken(
    app: App, api: StandIn, clock: Any
) -> None:
    pushed = fixture("webhooks/seventeentrack_tracking_updated.json")["data"]
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer(
        "POST", "/gettrackinfo", 200, {"code": 0, "data": {"accepted": [pushed], "rejected": []}}
    )
    api.answer("POST", "/gettracklist", 200, fixture("17track_gettracklist.json"))
    config = configured(api)
    track(app, NUMBER, "china_post")
    sweep(app, config)
    [quiet] = backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)
    assert quiet.fetched == 0  # registered just now: a push may still come
    clock.advance(hours=25)
    [report] = backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)
    assert (report.fetched, report.new_events > 0) == (1, True)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
    assert shipment.state.sub_status is SubStatus.DELIVERED
    assert shipment.state.vouched is not None
    assert registration(app, NUMBER).fetched_at == clock.now


def accepting(number: str) -> dict[str, Any]:
    """17TRACK's documented register answer, for another number (nothing rejected)."""
    answer: dict[str, Any] = fixture("17track_register.json")
    answer["data"]["accepted"][0]["number"] = number
    answer["data"]["rejected"] = []
    return answer


def test_a_handover_s_new_number_is_registered_with_its_own_carrier(
    app: App, api: StandIn, clock: Any
) -> None:
    last_mile = "9361289676091361892011"  # USPS, after China Post's leg
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/register", 200, accepting(last_mile))
    config = configured(api)
    track(app, NUMBER, "china_post")
    sweep(app, config)
    with app.uow() as uow:
        inbound.continue_under(
            uow=uow, tracking_number=NUMBER, new_number=last_mile, carrier="usps", now=app.clock()
        )
    clock.advance(seconds=10)
    [report] = sweep(app, config)
    assert report.registered == 1
    assert api.calls("/register")[1].body == [{"number": last_mile, "carrier": 21051}]
    assert registration(app, last_mile).state.value == "registered"
    assert registration(app, NUMBER).state.value == "registered"  # the first leg stays


def stopped_push(number: str) -> bytes:
    """17TRACK's documented TRACKING_STOPPED example (tests/data/backends/SOURCES.md) for
    ``number``."""
    body: dict[str, Any] = fixture("17track_webhook_tracking_stopped.json")
    body["data"]["number"], body["data"]["carrier"] = number, 3011
    return json.dumps(body).encode()


def stopped_by_17track(app: App, number: str) -> None:
    parsed = seventeentrack.parse(
        (raw := stopped_push(number)),
        {"sign": seventeentrack.sign(raw, "17-key")},
        secret="17-key",
        now=app.clock(),
    )
    assert parsed.stopped
    with app.uow() as uow:
        backends.heard(
            uow=uow,
            backend="17track",
            tracking_number=number,
            now=app.clock(),
            stopped=parsed.stopped,
        )


def test_a_number_17track_stopped_is_retracked_while_its_journey_goes_on_here(
    app: App, api: StandIn, clock: Any
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/retrack", 200, fixture("17track_retrack.json"))
    config = configured(api)
    track(app, NUMBER, "china_post")
    sweep(app, config)
    stopped_by_17track(app, NUMBER)
    stopped = registration(app, NUMBER)
    assert (stopped.state.value, stopped.stopped_reason) == ("stopped", "stopped_there")
    clock.advance(minutes=10)
    [report] = backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.retracked == 1
    assert [c.body for c in api.calls("/retrack")] == [[{"number": NUMBER, "carrier": 3011}]]
    again = registration(app, NUMBER)
    assert (again.state.value, again.stopped_reason, again.registered_at) == (
        "registered",
        None,
        clock.now,
    )
    # Stopped a second time, 17TRACK refuses (its documented refusal, for this number).
    stopped_by_17track(app, NUMBER)
    refused: dict[str, Any] = fixture("17track_retrack.json")
    refused["data"]["accepted"] = []
    refused["data"]["rejected"][0]["number"] = NUMBER
    api.answer("POST", "/retrack", 200, refused)
    api.routes[("POST", "/retrack")].pop(0)
    [report] = backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.retracked == 0
    left = registration(app, NUMBER)
    assert (left.state.value, left.stopped_reason) == ("stopped", "not_retracked")
    with app.uow() as uow:
        view = backends.tracking_backend(uow=uow, tracking_number=NUMBER, now=clock.now)
    assert view is not None
    assert view.note == "not tracked: 17TRACK would not track the number again"
    backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert len(api.calls("/retrack")) == 2  # never asked again


def test_a_delivered_number_17track_stopped_is_left_stopped(
    app: App, api: StandIn, clock: Any
) -> None:
    pushed = fixture("webhooks/seventeentrack_tracking_updated.json")["data"]
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer(
        "POST", "/gettrackinfo", 200, {"code": 0, "data": {"accepted": [pushed], "rejected": []}}
    )
    api.answer("POST", "/gettracklist", 200, fixture("17track_gettracklist.json"))
    config = configured(api)
    track(app, NUMBER, "china_post")
    sweep(app, config)
    clock.advance(hours=25)
    backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)  # delivered
    stopped_by_17track(app, NUMBER)
    [report] = backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.retracked == 0
    assert api.calls("/retrack") == []


def test_a_seller_s_corrected_carrier_is_changed_at_17track(
    app: App, api: StandIn, clock: Any
) -> None:
    """A visitor looked the number up as China EMS; the seller dispatches it as China Post:
    17TRACK is told with changecarrier, nothing is registered twice."""
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/changecarrier", 200, fixture("17track_retrack.json"))
    config = configured(api)
    track(app, NUMBER, "china_ems")
    sweep(app, config)
    assert api.calls("/register")[0].body == [{"number": NUMBER, "carrier": 3013}]
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    placed = factories.order(app, seller, "R-1")
    with app.uow() as uow:
        orders.dispatch(
            uow=uow,
            seller=seller,
            order_id=placed.id,
            tracking_number=NUMBER,
            now=clock.now,
            carrier="china_post",
            skip_number_check=True,
            protection=app.periods.protection,
        )
    [report] = backends.follow_carriers(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.carriers_changed == 1
    assert [c.body for c in api.calls("/changecarrier")] == [
        [{"number": NUMBER, "carrier_new": 3011, "carrier_old": 3013}]
    ]
    assert registration(app, NUMBER).carrier == "china_post"
    backends.follow_carriers(uow_factory=app.uow, backends=config, now=clock.now)
    assert len(api.calls("/changecarrier")) == 1  # done once
    assert len(api.calls("/register")) == 1


def test_quotas_say_what_was_spent_against_the_budget_and_what_17track_says_is_left(
    app: App, api: StandIn
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/getquota", 200, fixture("17track_getquota.json"))
    api.answer("POST", "/getquota", 503, {})
    config = configured(api, Budget(daily=5))
    track(app, NUMBER, "china_post")
    sweep(app, config)
    [view] = backends.quotas(uow_factory=app.uow, backends=config, now=app.clock())
    assert view.line() == (
        "17TRACK: 1 of 5 registered today, 1 this month; 17TRACK says 1098 left of 1100"
    )
    [down] = backends.quotas(uow_factory=app.uow, backends=config, now=app.clock())
    assert (down.today, down.provider) == (1, None)
    assert down.line().endswith(
        "17TRACK could not be asked: 17TRACK answered 503; trying again later"
    )


def test_a_number_17track_vouches_expired_while_in_transit_here_is_retracked(
    app: App, api: StandIn, clock: Any
) -> None:
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer("POST", "/retrack", 200, fixture("17track_retrack.json"))
    config = configured(api)
    track(app, NUMBER, "china_post")
    sweep(app, config)
    with app.uow() as uow:
        backends.heard(
            uow=uow,
            backend="17track",
            tracking_number=NUMBER,
            now=clock.now,
            vouched=SubStatus.EXPIRED,
        )
    assert registration(app, NUMBER).stopped_reason == "stopped_there"
    [report] = backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.retracked == 1


def test_a_number_17track_stopped_unheard_is_found_by_the_fetch_and_retracked(
    app: App, api: StandIn, clock: Any
) -> None:
    """17TRACK stopped a number and its TRACKING_STOPPED push never came: the fallback fetch
    reads gettracklist's "Stopped" (its documented answer, that one field changed), and the
    upkeep sweep retracks the number, whose journey has not ended here."""
    pending: dict[str, Any] = dict(fixture("webhooks/seventeentrack_tracking_updated.json")["data"])
    pending["track_info"] = {}  # the documented item, before 17TRACK has any tracking info
    stopped: dict[str, Any] = fixture("17track_gettracklist.json")
    stopped["data"]["accepted"][0]["tracking_status"] = "Stopped"
    api.answer("POST", "/register", 200, fixture("17track_register.json"))
    api.answer(
        "POST", "/gettrackinfo", 200, {"code": 0, "data": {"accepted": [pending], "rejected": []}}
    )
    api.answer("POST", "/gettracklist", 200, stopped)
    api.answer("POST", "/retrack", 200, fixture("17track_retrack.json"))
    config = configured(api)
    track(app, NUMBER, "china_post")
    sweep(app, config)
    clock.advance(hours=25)
    [report] = backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.fetched == 1
    found = registration(app, NUMBER)
    assert (found.state.value, found.stopped_reason) == ("stopped", "stopped_there")
    [retracked] = backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert retracked.retracked == 1
    assert [c.body for c in api.calls("/retrack")] == [[{"number": NUMBER, "carrier": 3011}]]
    assert registration(app, NUMBER).state.value == "registered"


def test_enrolment_reads_the_shipments_changed_since_the_last_one_a_new_leg_included(
    app: App, api: StandIn, clock: Any
) -> None:
    """Each enrolment reads only the shipments made or changed since the previous one; a
    handover's new leg counts as a change, so its number is enrolled hours later too."""
    last_mile = "9361289676091361892011"  # USPS, after China Post's leg
    config = configured(api)
    track(app, NUMBER, "china_post")
    with app.uow() as uow:
        assert backends.enroll(uow=uow, backends=config, now=app.clock()) == 1
    clock.advance(hours=2)
    with app.uow() as uow:  # nothing made or changed since: nothing read, nothing enrolled
        assert backends.enroll(uow=uow, backends=config, now=app.clock()) == 0
        inbound.continue_under(
            uow=uow, tracking_number=NUMBER, new_number=last_mile, carrier="usps", now=app.clock()
        )
    clock.advance(hours=2)
    with app.uow() as uow:
        assert backends.enroll(uow=uow, backends=config, now=app.clock()) == 1
    assert registration(app, last_mile).carrier == "usps"
