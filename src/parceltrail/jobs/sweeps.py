"""The periodic sweeps: health and ETA (then the analytics rollups), lane learning, disputes and
protection, carrier polling, daily digests, event partitions and retention, settled
conversations.

Each only narrows (the service reads just the candidates) and re-checks before acting; each
runs in its own short transactions, so a failure in one leaves the others untouched.
"""

from __future__ import annotations

from datetime import timedelta

from parceltrail.connectors.http import outbound_client
from parceltrail.domain.retention import Retention
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.fanout import links_of
from parceltrail.jobs.registry import sweep, sweep_in_transaction
from parceltrail.notify import render
from parceltrail.services import analytics, backends, digest, disputes, health
from parceltrail.services.polling import learn_windows, poll_due
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage import message_retention, partitions


@sweep("health", every=timedelta(minutes=10))
def health_sweep(ctx: JobContext) -> int:
    """Health and ETAs, then the analytics rollups of what it assessed: right after, so every
    ETA shown is kept before the next health sweep replaces it (docs/analytics.md)."""
    examined = health.sweep_rounds(uow_factory=ctx.uow, clock=ctx.clock)
    analytics.sweep_rounds(uow_factory=ctx.uow, clock=ctx.clock)
    return examined


@sweep("lanes", every=timedelta(hours=24))
@sweep_in_transaction
def lanes_sweep(ctx: JobContext, uow: UnitOfWork) -> int:
    return health.learn_lanes(uow=uow, now=ctx.clock())


@sweep("disputes", every=timedelta(hours=1))
@sweep_in_transaction
def disputes_sweep(ctx: JobContext, uow: UnitOfWork) -> int:
    return disputes.run_out_periods(uow=uow, now=ctx.clock(), periods=ctx.periods)


@sweep("polling", every=timedelta(minutes=1))
def polling_sweep(ctx: JobContext) -> int:
    """Poll the configured carrier APIs: karrio's and the simulator's (jobs/carriers.py)."""
    if not ctx.pollers.sources:
        return 0
    with outbound_client(timeout=10.0) as http:
        clients = ctx.pollers.clients(http)
        if not clients:
            return 0
        report = poll_due(uow_factory=ctx.uow, clients=clients, now=ctx.clock())
    return report.requests


@sweep("tracking-backends", every=timedelta(seconds=10))
def backends_sweep(ctx: JobContext) -> int:
    """Register new numbers (every leg's) with the aggregator their carrier is routed to
    (17TRACK, AfterShip, Ship24), in batches, within each one's budget; carry corrected
    carriers to the aggregator."""
    if not ctx.backends.aggregators:
        return 0
    return backends.route_new(uow_factory=ctx.uow, backends=ctx.backends, now=ctx.clock())


@sweep("tracking-backends-upkeep", every=timedelta(minutes=10))
def backends_upkeep_sweep(ctx: JobContext) -> int:
    """Fetch registered numbers no push reached for long, stop the ones whose journey ended,
    retrack the ones an aggregator stopped while their journey goes on."""
    if not ctx.backends.aggregators:
        return 0
    fetched = backends.fetch_silent(uow_factory=ctx.uow, backends=ctx.backends, now=ctx.clock())
    stopped = backends.stop_finished(uow_factory=ctx.uow, backends=ctx.backends, now=ctx.clock())
    again = backends.retrack_stopped(uow_factory=ctx.uow, backends=ctx.backends, now=ctx.clock())
    return (
        sum(r.fetched for r in fetched)
        + sum(r.stopped for r in stopped)
        + sum(r.retracked for r in again)
    )


@sweep("poll-windows", every=timedelta(hours=24))
def poll_windows_sweep(ctx: JobContext) -> int:
    """Re-learn when each carrier's next scan comes (domain/polling.learn_next_scans)."""
    return learn_windows(uow_factory=ctx.uow, now=ctx.clock())


@sweep("partitions", every=timedelta(hours=6))
def partitions_sweep(ctx: JobContext) -> str:
    """Event partitions made ahead, expired months retired, finished and dead jobs deleted."""
    s = ctx.settings
    days = s.event_retention_days
    report = partitions.maintain(
        ctx.engine,
        now=ctx.clock(),
        ahead=s.event_partitions_ahead,
        retention=Retention(days) if days is not None else None,
        action=s.event_retention_action,
        outbox_days=s.outbox_retention_days,
        dead_days=s.dead_job_retention_days,
    )
    return report.summary()


@sweep("conversations", every=timedelta(hours=6))
def conversations_sweep(ctx: JobContext) -> int:
    """Settled orders' attachments and messages past their retention settings."""
    aged = message_retention.age_out(
        ctx.engine,
        now=ctx.clock(),
        message_days=ctx.settings.message_retention_days,
        attachment_days=ctx.settings.attachment_retention_days,
    )
    return aged.attachments + aged.messages


@sweep("digest", every=timedelta(minutes=15))
def digest_sweep(ctx: JobContext) -> int:
    """Daily digests, once the configured hour (PARCELTRAIL_DIGEST_HOUR_UTC) has passed."""
    return send_digests(ctx)


def send_digests(ctx: JobContext, *, max_recipients: int = digest.MAX_RECIPIENTS) -> int:
    wording = digest.Wording(
        templates=render, links=links_of(ctx), language=ctx.settings.default_language
    )
    return digest.send_digests(
        uow_factory=ctx.uow,
        wording=wording,
        hour=ctx.settings.digest_hour_utc,
        now=ctx.clock(),
        max_recipients=max_recipients,
    )
