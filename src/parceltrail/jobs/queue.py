"""Dramatiq workers (extra `queue`): the relay enqueues due outbox rows, actors run the tasks.

The outbox stays the source of truth: the relay marks a row `queued` with a lease before it
sends the message, the actor claims the row again before running it (so a duplicate message
does nothing), and retries and dead letters are the outbox's, exactly as in-process.
"""

from __future__ import annotations

import logging
import random
import threading
from datetime import timedelta
from typing import Any

from parceltrail.jobs.context import JobContext
from parceltrail.jobs.runner import RunStats, execute, run_due_sweeps
from parceltrail.storage import jobs_repository as store

log = logging.getLogger(__name__)
ACTOR = "parceltrail_run_job"


def build_broker(url: str) -> Any:
    """A Redis (redis://) or RabbitMQ (amqp://) broker for ``url``."""
    if url.startswith(("redis://", "rediss://")):
        from dramatiq.brokers.redis import RedisBroker

        return RedisBroker(url=url)  # type: ignore[no-untyped-call]
    if url.startswith(("amqp://", "amqps://")):
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        return RabbitmqBroker(url=url)
    raise ValueError("PARCELTRAIL_QUEUE_URL must start with redis:// or amqp://")


class DramatiqQueue:
    """The actor bound to ``ctx`` on ``broker``, and the relay that feeds it."""

    def __init__(self, ctx: JobContext, broker: Any, *, queue_name: str = "parceltrail") -> None:
        import dramatiq

        self.ctx = ctx
        self.broker = broker
        self._rng = random.Random()  # noqa: S311 - jitter, not secrets
        self.actor: Any = dramatiq.actor(
            actor_name=ACTOR, queue_name=queue_name, broker=broker, max_retries=0
        )(self._run)

    def _run(self, job_id: int) -> None:
        lease = timedelta(seconds=self.ctx.settings.job_lease_seconds)
        job = store.claim_one(self.ctx.engine, job_id, now=self.ctx.clock(), lease=lease)
        if job is not None:
            execute(self.ctx, job, self._rng, RunStats())

    def relay_once(self) -> int:
        """Enqueue every due row once; returns how many were sent to the broker."""
        sent: set[int] = set()
        lease = timedelta(seconds=self.ctx.settings.job_lease_seconds)
        size = self.ctx.settings.job_batch_size
        run_due_sweeps(self.ctx, RunStats())
        while batch := store.claim(
            self.ctx.engine,
            now=self.ctx.clock(),
            limit=size,
            lease=lease,
            status="queued",
            exclude=sent,
        ):
            for job in batch:
                self.actor.send(job.id)
                sent.add(job.id)
        return len(sent)

    def relay_forever(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                sent = self.relay_once()
            except Exception:
                log.exception("outbox relay pass failed; retrying")
                sent = 0
            if not sent:
                stop.wait(self.ctx.settings.job_poll_seconds)

    def worker(self, threads: int = 8) -> Any:
        """A Dramatiq worker in this process; call ``start()`` and ``stop()`` on it."""
        from dramatiq import Worker

        return Worker(self.broker, worker_threads=threads, worker_timeout=100)
