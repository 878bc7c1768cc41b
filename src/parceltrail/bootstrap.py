"""Composition root: builds every moving part from settings; nothing is built at import time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from parceltrail.config import Settings
from parceltrail.domain.clock import Clock, system_clock
from parceltrail.jobs.context import JobContext
from parceltrail.notify.email import build_mailer
from parceltrail.notify.webhooks import WebhookPoster
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.engine import build_engine
from parceltrail.storage.uow import SqlUnitOfWork


@dataclass
class App:
    """Everything an entry point needs: settings, a clock and a unit-of-work factory."""

    settings: Settings
    engine: Engine
    clock: Clock
    uow: Callable[[], UnitOfWork]
    jobs: JobContext

    def close(self) -> None:
        self.jobs.poster.close()
        self.engine.dispose()


def build(settings: Settings | None = None, *, clock: Clock = system_clock) -> App:
    settings = settings or Settings()
    engine = build_engine(settings)

    def uow() -> UnitOfWork:
        return SqlUnitOfWork(engine, clock)

    jobs = JobContext(
        settings=settings,
        engine=engine,
        clock=clock,
        uow=uow,
        mailer=build_mailer(settings.smtp_url, timeout=settings.smtp_timeout_seconds),
        poster=WebhookPoster(timeout=settings.webhook_timeout_seconds),
    )
    return App(settings=settings, engine=engine, clock=clock, uow=uow, jobs=jobs)
