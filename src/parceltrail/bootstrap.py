"""Composition root: builds every moving part from settings; nothing is built at import time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Engine

from parceltrail.config import Settings
from parceltrail.connectors.http import tls_context
from parceltrail.connectors.pollers import Pollers
from parceltrail.domain.clock import Clock, system_clock
from parceltrail.domain.disputes import Periods
from parceltrail.jobs.carriers import build_backends, build_pollers
from parceltrail.jobs.context import JobContext
from parceltrail.notify.email import build_mailer
from parceltrail.notify.webhooks import WebhookPoster
from parceltrail.notify.webpush import AlertChannels
from parceltrail.services.deliveries import OutboxMailer
from parceltrail.services.ports import Mailer, UnitOfWork
from parceltrail.services.rate_limits import InProcessLimiter, RateLimiter
from parceltrail.storage.engine import KeptConnections, build_engine
from parceltrail.storage.lanes_cache import LaneSpreadCache
from parceltrail.storage.rate_limits_repository import DatabaseLimiter
from parceltrail.storage.uow import SqlUnitOfWork


@dataclass
class App:
    """Everything an entry point needs: settings, a clock and a unit-of-work factory."""

    settings: Settings
    engine: Engine
    clock: Clock
    uow: Callable[[], UnitOfWork]
    # A unit of work that only reads (lookups): no write lock on SQLite, READ ONLY on PostgreSQL.
    reader: Callable[[], UnitOfWork]
    jobs: JobContext
    periods: Periods  # the settings' periods of buyer protection (periods_from)
    # Account mail (password resets), sent through the outbox like every other mail.
    mailer: Mailer = field(default_factory=lambda: OutboxMailer(system_clock))
    channels: AlertChannels = field(default_factory=AlertChannels)  # extra channels
    # Request rate limits (web/limits.py): in memory, or shared by every worker process.
    limiter: RateLimiter = field(default_factory=InProcessLimiter)
    # The carriers a configured connector can poll: standalone trackings start only for them.
    pollers: Pollers = field(default_factory=Pollers)

    def close(self) -> None:
        self.jobs.poster.close()
        close = getattr(self.limiter, "close", None)
        if close is not None:
            close()
        self.engine.dispose()


def build(settings: Settings | None = None, *, clock: Clock = system_clock) -> App:
    settings = settings or Settings()
    engine = build_engine(settings)
    lanes = LaneSpreadCache(settings.lane_cache_seconds)
    # SQLite writers keep a connection between units of work (closed with the engine's pool)
    kept = KeptConnections(engine) if engine.dialect.name == "sqlite" else None

    def uow() -> UnitOfWork:
        return SqlUnitOfWork(engine, clock, settings.secret_key, lanes=lanes, kept=kept)

    def reader() -> UnitOfWork:
        return SqlUnitOfWork(engine, clock, settings.secret_key, read_only=True, lanes=lanes)

    pollers = build_pollers(settings)
    jobs = JobContext(
        settings=settings,
        engine=engine,
        clock=clock,
        uow=uow,
        mailer=build_mailer(settings.smtp_url, timeout=settings.smtp_timeout_seconds),
        poster=WebhookPoster(
            timeout=settings.webhook_timeout_seconds,
            allow_private=settings.webhook_allow_private,
            tls=tls_context(),
        ),
        periods=periods_from(settings),
        channels=AlertChannels(
            allow_private=settings.apprise_allow_private,
            vapid_private_key=settings.vapid_private_key,
            vapid_subject=settings.vapid_subject,
        ),
        pollers=pollers,
        backends=build_backends(settings, pollers),
    )
    return App(
        settings=settings,
        engine=engine,
        clock=clock,
        uow=uow,
        reader=reader,
        jobs=jobs,
        periods=jobs.periods,
        mailer=OutboxMailer(clock),
        channels=jobs.channels,
        limiter=build_limiter(settings, engine),
        pollers=jobs.pollers,
    )


def build_limiter(settings: Settings, engine: Engine) -> RateLimiter:
    """Rate limits where settings say (``Settings.limits_backend``)."""
    backend = settings.limits_backend()
    if backend == "database":
        return DatabaseLimiter(engine, settings.secret_key)
    if backend == "redis":
        url = settings.limits_redis_url()
        if not url:
            raise ValueError(
                "PARCELTRAIL_RATE_LIMIT_BACKEND is redis: set PARCELTRAIL_REDIS_URL "
                "(redis://host:6379/0) or put the queue on Redis"
            )
        from parceltrail.storage.rate_limits_redis import RedisLimiter

        return RedisLimiter(url, settings.secret_key)
    return InProcessLimiter()


def periods_from(settings: Settings) -> Periods:
    return Periods(
        protection=timedelta(days=settings.protection_days),
        open_after_dispatch=timedelta(days=settings.dispute_open_after_days),
        open_until_after_window=timedelta(days=settings.dispute_close_after_window_days),
        seller_response=timedelta(days=settings.seller_response_days),
        negotiation=timedelta(days=settings.negotiation_days),
        max_extension=timedelta(days=settings.max_extension_days),
    )
