"""The live demo: seeded marketplace, simulator in a thread, statuses move while we watch."""

from __future__ import annotations

import time
from collections import Counter

import httpx
from sqlalchemy import select

from parceltrail.config import Settings
from parceltrail.demo.live import start_live
from parceltrail.storage.tables import order_protection, shipments
from tests.e2e.conftest import serve


def _statuses(live) -> Counter:
    with live.app.engine.connect() as connection:
        return Counter(connection.execute(select(shipments.c.sub_status)).scalars())


def test_the_live_demo_moves_parcels(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'live.db'}")
    live = start_live(settings, seed=3, orders=40, speed=20_000, every=0.2)
    try:
        deadline = time.monotonic() + 15
        first = _statuses(live)
        later = first
        while time.monotonic() < deadline and not later["delivered"]:
            time.sleep(0.2)
            later = _statuses(live)
        with serve(live.app) as url:
            page = httpx.get(f"{url}/track").text
        with live.app.engine.connect() as connection:
            totals = connection.execute(select(order_protection.c.total)).scalars().all()
    finally:
        live.stop()
    assert sum(later.values()) == 40 + 20  # the orders plus four of each problem
    assert later != first
    assert later["delivered"] > 0
    assert "live demo: 60 new orders" in live.summary
    assert "time here runs 20000× faster than real time" in page  # the demo says so
    assert len(totals) == 60
    assert all(total > 0 for total in totals)  # every order can be disputed
