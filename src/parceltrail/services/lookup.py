"""The public lookup: many numbers from one box, each detected, and tracked where known."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from parceltrail.domain.errors import TrackingNotFound, ValidationFailed
from parceltrail.domain.explain import Explanation, explain
from parceltrail.domain.numbers import (
    Carrier,
    CarrierCheck,
    Detection,
    carrier_tracking_url,
    detect,
    extract,
    load_directory,
    validate_for_carrier,
)
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.domain.users import User
from parceltrail.domain.words import N_
from parceltrail.services.backends import BackendView, tracking_backend
from parceltrail.services.polling_ports import PollableCarriers
from parceltrail.services.ports import StandaloneUnitOfWork
from parceltrail.services.standalone import (
    Polling,
    StandaloneCaps,
    polling_of,
    start_from_lookup,
)
from parceltrail.services.tracking import get_tracking
from parceltrail.services.views import TrackingView

MAX_NUMBERS = 20
MAX_TEXT = 20_000
_LIST_SEPARATORS = re.compile(r"[\n,;]+")
# A line of a list that may be a number nobody recognises: letters and digits, perhaps in
# groups, with at least four digits and no word of four letters or more (so "Hi Anna" or
# "Thanks for shopping with us" in a pasted e-mail never become "numbers").
_BARE_NUMBER = re.compile(r"[A-Za-z0-9]+(?:[ .-][A-Za-z0-9]+)*")
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{4,}(?![A-Za-z0-9])")


@dataclass(frozen=True, slots=True)
class Lookup:
    number: str
    detection: Detection
    carrier: str | None
    carrier_name: str | None
    carrier_url: str | None
    check: CarrierCheck | None  # when the visitor picked a carrier
    tracking: TrackingView | None
    explanation: Explanation | None
    polling: Polling | None = None  # a standalone tracking started, refused or scheduled
    # The directory's entry: its customer-service page, phone and e-mail, and its website.
    carrier_details: Carrier | None = None
    backend: BackendView | None = None  # which backend tracks it, and a pause if any


@dataclass(frozen=True, slots=True)
class Starter:
    """What a lookup needs to start standalone trackings: pollable carriers, who asks, caps."""

    pollable: PollableCarriers
    client: str
    caps: StandaloneCaps


def numbers_in(text: str) -> tuple[list[str], int]:
    """Distinct numbers in a box: a list (one per line or comma) or free text.

    Returns at most ``MAX_NUMBERS`` and how many more were found and left out.
    """
    text = (text or "")[:MAX_TEXT]
    found: list[str] = []
    for part in _LIST_SEPARATORS.split(text):
        numbers = [item.number for item in extract(part)]
        if numbers:
            found.extend(numbers)
        elif looks_like_a_number(part):  # shown as it is: invalid, or a carrier we lack
            found.append(normalize_tracking_number(part)[:64])
    unique = list(dict.fromkeys(number for number in found if number))
    return unique[:MAX_NUMBERS], max(0, len(unique) - MAX_NUMBERS)


def looks_like_a_number(part: str) -> bool:
    """Whether a line the detector found nothing in still reads as a tracking number."""
    part = part.strip()
    return (
        0 < len(part) <= 40
        and _BARE_NUMBER.fullmatch(part) is not None
        and sum(c.isdigit() for c in part) >= 4
        and _WORD.search(part) is None
    )


def look_up(
    *,
    uow: StandaloneUnitOfWork,
    number: str,
    now: datetime,
    viewer: User | None,
    carrier: str | None = None,
    starter: Starter | None = None,
    with_backend: bool = False,
) -> Lookup:
    """Detection and, where parceltrail knows the number, its tracking without personal data.

    With a ``starter``, a valid unknown number of a pollable carrier starts a standalone
    tracking (the caller commits when ``polling.started``). ``with_backend`` (where an
    aggregator is configured) also says which backend tracks it, and a pause if any."""
    if not number or len(number) > 64:
        raise ValidationFailed(N_("a tracking number has 1 to 64 letters and digits"))
    detection = detect(number)
    check = validate_for_carrier(number, carrier) if carrier else None
    tracking = _tracking(uow, number, viewer, now)
    code = _carrier(detection, check, tracking)
    polling: Polling | None = None
    if tracking is not None:
        polling = polling_of(uow=uow, shipment=tracking.shipment, now=now)
    elif starter is not None:
        polling = start_from_lookup(
            uow=uow,
            detection=detection,
            carrier=code,
            pollable=starter.pollable,
            client=starter.client,
            caps=starter.caps,
            now=now,
        )
        if polling is not None and polling.started:
            tracking = _tracking(uow, number, viewer, now)
    known = load_directory().carrier(code) if code else None
    return Lookup(
        number=detection.normalized or number,
        detection=detection,
        carrier=code,
        carrier_name=known.name if known else code,
        carrier_url=carrier_tracking_url(code, number) if code else None,
        check=check,
        tracking=tracking,
        explanation=explain_tracking(tracking, now) if tracking else None,
        polling=polling,
        carrier_details=known,
        backend=_backend(uow, tracking, now) if tracking and with_backend else None,
    )


def _backend(
    uow: StandaloneUnitOfWork, tracking: TrackingView, now: datetime
) -> BackendView | None:
    return tracking_backend(uow=uow, tracking_number=tracking.shipment.tracking_number, now=now)


def _tracking(
    uow: StandaloneUnitOfWork, number: str, viewer: User | None, now: datetime
) -> TrackingView | None:
    try:
        return get_tracking(uow=uow, tracking_number=number, viewer=viewer, now=now)
    except TrackingNotFound:
        return None


def _carrier(
    detection: Detection, check: CarrierCheck | None, tracking: TrackingView | None
) -> str | None:
    if check is not None and check.matches:
        return check.carrier
    if tracking is not None and tracking.shipment.carrier:
        return tracking.shipment.carrier
    return detection.carriers[0] if detection.carriers else None


def explain_tracking(tracking: TrackingView, now: datetime) -> Explanation:
    """The page's one explanation of a tracking: the health verdict's where it has one."""
    shipment = tracking.shipment
    return explain(
        shipment.state.sub_status,
        now=now,
        dispatched_at=shipment.dispatched_at,
        last_event_at=shipment.state.last_event_at,
        health=tracking.health.health if tracking.health else None,
    )
