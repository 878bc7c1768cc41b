"""Text lessons in the database (Core): counts per (text, language, status), corrections."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import CompoundSelect, Connection, and_, delete, func, null, select, union_all

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text_lessons import Correction, Observation, TextLesson
from parceltrail.storage.driver import InPairs, ReadAhead, raw
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import text_lesson_corrections, text_lesson_counts

_COUNTS = text_lesson_counts
_CORRECTIONS = text_lesson_corrections
_SUB_STATUS = {s.value: s for s in SubStatus}
Key = tuple[str, str]


def _lessons_query(in_pairs: InPairs) -> CompoundSelect[Any]:
    """Counts and corrections of the keys in one statement (ingest asks once a batch): a
    count row has a count and no corrector, a correction row the reverse."""
    c, k = _COUNTS.c, _CORRECTIONS.c
    counts = select(
        c.key,
        c.language,
        c.sub_status,
        c["count"],
        c.sample,
        null().label("corrected_by"),
        null().label("corrected_at"),
    ).where(in_pairs(c.key, c.language))
    corrections = select(
        k.key, k.language, k.sub_status, null(), k.sample, k.corrected_by, raw(k.corrected_at)
    ).where(in_pairs(k.key, k.language))
    return union_all(counts, corrections)


_COUNT_COLUMNS = ("key", "language", "sub_status", "count", "sample", "updated_at")


class SqlTextLessonRepository(Repository):
    def __init__(self, connection: Connection, seen: list[Any]) -> None:
        super().__init__(connection, seen)
        # A read sent ahead (``read_ahead``): its keys, the read, and what ``observe`` counted
        # since, which the read does not see.
        self._ahead: tuple[set[Key], ReadAhead] | None = None
        self._observed_since: list[Observation] = []

    def read_ahead(self, keys: Iterable[Key]) -> None:
        """On PostgreSQL, the lessons of ``keys`` are read with the next statement (one round
        trip with it, ``Driver.read_ahead_paired``), and ``for_keys`` of any of them answers
        from that read and what ``observe`` counted since; elsewhere nothing is done."""
        if not self._driver.reads_ahead:
            return  # ``keys`` left unread: SQLite, in process, has no round trip to save
        wanted = set(keys)
        ahead = self._driver.read_ahead_paired(_lessons_query, wanted)
        self._ahead = None if ahead is None else (wanted, ahead)
        self._observed_since = []

    def for_keys(self, keys: Iterable[Key]) -> dict[Key, TextLesson]:
        """The lessons of these keys, from one driver-level statement whatever their number
        (or from the read sent ahead, when it covers them)."""
        wanted = set(keys)
        ahead = self._ahead
        if ahead is not None and wanted <= ahead[0]:
            return self._lessons_of(
                [
                    *(row for row in ahead[1].rows() if (row[0], row[1]) in wanted),
                    *(
                        (o.key, o.language, o.sub_status.value, 1, o.sample, None, None)
                        for o in self._observed_since
                        if (o.key, o.language) in wanted
                    ),
                ]
            )
        return self._lessons_of(self._driver.select_paired(_lessons_query, wanted))

    def _lessons_of(self, rows: Iterable[Sequence[Any]]) -> dict[Key, TextLesson]:
        """Lessons from rows of ``_lessons_query``."""
        counts: dict[Key, Counter[SubStatus]] = defaultdict(Counter)
        samples: dict[Key, str] = {}
        corrections: dict[Key, tuple[Correction, str]] = {}
        read_time = self._driver.read_time
        for key, language, status, count, sample, by, at in rows:
            if by is None:
                counts[(key, language)][_SUB_STATUS[status]] += count
                samples.setdefault((key, language), sample)
                continue
            corrected_at = read_time(at)
            assert corrected_at is not None  # the column is NOT NULL
            correction = Correction(_SUB_STATUS.get(status) if status else None, by, corrected_at)
            corrections[(key, language)] = (correction, sample)
        return _lessons(counts, samples, corrections)

    def observe(self, observations: Sequence[Observation], now: datetime) -> None:
        """Add the batch's tallies to the stored counts: one upsert a batch, in key order (two
        ingests of one text never collide, and concurrent ones lock rows in the same order)."""
        if self._ahead is not None:
            self._observed_since.extend(observations)
        tally: Counter[tuple[str, str, str]] = Counter()
        samples: dict[tuple[str, str, str], str] = {}
        for o in observations:
            row_key = (o.key, o.language, o.sub_status.value)
            tally[row_key] += 1
            samples[row_key] = o.sample
        at = self._driver.time(now)
        self._driver.upsert(
            _COUNTS,
            _COUNT_COLUMNS,
            [(*k, n, samples[k], at) for k, n in sorted(tally.items())],
            keys=("key", "language", "sub_status"),
            add=("count",),
            replace=("sample", "updated_at"),
            later=True,  # sent with the lessons' read that follows, or the commit
        )

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
            for status, n in sorted(lesson.counts.items())
            if n > 0
        ]
        if rows:
            self._db.execute(_COUNTS.insert(), rows)


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
