"""Messages between buyer and seller, one thread per order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from parceltrail.domain import events
from parceltrail.domain.errors import NotFound, OrderNotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.ids import new_id
from parceltrail.domain.messages import (
    MAX_ATTACHMENTS,
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    Attachment,
    Message,
    checked_attachment,
    checked_body,
)
from parceltrail.domain.orders import Order
from parceltrail.domain.users import User
from parceltrail.domain.words import N_, Words
from parceltrail.services.orders import can_see
from parceltrail.services.ports import MessagesUnitOfWork, Notice
from parceltrail.services.views import OrderView


def _order(uow: MessagesUnitOfWork, user: User, order_id: str) -> Order:
    order = uow.orders.get(order_id)
    if order is None or not can_see(user, order):
        raise OrderNotFound(
            Words("no order {order} among yours", order=order_id), order_id=order_id
        )
    return order


def post(
    *,
    uow: MessagesUnitOfWork,
    user: User,
    order_id: str,
    body: str,
    files: Sequence[tuple[str, bytes]] = (),
    now: datetime,
) -> Message:
    """Post to the order's thread; the other side is notified through the outbox."""
    order = _order(uow, user, order_id)
    if user.id not in (order.buyer_id, order.seller_id):
        raise PermissionDenied(N_("only the buyer and the seller write in an order's thread"))
    if len(files) > MAX_ATTACHMENTS:
        raise ValidationFailed(Words("at most {most} images per message", most=MAX_ATTACHMENTS))
    message = Message(
        id=new_id("msg"),
        order_id=order.id,
        author_id=user.id,
        body=checked_body(body),
        created_at=now,
        attachments=tuple(_with_id(checked_attachment(name, data)) for name, data in files),
    )
    uow.messages.add(message)
    uow.messages.mark_read(order.id, user.id, now)
    recipient = order.seller_id if user.id == order.buyer_id else order.buyer_id
    uow.record(Notice(order.id, [events.MessagePosted(message.id, order.id, user.id, recipient)]))
    return message


def _with_id(attachment: Attachment) -> Attachment:
    """Named here, so the answer to the post already says where to fetch each image."""
    return replace(attachment, id=new_id("att"))


@dataclass(frozen=True, slots=True)
class ThreadPage:
    """One page of a thread: its messages oldest first, and the cursor of the page before."""

    messages: list[Message]
    unread: int  # in the whole thread, before this reading
    older: str | None  # pass as ``before`` for the previous page; None: this is the first
    newest: bool  # this is the latest page


def thread(
    *,
    uow: MessagesUnitOfWork,
    user: User,
    order_id: str,
    now: datetime,
    before: str | None = None,
    limit: int = PAGE_SIZE,
) -> ThreadPage:
    """A page of the thread, newest page first: the ``limit`` messages before the message
    ``before`` (or the latest). Reading the latest page marks the thread read."""
    order = _order(uow, user, order_id)
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    cursor = _cursor(uow, order.id, before) if before else None
    found, more = uow.messages.thread(order.id, before=cursor, limit=limit)
    count = uow.messages.unread_counts([order.id], user.id).get(order.id, 0)
    if before is None and user.id in (order.buyer_id, order.seller_id):
        uow.messages.mark_read(order.id, user.id, now)
    found.reverse()
    older = found[0].id if more and found else None
    return ThreadPage(found, count, older, newest=before is None)


def _cursor(uow: MessagesUnitOfWork, order_id: str, before: str) -> tuple[datetime, str]:
    message = uow.messages.get(before[:40])
    if message is None or message.order_id != order_id:
        raise ValidationFailed(
            f"before={before[:40]!r} is not a message of this thread; pass the 'older' value "
            "of the page you read, or leave it out for the latest messages",
            field="before",
        )
    return message.created_at, message.id


def attachment(*, uow: MessagesUnitOfWork, user: User, attachment_id: str) -> Attachment:
    found = uow.messages.attachment(attachment_id)
    order = uow.orders.get(found[0]) if found else None
    if found is None or order is None or not can_see(user, order):
        raise NotFound(Words("no attachment {attachment} among yours", attachment=attachment_id))
    return found[1]


def unread_counts(
    *, uow: MessagesUnitOfWork, user: User, views: Sequence[OrderView]
) -> dict[str, int]:
    """Unread messages per order, for the orders of ``views`` the user buys or sells."""
    mine = [v.order.id for v in views if user.id in (v.order.buyer_id, v.order.seller_id)]
    return uow.messages.unread_counts(mine, user.id)
