"""Run outbox jobs: execute one (shared by every runner), and the in-process runner."""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from parceltrail.jobs.context import JobContext
from parceltrail.jobs.registry import SWEEPS, TASKS, Task
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.storage import jobs_repository as store
from parceltrail.storage.jobs_repository import Job

log = logging.getLogger(__name__)


@dataclass
class RunStats:
    done: int = 0
    failed: int = 0
    dead: int = 0
    sweeps: list[str] = field(default_factory=list)

    @property
    def handled(self) -> int:
        return self.done + self.failed + self.dead


def backoff(ctx: JobContext, attempts: int, rng: random.Random) -> timedelta:
    """Exponential, capped, with jitter in [50%, 100%] so retries of an outage spread out."""
    s = ctx.settings
    delay = min(s.job_retry_max_seconds, s.job_retry_base_seconds * 2 ** max(0, attempts - 1))
    return timedelta(seconds=delay * rng.uniform(0.5, 1.0))


def execute(ctx: JobContext, job: Job, rng: random.Random, stats: RunStats) -> None:
    """Run one claimed job; record done, a retry, or the dead letter. Never raises."""
    task = TASKS.get(job.topic)
    lease = timedelta(seconds=ctx.settings.job_lease_seconds)
    try:
        if task is not None:
            with ctx.leases.holding(ctx.engine, ctx.clock, lease, job):
                task.run(ctx, job)
    except Exception as exc:
        _failed(ctx, job, task, exc, rng, stats)
        return
    store.finish(ctx.engine, job)
    stats.done += 1


def _failed(
    ctx: JobContext,
    job: Job,
    task: Task | None,
    exc: Exception,
    rng: random.Random,
    stats: RunStats,
) -> None:
    permanent = isinstance(exc, DeliveryFailed) and exc.permanent
    reason = exc.reason if isinstance(exc, DeliveryFailed) else f"{type(exc).__name__}: {exc}"
    if not isinstance(exc, DeliveryFailed):
        log.exception("job %s (%s) failed", job.id, job.topic)
    now = ctx.clock()
    if permanent or job.attempts >= ctx.settings.job_max_attempts:
        reason = f"after {job.attempts} attempt(s): {reason}"
        store.fail(ctx.engine, job, error=reason, retry_at=None)
        stats.dead += 1
        if task is not None and task.on_dead is not None:
            try:
                task.on_dead(ctx, job, reason)
            except Exception:
                log.exception("dead-letter hook of job %s failed", job.id)
        return
    store.fail(ctx.engine, job, error=reason, retry_at=now + backoff(ctx, job.attempts, rng))
    stats.failed += 1


SWEEP_RETRY = timedelta(minutes=5)


def run_due_sweeps(ctx: JobContext, stats: RunStats) -> None:
    """Each due sweep once; one that fails is tried again soon, not a whole period later."""
    for sweep in list(SWEEPS.values()):
        try:
            if not store.due_schedule(ctx.engine, sweep.name, now=ctx.clock(), every=sweep.every):
                continue
            sweep.run(ctx)
            stats.sweeps.append(sweep.name)
        except Exception:
            log.exception("sweep %s failed; trying again in %s", sweep.name, SWEEP_RETRY)
            store.reschedule(ctx.engine, sweep.name, at=ctx.clock() + SWEEP_RETRY)


class InProcessRunner:
    """Claims due outbox rows from the database and runs them in this process."""

    def __init__(self, ctx: JobContext, *, rng: random.Random | None = None) -> None:
        self.ctx = ctx
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not secrets

    def _lease(self) -> timedelta:
        return timedelta(seconds=self.ctx.settings.job_lease_seconds)

    def run_once(self) -> RunStats:
        """Every due sweep, then every due job once (jobs they create included), then return."""
        stats = RunStats()
        run_due_sweeps(self.ctx, stats)
        seen: set[int] = set()
        while batch := self._claim(self.ctx.clock(), seen):
            for job in batch:
                seen.add(job.id)
                execute(self.ctx, job, self.rng, stats)
        return stats

    def _claim(self, now: datetime, seen: set[int]) -> list[Job]:
        size = self.ctx.settings.job_batch_size
        return store.claim(self.ctx.engine, now=now, limit=size, lease=self._lease(), exclude=seen)

    def run_forever(self, stop: threading.Event) -> None:
        """Poll until ``stop`` is set; a failing database is logged and retried, never fatal."""
        while not stop.is_set():
            try:
                handled = self.run_once().handled
            except Exception:
                log.exception("job runner pass failed; retrying")
                handled = 0
            if not handled:
                stop.wait(self.ctx.settings.job_poll_seconds)


class BackgroundRunner:
    """The in-process runner on a daemon thread, for `parceltrail serve`."""

    def __init__(self, runner: InProcessRunner) -> None:
        self._runner = runner
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=runner.run_forever, args=(self._stop,), name="parceltrail-jobs", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
