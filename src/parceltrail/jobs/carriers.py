"""The carrier clients polling uses: the simulator's and the karrio carriers configured.

A carrier configured for karrio wins over a simulator carrier of the same id. Problems
(karrio not installed, the simulator unreachable) come back as text, so a worker's sweep
logs them and polls what it can, while ``parceltrail poll`` stops and says what to fix.
"""

from __future__ import annotations

import httpx

from parceltrail.config import Settings
from parceltrail.connectors import simulator
from parceltrail.domain.errors import ParceltrailError
from parceltrail.services.polling_ports import CarrierClient


def carrier_clients(
    settings: Settings, http: httpx.Client, *, simulator_url: str | None = None
) -> tuple[dict[str, CarrierClient], list[str]]:
    """Every configured client by carrier id, and what could not be built."""
    clients: dict[str, CarrierClient] = {}
    problems: list[str] = []
    url = simulator_url or settings.simulator_url
    if url:
        try:
            clients.update(simulator.discover(url, http))
        except ParceltrailError as exc:
            problems.append(exc.message)
    configured = settings.karrio_carriers()
    if configured:
        try:
            from parceltrail.connectors.karrio import build_clients

            clients.update(build_clients(configured, timeout=settings.karrio_timeout_seconds))
        except ParceltrailError as exc:
            problems.append(exc.message)
    return clients, problems
