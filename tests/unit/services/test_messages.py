"""An order's thread between buyer and seller as use cases, on the in-memory unit of work."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.errors import (
    NotFound,
    OrderNotFound,
    PermissionDenied,
    ValidationFailed,
)
from parceltrail.domain.events import MessagePosted
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import Role, User
from parceltrail.services import messages
from parceltrail.services.views import OrderView
from tests.unit.services.conftest import T0, person
from tests.unit.services.fakes import FakeUnitOfWork

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def order(uow: FakeUnitOfWork, seller: User, buyer: User) -> Order:
    placed = Order.create(
        reference="R-7",
        seller_id=seller.id,
        buyer_id=buyer.id,
        lines=[OrderLine("Mug", 1)],
        created_at=T0,
    )
    placed.events.clear()
    uow.store.orders[placed.id] = placed
    return placed


def test_a_post_tells_the_other_side_and_counts_as_read_by_its_author(
    uow: FakeUnitOfWork, order: Order, seller: User, buyer: User
) -> None:
    with uow:
        posted = messages.post(
            uow=uow,
            user=buyer,
            order_id=order.id,
            body="  Where is it?\r\n ",
            files=[("label.png", PNG)],
            now=T0,
        )
    assert posted.body == "Where is it?"
    [image] = posted.attachments
    assert (image.content_type, image.id is not None) == ("image/png", True)
    [(_, event)] = uow.published
    assert event == MessagePosted(posted.id, order.id, buyer.id, seller.id)
    with uow:
        counts = messages.unread_counts(uow=uow, user=seller, views=[_view(order)])
        mine = messages.unread_counts(uow=uow, user=buyer, views=[_view(order)])
    assert (counts, mine) == ({order.id: 1}, {})
    with uow:
        found = messages.attachment(uow=uow, user=seller, attachment_id=str(image.id))
    assert found.data == PNG


def test_only_the_buyer_and_the_seller_write_and_strangers_see_no_order(
    uow: FakeUnitOfWork, order: Order
) -> None:
    admin = person(uow, "admin@example.com", Role.ADMIN)
    stranger = person(uow, "other@example.com", Role.BUYER)
    with pytest.raises(PermissionDenied, match="only the buyer and the seller"), uow:
        messages.post(uow=uow, user=admin, order_id=order.id, body="hello", now=T0)
    with pytest.raises(OrderNotFound), uow:
        messages.thread(uow=uow, user=stranger, order_id=order.id, now=T0)
    with pytest.raises(ValidationFailed, match="a message needs some text"), uow:
        messages.post(uow=uow, user=order_party(uow, order), order_id=order.id, body=" \n ", now=T0)
    assert uow.store.messages == {}
    assert uow.published == []


def test_a_thread_pages_back_by_the_cursor_of_the_page_read(
    uow: FakeUnitOfWork, order: Order, seller: User, buyer: User
) -> None:
    with uow:
        for minute in range(5):
            author = buyer if minute % 2 == 0 else seller
            messages.post(
                uow=uow,
                user=author,
                order_id=order.id,
                body=f"m{minute}",
                now=T0 + timedelta(minutes=minute),
            )
    later = T0 + timedelta(hours=1)
    with uow:
        latest = messages.thread(uow=uow, user=seller, order_id=order.id, now=later, limit=2)
    assert [m.body for m in latest.messages] == ["m3", "m4"]
    # the seller's own post at minute 3 read the thread up to then: only m4 is new to them
    assert (latest.unread, latest.newest, latest.older) == (1, True, latest.messages[0].id)
    with uow:
        before = messages.thread(
            uow=uow, user=seller, order_id=order.id, now=later, before=latest.older, limit=2
        )
        first = messages.thread(
            uow=uow, user=seller, order_id=order.id, now=later, before=before.older, limit=2
        )
    assert [m.body for m in before.messages] == ["m1", "m2"]
    assert ([m.body for m in first.messages], first.older, first.unread) == (["m0"], None, 0)
    with pytest.raises(ValidationFailed, match="is not a message of this thread"), uow:
        messages.thread(uow=uow, user=seller, order_id=order.id, now=later, before="msg_x")


def test_an_attachment_is_found_only_by_those_who_see_its_order(
    uow: FakeUnitOfWork, order: Order, buyer: User
) -> None:
    with uow:
        posted = messages.post(
            uow=uow, user=buyer, order_id=order.id, body="photo", files=[("a.png", PNG)], now=T0
        )
    stranger = person(uow, "other@example.com", Role.SELLER)
    with pytest.raises(NotFound), uow:
        messages.attachment(uow=uow, user=stranger, attachment_id=str(posted.attachments[0].id))


def order_party(uow: FakeUnitOfWork, order: Order) -> User:
    return uow.store.users[order.buyer_id]


def _view(order: Order) -> OrderView:
    return OrderView(order, [], None)
