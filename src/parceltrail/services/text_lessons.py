"""Learning from the feed: count the statuses sources give with carrier texts, teach them to
events that bring the same text alone, and let an admin review, correct, export and import
the table (docs/classification.md, "Learning from the feed").

Nothing here commits: ingest calls ``learn_and_teach`` inside its own unit of work, and the
page and CLI open theirs around the review functions. The review functions take the acting
user, who must be an admin, or None for the operator at the command line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from typing import Any, Final, Protocol

from parceltrail.domain.errors import PermissionDenied
from parceltrail.domain.status import SubStatus
from parceltrail.domain.text import language_of
from parceltrail.domain.text_lessons import (
    Correction,
    InvalidTextLesson,
    TextLesson,
    checked_language,
    lesson_key,
    observation_of,
    parse_status,
    taught,
    wants_lesson,
)
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User
from parceltrail.services.ports import TextLessonRepository

REVIEW_LIMIT: Final = 500
MAX_IMPORT_ROWS: Final = 50_000
EXPORT_COLUMNS: Final = ("key", "language", "sample", "counts", "correction", "taught")


class TextLessonsUnitOfWork(Protocol):
    text_lessons: TextLessonRepository


def learn_and_teach(
    uow: TextLessonsUnitOfWork, events: Sequence[TrackingEvent], now: datetime
) -> list[TrackingEvent]:
    """Count what sources said about their texts, then give each text-only event the status
    its text's lesson teaches (an admin's correction, or an agreement of sources).

    Call with new events only: a replayed webhook must not count twice."""
    observations = [o for o in map(observation_of, events) if o is not None]
    if observations:
        uow.text_lessons.observe(observations, now)
    keys = {e.description: _key_of(e.description) for e in events if wants_lesson(e)}
    if not keys:
        return list(events)
    lessons = uow.text_lessons.for_keys(set(keys.values()))
    if not lessons:
        return list(events)
    return [taught(e, lessons.get(keys[e.description])) if wants_lesson(e) else e for e in events]


def read_lessons_ahead(uow: TextLessonsUnitOfWork, events: Iterable[TrackingEvent]) -> None:
    """Before a batch's other reads: the lessons its text-only events may ask for, which a
    repository may read with them (on PostgreSQL one round trip fewer for a parcel's batch).
    ``learn_and_teach`` answers the same either way."""
    uow.text_lessons.read_ahead(_key_of(e.description) for e in events if wants_lesson(e))


@lru_cache(maxsize=4096)
def _key_of(description: str) -> tuple[str, str]:
    """A text's lesson key and language; carriers repeat their texts, so a bounded memo."""
    return lesson_key(description), language_of(description)


@dataclass(frozen=True, slots=True)
class LessonRow:
    """One lesson as the review page, the CLI and an export show it."""

    key: str
    language: str
    sample: str
    counts: Mapping[SubStatus, int]
    observations: int
    correction: str | None  # a status, "none", or None when not corrected
    taught: str | None  # the status the lesson teaches, or None
    taught_by: str  # correction, agreement or undecided

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "language": self.language,
            "sample": self.sample,
            "counts": {s.value: n for s, n in sorted(self.counts.items())},
            "observations": self.observations,
            "correction": self.correction,
            "taught": self.taught,
            "taught_by": self.taught_by,
        }


def review(
    uow: TextLessonsUnitOfWork, actor: User | None, *, state: str = "all", limit: int = REVIEW_LIMIT
) -> list[LessonRow]:
    """The most observed lessons; ``state`` keeps only ``undecided``, ``agreement`` or
    ``correction`` ones."""
    _require_admin(actor)
    if state not in {"all", "undecided", "agreement", "correction"}:
        raise InvalidTextLesson(
            f"unknown state {state[:20]!r}; use all, undecided, agreement or correction",
            reason="bad_state",
        )
    lessons = uow.text_lessons.most_observed(min(max(limit, 1), REVIEW_LIMIT))
    return [_row(x) for x in lessons if state in {"all", x.taught_by}]


def correct(
    uow: TextLessonsUnitOfWork,
    actor: User | None,
    *,
    text: str,
    language: str | None,
    status: str | None,
    now: datetime,
) -> LessonRow:
    """Set what a text means in this deployment (``status`` "none": it gives no status)."""
    _require_admin(actor)
    lesson = _lesson_for(uow, text, language)
    correction = Correction(parse_status(status), _name(actor), now)
    uow.text_lessons.correct(lesson, correction)
    return _row(replace(lesson, correction=correction))


def uncorrect(
    uow: TextLessonsUnitOfWork, actor: User | None, *, text: str, language: str | None
) -> LessonRow:
    """Remove an admin's correction; the sources' agreement (if any) teaches again."""
    _require_admin(actor)
    lesson = _lesson_for(uow, text, language)
    uow.text_lessons.correct(lesson, None)
    return _row(replace(lesson, correction=None))


def export_csv(uow: TextLessonsUnitOfWork, actor: User | None) -> str:
    """Every lesson as CSV (up to ``MAX_IMPORT_ROWS``), most observed first; the format
    ``import_csv`` reads."""
    _require_admin(actor)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in (_row(x) for x in uow.text_lessons.most_observed(MAX_IMPORT_ROWS)):
        counts = " ".join(f"{s.value}={n}" for s, n in sorted(row.counts.items()))
        writer.writerow(
            (row.key, row.language, row.sample, counts, row.correction or "", row.taught or "")
        )
    return out.getvalue()


@dataclass(slots=True)
class ImportResult:
    lessons: int = 0
    corrections: int = 0


def import_csv(
    uow: TextLessonsUnitOfWork, actor: User | None, content: str, *, now: datetime
) -> ImportResult:
    """Load an export (from this or another deployment): counts replace a text's counts, a
    non-empty correction sets it. Every row is checked before anything is written; a bad row
    is named by its line and nothing is kept."""
    _require_admin(actor)
    parsed = list(_parse_import(content, by=_name(actor), now=now))
    result = ImportResult()
    for lesson in parsed:
        uow.text_lessons.replace_counts(lesson, now)
        result.lessons += 1
        if lesson.correction is not None:
            uow.text_lessons.correct(lesson, lesson.correction)
            result.corrections += 1
    return result


def _parse_import(content: str, *, by: str, now: datetime) -> Iterable[TextLesson]:
    reader = csv.DictReader(io.StringIO(content))
    missing = [c for c in ("key", "language", "counts") if c not in (reader.fieldnames or ())]
    if missing:
        raise InvalidTextLesson(
            f"the file lacks the column(s) {', '.join(missing)}; export one to see the format",
            reason="bad_header",
        )
    lessons: list[TextLesson] = []
    for line, row in enumerate(reader, start=2):
        if line - 1 > MAX_IMPORT_ROWS:
            raise InvalidTextLesson(
                f"more than {MAX_IMPORT_ROWS} rows; split the file", reason="too_many_rows"
            )
        try:
            lessons.append(_imported(row, by=by, now=now))
        except InvalidTextLesson as exc:
            raise InvalidTextLesson(f"line {line}: {exc.message}", reason=exc.reason) from None
    return lessons


def _imported(row: Mapping[str, str | None], *, by: str, now: datetime) -> TextLesson:
    sample = (row.get("sample") or row.get("key") or "").strip()
    key = lesson_key(row.get("key") or sample)
    if not key:
        raise InvalidTextLesson("the key (the text) is empty", reason="empty_text")
    counts: dict[SubStatus, int] = {}
    for part in (row.get("counts") or "").split():
        name, _, number = part.partition("=")
        status = parse_status(name)
        if status is None or not number.isdigit() or int(number) > 10**9:
            raise InvalidTextLesson(
                f"counts {part[:40]!r} should read status=number, such as delivered=3",
                reason="bad_counts",
            )
        counts[status] = int(number)
    given = (row.get("correction") or "").strip()
    correction = Correction(parse_status(given), by, now) if given else None
    return TextLesson(key, checked_language(row.get("language")), sample[:300], counts, correction)


def _lesson_for(uow: TextLessonsUnitOfWork, text: str, language: str | None) -> TextLesson:
    key = lesson_key(text or "")
    if not key:
        raise InvalidTextLesson("give the carrier's text to correct", reason="empty_text")
    code = checked_language(language) if language else language_of(text)
    found = uow.text_lessons.for_keys([(key, code)]).get((key, code))
    return found or TextLesson(key, code, text[:300])


def _row(lesson: TextLesson) -> LessonRow:
    correction = lesson.correction
    corrected = None
    if correction is not None:
        corrected = correction.sub_status.value if correction.sub_status else "none"
    status = lesson.status
    return LessonRow(
        key=lesson.key,
        language=lesson.language,
        sample=lesson.sample,
        counts=dict(lesson.counts),
        observations=lesson.observations,
        correction=corrected,
        taught=status.value if status else None,
        taught_by=lesson.taught_by,
    )


def _name(actor: User | None) -> str:
    return actor.email if actor is not None else "cli"


def _require_admin(actor: User | None) -> None:
    """An admin, or None: the operator at the command line."""
    if actor is not None and not actor.is_admin:
        raise PermissionDenied("only an admin reviews what the feed taught about carrier texts")
