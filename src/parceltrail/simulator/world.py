"""A ready world: a network on an accelerated clock with parcels already on their way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from parceltrail.simulator.clock import AcceleratedClock
from parceltrail.simulator.network import Network

SPREAD_DAYS = 40  # parcels dispatched over the last 40 days are at every stage


def spread(start: datetime, count: int, days: float = SPREAD_DAYS) -> Callable[[int], datetime]:
    """Dispatch times spread evenly over the ``days`` before ``start``, oldest first."""
    step = timedelta(days=days) / max(1, count)
    return lambda index: start - timedelta(days=days) + step * index


def build_world(*, seed: int, parcels: int, speed: float, start: datetime) -> Network:
    """``parcels`` parcels dispatched over the 40 days before ``start``; time runs ``speed``x."""
    network = Network(seed, AcceleratedClock(start, speed))
    network.dispatch(parcels, spread(start, parcels))
    return network
