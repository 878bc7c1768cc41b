"""The carrier APIs parceltrail can poll, from every configured source, in one registry.

A source knows which carriers it serves and builds a ``CarrierClient`` per carrier for a
polling sweep. Bootstrap adds the simulator's when ``PARCELTRAIL_SIMULATOR_URL`` is set; other
connectors (karrio's carrier APIs) add theirs the same way. The registry answers the services'
``PollableCarriers`` question ("can this carrier be polled?") and gives the sweep its clients.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Protocol

import httpx

from parceltrail.connectors.simulator import discover
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
        with self._lock:
            if self._timer() >= self._until:
                self._known, fresh = self._list()
                self._until = self._timer() + (self._remember if fresh else self._retry)
            return self._known

    def clients(self, http: httpx.Client) -> dict[str, CarrierClient]:
        return dict(discover(self.url, http))

    def _list(self) -> tuple[frozenset[str], bool]:
        try:
            with httpx.Client(timeout=self._timeout) as http:
                return frozenset(discover(self.url, http)), True
        except CarrierUnavailable as exc:
            log.warning("cannot list the simulator's carriers: %s", exc.message)
            return self._known, False


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
        merged: dict[str, CarrierClient] = {}
        for source in self.sources:
            try:
                found = source.clients(http)
            except CarrierUnavailable as exc:
                log.warning("polling source %s skipped: %s", source.name, exc.message)
                continue
            for carrier, client in found.items():
                merged.setdefault(carrier, client)
        return merged
