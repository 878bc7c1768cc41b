"""My parcels in the database: parcels, forwarding addresses, received mails, IMAP mailboxes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Row

from parceltrail.domain.parcels import Parcel
from parceltrail.services.parcels_ports import ImapAccount, InboundMail, Inbox
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import (
    imap_accounts,
    inbound_mails,
    mail_inboxes,
    parcels,
    shipments,
)


def _parcel(row: Row[Any]) -> Parcel:
    return Parcel(
        id=row.id,
        user_id=row.user_id,
        shipment_id=row.shipment_id,
        tracking_number=row.tracking_number,
        carrier=row.carrier,
        label=row.label,
        shop=row.shop,
        source=row.source,
        created_at=row.created_at,
        order_reference=row.order_reference,
        items=tuple(row.items or ()),
        archived_at=row.archived_at,
    )


class SqlParcelRepository(Repository):
    def add(self, parcel: Parcel) -> None:
        self._db.execute(
            insert(parcels).values(
                id=parcel.id,
                user_id=parcel.user_id,
                shipment_id=parcel.shipment_id,
                tracking_number=parcel.tracking_number,
                carrier=parcel.carrier,
                label=parcel.label,
                shop=parcel.shop,
                source=parcel.source,
                order_reference=parcel.order_reference,
                items=list(parcel.items),
                created_at=parcel.created_at,
                archived_at=parcel.archived_at,
            )
        )

    def get(self, user_id: str, parcel_id: str) -> Parcel | None:
        row = self._db.execute(
            select(parcels).where(parcels.c.id == parcel_id, parcels.c.user_id == user_id)
        ).first()
        return _parcel(row) if row else None

    def by_number(self, user_id: str, tracking_number: str) -> Parcel | None:
        row = self._db.execute(
            select(parcels).where(
                parcels.c.user_id == user_id, parcels.c.tracking_number == tracking_number
            )
        ).first()
        return _parcel(row) if row else None

    def list_for(self, user_id: str, *, archived: bool, limit: int) -> list[Parcel]:
        archived_at = parcels.c.archived_at
        query = (
            select(parcels)
            .where(
                parcels.c.user_id == user_id,
                archived_at.is_not(None) if archived else archived_at.is_(None),
            )
            .order_by(parcels.c.created_at.desc(), parcels.c.id)
            .limit(limit)
        )
        return [_parcel(row) for row in self._db.execute(query)]

    def count_active(self, user_id: str) -> int:
        query = select(func.count()).where(
            parcels.c.user_id == user_id, parcels.c.archived_at.is_(None)
        )
        return int(self._db.execute(query).scalar_one())

    def save(self, parcel: Parcel) -> None:
        self._db.execute(
            update(parcels)
            .where(parcels.c.id == parcel.id)
            .values(label=parcel.label, archived_at=parcel.archived_at)
        )

    def delete(self, user_id: str, parcel_id: str) -> bool:
        gone = self._db.execute(
            delete(parcels).where(parcels.c.id == parcel_id, parcels.c.user_id == user_id)
        )
        return bool(gone.rowcount)

    def delivered_before(self, before: datetime, limit: int) -> list[tuple[str, str]]:
        """(user id, parcel id) of active parcels whose shipment was delivered before then."""
        query = (
            select(parcels.c.user_id, parcels.c.id)
            .join(shipments, shipments.c.id == parcels.c.shipment_id)
            .where(parcels.c.archived_at.is_(None), shipments.c.delivered_at < before)
            .order_by(shipments.c.delivered_at)
            .limit(limit)
        )
        return [(row.user_id, row.id) for row in self._db.execute(query)]

    def archive_many(self, parcel_ids: Sequence[str], at: datetime) -> int:
        if not parcel_ids:
            return 0
        done = self._db.execute(
            update(parcels)
            .where(parcels.c.id.in_(list(parcel_ids)), parcels.c.archived_at.is_(None))
            .values(archived_at=at)
        )
        return int(done.rowcount)


class SqlInboxRepository(Repository):
    """Forwarding addresses (one per user) and the feed key beside it."""

    def for_user(self, user_id: str) -> Inbox | None:
        row = self._db.execute(
            select(mail_inboxes).where(mail_inboxes.c.user_id == user_id)
        ).first()
        return Inbox(row.user_id, row.local_part, row.feed_key) if row else None

    def by_local_part(self, local_part: str) -> Inbox | None:
        row = self._db.execute(
            select(mail_inboxes).where(mail_inboxes.c.local_part == local_part)
        ).first()
        return Inbox(row.user_id, row.local_part, row.feed_key) if row else None

    def save(self, inbox: Inbox, now: datetime) -> None:
        values = {"local_part": inbox.local_part, "feed_key": inbox.feed_key}
        changed = self._db.execute(
            update(mail_inboxes).where(mail_inboxes.c.user_id == inbox.user_id).values(values)
        ).rowcount
        if not changed:
            self._db.execute(
                insert(mail_inboxes).values(user_id=inbox.user_id, created_at=now, **values)
            )


def _mail(row: Row[Any]) -> InboundMail:
    return InboundMail(
        id=row.id,
        user_id=row.user_id,
        fingerprint=row.fingerprint,
        via=row.via,
        size=row.size,
        status=row.status,
        reason=row.reason,
        subject=row.subject,
        shop=row.shop,
        numbers=tuple(row.numbers or ()),
        received_at=row.received_at,
        processed_at=row.processed_at,
    )


_MAIL_COLUMNS = [c for c in inbound_mails.c if c.name != "raw"]


class SqlInboundMailRepository(Repository):
    def add(
        self,
        *,
        user_id: str,
        fingerprint: str,
        via: str,
        raw: bytes,
        now: datetime,
        size: int | None = None,
    ) -> int | None:
        """Store a received mail to be read; None when this user already has that mail."""
        known = self._db.execute(
            select(inbound_mails.c.id).where(
                inbound_mails.c.user_id == user_id, inbound_mails.c.fingerprint == fingerprint
            )
        ).first()
        if known is not None:
            return None
        result = self._db.execute(
            insert(inbound_mails)
            .values(
                user_id=user_id,
                fingerprint=fingerprint,
                via=via,
                size=len(raw) if size is None else size,
                raw=raw,
                status="queued",
                numbers=[],
                received_at=now,
            )
            .returning(inbound_mails.c.id)
        )
        return int(result.scalar_one())

    def raw(self, mail_id: int) -> tuple[InboundMail, bytes | None] | None:
        row = self._db.execute(select(inbound_mails).where(inbound_mails.c.id == mail_id)).first()
        return (_mail(row), row.raw) if row else None

    def record(self, mail: InboundMail, *, keep_raw: bool) -> None:
        values: dict[str, Any] = {
            "status": mail.status,
            "reason": mail.reason,
            "subject": (mail.subject or "")[:200] or None,
            "shop": mail.shop,
            "numbers": list(mail.numbers),
            "processed_at": mail.processed_at,
        }
        if not keep_raw:
            values["raw"] = None
        self._db.execute(update(inbound_mails).where(inbound_mails.c.id == mail.id).values(values))

    def recent(self, user_id: str, limit: int) -> list[InboundMail]:
        query = (
            select(*_MAIL_COLUMNS)
            .where(inbound_mails.c.user_id == user_id)
            .order_by(inbound_mails.c.received_at.desc(), inbound_mails.c.id.desc())
            .limit(limit)
        )
        return [_mail(row) for row in self._db.execute(query)]


def _account(row: Row[Any]) -> ImapAccount:
    return ImapAccount(
        user_id=row.user_id,
        host=row.host,
        port=row.port,
        username=row.username,
        secret=bytes(row.secret),
        folder=row.folder,
        security=row.security,
        uid_validity=row.uid_validity,
        last_uid=row.last_uid,
        last_polled_at=row.last_polled_at,
        last_error=row.last_error,
    )


class SqlImapRepository(Repository):
    def get(self, user_id: str) -> ImapAccount | None:
        row = self._db.execute(
            select(imap_accounts).where(imap_accounts.c.user_id == user_id)
        ).first()
        return _account(row) if row else None

    def all_user_ids(self, limit: int) -> list[str]:
        query = (
            select(imap_accounts.c.user_id)
            .order_by(imap_accounts.c.last_polled_at.is_not(None), imap_accounts.c.last_polled_at)
            .limit(limit)
        )
        return [row.user_id for row in self._db.execute(query)]

    def save(self, account: ImapAccount, now: datetime) -> None:
        values = {
            "host": account.host,
            "port": account.port,
            "username": account.username,
            "secret": account.secret,
            "folder": account.folder,
            "security": account.security,
            "uid_validity": account.uid_validity,
            "last_uid": account.last_uid,
            "last_polled_at": account.last_polled_at,
            "last_error": account.last_error,
        }
        table = imap_accounts
        changed = self._db.execute(
            update(table).where(table.c.user_id == account.user_id).values(values)
        ).rowcount
        if not changed:
            self._db.execute(
                insert(table).values(user_id=account.user_id, created_at=now, **values)
            )

    def remove(self, user_id: str) -> bool:
        gone = self._db.execute(delete(imap_accounts).where(imap_accounts.c.user_id == user_id))
        return bool(gone.rowcount)
