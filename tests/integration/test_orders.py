"""Orders and dispatch on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.errors import (
    DuplicateOrder,
    InvalidOrder,
    InvalidTrackingNumber,
    OrderNotFound,
    PermissionDenied,
    TrackingNumberTaken,
    ValidationFailed,
)
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role, User
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import outbox
from tests import factories


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


def dispatch(app: App, seller: User, order_id: str, number: str, **kw: object):
    with app.uow() as uow:
        return order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order_id,
            tracking_number=number,
            now=app.clock(),
            protection=app.periods.protection,
            **kw,
        )


def outbox_topics(app: App) -> list[str]:
    with app.engine.connect() as connection:
        return list(connection.execute(select(outbox.c.topic).order_by(outbox.c.id)).scalars())


def test_an_order_creates_or_finds_its_buyer_by_email(app: App, seller: User) -> None:
    first = factories.order(app, seller, "R-1", "Buyer@Example.com ")
    second = factories.order(app, seller, "R-2", "buyer@example.com")
    assert first.buyer_id == second.buyer_id
    with app.uow() as uow:
        buyer = uow.users.get(first.buyer_id)
    assert buyer is not None
    assert (buyer.email, buyer.role) == ("buyer@example.com", Role.BUYER)


def test_dispatch_records_the_shipment_and_its_outbox_row_together(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    result = dispatch(app, seller, placed.id, "lk 123 456 785 cn", carrier="China EMS")
    assert result.created
    assert (result.shipment.tracking_number, result.shipment.carrier) == (
        "LK123456785CN",
        "china_ems",
    )
    assert result.warnings == ()
    assert outbox_topics(app) == ["order.created", "shipment.dispatched"]


def test_dispatching_the_same_number_again_is_the_same_shipment(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    first = dispatch(app, seller, placed.id, "LK123456785CN").shipment
    again = dispatch(app, seller, placed.id, "LK123456785CN")
    assert (again.shipment.id, again.created) == (first.id, False)
    assert outbox_topics(app).count("shipment.dispatched") == 1


def test_a_number_used_by_another_order_is_refused(app: App, seller: User) -> None:
    factories.shipped(app, seller, "LK123456785CN", "R-1")
    other = factories.order(app, seller, "R-2")
    with pytest.raises(TrackingNumberTaken):
        dispatch(app, seller, other.id, "LK123456785CN")


def test_dispatch_adopts_a_tracking_that_carrier_data_started(app: App, seller: User) -> None:
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(
            factories.raw_journey("LK123456785CN", datetime(2026, 11, 20, tzinfo=UTC))[:2],
            now=app.clock(),
        )
        tracking_service.ingest(
            uow=uow, actor=None, events=valid, now=app.clock(), create_unknown=True
        )
    placed = factories.order(app, seller)
    result = dispatch(app, seller, placed.id, "LK123456785CN")
    assert result.created
    shipment = result.shipment
    assert shipment.order_id == placed.id
    assert shipment.state.event_count == 2


def test_history_can_be_imported_with_a_dispatch_time(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    when = datetime(2026, 10, 1, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    shipment = dispatch(app, seller, placed.id, "LK123456785CN", dispatched_at=when).shipment
    assert shipment.dispatched_at == when
    with app.uow() as uow:
        stored = uow.shipments.get(shipment.id)
    assert stored is not None
    assert stored.dispatched_at == when
    assert stored.dispatched_at.tzinfo is not None


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"number": " - "}, InvalidTrackingNumber),
        ({"number": "A" * 65}, InvalidTrackingNumber),
        ({"number": "LK123456785CN", "carrier": "DROP TABLE; --"}, ValidationFailed),
        (
            {"number": "LK123456785CN", "dispatched_at": datetime(2030, 1, 1, tzinfo=UTC)},
            ValidationFailed,
        ),
        ({"number": "LK123456785CN", "dispatched_at": datetime(2026, 1, 1)}, ValidationFailed),
    ],
)
def test_bad_dispatches_are_refused(app: App, seller: User, kwargs: dict, error: type) -> None:
    placed = factories.order(app, seller)
    with pytest.raises(error):
        dispatch(app, seller, placed.id, **kwargs)


def test_orders_are_private_to_their_seller(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    other = factories.user(app, "other@example.com")
    with pytest.raises(OrderNotFound):
        dispatch(app, other, placed.id, "LK123456785CN")
    buyer = factories.user(app, "someone@example.com", Role.BUYER)
    with pytest.raises(PermissionDenied):
        dispatch(app, buyer, placed.id, "LK123456785CN")


def test_each_user_lists_only_their_orders_newest_first(app: App, seller: User, clock) -> None:
    factories.order(app, seller, "R-1", "a@example.com")
    clock.advance(minutes=5)
    factories.order(app, seller, "R-2", "b@example.com")
    other = factories.user(app, "other@example.com")
    factories.order(app, other, "R-9", "a@example.com")
    admin = factories.user(app, "admin@example.com", Role.ADMIN)
    with app.uow() as uow:
        buyer_a = uow.users.by_email("a@example.com")
        assert buyer_a is not None
        as_buyer = [v.order.reference for v in order_service.list_orders(uow=uow, user=buyer_a)]
        as_seller = [v.order.reference for v in order_service.list_orders(uow=uow, user=seller)]
        as_admin = order_service.list_orders(uow=uow, user=admin)
    assert as_buyer == ["R-9", "R-1"]
    assert as_seller == ["R-2", "R-1"]
    assert len(as_admin) == 3


def test_duplicate_references_and_empty_orders_are_refused(app: App, seller: User) -> None:
    factories.order(app, seller, "R-1")
    with pytest.raises(DuplicateOrder):
        factories.order(app, seller, "R-1")
    with app.uow() as uow, pytest.raises(InvalidOrder):
        order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-3",
            buyer_email="b@example.com",
            lines=[],
            now=app.clock(),
        )
    with app.uow() as uow, pytest.raises(InvalidOrder):
        order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-3",
            buyer_email="b@example.com",
            lines=[OrderLine("x", 0)],
            now=app.clock(),
        )


def test_a_handover_adds_a_second_leg_whose_events_move_the_same_shipment(
    app: App, seller: User
) -> None:
    shipment = factories.shipped(app, seller, "LK123456785CN")
    with app.uow() as uow:
        order_service.add_leg(
            uow=uow,
            seller=seller,
            shipment_id=shipment.id,
            tracking_number="9400 1118 9922 3100 0000 00",
            carrier="usps",
            now=app.clock(),
        )
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(
            [
                {
                    "tracking_number": "9400111899223100000000",
                    "occurred_at": "2026-11-27T10:00:00-05:00",
                    "description": "Out for Delivery",
                    "status": "out_for_delivery",
                }
            ],
            now=app.clock(),
        )
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
    with app.uow() as uow:
        first = tracking_service.get_tracking(
            uow=uow, tracking_number="LK123456785CN", viewer=seller
        )
    assert first.shipment.tracking_number == "9400111899223100000000"
    assert first.shipment.state.sub_status.value == "out_for_delivery"
    assert first.order_reference == "R-1"


def test_a_typo_in_the_number_is_refused_with_a_suggestion(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    with pytest.raises(InvalidTrackingNumber) as caught:
        dispatch(app, seller, placed.id, "LK123456789CN")
    suggested = [s["number"] for s in caught.value.details["suggestions"]]
    assert "LK123456785CN" in suggested
    assert "check digit" in caught.value.message


def test_without_a_carrier_the_detected_one_is_stored(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    result = dispatch(app, seller, placed.id, "1Z999AA10123456784")
    assert result.shipment.carrier == "ups"


def test_the_sellers_carrier_overrides_detection_with_a_warning(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    result = dispatch(app, seller, placed.id, "1Z999AA10123456784", carrier="fedex")
    assert result.shipment.carrier == "fedex"
    assert "FedEx" in result.warnings[0]


def test_a_carrier_parceltrail_does_not_know_takes_any_number(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    result = dispatch(app, seller, placed.id, "ZX-0042-7781", carrier="tiny_local_courier")
    assert (result.shipment.tracking_number, result.shipment.carrier) == (
        "ZX00427781",
        "tiny_local_courier",
    )


def test_an_unknown_format_needs_the_seller_to_insist(app: App, seller: User) -> None:
    placed = factories.order(app, seller)
    with pytest.raises(InvalidTrackingNumber):
        dispatch(app, seller, placed.id, "QQ12345678901234567", carrier="usps")
    result = dispatch(
        app, seller, placed.id, "QQ12345678901234567", carrier="usps", skip_number_check=True
    )
    assert result.shipment.carrier == "usps"
