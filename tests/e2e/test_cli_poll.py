"""`parceltrail poll --once` against a simulator served on loopback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.simulator.api import create_app
from parceltrail.simulator.clock import ManualClock
from parceltrail.simulator.network import Network
from parceltrail.simulator.server import ServerThread
from tests.e2e.test_cli import env, invoke  # noqa: F401  (the fixture)


def test_poll_once_follows_a_tracked_number(env):  # noqa: F811
    network = Network(3, ManualClock(datetime.now(UTC)))
    journey = network.dispatch(1, datetime.now(UTC) - timedelta(days=4))[0]
    invoke("migrate")
    with ServerThread(create_app(network)) as server:
        assert (
            "enrolled 0; nothing due"
            in invoke("poll", "--once", "--simulator-url", server.url).stdout
        )
        from parceltrail.bootstrap import build
        from parceltrail.services import inbound

        app = build()
        with app.uow() as uow:
            inbound.start_tracking(
                uow=uow, tracking_number=journey.number, carrier="cainiao", now=app.clock()
            )
        app.close()
        out = invoke("poll", "--once", "--simulator-url", server.url).stdout
    assert "enrolled 1; cainiao: 1 req, 1 polled" in out
    assert "ACCEPT" not in out
    assert "Parcel accepted" in invoke("track", journey.number).stdout
