"""Keeping the claims of running jobs: a lease is renewed while its job still runs.

A claim holds an outbox row until ``now + lease``; after that any worker may claim and run it
again, which is how a killed worker's jobs are taken over. But a live worker whose job takes
longer than one lease (a slow SMTP relay, a machine with more runnable processes than cores)
would see its job taken and run a second time beside it, and the mail go twice. So each
process renews the leases of the jobs it is running, every third of a lease, from one daemon
thread: a job is taken over only once its process has stopped renewing, one lease after it
died. The renewal is conditional on the claim (status ``running``, the same attempt), so a
claim already taken over is never extended.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import Engine

from parceltrail.storage import jobs_repository as store
from parceltrail.storage.jobs_repository import Job

log = logging.getLogger(__name__)


class LeaseKeeper:
    """The jobs this process is running, and the thread that renews their leases while there
    are any (it ends when the last one is released and starts again with the next)."""

    def __init__(self) -> None:
        self._held: dict[tuple[int, int], Job] = {}
        self._lock = threading.Lock()
        self._released = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None

    @contextmanager
    def holding(
        self, engine: Engine, clock: Callable[[], datetime], lease: timedelta, job: Job
    ) -> Iterator[None]:
        """Renew ``job``'s lease while the block runs."""
        with self._lock:
            self._held[(job.id, job.attempts)] = job
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._renew_while_held,
                    args=(engine, clock, lease),
                    name="parceltrail-leases",
                    daemon=True,
                )
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._held.pop((job.id, job.attempts), None)
                if not self._held:
                    self._released.notify_all()

    def renew(self, engine: Engine, clock: Callable[[], datetime], lease: timedelta) -> int:
        """Extend every held claim to a lease from now; how many were still held."""
        with self._lock:
            jobs = list(self._held.values())
        return store.renew(engine, jobs, until=clock() + lease) if jobs else 0

    def _renew_while_held(
        self, engine: Engine, clock: Callable[[], datetime], lease: timedelta
    ) -> None:
        every = lease.total_seconds() / 3
        while True:
            with self._lock:
                turn = time.monotonic() + every
                while self._held and (left := turn - time.monotonic()) > 0:
                    self._released.wait(left)
                if not self._held:
                    self._thread = None
                    return
            try:
                self.renew(engine, clock, lease)
            except Exception:  # a database hiccup: the next turn tries again
                log.exception("renewing job leases failed; retrying in %.1f s", every)
