"""Mail in: a user's forwarding address, mails received on it (or read from their mailbox),
and each mail read into parcels.

A received mail is stored and queued in one transaction (the outbox's ``mail.received``); the
job runner reads it (``process``), tracks every number found as a parcel of the user's, records
what was found or why nothing was, and deletes the mail itself. With ``keep="none"`` the mail
is read at once and never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from parceltrail.domain.errors import NotFound, ParceltrailError
from parceltrail.domain.mail_in import (
    MailLimits,
    MailNumber,
    MailReading,
    fingerprint_of,
    understand,
)
from parceltrail.domain.parcels import MailReceived, Source, new_local_part
from parceltrail.domain.rate_limits import Limit, RateLimited
from parceltrail.domain.users import User
from parceltrail.services.parcels import ParcelCaps, ParcelsUnitOfWork, Wanted, track
from parceltrail.services.parcels_ports import InboundMail, Inbox
from parceltrail.services.polling_ports import PollableCarriers
from parceltrail.services.ports import Notice

Keep = Literal["until_parsed", "none"]
RECENT_MAILS = 20
HOUR = timedelta(hours=1)
FEED_KEY_LENGTH = 24


class MailInOff(NotFound):
    code = "mail_in_off"


@dataclass(frozen=True, slots=True)
class Intake:
    """How a mail is read into parcels: the carriers pollable here, the caps, the bounds."""

    pollable: PollableCarriers
    caps: ParcelCaps
    limits: MailLimits
    keep: Keep = "until_parsed"


def inbox_of(*, uow: ParcelsUnitOfWork, user_id: str, now: datetime) -> Inbox:
    """The user's forwarding address and feed key, made on first use."""
    inbox = uow.inboxes.for_user(user_id)
    if inbox is None:
        inbox = Inbox(user_id, new_local_part(), new_local_part() + new_local_part())
        uow.inboxes.save(inbox, now)
    return inbox


def address_of(*, uow: ParcelsUnitOfWork, user: User, domain: str | None, now: datetime) -> str:
    if not domain:
        raise MailInOff(
            "forwarding addresses are off on this parceltrail: the operator has not set "
            "PARCELTRAIL_MAIL_IN_DOMAIN"
        )
    return f"{inbox_of(uow=uow, user_id=user.id, now=now).local_part}@{domain}"


def rotate_address(*, uow: ParcelsUnitOfWork, user: User, domain: str | None, now: datetime) -> str:
    """A new forwarding address; mail to the old one is refused from now on."""
    inbox = inbox_of(uow=uow, user_id=user.id, now=now)
    uow.inboxes.save(replace(inbox, local_part=new_local_part()), now)
    return address_of(uow=uow, user=user, domain=domain, now=now)


def recipient_inbox(*, uow: ParcelsUnitOfWork, address: str, domain: str) -> Inbox | None:
    """The inbox a recipient address belongs to; None for any other address."""
    local, _, host = address.strip().lower().rpartition("@")
    if host != domain.lower() or not local or len(local) > 64:
        return None
    return uow.inboxes.by_local_part(local.split("+", 1)[0])


def receive(
    *,
    uow: ParcelsUnitOfWork,
    user_id: str,
    raw: bytes,
    via: Literal["smtp", "imap"],
    intake: Intake,
    now: datetime,
) -> InboundMail | None:
    """Take a mail for the user: queued for the worker (or read now, when none is kept).
    None when the user already sent this very mail."""
    mail_id = uow.mails.add(
        user_id=user_id,
        fingerprint=fingerprint_of(raw),
        via=via,
        raw=b"" if intake.keep == "none" else raw,
        size=len(raw),
        now=now,
    )
    if mail_id is None:
        return None
    stored = uow.mails.raw(mail_id)
    assert stored is not None
    if intake.keep == "none":
        return _read(uow, stored[0], raw, intake, now)
    uow.record(Notice(f"mail_{mail_id}", [MailReceived(mail_id, user_id)]))
    return stored[0]


def process(
    *, uow: ParcelsUnitOfWork, mail_id: int, intake: Intake, now: datetime
) -> InboundMail | None:
    """Read a queued mail into parcels (once: a mail read already is left alone)."""
    stored = uow.mails.raw(mail_id)
    if stored is None or stored[0].status != "queued":
        return None
    mail, raw = stored
    return _read(uow, mail, raw or b"", intake, now)


def _read(
    uow: ParcelsUnitOfWork, mail: InboundMail, raw: bytes, intake: Intake, now: datetime
) -> InboundMail:
    reading = understand(raw, limits=intake.limits)
    numbers: list[str] = []
    refusals: list[str] = []
    source: Source = "imap" if mail.via == "imap" else "mail"
    for found in reading.numbers:
        try:
            with uow.savepoint():
                parcel, _ = track(
                    uow=uow,
                    user_id=mail.user_id,
                    wanted=_wanted(reading, found),
                    source=source,
                    pollable=intake.pollable,
                    caps=intake.caps,
                    now=now,
                )
            numbers.append(parcel.tracking_number)
        except ParceltrailError as refused:
            refusals.append(f"{found.number}: {refused.message}")
    recorded = replace(
        mail,
        status=_status(reading, numbers),
        reason=_reason(reading, refusals),
        subject=reading.subject[:200] or None,
        shop=reading.shop.name if reading.shop else None,
        numbers=tuple(numbers),
        processed_at=now,
    )
    uow.mails.record(recorded, keep_raw=False)
    return recorded


def _wanted(reading: MailReading, found: MailNumber) -> Wanted:
    shop = reading.shop_name
    return Wanted(
        found.number,
        found.carrier,
        presented=found.via != "text",
        label=reading.label(),
        shop=shop,
        order_reference=reading.order_reference,
        items=reading.items,
    )


def _status(reading: MailReading, numbers: list[str]) -> str:
    if reading.outcome == "refused":
        return "refused"
    return "found" if numbers else "nothing_found"


def _reason(reading: MailReading, refusals: list[str]) -> str | None:
    if reading.reason:
        return reading.reason
    if refusals:
        return "; ".join(refusals)[:1000]
    return None


def recent_mails(*, uow: ParcelsUnitOfWork, user: User) -> list[InboundMail]:
    """The user's latest received mails and what came of each (never anyone else's)."""
    return uow.mails.recent(user.id, RECENT_MAILS)


def _mail_limit(per_hour: int) -> Limit:
    return Limit("mail-in", per_hour, HOUR, sliding=False)


def within_mail_rate(*, uow: ParcelsUnitOfWork, user_id: str, per_hour: int, now: datetime) -> None:
    """Refuse a user's mail beyond ``per_hour`` an hour: a mail bomb stops at the door."""
    wait = uow.rate_windows.take(f"mail-in:{user_id}", _mail_limit(per_hour), 1, now.timestamp())
    if wait:
        raise RateLimited(
            f"this forwarding address has received {per_hour} mails this hour, the most it "
            "takes; send again later",
            retry_after=wait,
        )


def record_refused(
    *,
    uow: ParcelsUnitOfWork,
    user_id: str,
    via: Literal["smtp", "imap"],
    now: datetime,
    reason: str,
) -> None:
    """Note a mail that was not taken (too large), so the user sees why it is missing."""
    mail_id = uow.mails.add(
        user_id=user_id, fingerprint=f"refused-{now.timestamp():.6f}", via=via, raw=b"", now=now
    )
    stored = uow.mails.raw(mail_id) if mail_id is not None else None
    if stored is not None:
        uow.mails.record(
            replace(stored[0], status="refused", reason=reason, processed_at=now), keep_raw=False
        )
