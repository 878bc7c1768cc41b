"""The carrier APIs polling uses, from the settings: karrio's carriers, then the simulator's.

A carrier configured for karrio wins over a simulator carrier of the same id. Problems
(karrio not installed, the simulator unreachable) come back as text, so a worker's sweep
logs them and polls what it can, while ``parceltrail poll`` stops and says what to fix.
"""

from __future__ import annotations

import httpx

from parceltrail.config import Settings
from parceltrail.connectors.pollers import KarrioSource, Pollers, SimulatorSource
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
