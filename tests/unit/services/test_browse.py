"""What the pages list, as use cases on the in-memory unit of work: each viewer sees only
their own orders, sellers their desk, admins the admin views."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.errors import OrderNotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import Role, User
from parceltrail.services import browse
from parceltrail.services import orders as order_service
from tests.unit.services.conftest import PERIODS, T0, person
from tests.unit.services.fakes import FakeUnitOfWork


def placed(uow: FakeUnitOfWork, seller: User, buyer: User, reference: str, hours: int) -> Order:
    with uow:
        return order_service.create_order(
            uow=uow,
            seller=seller,
            reference=reference,
            buyer_email=buyer.email,
            lines=[OrderLine("Mug", 1)],
            now=T0 + timedelta(hours=hours),
        )


def references(listing: browse.Listing) -> list[str]:
    return [view.order.reference for view in listing.views]


def test_each_viewer_lists_their_own_orders_newest_first(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    other_seller = person(uow, "other@example.com", Role.SELLER)
    placed(uow, seller, buyer, "R-1", 1)
    placed(uow, other_seller, buyer, "R-2", 2)
    with uow:
        bought = browse.orders(uow=uow, user=buyer)
        sold = browse.orders(uow=uow, user=seller)
    assert (references(bought), references(sold)) == (["R-2", "R-1"], ["R-1"])
    assert bought.views[0].buyer_email is None  # a buyer is not shown their own address
    assert sold.views[0].buyer_email == buyer.email


def test_the_desk_lists_what_awaits_dispatch_and_finds_by_reference_or_number(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    first = placed(uow, seller, buyer, "R-1", 1)
    placed(uow, seller, buyer, "R-2", 2)
    with uow:
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=first.id,
            tracking_number="RR123456785CN",
            now=T0 + timedelta(hours=3),
            protection=PERIODS.protection,
        )
    with uow:
        waiting = browse.awaiting_dispatch(uow=uow, user=seller)
        by_number = browse.orders(uow=uow, user=seller, query=" rr 123 456 785 cn ")
        by_reference = browse.orders(uow=uow, user=seller, query="R-2")
    assert references(waiting) == ["R-2"]
    assert (references(by_number), references(by_reference)) == (["R-1"], ["R-2"])
    with pytest.raises(ValidationFailed, match="unknown status filter"), uow:
        browse.orders(uow=uow, user=seller, status="teleported")
    with pytest.raises(PermissionDenied, match="seller desk"), uow:
        browse.awaiting_dispatch(uow=uow, user=buyer)


def test_pages_of_fifty_say_whether_more_follow(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    for n in range(browse.PAGE + 1):
        placed(uow, seller, buyer, f"R-{n}", n)
    with uow:
        first = browse.orders(uow=uow, user=seller)
        second = browse.orders(uow=uow, user=seller, page=2)
    assert (len(first.views), first.has_more) == (browse.PAGE, True)
    assert (references(second), second.has_more) == (["R-0"], False)


def test_an_order_to_dispatch_is_found_only_by_its_seller_or_an_admin(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    order = placed(uow, seller, buyer, "R-1", 1)
    other_seller = person(uow, "other@example.com", Role.SELLER)
    admin = person(uow, "admin@example.com", Role.ADMIN)
    with uow:
        assert browse.order_to_dispatch(uow=uow, user=admin, order_id=order.id).order == order
    with pytest.raises(OrderNotFound), uow:
        browse.order_to_dispatch(uow=uow, user=other_seller, order_id=order.id)


def test_the_admin_views_are_for_admins_only(uow: FakeUnitOfWork, seller: User) -> None:
    admin = person(uow, "admin@example.com", Role.ADMIN)
    with uow:
        uow.deliveries.enqueue("delivery.send", {"delivery_id": 1}, T0)
        uow.deliveries.enqueue("delivery.send", {"delivery_id": 2}, T0)
    uow.store.jobs[0]["status"] = "dead"
    with uow:
        assert browse.outbox_counts(uow=uow, user=admin) == {"dead": 1, "pending": 1}
        assert [u.email for u in browse.users(uow=uow, user=admin)] == [
            "admin@example.com",
            "seller@example.com",
        ]
    with pytest.raises(PermissionDenied, match="administrators"), uow:
        browse.users(uow=uow, user=seller)
