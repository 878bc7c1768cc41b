"""Ship24 behind the tracking-backend port on a real database, with a stand-in answering with
the examples of Ship24's OpenAPI reference: registered in bulk, fetched when no push came,
stopped when delivered; its used-up quota pauses the tracking until the next UTC day."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.connectors.backends.seventeentrack import SeventeenTrack
from parceltrail.connectors.backends.ship24 import Ship24
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.backends import Budget, RegistrationState, RoutingPolicy, Timing
from parceltrail.domain.status import SubStatus
from parceltrail.services import backends, inbound
from parceltrail.services.backends import Backends
from tests.standin import StandIn, fixture

NUMBER = "9400115901047177598206"  # the number of Ship24's examples
TRACKER_ID = "26148317-7502-d3ac-44a9-546d240ac0dd"


def configured(api: StandIn) -> Backends:
    client = Ship24(
        "s24-key",
        url=api.url + "/public/v1",
        http=outbound_client(timeout=5),
        requests_per_second=100,
    )
    return Backends(
        available={"ship24": client},
        routing=RoutingPolicy(aggregators=["ship24"]),
        budgets={"ship24": Budget()},
        timing=Timing(push_within=timedelta(hours=24), silence=timedelta(days=30)),
    )


def track_and_sweep(app: App, config: Backends) -> list[backends.BackendReport]:
    with app.uow() as uow:
        inbound.start_tracking(uow=uow, tracking_number=NUMBER, carrier=None, now=app.clock())
        backends.enroll(uow=uow, backends=config, now=app.clock())
    return backends.register_due(uow_factory=app.uow, backends=config, now=app.clock())


def registration(app: App) -> Any:
    with app.uow() as uow:
        return uow.registrations.for_numbers([NUMBER])[NUMBER]


def test_registered_fetched_and_stopped_when_delivered(app: App, api: StandIn, clock: Any) -> None:
    api.answer("POST", "/trackers/bulk", 201, fixture("ship24_bulk_create_success.json"))
    api.answer(
        "GET", f"/trackers/{TRACKER_ID}/results", 200, fixture("ship24_tracker_results.json")
    )
    api.answer("PATCH", f"/trackers/{TRACKER_ID}", 200, fixture("ship24_tracker_updated.json"))
    config = configured(api)
    track_and_sweep(app, config)
    registered = registration(app)
    assert (registered.state, registered.external_id) == (RegistrationState.REGISTERED, TRACKER_ID)
    clock.advance(hours=25)
    [report] = backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.fetched == 1
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
    assert shipment.state.sub_status is SubStatus.DELIVERED  # the milestone Ship24 vouches for
    [stopped] = backends.stop_finished(uow_factory=app.uow, backends=config, now=clock.now)
    assert stopped.stopped == 1
    assert api.calls(f"/trackers/{TRACKER_ID}")[0].body == {"isSubscribed": False}
    assert registration(app).state is RegistrationState.STOPPED


def test_ship24_s_used_up_quota_pauses_until_the_next_utc_day(
    app: App, api: StandIn, clock: Any
) -> None:
    api.answer("POST", "/trackers/bulk", 403, fixture("ship24_bulk_create_forbidden.json"))
    [report] = track_and_sweep(app, configured(api))
    assert report.paused == 1
    paused = registration(app)
    assert paused.paused_until == clock.now.replace(hour=0) + timedelta(days=1)
    assert paused.error.startswith("tracking paused: the Ship24 plan's quota is used up")


def test_with_17track_and_ship24_a_carrier_only_ship24_lists_goes_to_ship24(
    app: App, api: StandIn
) -> None:
    """Chad's post is marked unserved in 17TRACK's map and has a Ship24 code (td-post): with
    both keys it is routed to Ship24, while China Post stays with 17TRACK, the first."""
    ship24 = configured(api).available["ship24"]
    seventeen = SeventeenTrack("17-key", url=api.url, http=outbound_client(timeout=5))
    config = Backends(
        available={"17track": seventeen, "ship24": ship24},
        routing=RoutingPolicy(aggregators=["17track", "ship24"]),
    )
    with app.uow() as uow:
        for number, carrier in (("RR123456785TD", "post_td"), ("RR123456785CN", "china_post")):
            inbound.start_tracking(
                uow=uow, tracking_number=number, carrier=carrier, now=app.clock()
            )
        backends.enroll(uow=uow, backends=config, now=app.clock())
    with app.uow() as uow:
        found = uow.registrations.for_numbers(["RR123456785TD", "RR123456785CN"])
    assert {n: r.backend for n, r in found.items()} == {
        "RR123456785TD": "ship24",
        "RR123456785CN": "17track",
    }
