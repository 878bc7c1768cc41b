"""The live demo: a marketplace whose parcels move while you watch.

``start_live(settings)`` builds parceltrail on an accelerated clock, starts the simulator's
HTTP API in a thread on loopback, seeds sellers, buyers and a few hundred orders on every
lane at every stage (with customs holds, failed attempts, pickups, returns and losses), and
polls the simulator in a background thread. The caller serves ``live.app`` (``parceltrail
demo --live`` does all of it) and calls ``live.stop()`` at the end.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.connectors.http import outbound_client
from parceltrail.connectors.pollers import SimulatorSource
from parceltrail.connectors.simulator import SimulatorClient
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role
from parceltrail.services import orders as order_service
from parceltrail.services import users as user_service
from parceltrail.services.polling import poll_due
from parceltrail.simulator.api import create_app
from parceltrail.simulator.clock import AcceleratedClock
from parceltrail.simulator.journey import Journey, generate
from parceltrail.simulator.network import Network, adopt
from parceltrail.simulator.server import ServerThread
from parceltrail.simulator.world import SPREAD_DAYS, spread
from parceltrail.storage.migrate import upgrade

log = logging.getLogger(__name__)
SELLERS = ("shenzhen-gadgets", "yiwu-home", "guangzhou-style")
BUYERS = 8
# A demo order is placed this long before its parcel leaves, so its dates read in order.
ORDERED_BEFORE_DISPATCH = timedelta(hours=20)
# The language a buyer in each destination reads (the order's: its mails are in it).
BUYER_LANGUAGE = {
    "BR": "pt",
    "DE": "de",
    "ES": "es",
    "FR": "fr",
    "IT": "it",
    "NL": "nl",
    "PL": "pl",
    "PT": "pt",
    "RU": "ru",
    "CN": "zh",
}
PRODUCTS = (
    "Phone case",
    "USB-C cable",
    "LED strip 5 m",
    "Bluetooth earbuds",
    "Watch strap",
    "Silicone baking mat",
    "Bike light",
    "Phone tripod",
    "Keyboard keycaps",
    "Yoga socks",
)
# Unit prices (USD) of the demo's products: every order has a total, so disputes can be opened.
PRICES: dict[str, Decimal] = {
    "Phone case": Decimal("4.99"),
    "USB-C cable": Decimal("3.49"),
    "LED strip 5 m": Decimal("12.90"),
    "Bluetooth earbuds": Decimal("24.50"),
    "Watch strap": Decimal("7.99"),
    "Silicone baking mat": Decimal("9.75"),
    "Bike light": Decimal("15.20"),
    "Phone tripod": Decimal("18.00"),
    "Keyboard keycaps": Decimal("21.30"),
    "Yoga socks": Decimal("6.40"),
}


def demo_line(rng: random.Random) -> tuple[OrderLine, Decimal]:
    """One line of a demo order and the order's total."""
    line = OrderLine(rng.choice(PRODUCTS), rng.randint(1, 3))
    return line, PRICES[line.title] * line.quantity


PROBLEMS = ("IMPORT_HOLD", "ATTEMPT", "PICKUP_READY", "RETURNED", "LOST")


@dataclass
class LiveDemo:
    app: App
    network: Network
    server: ServerThread
    http: httpx.Client
    summary: str = ""
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def poll_forever(self, every: float) -> None:
        clients = {c: SimulatorClient(c, self.server.url, self.http) for c in self.network.desks}
        while not self._stop.is_set():
            try:
                poll_due(uow_factory=self.app.uow, clients=clients, now=self.app.clock())
            except Exception:  # a demo keeps running; the next sweep retries
                log.exception("demo poll sweep failed")
            self._stop.wait(every)

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=15)
        self.server.stop()
        self.http.close()
        self.app.close()


def start_live(
    settings: Settings | None = None,
    *,
    seed: int = 7,
    orders: int = 300,
    speed: float = 600.0,
    every: float = 2.0,
) -> LiveDemo:
    """Migrate, seed and start polling; ``speed`` simulated seconds pass per real second."""
    clock = AcceleratedClock(datetime.now(UTC), speed)
    app = build(settings, clock=clock)
    upgrade(app.engine)
    network = Network(seed, clock)
    journeys = _journeys(seed, orders, clock.start)
    adopt(network, journeys)
    server = ServerThread(create_app(network)).start()
    app.pollers.add(SimulatorSource(server.url))  # lookups start trackings of its carriers
    live = LiveDemo(app, network, server, outbound_client(timeout=10.0))
    live.summary = seed_marketplace(app, journeys, seed=seed)
    live._thread = threading.Thread(
        target=live.poll_forever, args=(every,), daemon=True, name="demo-poller"
    )
    live._thread.start()
    return live


def _journeys(seed: int, orders: int, start: datetime) -> list[Journey]:
    """Orders spread over the last 40 days, plus a few picked for each kind of problem."""
    when = spread(start, orders)
    picked = [generate(seed, index, when(index)) for index in range(orders)]
    index = orders
    for code in PROBLEMS:
        found = 0
        while found < 4:
            index += 1
            late = start - timedelta(days=SPREAD_DAYS * 0.6 + (index % 7))
            journey = generate(seed, index, late)
            if code in journey.milestones():
                picked.append(journey)
                found += 1
    return picked


def seed_marketplace(app: App, journeys: list[Journey], *, seed: int) -> str:
    """Sellers, buyers and one order per journey, dispatched under its number (idempotent)."""
    rng = random.Random(seed)
    now = app.clock()
    created = 0
    with app.uow() as uow:
        sellers = [
            user_service.find_or_create(
                uow=uow, email=f"{name}@demo.parceltrail.test", role=Role.SELLER, now=now
            )
            for name in SELLERS
        ]
        user_service.find_or_create(
            uow=uow, email="admin@demo.parceltrail.test", role=Role.ADMIN, now=now
        )
        buyers = [f"buyer{i}@demo.parceltrail.test" for i in range(1, BUYERS + 1)]
        for position, journey in enumerate(journeys):
            seller = sellers[position % len(sellers)]
            reference = f"LIVE-{journey.lane.country}-{journey.index:05d}"
            if uow.orders.by_reference(seller.id, reference) is not None:
                continue
            buyer = rng.choice(buyers)
            line, total = demo_line(rng)
            order = order_service.create_order(
                uow=uow,
                seller=seller,
                reference=reference,
                buyer_email=buyer,
                lines=[line],
                now=min(now, journey.dispatched_at - ORDERED_BEFORE_DISPATCH),
                total=total,
                language=BUYER_LANGUAGE.get(journey.lane.country),
            )
            order_service.dispatch(
                uow=uow,
                seller=seller,
                order_id=order.id,
                tracking_number=journey.number,
                carrier="cainiao",
                service=journey.service,
                dispatched_at=journey.dispatched_at,
                now=now,
                protection=app.periods.protection,
            )
            created += 1
    lanes = sorted({j.lane.country for j in journeys})
    return (
        f"live demo: {created} new orders on lanes CN→{', '.join(lanes)}; sellers "
        f"{', '.join(SELLERS)} and buyer1..{BUYERS} @demo.parceltrail.test"
    )
