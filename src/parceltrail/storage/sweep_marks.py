"""Where a sweep over changed rows left off, kept by sweep name in `sweep_marks`."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from parceltrail.domain.health_records import Mark
from parceltrail.storage.tables import sweep_marks


class SweepMarks:
    """The `mark` and `set_mark` of a repository whose sweep resumes after its last row."""

    _db: Connection

    def mark(self, name: str) -> Mark | None:
        query = select(sweep_marks.c.mark, sweep_marks.c.after_id).where(sweep_marks.c.name == name)
        row = self._db.execute(query).first()
        return (row.mark, row.after_id) if row else None

    def set_mark(self, name: str, mark: Mark) -> None:
        at, after_id = mark
        changed = self._db.execute(
            update(sweep_marks).where(sweep_marks.c.name == name).values(mark=at, after_id=after_id)
        )
        if changed.rowcount == 0:
            self._db.execute(insert(sweep_marks).values(name=name, mark=at, after_id=after_id))
