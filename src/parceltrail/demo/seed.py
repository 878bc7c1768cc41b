"""Demo data: a marketplace with a few sellers, buyers and parcels at every stage of a journey."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from parceltrail.bootstrap import App
from parceltrail.demo.live import (
    BUYER_LANGUAGE,
    BUYERS,
    ORDERED_BEFORE_DISPATCH,
    SELLERS,
    demo_line,
)
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event
from parceltrail.domain.users import Role, User
from parceltrail.services import accounts
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.services.ports import UnitOfWork


@dataclass(frozen=True)
class Step:
    sub_status: SubStatus
    hours: float
    description: str
    city: str
    country: str


def _journey(dest_country: str, dest_city: str, last_mile: str) -> list[Step]:
    """A China-to-world ePacket journey as China Post and the destination post print it."""
    return [
        Step(SubStatus.INFO_RECEIVED, 0, "Electronic information received", "Shenzhen", "CN"),
        Step(SubStatus.ACCEPTED, 20, "Acceptance", "Shenzhen", "CN"),
        Step(SubStatus.IN_TRANSIT, 30, "Arrived at sorting center", "Guangzhou", "CN"),
        Step(
            SubStatus.DEPARTED_ORIGIN,
            70,
            "Departure from outward office of exchange",
            "Guangzhou",
            "CN",
        ),
        Step(
            SubStatus.ARRIVED_DESTINATION,
            160,
            "Arrival at inward office of exchange",
            dest_city,
            dest_country,
        ),
        Step(
            SubStatus.CUSTOMS_STARTED,
            170,
            "Held by import customs for inspection",
            dest_city,
            dest_country,
        ),
        Step(
            SubStatus.CUSTOMS_CLEARED, 200, "Released from import customs", dest_city, dest_country
        ),
        Step(SubStatus.HANDED_OVER, 220, f"Handed over to {last_mile}", dest_city, dest_country),
        Step(SubStatus.OUT_FOR_DELIVERY, 290, "Out for delivery", dest_city, dest_country),
        Step(SubStatus.DELIVERED, 296, "Delivered, in/at mailbox", dest_city, dest_country),
    ]


LANES = [
    ("US", "New York", "USPS"),
    ("GB", "London", "Royal Mail"),
    ("DE", "Frankfurt", "Deutsche Post"),
    ("FR", "Paris", "La Poste"),
    ("ES", "Madrid", "Correos"),
    ("BR", "Curitiba", "Correios"),
]


# Local UTC offsets in hours, so timelines show carrier-local times as real feeds do.
UTC_OFFSETS = {"CN": 8, "US": -5, "GB": 0, "DE": 1, "FR": 1, "ES": 1, "BR": -3}


def _s10(rng: random.Random, service: str = "LK") -> str:
    serial = f"{rng.randrange(10**8):08d}"
    return f"{service}{serial}{compute_s10(serial)}CN"


SELLER = "seller@demo.parceltrail.test"
ADMIN = "admin@demo.parceltrail.test"
# Printed at start and documented in docs/web.md: the demo is for trying parceltrail out.
DEMO_PASSWORD = "parceltrail-demo"  # noqa: S105
BUYER = "buyer1@demo.parceltrail.test"


def seed_demo(app: App, *, orders: int, seed: int, issue_tokens: bool = False) -> str:
    """Create demo users, orders and events; safe to run twice (existing references are skipped).

    With ``issue_tokens``, new API tokens for the demo seller and first buyer are created and
    shown once in the summary, so a newcomer can call the API straight away.
    """
    rng = random.Random(seed)
    created = 0
    with app.uow() as uow:
        seller = user_service.find_or_create(
            uow=uow, email=SELLER, role=Role.SELLER, now=app.clock()
        )
        user_service.find_or_create(uow=uow, email=ADMIN, role=Role.ADMIN, now=app.clock())
        buyers = [f"buyer{i}@demo.parceltrail.test" for i in (1, 2, 3)]
        for email in (SELLER, ADMIN, *buyers):
            user_service.find_or_create(uow=uow, email=email, role=Role.BUYER, now=app.clock())
        for index in range(orders):
            reference = f"DEMO-{1000 + index}"
            if uow.orders.by_reference(seller.id, reference) is not None:
                continue
            created += 1
            _demo_order(uow, app, rng, seller, reference, buyers[index % len(buyers)], index)
    summary = [f"demo: {created} new orders for {SELLER}; buyers {', '.join(buyers)}"]
    summary += open_accounts(
        app, [SELLER, ADMIN, *buyers], tokens_for=(SELLER, BUYER) if issue_tokens else ()
    )
    return "\n".join(summary)


def open_accounts(app: App, emails: Sequence[str], *, tokens_for: Sequence[str] = ()) -> list[str]:
    """Give demo accounts the demo password, and new API tokens to ``tokens_for``; say so."""
    lines = [f"web log-in for each demo account: password {DEMO_PASSWORD!r}"]
    with app.uow() as uow:
        _demo_passwords(uow, emails)
        for email in tokens_for:
            _, secret = user_service.create_token(
                uow=uow, email=email, name="demo", now=app.clock()
            )
            lines.append(f"API token for {email}: {secret}")
    return lines


def live_accounts() -> list[str]:
    """The accounts the live demo (parceltrail.demo.live) creates."""
    sellers = [f"{name}@demo.parceltrail.test" for name in SELLERS]
    buyers = [f"buyer{i}@demo.parceltrail.test" for i in range(1, BUYERS + 1)]
    return [*sellers, ADMIN, *buyers]


def _demo_order(
    uow: UnitOfWork,
    app: App,
    rng: random.Random,
    seller: User,
    reference: str,
    buyer: str,
    index: int,
) -> None:
    line, total = demo_line(rng)
    country, city, last_mile = LANES[index % len(LANES)]
    steps = _journey(country, city, last_mile)
    reached = steps[: 1 + (index * 7) % len(steps)]
    shipped = index % 6 != 5  # some orders are not shipped yet
    dispatched = app.clock() - timedelta(hours=reached[-1].hours + rng.uniform(2, 30))
    order = order_service.create_order(
        uow=uow,
        seller=seller,
        reference=reference,
        buyer_email=buyer,
        lines=[line],
        now=dispatched - ORDERED_BEFORE_DISPATCH if shipped else app.clock(),
        total=total,
        language=BUYER_LANGUAGE.get(country),
    )
    if not shipped:
        return
    shipment = order_service.dispatch(
        uow=uow,
        seller=seller,
        order_id=order.id,
        tracking_number=_s10(rng),
        service="epacket",  # China Post's L-prefixed S10 numbers
        dispatched_at=dispatched,
        now=app.clock(),
        protection=app.periods.protection,
    ).shipment
    events = [
        (i, _event(shipment.tracking_number, step, dispatched, app))
        for i, step in enumerate(reached)
    ]
    tracking_service.ingest(uow=uow, actor=seller, events=events, now=app.clock())


def _event(number: str, step: Step, start: datetime, app: App) -> TrackingEvent:
    local = timezone(timedelta(hours=UTC_OFFSETS[step.country]))
    return new_event(
        tracking_number=number,
        occurred_at=(start + timedelta(hours=step.hours)).astimezone(local),
        description=step.description,
        sub_status=step.sub_status,
        city=step.city,
        country=step.country,
        carrier="china_post",
        source="demo",
        now=app.clock(),
    )


def _demo_passwords(uow: UnitOfWork, emails: Sequence[str]) -> None:
    """Give demo accounts without a password the documented demo password."""
    for email in emails:
        user = uow.users.by_email(email)
        if user is not None and uow.browse.password_hash(user.id) is None:
            accounts.set_password(uow=uow, user=user, password=DEMO_PASSWORD)
