"""GET /api/v1/trackings/{n} over real HTTP, on SQLite and PostgreSQL: what a lookup asks the
database, that it only reads (an open writer does not hold it up, nor shows through), and that
the token's last-used time is still kept to the minute."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role, User
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.conftest import FrozenClock

NUMBER = factories.s10(1)


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com", Role.SELLER)


@pytest.fixture
def token(app: App, seller: User) -> str:
    return factories.token(app, "seller@example.com")


@pytest.fixture
def moving(app: App, seller: User, clock: FrozenClock) -> str:
    """A parcel four scans into its journey."""
    factories.shipped(app, seller, NUMBER)
    ingest(app, seller, factories.raw_journey(NUMBER, clock.now - timedelta(days=8))[:4])
    return NUMBER


@pytest.fixture
def statements(app: App) -> Iterator[list[str]]:
    """Every statement the application's engine sends (the server shares it), in order."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(app.engine, "before_cursor_execute", note)
    yield seen
    event.remove(app.engine, "before_cursor_execute", note)


def ingest(app: App, seller: User, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        valid, rejected = tracking_service.parse_events(items, now=app.clock())
        assert not rejected
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def look_up(http: httpx.Client, token: str, number: str) -> dict[str, Any]:
    answer = http.get(f"/api/v1/trackings/{number}", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def last_used(app: App, seller: User) -> Any:
    with app.reader() as uow:
        (found,) = uow.tokens.list_for(seller.id)
    return found.last_used_at


def test_a_lookup_reads_the_caller_shipment_events_and_order_and_writes_nothing(
    app: App, http: httpx.Client, token: str, moving: str, statements: list[str]
) -> None:
    first = look_up(http, token, moving)  # the token's last-used time and the lanes, once
    statements.clear()
    again = look_up(http, token, moving)
    assert again == first
    # On PostgreSQL the rate limit counts in the database, in a transaction of its own.
    lookup = [s for s in statements if "rate_limits" not in s]
    selects = [s for s in lookup if s.upper().startswith("SELECT")]
    # Besides reads only transactions' BEGINs: SQLite's DEFERRED one; on PostgreSQL (sent with
    # the first statement, so seen by statement listeners) the rate limit's and the lookup's own.
    begins = sorted(s for s in lookup if s not in selects)
    assert begins in ([], ["BEGIN"], ["BEGIN", "BEGIN READ ONLY"]), begins
    assert len(selects) == 4, selects  # token and user, shipment and legs, events, order
    assert not any("lane_stats" in s for s in selects)


def test_an_open_writer_neither_holds_up_a_lookup_nor_shows_through(
    app: App, http: httpx.Client, seller: User, token: str, moving: str, clock: FrozenClock
) -> None:
    before = look_up(http, token, moving)
    seen: list[dict[str, Any]] = []

    def write_look_up_and_fail() -> None:
        with app.uow() as writer:  # on SQLite this holds the write lock
            more = factories.raw_journey(moving, clock.now - timedelta(days=8))[4:6]
            valid, _ = tracking_service.parse_events(more, now=clock.now)
            tracking_service.ingest(uow=writer, actor=seller, events=valid, now=clock.now)
            seen.append(look_up(http, token, moving))  # waiting for the lock fails after 10 s
            raise RuntimeError("the writer fails, so it rolls back")

    with pytest.raises(RuntimeError, match="rolls back"):
        write_look_up_and_fail()
    (during,) = seen
    assert during == before
    after = look_up(http, token, moving)  # the writer rolled back
    assert len(after["events"]) == len(before["events"]) == 4


def test_lookups_keep_the_tokens_last_used_time_to_the_minute(
    app: App, http: httpx.Client, seller: User, token: str, moving: str, clock: FrozenClock
) -> None:
    assert last_used(app, seller) is None
    look_up(http, token, moving)
    assert last_used(app, seller) == clock.now
    first = clock.now
    clock.advance(seconds=50)
    look_up(http, token, moving)
    assert last_used(app, seller) == first  # within the minute: no write
    clock.advance(seconds=20)
    look_up(http, token, moving)
    assert last_used(app, seller) == clock.now
