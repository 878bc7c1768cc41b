"""Buyer protection, disputes with their audit trail, and order messages, over SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, delete, func, insert, literal, select, tuple_, update
from sqlalchemy.exc import IntegrityError

from parceltrail.domain.disputes import Dispute, DisputeState, Party, Reason, Step
from parceltrail.domain.errors import Conflict
from parceltrail.domain.ids import new_id
from parceltrail.domain.messages import Attachment, Message
from parceltrail.domain.protection import Protection
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import (
    dispute_steps,
    disputes,
    message_attachments,
    messages,
    order_protection,
    thread_reads,
)
from parceltrail.storage.types import UTCDateTime


def _protection(row: Row[Any]) -> Protection:
    return Protection(
        row.order_id,
        Decimal(row.total),
        row.currency,
        row.protection_ends_at,
        row.extended_days,
        row.confirmed_at,
    )


class SqlProtectionRepository(Repository):
    def add(self, order_id: str, total: Decimal, currency: str) -> None:
        self._db.execute(
            insert(order_protection).values(order_id=order_id, total=total, currency=currency)
        )

    def get(self, order_id: str) -> Protection | None:
        row = self._db.execute(
            select(order_protection).where(order_protection.c.order_id == order_id)
        ).first()
        return None if row is None else _protection(row)

    def many(self, order_ids: Sequence[str]) -> dict[str, Protection]:
        """The protection (total, currency, dates) of each order that has one, in one query."""
        if not order_ids:
            return {}
        rows = self._db.execute(
            select(order_protection).where(order_protection.c.order_id.in_(list(order_ids)))
        )
        return {row.order_id: _protection(row) for row in rows}

    def start(self, order_id: str, ends_at: datetime) -> None:
        self._db.execute(
            update(order_protection)
            .where(
                order_protection.c.order_id == order_id,
                order_protection.c.protection_ends_at.is_(None),
            )
            .values(protection_ends_at=ends_at)
        )

    def extend(self, protection: Protection) -> None:
        self._db.execute(
            update(order_protection)
            .where(order_protection.c.order_id == protection.order_id)
            .values(protection_ends_at=protection.ends_at, extended_days=protection.extended_days)
        )

    def confirm(self, order_id: str, at: datetime, *, automatic: bool) -> None:
        self._db.execute(
            update(order_protection)
            .where(order_protection.c.order_id == order_id)
            .values(confirmed_at=at, auto_confirmed=int(automatic))
        )

    def expired_unconfirmed(self, now: datetime, limit: int) -> list[str]:
        query = (
            select(order_protection.c.order_id)
            .where(
                order_protection.c.protection_ends_at <= now,
                order_protection.c.confirmed_at.is_(None),
            )
            .limit(limit)
        )
        return list(self._db.execute(query).scalars())


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.01"))


class SqlDisputeRepository(Repository):
    def add(
        self, dispute: Dispute, evidence: dict[str, Any], answer_due_at: datetime | None
    ) -> None:
        try:
            with self._db.begin_nested():
                self._db.execute(
                    insert(disputes).values(
                        id=dispute.id,
                        order_id=dispute.order_id,
                        reason=dispute.reason.value,
                        opened_at=dispute.opened_at,
                        evidence=evidence,
                        **self._state(dispute, answer_due_at),
                    )
                )
        except IntegrityError:  # uq_disputes_order_in_progress: a racing request opened one
            raise Conflict("this order already has an open dispute; continue that one") from None
        self._write_trail(dispute, 0)
        self._seen.append(dispute)

    def save(self, dispute: Dispute, answer_due_at: datetime | None) -> None:
        """Write the dispute after one move, only if nobody moved it since it was read."""
        before = dispute.trail[-2].state if len(dispute.trail) > 1 else dispute.state
        moved = self._db.execute(
            update(disputes)
            .where(disputes.c.id == dispute.id, disputes.c.state == before.value)
            .values(**self._state(dispute, answer_due_at))
        ).rowcount
        if not moved:
            raise Conflict("the dispute changed while you were answering it; reload and retry")
        stored = (
            self._db.execute(
                select(dispute_steps.c.position).where(dispute_steps.c.dispute_id == dispute.id)
            )
            .scalars()
            .all()
        )
        self._write_trail(dispute, len(stored))

    def _state(self, dispute: Dispute, answer_due_at: datetime | None) -> dict[str, Any]:
        return {
            "state": dispute.state.value,
            "requested": dispute.requested,
            "offered": dispute.offered,
            "refund": dispute.refund,
            "order_total": dispute.order_total,
            "state_since": dispute.state_since or dispute.opened_at,
            "answer_due_at": answer_due_at,
        }

    def _write_trail(self, dispute: Dispute, already: int) -> None:
        new = dispute.trail[already:]
        if new:
            self._db.execute(
                insert(dispute_steps),
                [
                    {
                        "dispute_id": dispute.id,
                        "position": already + index,
                        "at": step.at,
                        "party": step.party.value,
                        "action": step.action,
                        "state": step.state.value,
                        "amount": step.amount,
                        "note": step.note,
                    }
                    for index, step in enumerate(new)
                ],
            )

    def get(self, dispute_id: str) -> Dispute | None:
        found = self._load(select(disputes).where(disputes.c.id == dispute_id))
        return found[0] if found else None

    def for_order(self, order_id: str) -> list[Dispute]:
        return self._load(
            select(disputes).where(disputes.c.order_id == order_id).order_by(disputes.c.opened_at)
        )

    def in_state(self, state: str, limit: int) -> list[Dispute]:
        return self._load(
            select(disputes)
            .where(disputes.c.state == state)
            .order_by(disputes.c.state_since)
            .limit(limit)
        )

    def evidence(self, dispute_id: str) -> dict[str, Any]:
        query = select(disputes.c.evidence).where(disputes.c.id == dispute_id)
        found: dict[str, Any] = self._db.execute(query).scalar_one()
        return found

    def overdue(self, now: datetime, limit: int) -> list[str]:
        query = (
            select(disputes.c.id)
            .where(
                disputes.c.answer_due_at <= now,
                disputes.c.state.in_(["open", "proposed", "rejected"]),
            )
            .limit(limit)
        )
        return list(self._db.execute(query).scalars())

    def _load(self, query: Any) -> list[Dispute]:
        rows = self._db.execute(query).all()
        found = [self._dispute(row) for row in rows]
        self._seen.extend(found)
        return found

    def _dispute(self, row: Row[Any]) -> Dispute:
        dispute = Dispute(
            id=row.id,
            order_id=row.order_id,
            reason=Reason(row.reason),
            requested=Decimal(row.requested),
            order_total=Decimal(row.order_total),
            opened_at=row.opened_at,
            state=DisputeState(row.state),
            offered=_money(row.offered),
            refund=_money(row.refund),
            state_since=row.state_since,
        )
        steps = (
            select(dispute_steps)
            .where(dispute_steps.c.dispute_id == row.id)
            .order_by(dispute_steps.c.position)
        )
        dispute.trail = [
            Step(s.at, Party(s.party), s.action, DisputeState(s.state), _money(s.amount), s.note)
            for s in self._db.execute(steps)
        ]
        return dispute


class SqlMessageRepository(Repository):
    def add(self, message: Message) -> None:
        self._db.execute(
            insert(messages).values(
                id=message.id,
                order_id=message.order_id,
                author_id=message.author_id,
                body=message.body,
                created_at=message.created_at,
            )
        )
        if message.attachments:
            self._db.execute(
                insert(message_attachments),
                [
                    {
                        "id": a.id or new_id("att"),
                        "message_id": message.id,
                        "filename": a.filename,
                        "content_type": a.content_type,
                        "data": a.data,
                    }
                    for a in message.attachments
                ],
            )

    def thread(
        self, order_id: str, *, before: tuple[datetime, str] | None, limit: int
    ) -> tuple[list[Message], bool]:
        query = select(messages).where(messages.c.order_id == order_id)
        if before is not None:
            at, message_id = before
            # A row-value comparison walks the (order_id, created_at, id) index on both databases.
            query = query.where(
                tuple_(messages.c.created_at, messages.c.id)
                < tuple_(literal(at, UTCDateTime()), literal(message_id))
            )
        query = query.order_by(messages.c.created_at.desc(), messages.c.id.desc()).limit(limit + 1)
        rows = self._db.execute(query).all()
        return self._messages(rows[:limit]), len(rows) > limit

    def get(self, message_id: str) -> Message | None:
        rows = self._db.execute(select(messages).where(messages.c.id == message_id)).all()
        found = self._messages(rows)
        return found[0] if found else None

    def _messages(self, rows: Sequence[Row[Any]]) -> list[Message]:
        """Messages of these rows, in their order, with their attachments' names (no bytes)."""
        if not rows:
            return []
        listed = select(
            message_attachments.c.id,
            message_attachments.c.message_id,
            message_attachments.c.filename,
            message_attachments.c.content_type,
        ).where(message_attachments.c.message_id.in_([row.id for row in rows]))
        names: dict[str, list[Attachment]] = {}
        for att in self._db.execute(listed):
            names.setdefault(att.message_id, []).append(
                Attachment(att.filename, att.content_type, b"", id=att.id)
            )
        return [
            Message(
                row.id,
                row.order_id,
                row.author_id,
                row.body,
                row.created_at,
                tuple(names.get(row.id, ())),
            )
            for row in rows
        ]

    def attachment(self, attachment_id: str) -> tuple[str, Attachment] | None:
        query = (
            select(message_attachments, messages.c.order_id)
            .join(messages, messages.c.id == message_attachments.c.message_id)
            .where(message_attachments.c.id == attachment_id)
        )
        row = self._db.execute(query).first()
        if row is None:
            return None
        return row.order_id, Attachment(row.filename, row.content_type, bytes(row.data), id=row.id)

    def last_read(self, order_id: str, user_id: str) -> datetime | None:
        query = select(thread_reads.c.last_read_at).where(
            thread_reads.c.order_id == order_id, thread_reads.c.user_id == user_id
        )
        return self._db.execute(query).scalar_one_or_none()

    def mark_read(self, order_id: str, user_id: str, at: datetime) -> None:
        self._db.execute(
            delete(thread_reads).where(
                thread_reads.c.order_id == order_id, thread_reads.c.user_id == user_id
            )
        )
        self._db.execute(
            insert(thread_reads).values(order_id=order_id, user_id=user_id, last_read_at=at)
        )

    def unread_counts(self, order_ids: Sequence[str], user_id: str) -> dict[str, int]:
        if not order_ids:
            return {}
        read = thread_reads.alias("r")
        query = (
            select(messages.c.order_id, func.count())
            .select_from(
                messages.outerjoin(
                    read, (read.c.order_id == messages.c.order_id) & (read.c.user_id == user_id)
                )
            )
            .where(
                messages.c.order_id.in_(list(order_ids)),
                messages.c.author_id != user_id,
                read.c.last_read_at.is_(None) | (messages.c.created_at > read.c.last_read_at),
            )
            .group_by(messages.c.order_id)
        )
        return {str(order_id): int(count) for order_id, count in self._db.execute(query)}
