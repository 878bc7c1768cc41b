"""Orders and dispatch as use cases, on the in-memory unit of work."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from parceltrail.domain.errors import PermissionDenied, TrackingNumberTaken
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import User
from parceltrail.services import orders as order_service
from tests.unit.services.conftest import PERIODS, T0
from tests.unit.services.fakes import FakeUnitOfWork

NUMBER = "RR123456785CN"


def place(uow: FakeUnitOfWork, seller: User, reference: str = "R-1") -> Order:
    with uow:
        return order_service.create_order(
            uow=uow,
            seller=seller,
            reference=reference,
            buyer_email="Buyer@Example.com",
            lines=[OrderLine("Phone case", 2)],
            now=T0,
            total=Decimal("12.5"),
        )


def test_an_order_finds_its_buyer_by_email_and_is_covered_but_not_yet_protected(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    order = place(uow, seller)
    assert order.buyer_id == buyer.id  # the address is normalised before the look-up
    protection = uow.store.protection[order.id]
    assert (protection.total, protection.currency, protection.ends_at) == (
        Decimal("12.50"),
        "USD",
        None,
    )
    assert uow.topics() == ["order.created"]
    assert uow.committed == 1


def test_the_first_dispatch_starts_the_given_protection_period_and_a_repeat_changes_nothing(
    uow: FakeUnitOfWork, seller: User
) -> None:
    order = place(uow, seller)
    with uow:
        first = order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    with uow:
        again = order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0 + timedelta(days=3),
            protection=timedelta(days=90),
        )
    assert (first.created, again.created) == (True, False)
    assert again.shipment.id == first.shipment.id
    assert first.shipment.carrier == "china_post"
    assert uow.store.protection[order.id].ends_at == T0 + timedelta(days=21)
    assert uow.topics() == ["order.created", "shipment.dispatched"]


def test_a_number_on_another_order_is_refused_and_the_failed_block_leaves_nothing(
    uow: FakeUnitOfWork, seller: User
) -> None:
    first, second = place(uow, seller, "R-1"), place(uow, seller, "R-2")
    with uow:
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=first.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    with pytest.raises(TrackingNumberTaken, match="already used by another order"), uow:
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=second.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    assert uow.store.protection[second.id].ends_at is None
    assert [s.order_id for s in uow.store.shipments.values()] == [first.id]
    assert uow.topics() == ["order.created", "order.created", "shipment.dispatched"]


def test_only_the_seller_dispatches(uow: FakeUnitOfWork, seller: User, buyer: User) -> None:
    order = place(uow, seller)
    with pytest.raises(PermissionDenied, match="only sellers"), uow:
        order_service.dispatch(
            uow=uow,
            seller=buyer,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    assert uow.store.shipments == {}


def test_a_handover_adds_a_leg_under_the_new_number(uow: FakeUnitOfWork, seller: User) -> None:
    order = place(uow, seller)
    with uow:
        shipment = order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        ).shipment
    with uow:
        order_service.add_leg(
            uow=uow,
            seller=seller,
            shipment_id=shipment.id,
            tracking_number="9400111899223197428497",
            carrier="usps",
            now=T0,
        )
    assert [leg.carrier for leg in shipment.legs] == ["china_post", "usps"]
    assert shipment.tracking_number == "9400111899223197428497"
    assert uow.topics()[-1] == "shipment.leg_added"


def test_listing_shows_a_buyer_only_their_orders_newest_first(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    place(uow, seller, "R-1")
    with uow:
        order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-2",
            buyer_email="other@example.com",
            lines=[OrderLine("Mug", 1)],
            now=T0,
        )
        order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-3",
            buyer_email=buyer.email,
            lines=[OrderLine("Mug", 1)],
            now=T0 + timedelta(hours=1),
        )
    with uow:
        seen = order_service.list_orders(uow=uow, user=buyer)
    assert [view.order.reference for view in seen] == ["R-3", "R-1"]
