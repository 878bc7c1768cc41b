"""The carrier APIs polling uses, from the settings: karrio's carriers, then the simulator's.

A carrier configured for karrio wins over a simulator carrier of the same id. Problems
(karrio not installed, the simulator unreachable) come back as text, so a worker's sweep
logs them and polls what it can, while ``parceltrail poll`` stops and says what to fix.
"""

from __future__ import annotations

from datetime import timedelta

import httpx

from parceltrail.config import Settings
from parceltrail.connectors.backends.aftership import AfterShip
from parceltrail.connectors.backends.direct import DirectBackend
from parceltrail.connectors.backends.seventeentrack import SeventeenTrack
from parceltrail.connectors.backends.ship24 import Ship24
from parceltrail.connectors.pollers import KarrioSource, Pollers, SimulatorSource
from parceltrail.domain.backends import Budget, RoutingPolicy, Timing
from parceltrail.services.backend_ports import TrackingBackend
from parceltrail.services.backends import Backends
from parceltrail.services.polling_ports import CarrierClient


def build_pollers(settings: Settings, *, simulator_url: str | None = None) -> Pollers:
    """Every configured carrier API, karrio's first."""
    pollers = Pollers()
    configured = settings.karrio_carriers()
    if configured:
        pollers.add(KarrioSource(configured, timeout=settings.karrio_timeout_seconds))
    url = simulator_url or settings.simulator_url
    if url:
        pollers.add(SimulatorSource(url))
    return pollers


def carrier_clients(
    settings: Settings, http: httpx.Client, *, simulator_url: str | None = None
) -> tuple[dict[str, CarrierClient], list[str]]:
    """Every configured client by carrier id, and what could not be built."""
    return build_pollers(settings, simulator_url=simulator_url).clients_and_problems(http)


def build_backends(settings: Settings, pollers: Pollers) -> Backends:
    """The tracking backends from the settings: the carriers' own APIs first, then the
    aggregators with a key (17TRACK, AfterShip, Ship24), routed and budgeted as configured."""
    available: dict[str, TrackingBackend] = {
        source.name: DirectBackend(source) for source in pollers.sources
    }
    if settings.seventeentrack_api_key:
        available["17track"] = SeventeenTrack(
            settings.seventeentrack_api_key,
            url=settings.seventeentrack_api_url,
            requests_per_second=settings.seventeentrack_requests_per_second,
        )
    if settings.aftership_api_key:
        available["aftership"] = AfterShip(
            settings.aftership_api_key,
            url=settings.aftership_api_url,
            requests_per_second=settings.aftership_requests_per_second,
        )
    if settings.ship24_api_key:
        available["ship24"] = Ship24(
            settings.ship24_api_key,
            url=settings.ship24_api_url,
            requests_per_second=settings.ship24_requests_per_second,
        )
    share = settings.tracking_lookup_share
    return Backends(
        available=available,
        routing=RoutingPolicy(
            per_carrier=settings.tracking_routes or {}, aggregators=settings.aggregators()
        ),
        budgets={
            "17track": Budget(
                settings.seventeentrack_daily_budget, settings.seventeentrack_monthly_budget, share
            ),
            "aftership": Budget(
                settings.aftership_daily_budget, settings.aftership_monthly_budget, share
            ),
            "ship24": Budget(settings.ship24_daily_budget, settings.ship24_monthly_budget, share),
        },
        timing=Timing(
            push_within=timedelta(hours=settings.tracking_push_within_hours),
            silence=timedelta(days=settings.tracking_silence_days),
        ),
    )
