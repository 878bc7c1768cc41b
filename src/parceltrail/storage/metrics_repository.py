"""What the operational metrics read from the database, by index-backed queries only, so a
scrape costs the same at a thousand parcels as at a hundred million; and the same answer
whichever web process is scraped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select

from parceltrail.storage.tables import (
    backend_usage,
    carrier_health,
    deliveries,
    outbox,
    poll_schedule,
    tracking_events,
    tracking_registrations,
)

UNFINISHED_JOBS = ("pending", "queued", "running", "failed", "dead")
DELIVERY_CHANNELS = ("email", "webhook", "apprise")
RECENT = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class OperationalCounts:
    jobs: dict[str, int]  # outbox jobs by status, finished ones left out
    deliveries: dict[tuple[str, str], int]  # (channel, status) over the last RECENT
    polls_due: int
    carriers_backing_off: dict[str, int]  # carrier: consecutive failed polls, while it waits
    events_stored: int  # the highest event id issued: only grows
    registrations: dict[tuple[str, str], int]  # (backend, state): numbers at aggregators
    registered_today: dict[str, int]  # backend: numbers registered this UTC day (its quota)


def operational_counts(engine: Engine, now: datetime) -> OperationalCounts:
    with engine.connect() as connection:
        jobs = connection.execute(
            select(outbox.c.status, func.count())
            .where(outbox.c.status.in_(UNFINISHED_JOBS))
            .group_by(outbox.c.status)
        ).all()
        sent: dict[tuple[str, str], int] = {}
        for channel in DELIVERY_CHANNELS:  # one query each: (channel, created_at) is indexed
            rows = connection.execute(
                select(deliveries.c.status, func.count())
                .where(deliveries.c.channel == channel, deliveries.c.created_at >= now - RECENT)
                .group_by(deliveries.c.status)
            ).all()
            sent.update({(channel, str(status)): int(count) for status, count in rows})
        due = connection.execute(
            select(func.count()).where(
                poll_schedule.c.next_poll_at.is_not(None), poll_schedule.c.next_poll_at <= now
            )
        ).scalar_one()
        backing_off = connection.execute(
            select(carrier_health.c.carrier, carrier_health.c.consecutive_failures).where(
                carrier_health.c.backoff_until > now
            )
        ).all()
        highest = connection.execute(select(func.max(tracking_events.c.id))).scalar_one()
        registrations = connection.execute(
            select(
                tracking_registrations.c.backend, tracking_registrations.c.state, func.count()
            ).group_by(tracking_registrations.c.backend, tracking_registrations.c.state)
        ).all()
        today = connection.execute(
            select(backend_usage.c.backend, backend_usage.c.registered).where(
                backend_usage.c.day == now.strftime("%Y-%m-%d")
            )
        ).all()
    return OperationalCounts(
        jobs={str(status): int(count) for status, count in jobs},
        deliveries=sent,
        polls_due=int(due),
        carriers_backing_off={str(carrier): int(n) for carrier, n in backing_off},
        events_stored=int(highest or 0),
        registrations={(str(b), str(state)): int(n) for b, state, n in registrations},
        registered_today={str(b): int(n) for b, n in today},
    )
