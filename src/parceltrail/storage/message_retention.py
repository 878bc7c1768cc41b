"""How long the conversation of a settled order is kept: its attachments, then its messages.

An order is settled once the buyer confirmed receipt or the buyer protection ran out, and no
dispute on it is still open: until then a message or a picture may be evidence. Each setting
is counted from the day the message was written; unset keeps them for ever. Rows go in
batches, so no transaction holds many locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    Column,
    ColumnElement,
    Engine,
    Select,
    and_,
    delete,
    exists,
    not_,
    or_,
    select,
)

from parceltrail.domain.disputes import FINAL_STATES
from parceltrail.storage.tables import disputes, message_attachments, messages, order_protection

BATCH = 1_000


@dataclass(frozen=True, slots=True)
class Aged:
    attachments: int
    messages: int


def age_out(
    engine: Engine, *, now: datetime, message_days: int | None, attachment_days: int | None
) -> Aged:
    """Delete the attachments and messages of settled orders older than their settings."""
    attachments = 0
    if attachment_days is not None:
        old = select(messages.c.id).where(
            messages.c.created_at < now - timedelta(days=attachment_days), _settled(now)
        )
        attachments = _in_batches(
            engine,
            select(message_attachments.c.id).where(message_attachments.c.message_id.in_(old)),
            message_attachments.c.id,
        )
    removed = 0
    if message_days is not None:
        removed = _in_batches(
            engine,
            select(messages.c.id).where(
                messages.c.created_at < now - timedelta(days=message_days), _settled(now)
            ),
            messages.c.id,  # their attachments go with them (ON DELETE CASCADE)
        )
    return Aged(attachments, removed)


def _settled(now: datetime) -> ColumnElement[bool]:
    """The message's order no longer needs its conversation as evidence."""
    protection_over = exists().where(
        order_protection.c.order_id == messages.c.order_id,
        or_(
            order_protection.c.confirmed_at.is_not(None),
            order_protection.c.protection_ends_at < now,
        ),
    )
    open_dispute = exists().where(
        disputes.c.order_id == messages.c.order_id, disputes.c.state.not_in(FINAL_STATES)
    )
    return and_(protection_over, not_(open_dispute))


def _in_batches(engine: Engine, ids: Select[tuple[str]], key: Column[str]) -> int:
    """Delete the rows of ``key``'s table whose key ``ids`` selects, BATCH at a time."""
    deleted = 0
    while True:
        with engine.begin() as connection:
            batch = list(connection.execute(ids.limit(BATCH)).scalars())
            if not batch:
                return deleted
            deleted += connection.execute(delete(key.table).where(key.in_(batch))).rowcount
