"""A carrier event as parceltrail keeps it: bounded, in UTC, with a stable identity."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from parceltrail.domain.clock import TimeOutOfRange, as_utc, offset_minutes
from parceltrail.domain.errors import InvalidEvent, InvalidTrackingNumber
from parceltrail.domain.status import JOURNEY_RANK, SubStatus
from parceltrail.domain.text import classify
from parceltrail.domain.words import N_, Words

MAX_DESCRIPTION = 1000
MAX_LOCATION_PART = 120
MAX_CODE = 64
MAX_TRACKING_NUMBER = 64
# Carriers stamp local times, sometimes with a wrong offset; a day covers every real zone.
FUTURE_TOLERANCE = timedelta(hours=26)
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)

# Text fields repeat a lot across a batch (descriptions, cities, carriers); clipping is pure, so
# short values are remembered. Long ones are not, so a hostile payload cannot pin memory.
_CLIP_CACHE_SIZE = 4096
_CLIP_CACHE_LONGEST = 256


@dataclass(frozen=True, slots=True)
class Location:
    city: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    postal_code: str | None = None

    def __str__(self) -> str:
        return ", ".join(part for part in (self.city, self.postal_code, self.country) if part)


@dataclass(frozen=True, slots=True)
class TrackingEvent:
    """One scan or message about one tracking number; ``key`` identifies it across replays."""

    tracking_number: str
    occurred_at: datetime  # UTC
    description: str
    sub_status: SubStatus | None
    key: str
    utc_offset_minutes: int | None = None
    location: Location = field(default_factory=Location)
    carrier: str | None = None
    raw_code: str | None = None
    source: str = "api"
    source_id: str | None = None
    # The source sent no status of its own; ``sub_status`` (if any) was read from the text.
    status_from_text: bool = False

    @property
    def said_by(self) -> str:
        """Who says this happened: ``carrier``, ``aggregator`` or ``seller``."""
        return said_by(self.source)

    @property
    def sort_key(self) -> tuple[datetime, int, str]:
        """Time first; ties follow the journey, then the key, so any arrival order agrees."""
        rank = JOURNEY_RANK[self.sub_status] if self.sub_status else _UNKNOWN_RANK
        return (self.occurred_at, rank, self.key)


# An event without a status ranks as in transit; bound once (an enum class attribute is a
# look-up through EnumType's __getattr__ hook, in Python).
_UNKNOWN_RANK = JOURNEY_RANK[SubStatus.IN_TRANSIT]


# Sources by who speaks. A carrier's own API (through karrio, or the simulated network),
# a tracking service relaying carriers (signed webhooks), or an account posting events
# through the API or an import ("api"): a seller's word, not the carrier's.
CARRIER_SOURCES = frozenset({"karrio", "simulator", "demo"})
AGGREGATOR_SOURCES = frozenset({"aftership", "17track", "ship24", "easypost", "generic"})


def said_by(source: str) -> str:
    """``carrier``, ``aggregator`` or ``seller``: who an event's source speaks for; anything
    not known to come from a carrier connector counts as the seller's word."""
    if source in CARRIER_SOURCES:
        return "carrier"
    if source in AGGREGATOR_SOURCES:
        return "aggregator"
    return "seller"


def normalize_tracking_number(raw: str) -> str:
    """The canonical form used as a lookup key: upper case, without spaces or dashes."""
    upper = raw.upper()
    if upper.isalnum():  # the usual case: nothing to drop
        return upper
    return "".join(ch for ch in upper if ch.isalnum())


def checked_number(raw: str) -> str:
    """A tracking number as typed, normalized; refuse one that is empty or longer than any
    carrier's."""
    number = normalize_tracking_number(raw or "")
    if not number:
        raise InvalidTrackingNumber(
            N_("tracking_number is empty; copy it from the carrier's label")
        )
    if len(number) > MAX_TRACKING_NUMBER:
        raise InvalidTrackingNumber(
            Words(
                "tracking_number has {length} characters; no carrier uses more than {most}",
                length=len(number),
                most=MAX_TRACKING_NUMBER,
            )
        )
    return number


def _clip(text: str | None, limit: int) -> str | None:
    """Whitespace runs collapsed to one space, trimmed, bounded; None when nothing is left."""
    if text is None:
        return None
    if len(text) <= _CLIP_CACHE_LONGEST:
        return _clip_short(text, limit)
    return _clip_text(text, limit)


@lru_cache(maxsize=_CLIP_CACHE_SIZE)
def _clip_short(text: str, limit: int) -> str | None:
    return _clip_text(text, limit)


def _clip_text(text: str, limit: int) -> str | None:
    # str.split() and re's \s agree on what whitespace is (both use str.isspace).
    text = " ".join(text.split())
    if not text:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


def event_key(
    tracking_number: str,
    occurred_at: datetime,
    description: str,
    source: str,
    source_id: str | None,
) -> str:
    """Stable identity: the source's own id when given, otherwise what the event says and when."""
    if source_id:
        basis = f"id|{source}|{source_id}"
    else:
        # occurred_at is UTC and after 1990: its first 19 characters are the same text as
        # strftime("%Y-%m-%dT%H:%M:%S"), whatever its fraction of a second.
        stamp = occurred_at.isoformat()[:19]
        basis = f"text|{tracking_number}|{stamp}|{description.casefold()}"
    # A copy of an empty hash of the right size, not a new hash: keyword arguments (here and
    # in isoformat) were a quarter of a key's cost (2.0 against 1.5 us, min of 5 x 50,000).
    digest = _EMPTY_KEY_HASH.copy()
    digest.update(basis.encode())
    return digest.hexdigest()


_EMPTY_KEY_HASH = hashlib.blake2b(digest_size=16)


def _checked_time(occurred_at: datetime, now: datetime) -> datetime:
    if occurred_at.tzinfo is UTC:
        moment = occurred_at
    else:
        try:
            moment = as_utc(occurred_at)
        except TimeOutOfRange:  # year 1 or 9999 with an offset: far outside what we accept
            refusal = _in_future(occurred_at) if occurred_at.year > 1 else _too_old(occurred_at)
            raise refusal from None
        except ValueError as exc:
            raise InvalidEvent(str(exc), reason="time_without_offset") from None
    if moment > now + FUTURE_TOLERANCE:
        raise _in_future(occurred_at)
    if moment < EARLIEST:
        raise _too_old(occurred_at)
    return moment


def _in_future(occurred_at: datetime) -> InvalidEvent:
    return InvalidEvent(
        f"occurred_at {occurred_at.isoformat()} is more than a day in the future; "
        "check the time zone offset",
        reason="time_in_future",
    )


def _too_old(occurred_at: datetime) -> InvalidEvent:
    return InvalidEvent(
        f"occurred_at {occurred_at.isoformat()} is before 1990", reason="time_too_old"
    )


def _checked_country(country: str | None) -> str | None:
    if country is None:
        return None
    code = country.strip().upper()
    if not code:
        return None
    # Two ASCII capitals, as [A-Z]{2} would say, without a regex.
    if len(code) != 2 or not (code.isascii() and code.isalpha()):
        raise InvalidEvent(
            f"country {country[:20]!r} is not an ISO 3166 two-letter code such as CN or DE",
            reason="bad_country",
        )
    return code


def new_event(
    *,
    tracking_number: str,
    occurred_at: datetime,
    description: str | None,
    now: datetime,
    sub_status: SubStatus | None = None,
    city: str | None = None,
    country: str | None = None,
    postal_code: str | None = None,
    carrier: str | None = None,
    raw_code: str | None = None,
    source: str = "api",
    source_id: str | None = None,
) -> TrackingEvent:
    """Validate and bound untrusted event data; raise InvalidEvent saying what to fix."""
    return built_event(
        tracking_number,
        occurred_at,
        description,
        sub_status,
        city,
        country,
        postal_code,
        carrier,
        raw_code,
        source,
        source_id,
        now,
    )


def built_event(
    tracking_number: str,
    occurred_at: datetime,
    description: str | None,
    sub_status: SubStatus | None,
    city: str | None,
    country: str | None,
    postal_code: str | None,
    carrier: str | None,
    raw_code: str | None,
    source: str,
    source_id: str | None,
    now: datetime,
) -> TrackingEvent:
    """``new_event`` with its arguments by position: the ingest's parser calls it once an
    event, and twelve keyword arguments cost more to pass than they say (0.4 us a call)."""
    number = normalize_tracking_number(tracking_number or "")
    if not number or len(number) > MAX_TRACKING_NUMBER:
        raise InvalidEvent(
            "tracking_number must have 1 to 64 letters or digits", reason="bad_tracking_number"
        )
    if description is not None and len(description) <= _CLIP_CACHE_LONGEST:
        text, sub_status, from_text = _short_said(description, sub_status)
    else:
        text, sub_status, from_text = _said(description, sub_status)
    moment = _checked_time(occurred_at, now)
    clipped_id = _clip(source_id, 200) if source_id is not None else None
    return TrackingEvent(
        tracking_number=number,
        occurred_at=moment,
        utc_offset_minutes=offset_minutes(occurred_at),
        description=text,
        sub_status=sub_status,
        key=event_key(number, moment, text, source, clipped_id),
        location=_location(city, country, postal_code),
        carrier=_clip(carrier, MAX_CODE) if carrier is not None else None,
        raw_code=_clip(raw_code, MAX_CODE) if raw_code is not None else None,
        source=_clip(source, MAX_CODE) or "api",
        source_id=clipped_id,
        status_from_text=from_text,
    )


def _said(
    description: str | None, sub_status: SubStatus | None
) -> tuple[str, SubStatus | None, bool]:
    """What an event says: its bounded text, its status (the source's, or read from the text)
    and whether the status came from the text; an event with neither text nor status is
    refused."""
    text = _clip(description, MAX_DESCRIPTION)
    if text is None and sub_status is None:
        raise InvalidEvent("an event needs a description or a status", reason="empty_event")
    from_text = sub_status is None
    if text is None:
        text = sub_status.value.replace("_", " ") if sub_status else ""
    elif sub_status is None:
        sub_status = _status_from_text(text)
    return text, sub_status, from_text


@lru_cache(maxsize=_CLIP_CACHE_SIZE)
def _short_said(
    description: str, sub_status: SubStatus | None
) -> tuple[str, SubStatus | None, bool]:
    """``_said`` of a short text, remembered: a feed repeats its texts with the same statuses,
    so one look-up stands for clipping the text, and reading its status, each event. (A
    refusal raises, and is not remembered.)"""
    return _said(description, sub_status)


def _location(city: str | None, country: str | None, postal_code: str | None) -> Location:
    """A validated ``Location``; short ones are shared (they are immutable, and a feed repeats
    its places), so the usual event builds none. Long parts are not remembered, so a hostile
    payload cannot pin memory (a country of spaces around two letters is valid)."""
    longest = _CLIP_CACHE_LONGEST  # one by one: 0.09 us, through all() and a generator 0.3
    if (
        (city is None or len(city) <= longest)
        and (country is None or len(country) <= longest)
        and (postal_code is None or len(postal_code) <= longest)
    ):
        return _short_location(city, country, postal_code)
    return _new_location(city, country, postal_code)


@lru_cache(maxsize=_CLIP_CACHE_SIZE)
def _short_location(city: str | None, country: str | None, postal_code: str | None) -> Location:
    return _new_location(city, country, postal_code)


def _new_location(city: str | None, country: str | None, postal_code: str | None) -> Location:
    return Location(
        city=_clip(city, MAX_LOCATION_PART),
        country=_checked_country(country),
        postal_code=_clip(postal_code, 20),
    )


_SUB_STATUS = {sub.value: sub for sub in SubStatus}


def _status_from_text(text: str) -> SubStatus | None:
    """Many carriers send only words, often not in English: read the status from them.

    Carriers repeat the same few texts endlessly, and classifying is pure, so short texts are
    remembered (bounded, as for ``_clip``)."""
    if len(text) <= _CLIP_CACHE_LONGEST:
        return _status_from_short_text(text)
    return _classified(text)


@lru_cache(maxsize=_CLIP_CACHE_SIZE)
def _status_from_short_text(text: str) -> SubStatus | None:
    return _classified(text)


def _classified(text: str) -> SubStatus | None:
    found = classify(text)
    return found.sub_status if found else None


def parse_sub_status(value: Any) -> SubStatus | None:
    """A status word from outside (ours or a main status) as a sub-status; refuse unknown words."""
    if value is None or value == "":
        return None
    found = _SUB_STATUS.get(value) if isinstance(value, str) else None
    if found is not None:
        return found
    try:
        return SubStatus(str(value).strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in SubStatus)
        raise InvalidEvent(
            f"unknown status {str(value)[:40]!r}; use one of: {known}", reason="unknown_status"
        ) from None
