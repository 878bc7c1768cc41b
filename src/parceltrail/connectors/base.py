"""What every inbound webhook connector shares: the parsed result, its errors, safe readers.

A connector's ``parse(body, headers, *, secret, now)`` verifies the signature over the raw
bytes first, then reads the JSON with the readers below, which never trust a type. One bad
event becomes a ``Rejection``; only a body that is not JSON, or names no tracking number,
fails the whole delivery::

    ParceltrailError
    ├── NotAuthenticated (401)
    │   └── SignatureInvalid     missing secret, header or timestamp; signature mismatch
    └── ValidationFailed (422)
        └── PayloadInvalid       not a JSON object, or no usable tracking number
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Any, Protocol

from parceltrail.connectors.countries import from_name, to_iso2
from parceltrail.domain.clock import as_utc
from parceltrail.domain.errors import InvalidEvent, NotAuthenticated, ValidationFailed
from parceltrail.domain.shipments import VouchedStatus
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import (
    MAX_TRACKING_NUMBER,
    TrackingEvent,
    normalize_tracking_number,
)

MAX_EVENTS = 500  # per delivery; carriers send tens, so more is a fault or an attack
MAX_CARRIER_CODE = 64  # as stored with a shipment's leg
_MAX_TIME_TEXT = 40
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A carrier that gives only the day did something that day; noon is at most 12 h off.
_DATE_ONLY_TIME = time(12, 0)


class SignatureInvalid(NotAuthenticated):
    """The delivery cannot be shown to come from the provider; nothing of it was read."""

    code = "webhook_signature_invalid"


class PayloadInvalid(ValidationFailed):
    """The signed body is unusable as a whole: not a JSON object, or no tracking number."""

    code = "webhook_payload_invalid"


@dataclass(frozen=True, slots=True)
class Rejection:
    """One event of a delivery that was not kept, and why (``reason`` is a stable word).

    ``index`` is the event's place among its tracking's events; in a delivery grouping several
    trackings, ``tracking`` is the tracking's place in the delivery (None otherwise)."""

    index: int
    reason: str
    message: str
    tracking: int | None = None


@dataclass(frozen=True, slots=True)
class ParsedWebhook:
    """A verified delivery as domain data; ``tracking_number`` is None only when ignored."""

    provider: str
    tracking_number: str | None
    carrier: str | None = None
    events: list[TrackingEvent] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    delivery_id: str | None = None
    event_type: str | None = None
    stopped: bool = False
    carrier_eta: date | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    vouched: VouchedStatus | None = None  # the source's own overall status, where it gives one
    # The same delivery's further trackings, where a provider groups several in one message
    # (Ship24's "maximum number of updates per webhook message"); stored with this one.
    more: tuple[ParsedWebhook, ...] = ()

    def __post_init__(self) -> None:
        if self.carrier is not None and len(self.carrier) > MAX_CARRIER_CODE:
            object.__setattr__(self, "carrier", None)  # not a carrier code: detect instead

    @property
    def ignored(self) -> bool:
        """A genuine delivery about something other than a tracking (answer 2xx, store nothing)."""
        return self.tracking_number is None


class WebhookParser(Protocol):
    def __call__(
        self, body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime
    ) -> ParsedWebhook: ...


class WebhookReader(Protocol):
    """A parser's reading alone, for a delivery verified when it arrived (a kept one, read
    again)."""

    def __call__(
        self, body: bytes, headers: Mapping[str, str], *, now: datetime
    ) -> ParsedWebhook: ...


# --- signatures ---------------------------------------------------------------------------


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value whatever the case of its name (plain dicts are case-sensitive)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def secret_bytes(secret: str, *, provider: str, setting: str) -> bytes:
    """The configured secret; refuse to verify with an empty one, which anyone could forge."""
    if not secret:
        raise SignatureInvalid(
            f"no {provider} webhook secret is configured; set {setting}", provider=provider
        )
    return secret.encode("utf-8")


def check_signature(
    expected: str, received: str | None, *, provider: str, header_name: str
) -> None:
    """Compare in constant time; say which header was missing or wrong."""
    if received is None or not received.strip():
        raise SignatureInvalid(
            f"the {header_name} header is missing; is this request from {provider}?",
            provider=provider,
        )
    given = received.strip().encode("utf-8", "replace")
    if not hmac.compare_digest(expected.encode("ascii"), given):
        raise SignatureInvalid(
            f"the {header_name} header does not match the body; check the {provider} "
            "webhook secret and that the body reaches parceltrail unmodified",
            provider=provider,
        )


# --- reading untrusted JSON ---------------------------------------------------------------


def load_object(body: bytes, *, provider: str) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise PayloadInvalid(
            f"the {provider} webhook body is not valid UTF-8 JSON", provider=provider
        ) from None
    if not isinstance(payload, dict):
        raise PayloadInvalid(
            f"the {provider} webhook body must be a JSON object", provider=provider
        )
    return payload


def obj(value: Any) -> dict[str, Any]:
    """The value if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def seq(value: Any) -> list[Any]:
    """The value if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def text(container: Mapping[str, Any], key: str) -> str | None:
    """A string field; numbers become strings, anything else (and blank text) is None."""
    value = container.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()


def place(city: str | None, state: str | None) -> str | None:
    """City and state/province as one location line."""
    parts = [part for part in (city, state) if part]
    return ", ".join(parts) or None


def located(
    city: str | None, location: str | None, country: str | None
) -> tuple[str | None, str | None]:
    """An event's place line and country: the structured city/state when given, else the
    free-text location, unless that only names a country ("Germany", or the very code of the
    country given beside it, as 17TRACK writes "US" for a scan placed only in the USA): then
    it is the country (where none is given) and no place line."""
    if city:
        return city, country
    named = from_name(location)
    if named is not None:
        return None, country or named
    if country is not None and to_iso2(location) == country:
        return None, country
    return location, country


def tracking_number(value: Any, *, provider: str, field_name: str) -> str:
    """The payload's tracking number, normalised; without one the delivery is useless."""
    usable = isinstance(value, str | int) and not isinstance(value, bool)
    number = normalize_tracking_number(str(value)) if usable else ""
    if not number or len(number) > MAX_TRACKING_NUMBER:
        raise PayloadInvalid(
            f"{field_name} must be a tracking number of 1 to {MAX_TRACKING_NUMBER} letters "
            "or digits",
            provider=provider,
        )
    return number


def parse_time(value: str | None, *, naive_zone: tzinfo | None = None) -> datetime:
    """An ISO 8601 time; a time without offset is read in ``naive_zone`` when one is known.

    Raises InvalidEvent so the caller records a rejection; a time still without an offset is
    returned naive, and ``new_event`` refuses it with reason ``time_without_offset``.
    """
    if value is None:
        raise InvalidEvent("the event has no time", reason="missing_time")
    if len(value) > _MAX_TIME_TEXT:
        raise InvalidEvent("the event time is too long to be a time", reason="bad_time")
    try:
        if _DATE_ONLY.fullmatch(value):
            moment = datetime.combine(date.fromisoformat(value), _DATE_ONLY_TIME)
        else:
            moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidEvent(
            f"event time {value!r} is not an ISO 8601 time such as 2024-05-01T10:30:00+08:00",
            reason="bad_time",
        ) from None
    if not 1900 < moment.year < 9000:  # keeps UTC conversion from overflowing
        raise InvalidEvent(f"event time {value!r} is out of range", reason="bad_time")
    if moment.utcoffset() is None and naive_zone is not None:
        moment = moment.replace(tzinfo=naive_zone)
    return moment


def vouched(
    source: str, sub_status: SubStatus | None, at: str | None, *, now: datetime
) -> VouchedStatus | None:
    """A source's overall status as of ``at`` (its own update time), never later than ``now``."""
    if sub_status is None:
        return None
    try:
        moment = parse_time(at)
    except InvalidEvent:
        moment = now
    if moment.utcoffset() is None:
        moment = now
    return VouchedStatus(source, sub_status, min(as_utc(moment), now))


def parse_day(value: str | None) -> date | None:
    """The calendar day of a date or date-time as written (the carrier's local day)."""
    if value is None or len(value) > _MAX_TIME_TEXT:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def collect(
    items: Sequence[Any], build: Callable[[dict[str, Any]], TrackingEvent]
) -> tuple[list[TrackingEvent], list[Rejection]]:
    """Build each event; a bad one becomes a rejection and the others are kept."""
    events: list[TrackingEvent] = []
    rejections: list[Rejection] = []
    for index, item in enumerate(items[:MAX_EVENTS]):
        if not isinstance(item, dict):
            rejections.append(Rejection(index, "not_an_object", "the event is not a JSON object"))
            continue
        try:
            events.append(build(item))
        except InvalidEvent as exc:
            rejections.append(Rejection(index, exc.reason, exc.message))
    if len(items) > MAX_EVENTS:
        rejections.append(
            Rejection(
                MAX_EVENTS,
                "too_many_events",
                f"only the first {MAX_EVENTS} of {len(items)} events were read",
            )
        )
    return events, rejections
