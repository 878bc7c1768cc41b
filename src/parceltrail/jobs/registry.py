"""Tasks by outbox topic, and periodic sweeps by name; other modules register theirs.

A task runs the same whichever runner calls it (in-process or Dramatiq), re-checks before
acting, and must be safe to run twice. Most are one transaction: ``in_transaction`` wraps them
so the wrapper opens the unit of work, commits it when the task returns and rolls it back when
it raises. A task that must not hold a transaction across slow I/O (sending a delivery,
polling a carrier) passes the context's unit-of-work factory to its use case, which opens
short ones. Sweeps alike: ``sweep_in_transaction`` for one transaction, the factory for more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from parceltrail.jobs.context import JobContext
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job

TaskFn = Callable[[JobContext, Job], None]
DeadFn = Callable[[JobContext, Job, str], None]
SweepFn = Callable[[JobContext], Any]


@dataclass(frozen=True, slots=True)
class Task:
    topic: str
    run: TaskFn
    on_dead: DeadFn | None = None


@dataclass(frozen=True, slots=True)
class Sweep:
    name: str
    every: timedelta
    run: SweepFn


def in_transaction(fn: Callable[[JobContext, Job, UnitOfWork], None]) -> TaskFn:
    """A task of one transaction: committed when ``fn`` returns, rolled back when it raises."""

    def run(ctx: JobContext, job: Job) -> None:
        with ctx.uow() as uow:
            fn(ctx, job, uow)

    return run


def dead_in_transaction(fn: Callable[[JobContext, Job, str, UnitOfWork], None]) -> DeadFn:
    """What a task's dead letter changes, in one transaction, as ``in_transaction`` runs a
    task."""

    def on_dead(ctx: JobContext, job: Job, reason: str) -> None:
        with ctx.uow() as uow:
            fn(ctx, job, reason, uow)

    return on_dead


def sweep_in_transaction(fn: Callable[[JobContext, UnitOfWork], int]) -> SweepFn:
    """A sweep of one transaction, as ``in_transaction`` makes a task: committed when ``fn``
    returns (what it returns, how much it did, is the sweep's), rolled back when it raises."""

    def run(ctx: JobContext) -> int:
        with ctx.uow() as uow:
            return fn(ctx, uow)

    return run


TASKS: dict[str, Task] = {}
SWEEPS: dict[str, Sweep] = {}


def task(topic: str, *, on_dead: DeadFn | None = None) -> Callable[[TaskFn], TaskFn]:
    def register(fn: TaskFn) -> TaskFn:
        TASKS[topic] = Task(topic, fn, on_dead)
        return fn

    return register


def sweep(name: str, *, every: timedelta) -> Callable[[SweepFn], SweepFn]:
    """Register a periodic sweep: it only narrows, and fans out one job per candidate."""

    def register(fn: SweepFn) -> SweepFn:
        SWEEPS[name] = Sweep(name, every, fn)
        return fn

    return register
