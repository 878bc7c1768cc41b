"""A carrier network simulator served over real HTTP on loopback, on a hand-moved clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from parceltrail.simulator.api import create_app
from parceltrail.simulator.clock import ManualClock
from parceltrail.simulator.network import Network
from parceltrail.simulator.server import ServerThread
from tests.standin import StandIn

SIM_START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@dataclass
class Simulator:
    network: Network
    clock: ManualClock
    url: str


@pytest.fixture(scope="module")
def simulator_server() -> Iterator[Simulator]:
    clock = ManualClock(SIM_START)
    network = Network(11, clock)
    with ServerThread(create_app(network)) as server:
        yield Simulator(network, clock, server.url)


@pytest.fixture
def simulator(simulator_server: Simulator) -> Iterator[Simulator]:
    """The shared server with a fresh network and clock for each test."""
    clock = ManualClock(SIM_START)
    network = simulator_server.network
    saved = (network.journeys, network._by_number, network._timeline, network.desks)
    fresh = Network(11, clock)
    network.clock = clock
    network.journeys, network._by_number = fresh.journeys, fresh._by_number
    network._timeline, network.desks = fresh._timeline, fresh.desks
    yield Simulator(network, clock, simulator_server.url)
    network.journeys, network._by_number, network._timeline, network.desks = saved


@pytest.fixture
def api() -> Iterator[StandIn]:
    """A local stand-in for a provider's API (an aggregator's), answering as scripted."""
    with StandIn().running() as standin:
        yield standin
