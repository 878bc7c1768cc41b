"""What a unit of work waits for on PostgreSQL, counted at a relay in front of the server
(``tests/pg_turns.py``): a parcel's batch waits once for its ``BEGIN``, its texts' lessons and
the parcel (read and locked), once for its stored events' keys if it has any, then once for its
events, state, outbox row and ``COMMIT`` together (``storage/driver.py``: the ``BEGIN`` and
the writes nothing reads before the commit are queued, and sent with the next statement); a
pooled connection is not pinged before each unit of work, yet one the server ended is
replaced, not failed. And the queued
writes keep every guarantee of writes sent at once: read back in their transaction, undone by
a rollback (of the transaction or of their savepoint), refused at the commit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import User
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import outbox, tracking_events
from parceltrail.storage.uow import SqlUnitOfWork
from tests import factories
from tests.conftest import FrozenClock, empty_postgres
from tests.pg_turns import TurnCountingRelay, turn_counting_relay

pytestmark = pytest.mark.postgres

NUMBER = "LK123456785CN"
START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def relay(postgres_url: str) -> Iterator[TurnCountingRelay]:
    url = make_url(postgres_url)
    with turn_counting_relay((url.host or "127.0.0.1", url.port or 5432)) as relay:
        yield relay


@pytest.fixture
def app(postgres_url: str, relay: TurnCountingRelay, clock: FrozenClock) -> Iterator[App]:
    """The composition root on PostgreSQL, through the relay."""
    url = make_url(postgres_url).set(host="127.0.0.1", port=relay.port)
    built = build(Settings(database_url=url.render_as_string(hide_password=False)), clock=clock)
    empty_postgres(built)
    yield built
    built.close()


@pytest.fixture
def seller(app: App) -> User:
    seller = factories.user(app, "seller@example.com")
    factories.shipped(app, seller, NUMBER)
    return seller


def post(
    app: App, actor: User | None, items: list[Any], source: str = "api"
) -> tracking_service.IngestResult:
    with app.uow() as uow:
        valid, rejected = tracking_service.parse_events(items, now=app.clock(), source=source)
        result = tracking_service.ingest(uow=uow, actor=actor, events=valid, now=app.clock())
    assert not rejected
    return result


def count(app: App, table: Any) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _backend_pid(app: App) -> int:
    with app.engine.connect() as connection:  # the pool's one connection
        return int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_parcels_batch_waits_for_its_reads_and_one_round_trip_more(
    app: App, seller: User, relay: TurnCountingRelay
) -> None:
    other = "LK000000059CN"
    factories.shipped(app, seller, other, "R-2")
    post(app, seller, factories.raw_journey(other, START))  # the pool's connection made
    journey = factories.raw_journey(NUMBER, START)
    assert all(item.get("status") for item in journey[:6])
    before = relay.turns
    result = post(app, seller, journey[:6])
    # BEGIN with the parcel's read (and lock), then one pipeline of the events, the state, the
    # outbox row and COMMIT. There were eight: a pre-ping, BEGIN alone, the writes one by one.
    assert relay.turns - before == 2
    assert result.accepted == 6
    assert "status" not in journey[6]  # a text alone: its lesson is read, with the parcel
    before = relay.turns
    result = post(app, seller, journey[4:])  # the parcel has stored events: their keys read
    assert relay.turns - before == 3
    assert (result.accepted, result.duplicates) == (len(journey) - 6, 2)
    assert count(app, tracking_events) == 2 * len(journey)
    with app.uow() as uow:
        state = uow.shipments.by_numbers([NUMBER])[NUMBER].state
    assert state.event_count == len(journey)


def test_an_empty_unit_of_work_sends_nothing(app: App, relay: TurnCountingRelay) -> None:
    with app.uow():
        pass
    before = relay.turns
    with app.uow():
        pass
    assert relay.turns == before


@pytest.mark.parametrize("how", ["terminated", "cut"])
def test_a_connection_the_server_ended_between_batches_is_replaced(
    app: App, seller: User, relay: TurnCountingRelay, postgres_url: str, how: str
) -> None:
    journey = factories.raw_journey(NUMBER, START)
    post(app, seller, journey[:3])
    pid = _backend_pid(app)
    if how == "terminated":  # as an operator or a restart would, waiting until it is gone
        admin = build(Settings(database_url=postgres_url)).engine
        with admin.connect() as connection:
            assert connection.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
        admin.dispose()
    else:  # the network dropped it
        relay.cut()
    result = post(app, seller, journey[3:])
    assert result.accepted == len(journey) - 3
    assert _backend_pid(app) != pid
    assert count(app, tracking_events) == len(journey)


def test_queued_writes_are_read_back_in_their_transaction(app: App, seller: User) -> None:
    event = new_event(tracking_number=NUMBER, occurred_at=START, description="Arrived", now=START)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        uow.events.add_many([(shipment.id, event)], START)
        # a driver-level read (sent in the queued writes' pipeline) and a Core one
        assert uow.events.stored_keys([(event.key, shipment.id)]) == {(event.key, shipment.id)}
        assert isinstance(uow, SqlUnitOfWork)
        core = select(func.count()).select_from(tracking_events)
        assert uow.connection.execute(core).scalar_one() == 1


def test_a_rollback_drops_queued_writes_for_good(app: App, seller: User) -> None:
    event = new_event(tracking_number=NUMBER, occurred_at=START, description="Arrived", now=START)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]

    def fail_after_adding() -> None:
        with app.uow() as uow:
            uow.events.add_many([(shipment.id, event)], START)
            raise RuntimeError("the request failed")

    with pytest.raises(RuntimeError):
        fail_after_adding()
    # the next transactions on the pooled connection commit without them
    post(app, seller, factories.raw_journey(NUMBER, START)[:1])
    assert count(app, tracking_events) == 1
    with app.uow() as uow:
        assert [e.key for e in uow.events.for_shipment(shipment.id)] != [event.key]


def test_a_savepoint_rolled_back_drops_only_its_queued_writes(app: App, seller: User) -> None:
    kept, undone = (
        new_event(tracking_number=NUMBER, occurred_at=START, description=text_, now=START)
        for text_ in ("Kept", "Undone")
    )
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        uow.events.add_many([(shipment.id, kept)], START)

        def fail_in_savepoint() -> None:
            with uow.savepoint():
                uow.events.add_many([(shipment.id, undone)], START)
                raise RuntimeError("this part failed")

        with pytest.raises(RuntimeError):
            fail_in_savepoint()
    with app.uow() as uow:
        assert [e.description for e in uow.events.for_shipment(shipment.id)] == ["Kept"]


def test_a_queued_write_refused_inside_a_savepoint_is_refused_there(app: App, seller: User) -> None:
    event = new_event(tracking_number=NUMBER, occurred_at=START, description="Arrived", now=START)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        uow.events.add_many([(shipment.id, event)], START)
        with pytest.raises(IntegrityError), uow.savepoint():
            uow.events.add_many([(shipment.id, event)], START)
    # the savepoint's refusal undid its part only; the first copy was committed
    assert count(app, tracking_events) == 1


def test_statement_watchers_see_queued_writes(app: App, seller: User) -> None:
    seen: list[str] = []

    def watch(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        words = statement.split()
        seen.append(" ".join(words[:3:2]))

    event.listen(app.engine, "before_cursor_execute", watch)
    try:
        post(app, seller, factories.raw_journey(NUMBER, START)[:2])
    finally:
        event.remove(app.engine, "before_cursor_execute", watch)
    assert "INSERT tracking_events" in seen
    assert "INSERT outbox" in seen
    assert count(app, outbox) >= 1


def test_a_read_sent_ahead_and_dropped_by_a_rollback_is_read_again(app: App, seller: User) -> None:
    post(app, None, [_taught_item(n) for n in range(3)], source="aftership")
    key = ("kod zdarzenia px-0 0", "und")
    with app.uow() as uow:

        def read_ahead_then_fail() -> None:
            with uow.savepoint():
                uow.text_lessons.read_ahead([key])
                raise RuntimeError("dropped unsent")

        with pytest.raises(RuntimeError):
            read_ahead_then_fail()
        lessons = uow.text_lessons.for_keys([key])
    assert sum(lessons[key].counts.values()) == 3


def _taught_item(n: int) -> dict[str, Any]:
    return {
        "tracking_number": NUMBER,
        "occurred_at": (START.replace(minute=n)).isoformat(),
        "description": f"Kod zdarzenia PX-41 {n}",
        "status": "available_for_pickup",
    }


def test_a_unit_of_works_statements_share_one_transaction_whichever_comes_first(
    app: App, seller: User
) -> None:
    """The ``BEGIN`` travels with the first statement (psycopg sits in autocommit, so a statement
    sent without it would commit alone): whether a queued write, a driver read or a Core
    statement comes first, all see one transaction's start and one transaction id."""
    event_ = new_event(tracking_number=NUMBER, occurred_at=START, description="A", now=START)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
    asked = text("SELECT now(), pg_current_xact_id()::text")
    for first in ("write", "read", "core"):
        with app.uow() as uow:
            assert isinstance(uow, SqlUnitOfWork)
            if first == "write":
                uow.events.add_many([(shipment.id, event_)], START)
            elif first == "read":
                uow.events.stored_keys([(event_.key, shipment.id)])
            began = uow.connection.execute(asked).one()
            uow.shipments.by_numbers([NUMBER], lock=True)
            assert uow.connection.execute(asked).one() == began
        with app.engine.connect() as connection:  # nothing left open or half-committed
            assert connection.execute(select(func.count()).select_from(tracking_events)).scalar()
