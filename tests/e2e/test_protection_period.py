"""PARCELTRAIL_PROTECTION_DAYS on every dispatch path: the API, the seller desk, the desk's
bulk dispatch and `parceltrail import`. Each once used a period of its own (60 days fixed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from parceltrail.bootstrap import App, build
from parceltrail.cli import app as cli
from parceltrail.demo.live import SELLERS, seed_marketplace
from parceltrail.demo.seed import SELLER as DEMO_SELLER
from parceltrail.demo.seed import seed_demo
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role
from parceltrail.services import orders as order_service
from parceltrail.simulator.journey import generate
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import Browser, csrf, logged_in, person

DAYS = 21  # anything but the default 60
SELLER = "seller@example.com"


@pytest.fixture
def app(app: App, clock: FrozenClock) -> Iterator[App]:
    """The usual app on the same database, configured with a protection period of DAYS."""
    configured = build(app.settings.model_copy(update={"protection_days": DAYS}), clock=clock)
    yield configured
    configured.close()


def placed(app: App, reference: str) -> str:
    with app.uow() as uow:
        seller = uow.users.by_email(SELLER)
        assert seller is not None
        return order_service.create_order(
            uow=uow,
            seller=seller,
            reference=reference,
            buyer_email="buyer@example.com",
            lines=[OrderLine("Phone case", 1)],
            now=app.clock(),
        ).id


def protection_ends(app: App, order_id: str) -> datetime | None:
    with app.reader() as uow:
        found = uow.protection.get(order_id)
    assert found is not None
    return found.ends_at


def test_api_dispatch_protects_for_the_configured_period(app: App, http: httpx.Client) -> None:
    factories.user(app, SELLER, Role.SELLER)
    token = factories.token(app, SELLER)
    order_id = placed(app, "API-1")
    answer = http.post(
        f"/api/v1/orders/{order_id}/shipments",
        headers={"Authorization": f"Bearer {token}"},
        json={"tracking_number": "RR123456785CN"},
    )
    assert answer.status_code == 201, answer.text
    assert protection_ends(app, order_id) == app.clock() + timedelta(days=DAYS)


def test_desk_dispatch_protects_for_the_configured_period(app: App, base_url: str) -> None:
    person(app, SELLER, Role.SELLER)
    order_id = placed(app, "DESK-1")
    with logged_in(base_url, SELLER) as client:
        path = f"/desk/orders/{order_id}/dispatch"
        done = Browser(client).form(path, path, tracking_number="RR123456785CN")
    assert "Dispatched as RR123456785CN" in done.text
    assert protection_ends(app, order_id) == app.clock() + timedelta(days=DAYS)


def test_bulk_dispatch_protects_for_the_configured_period(app: App, base_url: str) -> None:
    person(app, SELLER, Role.SELLER)
    first, second = placed(app, "BULK-1"), placed(app, "BULK-2")
    rows = "order_reference,tracking_number,carrier\nBULK-1,RR123456785CN,\nBULK-2,NOPE,\n"
    with logged_in(base_url, SELLER) as client:
        token = csrf(client.get("/desk/bulk"))
        answer = client.post(
            "/desk/bulk",
            data={"csrf_token": token},
            files={"file": ("d.csv", rows, "text/csv")},
        )
    assert answer.status_code == 200
    assert "1 dispatched, 1 refused" in answer.text
    assert protection_ends(app, first) == app.clock() + timedelta(days=DAYS)
    assert protection_ends(app, second) is None  # the refused row started nothing


def test_csv_import_protects_for_the_configured_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the CLI as a user runs it, the period read from the environment."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", url)
    monkeypatch.setenv("PARCELTRAIL_PROTECTION_DAYS", str(DAYS))
    runner = CliRunner()
    assert runner.invoke(cli, ["migrate"]).exit_code == 0
    assert runner.invoke(cli, ["users", "create", SELLER, "--role", "seller"]).exit_code == 0
    path = tmp_path / "shipments.csv"
    path.write_text(
        "order_reference,buyer_email,title,quantity,tracking_number,carrier,dispatched_at\n"
        "CSV-1,buyer@example.com,Phone case,1,RR123456785CN,,2026-11-20T10:00:00+00:00\n",
        encoding="utf-8",
    )
    out = runner.invoke(cli, ["import", "shipments", str(path), "--seller", SELLER])
    assert out.exit_code == 0, out.output
    assert "1 accepted" in out.output
    imported = build()
    try:
        with imported.reader() as uow:
            seller = uow.users.by_email(SELLER)
            assert seller is not None
            order = uow.orders.by_reference(seller.id, "CSV-1")
            assert order is not None
            found = uow.protection.get(order.id)
    finally:
        imported.close()
    assert found is not None
    # The order is created by the import, after the parcel left: protection runs from the
    # later of the two (a dispatch time before the order never shortens it).
    dispatched = datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert found.ends_at == max(dispatched, order.created_at) + timedelta(days=DAYS)


def test_the_demos_protect_their_orders_for_the_configured_period(app: App) -> None:
    """`parceltrail demo` and the live demo's marketplace dispatch too; neither has a period of
    its own. An order not yet shipped (every sixth of the demo's) has none started."""
    seed_demo(app, orders=6, seed=7)
    journeys = [generate(7, index, app.clock() - timedelta(days=3)) for index in range(2)]
    seed_marketplace(app, journeys, seed=7)
    with app.reader() as uow:
        orders = [
            uow.orders.by_reference(user.id, reference)
            for email, references in [
                (DEMO_SELLER, [f"DEMO-{1000 + index}" for index in range(6)]),
                (
                    f"{SELLERS[0]}@demo.parceltrail.test",
                    [f"LIVE-{journeys[0].lane.country}-{journeys[0].index:05d}"],
                ),
                (
                    f"{SELLERS[1]}@demo.parceltrail.test",
                    [f"LIVE-{journeys[1].lane.country}-{journeys[1].index:05d}"],
                ),
            ]
            if (user := uow.users.by_email(email)) is not None
            for reference in references
        ]
    assert len(orders) == 8
    ends = [protection_ends(app, order.id) if order else "missing" for order in orders]
    # each demo order is placed before its parcel left: the period runs from the dispatch
    with app.reader() as uow:
        dispatched = [
            min(
                (
                    s.dispatched_at
                    for s in uow.shipments.for_orders([o.id]).get(o.id, [])
                    if s.dispatched_at
                ),
                default=None,
            )
            if o
            else None
            for o in orders
        ]
    protected = [when + timedelta(days=DAYS) if when else None for when in dispatched]
    assert ends == protected
    assert [end is None for end in ends] == [False] * 5 + [True] + [False] * 2
