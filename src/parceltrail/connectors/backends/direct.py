"""A carrier's own API (karrio, the simulator) as a tracking backend.

There is nothing to register: the polling sweep (services/polling.py) asks these carriers on
its learned schedule. ``fetch`` asks them now, for the numbers given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from parceltrail.connectors.http import outbound_client
from parceltrail.connectors.pollers import CarrierSource
from parceltrail.services.backend_ports import Quota, Started, Wanted
from parceltrail.services.polling_ports import TrackedNumber


class DirectBackend:
    batch_limit = 40
    pushes = False

    def __init__(self, source: CarrierSource, *, timeout: float = 20.0) -> None:
        self.name = source.name
        self._source = source
        self._timeout = timeout

    def serves(self, carrier: str | None) -> bool:
        return carrier is not None and carrier in self._source.carriers()

    def start(self, wanted: Sequence[Wanted], *, now: datetime) -> list[Started]:
        return [Started(w.number, carrier=w.carrier) for w in wanted]

    def stop(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        return [w.number for w in wanted]  # polling stops by itself once final

    def fetch(self, wanted: Sequence[Wanted], *, now: datetime) -> list[TrackedNumber]:
        by_carrier: dict[str, list[str]] = defaultdict(list)
        for w in wanted:
            if w.carrier:
                by_carrier[w.carrier].append(w.number)
        found: list[TrackedNumber] = []
        with outbound_client(timeout=self._timeout) as http:
            clients = self._source.clients(http)
            for carrier, numbers in by_carrier.items():
                client = clients.get(carrier)
                if client is not None:
                    found.extend(client.track(numbers, now=now))
        return found

    def quota(self) -> Quota | None:
        return None
