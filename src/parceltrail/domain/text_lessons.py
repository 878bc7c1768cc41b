"""What a deployment's own feed teaches about carrier texts: (text, language) -> status.

Tracking services (AfterShip, 17TRACK, EasyPost, a generic webhook) send events with both a
status of their own and the carrier's words. Counted per normalised text, those pairs answer
later events that bring the same words alone, in this deployment's carrier mix, where the
packaged rules and model know nothing or guess.

A status is taught only when enough observations agree (at least ``MIN_AGREEING`` of them,
and the leading status at least ``AGREEMENT`` of all), so one source that maps a text wrongly
cannot poison the table; an admin's correction always wins, and a correction to "no status"
stops a text from being taught at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Final

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.status import SubStatus
from parceltrail.domain.text import fold, language_of
from parceltrail.domain.tracking import AGGREGATOR_SOURCES, TrackingEvent

MAX_KEY_CHARS: Final = 200
MAX_SAMPLE_CHARS: Final = 300
MAX_LANGUAGE_CHARS: Final = 8
MIN_AGREEING: Final = 3
AGREEMENT: Final = 0.8
# Sources whose status is their own reading of the carrier's code, not of the text: the
# karrio connector reads the text itself for its generic statuses, so learning from it would
# only echo the classifier back.
LEARNING_SOURCES: Final = AGGREGATOR_SOURCES
_DIGITS: Final = re.compile(r"\d+")


class InvalidTextLesson(ValidationFailed):
    """A lesson from outside (a correction, an imported row) that cannot be kept as given;
    ``reason`` is a stable machine-readable word."""

    code = "invalid_text_lesson"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, reason=reason)
        self.reason = reason


def lesson_key(text: str) -> str:
    """The normalised form lessons are kept under: folded (case, accents, quotes, traditional
    Chinese), numbers as ``0`` ("depot 12" and "depot 7" teach the same), at most
    ``MAX_KEY_CHARS`` characters."""
    folded = fold(text[: MAX_KEY_CHARS * 2]) if isinstance(text, str) else ""
    return _DIGITS.sub("0", folded)[:MAX_KEY_CHARS].strip()


@dataclass(frozen=True, slots=True)
class Observation:
    """One event whose source gave both a status and a text."""

    key: str
    language: str
    sample: str
    sub_status: SubStatus


@dataclass(frozen=True, slots=True)
class Correction:
    """An admin's word on a text: its status, or None for "this text says no status"."""

    sub_status: SubStatus | None
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class TextLesson:
    """Everything the feed said about one normalised text, and an admin's correction."""

    key: str
    language: str
    sample: str
    counts: Mapping[SubStatus, int] = field(default_factory=dict)
    correction: Correction | None = None

    @property
    def observations(self) -> int:
        return sum(self.counts.values())

    @property
    def leader(self) -> SubStatus | None:
        """The status most observations gave (ties: the earlier in ``SubStatus``)."""
        if not self.counts:
            return None
        order = list(SubStatus)
        return max(self.counts, key=lambda s: (self.counts[s], -order.index(s)))

    @property
    def agreed(self) -> SubStatus | None:
        """The leading status when enough observations agree on it, else None."""
        leader = self.leader
        if leader is None:
            return None
        votes = self.counts[leader]
        if votes < MIN_AGREEING or votes < AGREEMENT * self.observations:
            return None
        return leader

    @property
    def status(self) -> SubStatus | None:
        """What this lesson teaches: the correction if there is one, else the agreement."""
        if self.correction is not None:
            return self.correction.sub_status
        return self.agreed

    @property
    def taught_by(self) -> str:
        """``correction``, ``agreement`` or ``undecided``."""
        if self.correction is not None:
            return "correction"
        return "agreement" if self.agreed is not None else "undecided"

    def observed(self, observations: Iterable[Observation]) -> TextLesson:
        """This lesson with more observations of its text counted."""
        counts = Counter(self.counts)
        counts.update(o.sub_status for o in observations if o.key == self.key)
        return replace(self, counts=dict(counts))


def observation_of(event: TrackingEvent) -> Observation | None:
    """The (text, status) pair an event teaches, when its source gave both."""
    if event.status_from_text or event.sub_status is None:
        return None
    if event.source not in LEARNING_SOURCES:
        return None
    key = lesson_key(event.description)
    # str() of a StrEnum member is its value, without the enum's descriptor.
    if not key or key == str(event.sub_status).replace("_", " "):
        return None  # no text of its own: new_event wrote the status as the description
    sample = event.description[:MAX_SAMPLE_CHARS]
    return Observation(key, language_of(event.description), sample, event.sub_status)


def wants_lesson(event: TrackingEvent) -> bool:
    """An event that brought only words (its status, if any, was read from them)."""
    return event.status_from_text and bool(event.description)


def taught(event: TrackingEvent, lesson: TextLesson | None) -> TrackingEvent:
    """The event with the status its lesson teaches, when the lesson teaches one."""
    if lesson is None:
        return event
    if lesson.correction is not None and lesson.correction.sub_status is None:
        return replace(event, sub_status=None)
    status = lesson.status
    if status is None or status is event.sub_status:
        return event
    return replace(event, sub_status=status)


def parse_status(value: object) -> SubStatus | None:
    """A status word from an admin or an imported file; "" or "none" mean no status."""
    if value is None or (isinstance(value, str) and value.strip().lower() in {"", "none"}):
        return None
    try:
        return SubStatus(str(value).strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in SubStatus)
        raise InvalidTextLesson(
            f"unknown status {str(value)[:40]!r}; use one of: {known}, or none",
            reason="unknown_status",
        ) from None


def checked_language(value: object) -> str:
    """A language code as lessons keep it ("und" when unknown)."""
    code = str(value or "").strip().lower()[:MAX_LANGUAGE_CHARS]
    if not code:
        return "und"
    if not all(c.isascii() and (c.isalnum() or c == "-") for c in code):
        raise InvalidTextLesson(
            f"language {code!r} is not a code such as en, de or zh", reason="bad_language"
        )
    return code
