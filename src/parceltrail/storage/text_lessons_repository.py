"""Text lessons in the database (Core): counts per (text, language, status), corrections."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, false, func, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text_lessons import Correction, Observation, TextLesson
from parceltrail.storage.repositories import Repository, chunks
from parceltrail.storage.tables import text_lesson_corrections, text_lesson_counts

_COUNTS = text_lesson_counts
_CORRECTIONS = text_lesson_corrections
_SUB_STATUS = {s.value: s for s in SubStatus}
Key = tuple[str, str]


class SqlTextLessonRepository(Repository):
    def for_keys(self, keys: Iterable[Key]) -> dict[Key, TextLesson]:
        wanted = sorted(set(keys))
        counts: dict[Key, Counter[SubStatus]] = defaultdict(Counter)
        samples: dict[Key, str] = {}
        corrections: dict[Key, tuple[Correction, str]] = {}
        for part in chunks(wanted, 400):
            for row in self._db.execute(select(_COUNTS).where(_in(_COUNTS, part))):
                key = (row.key, row.language)
                counts[key][_SUB_STATUS[row.sub_status]] += row._mapping["count"]
                samples.setdefault(key, row.sample)
            for row in self._db.execute(select(_CORRECTIONS).where(_in(_CORRECTIONS, part))):
                corrections[(row.key, row.language)] = (_correction(row), row.sample)
        return _lessons(counts, samples, corrections)

    def observe(self, observations: Sequence[Observation], now: datetime) -> None:
        tally: Counter[tuple[str, str, str]] = Counter()
        samples: dict[tuple[str, str, str], str] = {}
        for o in observations:
            row_key = (o.key, o.language, o.sub_status.value)
            tally[row_key] += 1
            samples[row_key] = o.sample
        rows = [
            {
                "key": k,
                "language": lang,
                "sub_status": status,
                "count": n,
                "sample": samples[(k, lang, status)],
                "updated_at": now,
            }
            for (k, lang, status), n in sorted(tally.items())
        ]
        for part in chunks(rows, 150):
            self._db.execute(self._counting_insert(list(part)))

    def most_observed(self, limit: int) -> list[TextLesson]:
        total = func.sum(_COUNTS.c.count).label("total")
        top = self._db.execute(
            select(_COUNTS.c.key, _COUNTS.c.language, total)
            .group_by(_COUNTS.c.key, _COUNTS.c.language)
            .order_by(total.desc(), _COUNTS.c.key, _COUNTS.c.language)
            .limit(limit)
        ).all()
        keys: list[Key] = [(row.key, row.language) for row in top]
        room = max(limit - len(keys), 0)
        if room:
            only_corrected = self._db.execute(
                select(_CORRECTIONS.c.key, _CORRECTIONS.c.language)
                .order_by(_CORRECTIONS.c.corrected_at.desc())
                .limit(limit)
            ).all()
            seen = set(keys)
            keys += [k for k in ((r.key, r.language) for r in only_corrected) if k not in seen][
                :room
            ]
        found = self.for_keys(keys)
        return [found[key] for key in keys if key in found]

    def correct(self, lesson: TextLesson, correction: Correction | None) -> None:
        where = and_(_CORRECTIONS.c.key == lesson.key, _CORRECTIONS.c.language == lesson.language)
        self._db.execute(delete(_CORRECTIONS).where(where))
        if correction is None:
            return
        self._db.execute(
            _CORRECTIONS.insert().values(
                key=lesson.key,
                language=lesson.language,
                sub_status=correction.sub_status.value if correction.sub_status else None,
                sample=lesson.sample,
                corrected_by=correction.by[:64],
                corrected_at=correction.at,
            )
        )

    def replace_counts(self, lesson: TextLesson, now: datetime) -> None:
        where = and_(_COUNTS.c.key == lesson.key, _COUNTS.c.language == lesson.language)
        self._db.execute(delete(_COUNTS).where(where))
        rows = [
            {
                "key": lesson.key,
                "language": lesson.language,
                "sub_status": status.value,
                "count": n,
                "sample": lesson.sample,
                "updated_at": now,
            }
            for status, n in sorted(lesson.counts.items()) if n > 0
        ]
        if rows:
            self._db.execute(_COUNTS.insert(), rows)

    def _counting_insert(self, rows: list[dict[str, Any]]) -> Any:
        """INSERT ... ON CONFLICT adding the counts: two ingests of one text never collide."""
        dialect = postgresql if self._db.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(_COUNTS).values(rows)
        excluded = statement.excluded
        return statement.on_conflict_do_update(
            index_elements=[_COUNTS.c.key, _COUNTS.c.language, _COUNTS.c.sub_status],
            set_={
                "count": _COUNTS.c.count + excluded.count,
                "sample": excluded.sample,
                "updated_at": excluded.updated_at,
            },
        )


def _in(table: Any, keys: Sequence[Key]) -> Any:
    if not keys:
        return false()
    return tuple_(table.c.key, table.c.language).in_(list(keys))


def _correction(row: Any) -> Correction:
    status = _SUB_STATUS.get(row.sub_status) if row.sub_status else None
    return Correction(status, row.corrected_by, row.corrected_at)


def _lessons(
    counts: dict[Key, Counter[SubStatus]],
    samples: dict[Key, str],
    corrections: dict[Key, tuple[Correction, str]],
) -> dict[Key, TextLesson]:
    out: dict[Key, TextLesson] = {}
    for key in counts.keys() | corrections.keys():
        correction, corrected_sample = corrections.get(key, (None, ""))
        out[key] = TextLesson(
            key=key[0],
            language=key[1],
            sample=samples.get(key, corrected_sample),
            counts=dict(counts.get(key, {})),
            correction=correction,
        )
    return out
