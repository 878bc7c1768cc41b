"""My parcels: what a signed-in user can do with their own list of parcels from any shop.

Each parcel is a standalone tracking (one shipment per number, shared by everyone who tracks
it) and the user's note on it. Numbers arrive typed, as a carrier's tracking link, as pasted
text or from a mail (services/mail_in.py); all end in ``track``. The user's marketplace
orders show in the same list, marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from parceltrail.domain.errors import InvalidTrackingNumber, NotFound, ValidationFailed
from parceltrail.domain.numbers import detect, explained, extract, validate_for_carrier
from parceltrail.domain.parcel_links import number_in_link
from parceltrail.domain.parcels import Parcel, Source
from parceltrail.domain.rate_limits import Limit, RateLimited
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.domain.users import User
from parceltrail.domain.words import Words
from parceltrail.services.inbound import start_tracking
from parceltrail.services.parcels_ports import (
    ImapRepository,
    InboundMailRepository,
    InboxRepository,
    ParcelRepository,
)
from parceltrail.services.polling_ports import PollableCarriers, PollRepository
from parceltrail.services.ports import OrderRepository, TrackingUnitOfWork, UserRepository
from parceltrail.services.rate_limits import RateWindowRepository

DAY = timedelta(days=1)
MAX_TEXT_NUMBERS = 20
MIN_PRESENTED = 8
ARCHIVE_BATCH = 500


class ParcelsUnitOfWork(TrackingUnitOfWork, Protocol):
    """My parcels: the user's parcels, their trackings, polling and the daily cap."""

    parcels: ParcelRepository
    inboxes: InboxRepository
    mails: InboundMailRepository
    imap: ImapRepository
    polls: PollRepository
    rate_windows: RateWindowRepository
    orders: OrderRepository
    users: UserRepository


class ParcelNotFound(NotFound):
    code = "parcel_not_found"


class TooManyParcels(ValidationFailed):
    code = "too_many_parcels"


@dataclass(frozen=True, slots=True)
class ParcelCaps:
    """How many parcels one user may keep active, and start in a day."""

    active: int
    per_day: int

    @property
    def daily(self) -> Limit:
        return Limit("parcels", self.per_day, DAY, sliding=False)


@dataclass(frozen=True, slots=True)
class Wanted:
    """A number to track for the user, with what is known of it."""

    number: str
    carrier: str | None = None
    label: str | None = None
    shop: str | None = None
    order_reference: str | None = None
    items: tuple[str, ...] = ()
    # A number a carrier's own link or a "Tracking number:" label presents: taken with that
    # carrier even when its check digit fails; the carrier's answer then says if it exists.
    presented: bool = False


def wanted_from(
    *, tracking_number: str | None, url: str | None, text: str | None, carrier: str | None
) -> list[Wanted]:
    """The numbers a request names: one number, a carrier's tracking link, or pasted text."""
    given = [v for v in (tracking_number, url, text) if v is not None and v.strip()]
    if len(given) != 1:
        raise ValidationFailed('send exactly one of "tracking_number", "url" or "text"')
    if tracking_number is not None:
        return [Wanted(tracking_number.strip()[:100], carrier)]
    if url is not None:
        hit = number_in_link(url)
        if hit is None:
            raise InvalidTrackingNumber(
                "this link holds no tracking number parceltrail can read; open it and copy "
                'the number into "tracking_number" instead'
            )
        return [Wanted(hit.number, hit.carrier)]
    found = [item for item in extract(text or "") if item.detection.valid]
    if not found:
        raise InvalidTrackingNumber(
            "no tracking number was found in this text; paste the part of the shipping mail "
            'that shows the number, or send it as "tracking_number"'
        )
    numbers = dict.fromkeys(item.number for item in found)
    return [Wanted(number) for number in list(numbers)[:MAX_TEXT_NUMBERS]]


def track(
    *,
    uow: ParcelsUnitOfWork,
    user_id: str,
    wanted: Wanted,
    source: Source,
    pollable: PollableCarriers,
    caps: ParcelCaps,
    now: datetime,
) -> tuple[Parcel, bool]:
    """The user's parcel for a number: (parcel, created). A number already in the list
    answers that parcel (filling in what it lacked); a new one is checked, capped, tracked."""
    number, carrier = _checked(wanted)
    existing = uow.parcels.by_number(user_id, number)
    if existing is not None:
        return existing, False
    _within_caps(uow, user_id, caps, now)
    shipment = start_tracking(uow=uow, tracking_number=number, carrier=carrier, now=now)
    if carrier and pollable.can_poll(carrier):
        uow.polls.schedule(shipment.id, at=now, now=now)
    parcel = Parcel.new(
        user_id=user_id,
        shipment_id=shipment.id,
        tracking_number=number,
        carrier=shipment.carrier or carrier,
        source=source,
        now=now,
        label=wanted.label,
        shop=wanted.shop,
        order_reference=wanted.order_reference,
        items=wanted.items,
    )
    uow.parcels.add(parcel)
    return parcel, True


def _checked(wanted: Wanted) -> tuple[str, str | None]:
    detection = detect(wanted.number[:100])
    if wanted.presented and wanted.carrier and not detection.valid:
        number = normalize_tracking_number(wanted.number[:64])
        if MIN_PRESENTED <= len(number) <= 64:
            return number, wanted.carrier[:64]
    if wanted.carrier:
        check = validate_for_carrier(detection.normalized or wanted.number, wanted.carrier[:64])
        if check.matches:
            return check.normalized, check.carrier
        if not detection.valid:
            raise InvalidTrackingNumber(check.message, carrier=wanted.carrier[:64])
    if not detection.valid:
        raise InvalidTrackingNumber(
            explained(detection), suggestions=[s.number for s in detection.suggestions]
        )
    carrier = wanted.carrier or (detection.carriers[0] if detection.carriers else None)
    return detection.normalized, carrier


def _within_caps(uow: ParcelsUnitOfWork, user_id: str, caps: ParcelCaps, now: datetime) -> None:
    if uow.parcels.count_active(user_id) >= caps.active:
        raise TooManyParcels(
            Words(
                "My parcels holds at most {most} active parcels; archive or delete delivered ones "
                "first",
                most=caps.active,
            )
        )
    wait = uow.rate_windows.take(f"parcels:{user_id}", caps.daily, 1, now.timestamp())
    if wait:
        raise RateLimited(
            Words(
                "you have added {count} parcels today (UTC), the most one account may add in "
                "a day; add more tomorrow",
                count=caps.per_day,
            ),
            retry_after=wait,
        )


def owned(uow: ParcelsUnitOfWork, user: User, parcel_id: str) -> Parcel:
    parcel = uow.parcels.get(user.id, parcel_id[:40])
    if parcel is None:
        raise ParcelNotFound(f"you have no parcel {parcel_id[:40]}; list yours at /api/v1/parcels")
    return parcel


def relabel(*, uow: ParcelsUnitOfWork, user: User, parcel_id: str, label: str) -> Parcel:
    parcel = owned(uow, user, parcel_id).relabelled(label)
    uow.parcels.save(parcel)
    return parcel


def set_archived(
    *, uow: ParcelsUnitOfWork, user: User, parcel_id: str, archived: bool, now: datetime
) -> Parcel:
    parcel = owned(uow, user, parcel_id)
    parcel = parcel.archived(now) if archived else parcel.restored()
    uow.parcels.save(parcel)
    return parcel


def remove(*, uow: ParcelsUnitOfWork, user: User, parcel_id: str) -> None:
    """Delete a parcel from the user's list (the tracking itself stays for others)."""
    if not uow.parcels.delete(user.id, parcel_id[:40]):
        raise ParcelNotFound(f"you have no parcel {parcel_id[:40]}; list yours at /api/v1/parcels")


def archive_delivered(*, uow: ParcelsUnitOfWork, now: datetime, after: timedelta) -> int:
    """Archive active parcels delivered at least ``after`` ago (one batch); how many."""
    due = uow.parcels.delivered_before(now - after, ARCHIVE_BATCH)
    return uow.parcels.archive_many([parcel_id for _, parcel_id in due], now)
