"""The carrier APIs parceltrail can poll, from every configured source, in one registry.

A source knows which carriers it serves and builds a ``CarrierClient`` per carrier for a
polling sweep: karrio's carrier APIs (``PARCELTRAIL_KARRIO_*``) and the simulator's
(``PARCELTRAIL_SIMULATOR_URL``), in that order, so a carrier configured for karrio is polled
through karrio (``jobs/carriers.build_pollers``). The registry answers the services'
``PollableCarriers`` question ("can this carrier be polled?") and gives the sweep its clients.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

import httpx

from parceltrail.connectors.http import outbound_client
from parceltrail.connectors.karrio import build_clients, served_carriers
from parceltrail.connectors.simulator import discover
from parceltrail.domain.errors import ParceltrailError
from parceltrail.services.polling_ports import CarrierClient, CarrierUnavailable

log = logging.getLogger(__name__)


class CarrierSource(Protocol):
    name: str

    def carriers(self) -> frozenset[str]:
        """The carrier codes this source can poll now (cheap: called on page requests)."""
        ...

    def clients(self, http: httpx.Client) -> dict[str, CarrierClient]:
        """A client per carrier, for one sweep; raises CarrierUnavailable when unreachable."""
        ...


class SimulatorSource:
    """The carrier network simulator's carriers, listed over HTTP and remembered a while."""

    name = "simulator"

    def __init__(
        self,
        url: str,
        *,
        remember: float = 300.0,
        retry_after_failure: float = 30.0,
        timeout: float = 3.0,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self._remember = remember
        self._retry = retry_after_failure
        self._timeout = timeout
        self._timer = timer
        self._known: frozenset[str] = frozenset()
        self._until = 0.0
        self._lock = threading.Lock()

    def carriers(self) -> frozenset[str]:
        """What the simulator serves; one caller refreshes it (outside the lock, so page
        requests never wait on a slow simulator) while the others use the last answer."""
        with self._lock:
            if self._timer() < self._until:
                return self._known
            self._until = self._timer() + self._retry
        known, fresh = self._list()
        with self._lock:
            self._known = known
            self._until = self._timer() + (self._remember if fresh else self._retry)
            return known

    def clients(self, http: httpx.Client) -> dict[str, CarrierClient]:
        return dict(discover(self.url, http))

    def _list(self) -> tuple[frozenset[str], bool]:
        try:
            with outbound_client(timeout=self._timeout) as http:
                return frozenset(discover(self.url, http)), True
        except CarrierUnavailable as exc:
            log.warning("cannot list the simulator's carriers: %s", exc.message)
            return self._known, False


class KarrioSource:
    """The carrier APIs configured for karrio; karrio itself loads with the first client."""

    name = "karrio"

    def __init__(self, configured: Mapping[str, Mapping[str, Any]], *, timeout: float) -> None:
        self._configured = configured
        self._timeout = timeout
        self._installed = importlib.util.find_spec("karrio") is not None

    def carriers(self) -> frozenset[str]:
        return served_carriers(self._configured) if self._installed else frozenset()

    def clients(self, http: httpx.Client) -> dict[str, CarrierClient]:
        try:
            return dict(build_clients(self._configured, timeout=self._timeout))
        except CarrierUnavailable:
            raise
        except ParceltrailError as exc:  # not installed, a bad setting
            raise CarrierUnavailable(exc.message) from None


class Pollers:
    """Every configured source; the first source that serves a carrier polls it."""

    def __init__(self, sources: Iterable[CarrierSource] = ()) -> None:
        self.sources: list[CarrierSource] = list(sources)

    def add(self, source: CarrierSource) -> None:
        self.sources.append(source)

    def can_poll(self, carrier: str) -> bool:
        return any(carrier in source.carriers() for source in self.sources)

    def clients(self, http: httpx.Client) -> dict[str, CarrierClient]:
        """Clients of every reachable source; an unreachable one is logged and skipped."""
        merged, problems = self.clients_and_problems(http)
        for problem in problems:
            log.warning("polling: %s", problem)
        return merged

    def clients_and_problems(
        self, http: httpx.Client
    ) -> tuple[dict[str, CarrierClient], list[str]]:
        """Clients of every reachable source, and what kept the others from answering."""
        merged: dict[str, CarrierClient] = {}
        problems: list[str] = []
        for source in self.sources:
            try:
                found = source.clients(http)
            except CarrierUnavailable as exc:
                problems.append(f"{source.name}: {exc.message}")
                continue
            for carrier, client in found.items():
                merged.setdefault(carrier, client)
        return merged, problems
