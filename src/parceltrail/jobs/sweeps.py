"""The periodic sweeps: health and ETA, lane learning, disputes and protection, carrier polling,
daily digests, event partitions and retention.

Each only narrows (the service reads just the candidates) and re-checks before acting; each
runs in its own short transactions, so a failure in one leaves the others untouched.
"""

from __future__ import annotations

from datetime import timedelta

import httpx

from parceltrail.domain.retention import Retention
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.fanout import links_of
from parceltrail.jobs.registry import sweep
from parceltrail.notify import render
from parceltrail.services import digest, disputes, health
from parceltrail.services.polling import learn_windows, poll_due
from parceltrail.storage import partitions

MAX_HEALTH_ROUNDS = 50  # 50 x 2,000 shipments per run; the next run continues from the mark


@sweep("health", every=timedelta(minutes=10))
def health_sweep(ctx: JobContext) -> int:
    examined = 0
    for _ in range(MAX_HEALTH_ROUNDS):
        with ctx.uow() as uow:
            report = health.sweep(uow=uow, now=ctx.clock())
        examined += report.examined
        if not report.more:
            break
    return examined


@sweep("lanes", every=timedelta(hours=24))
def lanes_sweep(ctx: JobContext) -> int:
    with ctx.uow() as uow:
        return health.learn_lanes(uow=uow, now=ctx.clock())


@sweep("disputes", every=timedelta(hours=1))
def disputes_sweep(ctx: JobContext) -> int:
    periods = ctx.periods
    with ctx.uow() as uow:
        moved = disputes.escalate_overdue(uow=uow, now=ctx.clock(), periods=periods)
        moved += disputes.auto_confirm(uow=uow, now=ctx.clock())
    return moved


@sweep("polling", every=timedelta(minutes=1))
def polling_sweep(ctx: JobContext) -> int:
    """Poll the configured carrier APIs: karrio's and the simulator's (jobs/carriers.py)."""
    if not ctx.pollers.sources:
        return 0
    with httpx.Client(timeout=10.0) as http:
        clients = ctx.pollers.clients(http)
        if not clients:
            return 0
        report = poll_due(uow_factory=ctx.uow, clients=clients, now=ctx.clock())
    return report.requests


@sweep("poll-windows", every=timedelta(hours=24))
def poll_windows_sweep(ctx: JobContext) -> int:
    """Re-learn when each carrier's next scan comes (domain/polling.learn_next_scans)."""
    return learn_windows(uow_factory=ctx.uow, now=ctx.clock())


@sweep("partitions", every=timedelta(hours=6))
def partitions_sweep(ctx: JobContext) -> str:
    """Event partitions made ahead, expired months retired, finished jobs deleted."""
    s = ctx.settings
    days = s.event_retention_days
    report = partitions.maintain(
        ctx.engine, now=ctx.clock(), ahead=s.event_partitions_ahead,
        retention=Retention(days) if days is not None else None,
        action=s.event_retention_action, outbox_days=s.outbox_retention_days,
    )
    return report.summary()


@sweep("digest", every=timedelta(minutes=15))
def digest_sweep(ctx: JobContext) -> int:
    """Daily digests, once the configured hour (PARCELTRAIL_DIGEST_HOUR_UTC) has passed."""
    return send_digests(ctx)


def send_digests(ctx: JobContext, *, max_recipients: int = digest.MAX_RECIPIENTS) -> int:
    wording = digest.Wording(templates=render, links=links_of(ctx))
    return digest.send_digests(
        uow_factory=ctx.uow, wording=wording, hour=ctx.settings.digest_hour_utc,
        now=ctx.clock(), max_recipients=max_recipients,
    )
