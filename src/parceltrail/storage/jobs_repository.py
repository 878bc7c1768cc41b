"""The outbox as a job queue: claim due rows safely, finish them, retry or dead-letter them.

Statuses: pending -> (queued ->) running -> done | failed (retried at available_at) | dead.
A claim sets ``available_at`` to the end of a lease, so a row whose worker died becomes due
again. PostgreSQL claims with ``FOR UPDATE SKIP LOCKED``; SQLite's engine begins every
transaction with ``BEGIN IMMEDIATE``, so claimers are serialised by the single writer lock.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from parceltrail.storage.tables import job_schedule, outbox

CLAIMABLE = ("pending", "failed", "running", "queued")
MAX_ERROR = 2000


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    topic: str
    payload: dict[str, Any]
    attempts: int


def _due(now: datetime, limit: int, exclude: Collection[int], dialect: str) -> Any:
    query = (
        select(outbox.c.id, outbox.c.topic, outbox.c.payload, outbox.c.attempts)
        .where(outbox.c.status.in_(CLAIMABLE), outbox.c.available_at <= now)
        .order_by(outbox.c.available_at, outbox.c.id)
        .limit(limit)
    )
    if exclude:
        query = query.where(outbox.c.id.not_in(list(exclude)))
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return query


def claim(
    engine: Engine,
    *,
    now: datetime,
    limit: int,
    lease: timedelta,
    status: str = "running",
    exclude: Collection[int] = (),
) -> list[Job]:
    """Due rows, marked ``status`` until ``now + lease``; ``running`` counts an attempt."""
    with engine.begin() as connection:
        rows = connection.execute(_due(now, limit, exclude, engine.dialect.name)).all()
        if not rows:
            return []
        bump = 1 if status == "running" else 0
        connection.execute(
            update(outbox)
            .where(outbox.c.id.in_([row.id for row in rows]))
            .values(status=status, available_at=now + lease, attempts=outbox.c.attempts + bump)
        )
    return [Job(row.id, row.topic, dict(row.payload), row.attempts + bump) for row in rows]


def claim_one(engine: Engine, job_id: int, *, now: datetime, lease: timedelta) -> Job | None:
    """Claim one row a queue message named; None when another worker has it or it is done."""
    with engine.begin() as connection:
        claimed = connection.execute(
            update(outbox)
            .where(outbox.c.id == job_id, outbox.c.status.in_(CLAIMABLE))
            .where((outbox.c.status != "running") | (outbox.c.available_at <= now))
            .values(status="running", available_at=now + lease, attempts=outbox.c.attempts + 1)
        ).rowcount
        if not claimed:
            return None
        row = connection.execute(
            select(outbox.c.topic, outbox.c.payload, outbox.c.attempts).where(outbox.c.id == job_id)
        ).one()
    return Job(job_id, row.topic, dict(row.payload), row.attempts)


def renew(engine: Engine, jobs: Collection[Job], *, until: datetime) -> int:
    """Extend the claims still held on ``jobs`` (running, the same attempt) to ``until``;
    how many were. A claim another worker has taken over is left alone."""
    held = or_(*((outbox.c.id == job.id) & (outbox.c.attempts == job.attempts) for job in jobs))
    with engine.begin() as connection:
        return int(
            connection.execute(
                update(outbox).where(outbox.c.status == "running", held).values(available_at=until)
            ).rowcount
        )


def finish(engine: Engine, job: Job) -> bool:
    """Mark the claimed attempt done; False when this worker no longer holds the claim."""
    with engine.begin() as connection:
        return _set(connection, job, status="done", last_error=None)


def fail(engine: Engine, job: Job, *, error: str, retry_at: datetime | None) -> bool:
    """Schedule a retry at ``retry_at``, or dead-letter the row when it is None."""
    with engine.begin() as connection:
        if retry_at is None:
            return _set(connection, job, status="dead", last_error=error[:MAX_ERROR])
        return _set(
            connection, job, status="failed", last_error=error[:MAX_ERROR], available_at=retry_at
        )


def _set(connection: Connection, job: Job, **values: Any) -> bool:
    """Only the attempt that holds the claim may record its outcome: a worker that outlived
    its lease must not turn another worker's result back."""
    claimed = (outbox.c.id == job.id) & (outbox.c.status == "running")
    held = claimed & (outbox.c.attempts == job.attempts)
    return bool(connection.execute(update(outbox).where(held).values(**values)).rowcount)


def reschedule(engine: Engine, name: str, *, at: datetime) -> None:
    """Move a sweep's next turn, e.g. soon after it failed."""
    with engine.begin() as connection:
        connection.execute(
            update(job_schedule).where(job_schedule.c.name == name).values(next_run_at=at)
        )


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.status, func.count()).group_by(outbox.c.status)
        ).all()
    return {str(status): int(count) for status, count in rows}


def due_schedule(engine: Engine, name: str, *, now: datetime, every: timedelta) -> bool:
    """Take the turn of a periodic sweep: True for exactly one caller per period."""
    with engine.begin() as connection:
        exists = connection.execute(
            select(job_schedule.c.name).where(job_schedule.c.name == name)
        ).first()
        if exists is None:
            try:
                with connection.begin_nested():
                    connection.execute(
                        job_schedule.insert().values(
                            name=name, next_run_at=now + every, last_run_at=now
                        )
                    )
            except IntegrityError:  # another runner took the very first turn
                return False
            return True
        return bool(
            connection.execute(
                update(job_schedule)
                .where(job_schedule.c.name == name, job_schedule.c.next_run_at <= now)
                .values(next_run_at=now + every, last_run_at=now)
            ).rowcount
        )
