"""AfterShip through the tracking-backend use cases on a real database, against a loopback
stand-in: a corrected carrier is a tracking deleted and created again under the new slug
(AfterShip cannot change one in place), and a tracking AfterShip stopped following while the
parcel is not final here is retracked."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.connectors.backends.aftership import AfterShip
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.backends import Budget, RoutingPolicy, Timing
from parceltrail.domain.users import Role
from parceltrail.services import backends, inbound, orders
from parceltrail.services.backends import Backends
from tests import factories
from tests.standin import StandIn, fixture

NUMBER = "9361289676091361892011"


def tracking(**changes: Any) -> dict[str, Any]:
    """The tracking object of AfterShip's webhook docs (tests/data/backends/SOURCES.md)."""
    msg: dict[str, Any] = fixture("webhooks/aftership_tracking_update.json")["msg"]
    return {**msg, **changes}


def envelope(code: int, data: dict[str, Any]) -> dict[str, Any]:
    return {"meta": {"code": code}, "data": data}


def configured(api: StandIn) -> Backends:
    client = AfterShip(
        "asat_key",
        url=api.url + "/tracking/2026-07",
        http=outbound_client(timeout=5),
        requests_per_second=100,
    )
    return Backends(
        available={"aftership": client},
        routing=RoutingPolicy(aggregators=["aftership"]),
        budgets={"aftership": Budget()},
        timing=Timing(push_within=timedelta(hours=24), silence=timedelta(days=30)),
    )


def registered(app: App, config: Backends) -> None:
    with app.uow() as uow:
        inbound.start_tracking(uow=uow, tracking_number=NUMBER, carrier="usps", now=app.clock())
        backends.enroll(uow=uow, backends=config, now=app.clock())
    backends.register_due(uow_factory=app.uow, backends=config, now=app.clock())


def registration(app: App) -> Any:
    with app.uow() as uow:
        return uow.registrations.for_numbers([NUMBER])[NUMBER]


def test_a_corrected_carrier_deletes_the_tracking_and_creates_it_under_the_new_slug(
    app: App, api: StandIn, clock: Any
) -> None:
    api.answer("POST", "/trackings", 201, envelope(201, tracking()))
    api.answer("POST", "/trackings", 201, envelope(201, tracking(id="second", slug="fedex")))
    api.answer("DELETE", f"/trackings/{tracking()['id']}", 200, envelope(200, tracking()))
    config = configured(api)
    registered(app, config)
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    placed = factories.order(app, seller, "R-1")
    with app.uow() as uow:
        orders.dispatch(
            uow=uow,
            seller=seller,
            order_id=placed.id,
            tracking_number=NUMBER,
            now=clock.now,
            carrier="fedex",
            skip_number_check=True,
            protection=app.periods.protection,
        )
    [report] = backends.follow_carriers(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.carriers_changed == 1
    assert [c.method for c in api.seen] == ["POST", "DELETE"]
    waiting = registration(app)
    assert (waiting.state.value, waiting.carrier, waiting.external_id) == ("pending", "fedex", None)
    backends.register_due(uow_factory=app.uow, backends=config, now=clock.now)
    assert api.calls("/trackings")[-1].body == {"tracking_number": NUMBER, "slug": "fedex"}
    again = registration(app)
    assert (again.state.value, again.external_id) == ("registered", "second")


def test_a_tracking_aftership_stopped_following_is_retracked(
    app: App, api: StandIn, clock: Any
) -> None:
    tracking_id = tracking()["id"]
    api.answer("POST", "/trackings", 201, envelope(201, tracking()))
    api.answer("GET", f"/trackings/{tracking_id}", 200, envelope(200, tracking(active=False)))
    api.answer(
        "POST", f"/trackings/{tracking_id}/retrack", 200, envelope(200, tracking(active=True))
    )
    config = configured(api)
    registered(app, config)
    clock.advance(hours=25)  # no push: the fallback fetch finds AfterShip stopped following
    backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)
    stopped = registration(app)
    assert (stopped.state.value, stopped.stopped_reason) == ("stopped", "stopped_there")
    [report] = backends.retrack_stopped(uow_factory=app.uow, backends=config, now=clock.now)
    assert report.retracked == 1
    assert api.calls(f"/trackings/{tracking_id}/retrack")[0].method == "POST"
    assert registration(app).state.value == "registered"


def test_a_fetched_trackings_carrier_day_is_stored_and_one_naming_none_keeps_it(
    app: App, api: StandIn, clock: Any
) -> None:
    """The fallback fetch (no push for a day) brings the carrier's estimated day as a push
    does: stored on the shipment, replaced by a later one, kept by one that names none."""
    tracking_id = tracking()["id"]
    api.answer("POST", "/trackings", 201, envelope(201, tracking()))
    config = configured(api)
    registered(app, config)
    for expected, stored in (("2024-05-09", "2024-05-09"), (None, "2024-05-09")):
        body = envelope(200, tracking(expected_delivery=expected))
        api.answer("GET", f"/trackings/{tracking_id}", 200, body)
        clock.advance(hours=25)
        backends.fetch_silent(uow_factory=app.uow, backends=config, now=clock.now)
        with app.uow() as uow:
            shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        assert shipment.carrier_eta is not None
        assert shipment.carrier_eta.isoformat() == stored
    assert [call.method for call in api.calls(f"/trackings/{tracking_id}")] == ["GET", "GET"]
