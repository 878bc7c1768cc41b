"""``/metrics`` in Prometheus' text format: what each request cost, and what the database says
about the work in flight (jobs queued and failed, mail and webhooks sent or failed, polls due,
carriers backing off, events stored).

Request metrics are counted in this process; with several worker processes, set
``PROMETHEUS_MULTIPROC_DIR`` to an empty directory shared by them and every scrape sums all of
them (prometheus_client's multiprocess mode). The database's figures are read at scrape time,
at most every ``DATABASE_EVERY`` seconds, and are the same whichever process answers.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import threading
import time
from collections.abc import Iterable, Iterator, Sequence

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from parceltrail.bootstrap import App
from parceltrail.storage.metrics_repository import OperationalCounts, operational_counts

DATABASE_EVERY = 5.0  # seconds between database reads, however often Prometheus scrapes

HTTP_REQUESTS = Counter(
    "parceltrail_http_requests", "HTTP requests answered", ["method", "route", "status"]
)
HTTP_SECONDS = Histogram(
    "parceltrail_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)


def record_request(method: str, route: str, status: int, seconds: float) -> None:
    HTTP_REQUESTS.labels(method, route, str(status)).inc()
    HTTP_SECONDS.labels(method, route).observe(seconds)


class DatabaseCollector(Collector):
    """The database's view of the work in flight, read at most every DATABASE_EVERY s."""

    def __init__(self, app: App) -> None:
        self._app = app
        self._lock = threading.Lock()
        self._read_at = 0.0
        self._counts: OperationalCounts | None = None

    def collect(self) -> Iterator[Metric]:
        counts = self._fresh_counts()
        yield _gauges(
            "parceltrail_jobs",
            "Background jobs not finished, by status (dead: failed for good)",
            ["status"],
            (((status,), n) for status, n in counts.jobs.items()),
        )
        yield _gauges(
            "parceltrail_deliveries_last_day",
            "Mail, webhooks and other alerts created in the last 24 hours, by channel and status",
            ["channel", "status"],
            counts.deliveries.items(),
        )
        yield GaugeMetricFamily(
            "parceltrail_polls_due", "Shipments due to be polled now", value=counts.polls_due
        )
        yield _gauges(
            "parceltrail_carrier_consecutive_failures",
            "Carriers whose polling is backing off after failures",
            ["carrier"],
            (((carrier,), n) for carrier, n in counts.carriers_backing_off.items()),
        )
        yield _gauges(
            "parceltrail_tracking_registrations",
            "Numbers at tracking backends (17TRACK, AfterShip...), by backend and state",
            ["backend", "state"],
            counts.registrations.items(),
        )
        yield _gauges(
            "parceltrail_backend_registered_today",
            "Numbers registered with each tracking backend this UTC day (its daily quota spent)",
            ["backend"],
            (((backend,), n) for backend, n in counts.registered_today.items()),
        )
        yield CounterMetricFamily(
            "parceltrail_events_stored",
            "Carrier events stored (the highest id issued); rate() gives the ingest rate",
            value=counts.events_stored,
        )

    def _fresh_counts(self) -> OperationalCounts:
        with self._lock:
            if self._counts is None or time.monotonic() - self._read_at > DATABASE_EVERY:
                self._counts = operational_counts(self._app.engine, self._app.clock())
                self._read_at = time.monotonic()
            return self._counts


def _gauges(
    name: str,
    documentation: str,
    labels: list[str],
    samples: Iterable[tuple[Sequence[str], int]],
) -> GaugeMetricFamily:
    """One gauge family, a sample per label tuple, in a stable order."""
    family = GaugeMetricFamily(name, documentation, labels=labels)
    for key, value in sorted(samples, key=lambda sample: tuple(sample[0])):
        family.add_metric(list(key), value)
    return family


def exposition(database: DatabaseCollector) -> tuple[bytes, str]:
    """The scrape's body and content type."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        registry.register(_ThisProcess())
    registry.register(database)
    return generate_latest(registry), CONTENT_TYPE_LATEST


class _ThisProcess(Collector):
    def collect(self) -> Iterator[Metric]:
        yield from HTTP_REQUESTS.collect()
        yield from HTTP_SECONDS.collect()


def may_scrape(token: str | None, authorization: str, client_host: str | None) -> bool:
    """With PARCELTRAIL_METRICS_TOKEN set, its bearer only; without, clients on loopback or
    a private network only (a scraper beside the server, never the public)."""
    if token:
        expected = f"Bearer {token}"
        return secrets.compare_digest(authorization.encode(), expected.encode())
    try:
        address = ipaddress.ip_address(client_host or "")
    except ValueError:
        return False
    return address.is_loopback or address.is_private
