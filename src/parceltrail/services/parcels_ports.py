"""What My parcels and mail in need from storage and from the outside, as protocols."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from parceltrail.domain.parcels import Parcel


@dataclass(frozen=True, slots=True)
class Inbox:
    """A user's forwarding address (local part) and the key that signs their feed links."""

    user_id: str
    local_part: str
    feed_key: str


@dataclass(frozen=True, slots=True)
class InboundMail:
    """A received mail as recorded: what was found in it, or why nothing was."""

    id: int
    user_id: str
    fingerprint: str
    via: str
    size: int
    status: str  # queued | found | nothing_found | refused
    reason: str | None
    subject: str | None
    shop: str | None
    numbers: tuple[str, ...]
    received_at: datetime
    processed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """A mailbox the user connected; ``secret`` is the app password, encrypted."""

    user_id: str
    host: str
    port: int
    username: str
    secret: bytes
    folder: str
    security: str = "tls"  # tls | starttls | none
    uid_validity: int | None = None
    last_uid: int = 0
    last_polled_at: datetime | None = None
    last_error: str | None = None

    def polled(
        self, *, at: datetime, uid_validity: int | None, last_uid: int, error: str | None
    ) -> ImapAccount:
        return replace(
            self, last_polled_at=at, uid_validity=uid_validity, last_uid=last_uid, last_error=error
        )


class ParcelRepository(Protocol):
    def add(self, parcel: Parcel) -> None: ...
    def get(self, user_id: str, parcel_id: str) -> Parcel | None: ...
    def by_number(self, user_id: str, tracking_number: str) -> Parcel | None: ...
    def list_for(self, user_id: str, *, archived: bool, limit: int) -> list[Parcel]: ...
    def count_active(self, user_id: str) -> int: ...
    def save(self, parcel: Parcel) -> None: ...
    def delete(self, user_id: str, parcel_id: str) -> bool: ...
    def delivered_before(self, before: datetime, limit: int) -> list[tuple[str, str]]: ...
    def archive_many(self, parcel_ids: Sequence[str], at: datetime) -> int: ...


class InboxRepository(Protocol):
    def for_user(self, user_id: str) -> Inbox | None: ...
    def by_local_part(self, local_part: str) -> Inbox | None: ...
    def save(self, inbox: Inbox, now: datetime) -> None: ...


class InboundMailRepository(Protocol):
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
        """The new mail's id; None when the user already has this mail (same fingerprint).
        ``size``: the mail's size when ``raw`` is not kept (empty)."""
        ...

    def raw(self, mail_id: int) -> tuple[InboundMail, bytes | None] | None: ...
    def record(self, mail: InboundMail, *, keep_raw: bool) -> None: ...
    def recent(self, user_id: str, limit: int) -> list[InboundMail]: ...


class ImapRepository(Protocol):
    def get(self, user_id: str) -> ImapAccount | None: ...
    def all_user_ids(self, limit: int) -> list[str]: ...
    def save(self, account: ImapAccount, now: datetime) -> None: ...
    def remove(self, user_id: str) -> bool: ...


class SecretBox(Protocol):
    """Encrypts what must be stored but read back (IMAP app passwords) with the secret key."""

    def seal(self, text: str) -> bytes: ...
    def open(self, sealed: bytes) -> str: ...


@dataclass(frozen=True, slots=True)
class MailboxRead:
    """What one visit to a mailbox found: its UIDVALIDITY, the highest UID in the folder, and
    the mails after the last one read (uid, raw bytes, or None when larger than allowed)."""

    uid_validity: int
    last_uid: int
    mails: list[tuple[int, bytes | None]]


class MailboxUnavailable(Exception):
    """The mailbox could not be read (refused login, unreachable host, no such folder)."""


class Mailbox(Protocol):
    """A connected IMAP mailbox, read without marking anything seen."""

    def read(
        self,
        account: ImapAccount,
        password: str,
        *,
        after_uid: int | None,
        limit: int,
        max_bytes: int,
    ) -> MailboxRead:
        """Mails with a UID above ``after_uid`` (None: read none, only where the folder
        stands), oldest first, at most ``limit``."""
        ...
