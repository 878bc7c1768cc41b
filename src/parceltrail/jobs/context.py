"""What a task may use: settings, the clock, units of work, the mailer, the webhook poster
and the alert channels (Apprise, Web Push)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from parceltrail.config import Settings
from parceltrail.connectors.pollers import Pollers
from parceltrail.domain.clock import Clock
from parceltrail.domain.disputes import Periods
from parceltrail.jobs.leases import LeaseKeeper
from parceltrail.notify.email import Mailer
from parceltrail.notify.webhooks import WebhookPoster
from parceltrail.notify.webpush import AlertChannels
from parceltrail.services.backends import Backends
from parceltrail.services.ports import UnitOfWork


@dataclass
class JobContext:
    settings: Settings
    engine: Engine
    clock: Clock
    uow: Callable[[], UnitOfWork]
    mailer: Mailer
    poster: WebhookPoster
    periods: Periods  # the settings' periods of buyer protection (periods_from)
    channels: AlertChannels = field(default_factory=AlertChannels)
    pollers: Pollers = field(default_factory=Pollers)  # the carrier APIs to poll
    backends: Backends = field(default_factory=Backends)  # where numbers are registered
    leases: LeaseKeeper = field(default_factory=LeaseKeeper)  # renews running jobs' claims
