"""Ingestion on SQLite and PostgreSQL: idempotent, order-independent, explicit refusals."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select

from parceltrail.bootstrap import App
from parceltrail.domain.errors import PermissionDenied
from parceltrail.domain.events import batch_payloads
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.users import Role, User
from parceltrail.services import tracking as tracking_service
from parceltrail.services.tracking import IngestResult
from parceltrail.storage.tables import outbox, shipment_legs, tracking_events
from tests import factories

NUMBER = "LK123456785CN"
START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)


def post(app: App, actor: User | None, items: list[Any], **kw: Any) -> IngestResult:
    with app.uow() as uow:
        valid, rejected = tracking_service.parse_events(items, now=app.clock())
        result = tracking_service.ingest(uow=uow, actor=actor, events=valid, now=app.clock(), **kw)
    result.rejected = rejected + result.rejected
    return result


def tracking_json(app: App, number: str = NUMBER) -> dict[str, Any]:
    with app.uow() as uow:
        return tracking_service.get_tracking(uow=uow, tracking_number=number, viewer=None).to_json()


def count(app: App, table: Any) -> int:
    with app.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def seller(app: App) -> User:
    seller = factories.user(app, "seller@example.com")
    factories.shipped(app, seller, NUMBER)
    return seller


def test_a_journey_posted_in_one_batch_ends_delivered(app: App, seller: User) -> None:
    result = post(app, seller, factories.raw_journey(NUMBER, START))
    assert (result.accepted, result.duplicates, result.rejected) == (9, 0, [])
    body = tracking_json(app)
    assert body["status"] == "delivered"
    assert body["aftership"] == {"tag": "Delivered", "subtag": "Delivered_001"}
    assert [m["milestone"] for m in body["milestones"]] == [
        "accepted",
        "departed_origin",
        "arrived_destination",
        "customs_started",
        "customs_cleared",
        "out_for_delivery",
        "delivered",
    ]
    assert body["events"][0]["description"] == "Delivered, in/at mailbox"  # newest first
    assert body["events"][0]["utc_offset_minutes"] == -360


def test_the_same_events_twice_and_shuffled_give_the_same_answer(app: App, seller: User) -> None:
    journey = factories.raw_journey(NUMBER, START)
    post(app, seller, journey)
    expected = tracking_json(app)
    again = journey * 2
    random.Random(3).shuffle(again)
    result = post(app, seller, again)
    assert (result.accepted, result.duplicates) == (0, 18)
    assert tracking_json(app) == expected
    assert count(app, tracking_events) == 9


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_batches_converge_on_the_in_order_state(
    app: App, seller: User, seed: int
) -> None:
    journey = factories.raw_journey(NUMBER, START)
    shuffled = journey[:]
    random.Random(seed).shuffle(shuffled)
    for start in range(0, len(shuffled), 2):
        post(app, seller, shuffled[start : start + 2])
    body = tracking_json(app)
    assert body["status"] == "delivered"
    assert body["event_count"] == 9
    assert body["milestones"][0] == {
        "milestone": "accepted",
        "reached_at": "2026-11-10T20:00:00+00:00",
    }


def test_every_refusal_is_counted_with_its_reason_and_loses_nothing(app: App, seller: User) -> None:
    post(app, seller, factories.raw_journey(NUMBER, START)[:3])
    before = tracking_json(app)
    result = post(
        app,
        seller,
        [
            {
                "tracking_number": NUMBER,
                "occurred_at": "2027-06-01T00:00:00+00:00",
                "description": "x",
            },
            {
                "tracking_number": "UNKNOWN1",
                "occurred_at": "2026-11-20T00:00:00Z",
                "description": "x",
            },
            {"tracking_number": NUMBER, "occurred_at": "yesterday", "description": "x"},
            {
                "tracking_number": NUMBER,
                "occurred_at": "2026-11-20T00:00:00Z",
                "status": "teleported",
            },
            "not an object",
        ],
    )
    assert result.accepted == 0
    assert sorted(r.reason for r in result.rejected) == [
        "bad_time",
        "not_an_object",
        "time_in_future",
        "unknown_status",
        "unknown_tracking_number",
    ]
    assert tracking_json(app) == before


def test_a_seller_cannot_post_events_for_another_sellers_parcel(app: App, seller: User) -> None:
    other = factories.user(app, "other@example.com")
    result = post(app, other, factories.raw_journey(NUMBER, START)[:1])
    assert [r.reason for r in result.rejected] == ["unknown_tracking_number"]
    assert tracking_json(app)["event_count"] == 0
    # In one batch with a parcel of its own, only its own parcel's events are stored.
    theirs = checked_s10("LK000000053CN")
    factories.shipped(app, other, theirs, "R-9")
    mixed = [*factories.raw_journey(NUMBER, START)[:2], *factories.raw_journey(theirs, START)[:2]]
    result = post(app, other, mixed)
    assert result.accepted == 2
    assert [(r.index, r.tracking_number) for r in result.rejected] == [(0, NUMBER), (1, NUMBER)]
    assert [tracking_json(app, n)["event_count"] for n in (NUMBER, theirs)] == [0, 2]
    # An admin posts for any seller's parcel.
    admin = factories.user(app, "admin@example.com", Role.ADMIN)
    assert post(app, admin, mixed[:2]).accepted == 2


def test_buyers_cannot_post_events(app: App, seller: User) -> None:
    buyer = factories.user(app, "b2@example.com", Role.BUYER)
    with pytest.raises(PermissionDenied):
        post(app, buyer, factories.raw_journey(NUMBER, START)[:1])


def test_a_verified_source_may_start_a_standalone_tracking(app: App) -> None:
    result = post(app, None, factories.raw_journey("LX987654321CN", START)[:2], create_unknown=True)
    assert result.accepted == 2
    body = tracking_json(app, "LX987654321CN")
    assert body["order"] is None
    assert body["sub_status"] == "accepted"


def test_state_changes_reach_the_outbox_in_the_same_commit(app: App, seller: User) -> None:
    before = count(app, outbox)
    post(app, seller, factories.raw_journey(NUMBER, START)[:2])
    with app.engine.connect() as connection:
        topics = (
            connection.execute(
                select(outbox.c.topic).where(outbox.c.id > before).order_by(outbox.c.id)
            )
            .scalars()
            .all()
        )
    assert topics == ["shipment.tracking_updated"]
    with app.engine.connect() as connection:
        payload = connection.execute(select(outbox.c.payload).order_by(outbox.c.id.desc())).first()
    assert payload is not None
    assert payload[0]["milestones"] == [["accepted", "2026-11-10T20:00:00+00:00"]]
    assert (payload[0]["previous_status"], payload[0]["sub_status"]) == ("pending", "accepted")


def test_a_rolled_back_ingest_leaves_no_events_and_no_outbox_rows(app: App, seller: User) -> None:
    before = (count(app, outbox), count(app, tracking_events))

    def ingest_then_fail() -> None:
        with app.uow() as uow:
            valid, _ = tracking_service.parse_events(
                factories.raw_journey(NUMBER, START), now=app.clock()
            )
            tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
            raise RuntimeError("a failure after the ingest, before the block ends: it rolls back")

    with pytest.raises(RuntimeError, match="after the ingest"):
        ingest_then_fail()
    assert (count(app, outbox), count(app, tracking_events)) == before


def test_concurrent_ingests_of_one_parcel_lose_no_event(app: App, seller: User) -> None:
    """Two sources at once (a webhook and a poll) fold in turn; neither overwrites the other."""
    import threading

    journey = factories.raw_journey(NUMBER, START)
    halves = [journey[0::2], journey[1::2]]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def send(items: list[dict[str, Any]]) -> None:
        try:
            valid, _ = tracking_service.parse_events(items, now=app.clock())
            barrier.wait(timeout=10)  # both start together; SQLite then queues the second
            with app.uow() as uow:
                tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
        except BaseException as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(half,)) for half in halves]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    body = tracking_json(app)
    assert body["event_count"] == 9
    assert body["status"] == "delivered"


def test_a_first_delivery_sent_twice_at_once_is_stored_once(app: App, seller: User) -> None:
    """A webhook retried while its first try is still running: whichever takes the parcel's
    lock second sees the events the first stored (its state counts them), so it looks their
    keys up and stores nothing twice, even where the database would not refuse a copy
    (partitioned PostgreSQL's unique constraint includes the time)."""
    import threading

    journey = factories.raw_journey(NUMBER, START)
    barrier = threading.Barrier(2)
    results: list[IngestResult] = []
    errors: list[BaseException] = []

    def send() -> None:
        try:
            valid, _ = tracking_service.parse_events(journey, now=app.clock())
            barrier.wait(timeout=10)
            with app.uow() as uow:
                results.append(
                    tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
                )
        except BaseException as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted((r.accepted, r.duplicates) for r in results) == [(0, 9), (9, 0)]
    assert tracking_json(app)["event_count"] == 9
    assert count(app, tracking_events) == 9


def test_a_source_id_replayed_with_a_corrected_time_is_a_duplicate(app: App, seller: User) -> None:
    first = {
        "tracking_number": NUMBER,
        "occurred_at": "2026-11-10T09:00:00+08:00",
        "id": "s-1",
        "description": "Acceptance",
    }
    post(app, seller, [first])
    corrected = {**first, "occurred_at": "2026-11-10T10:00:00+08:00"}
    result = post(app, seller, [corrected, first])
    assert (result.accepted, result.duplicates) == (0, 2)
    assert count(app, tracking_events) == 1


def test_one_source_id_on_two_parcels_is_two_events(app: App, seller: User) -> None:
    # The key (from the source's id alone) is the same; identity is per shipment.
    other = "LK98765432" + compute_s10("98765432") + "CN"
    factories.shipped(app, seller, other, reference="R-2")
    event = {"occurred_at": "2026-11-10T09:00:00+08:00", "id": "s-1", "description": "Acceptance"}
    assert post(app, seller, [{**event, "tracking_number": NUMBER}]).accepted == 1
    both = [{**event, "tracking_number": other}, {**event, "tracking_number": NUMBER}]
    result = post(app, seller, both)
    assert (result.accepted, result.duplicates) == (1, 1)
    assert count(app, tracking_events) == 2


def test_a_verified_source_starts_many_trackings_in_one_batch(app: App) -> None:
    """80 unknown numbers at once (PostgreSQL writes them by COPY): each started once."""
    numbers = [f"LX{serial}{compute_s10(serial)}CN" for serial in (f"{i:08d}" for i in range(80))]
    items = [e for n in numbers for e in factories.raw_journey(n, START)[:2]]
    first = post(app, None, items, create_unknown=True)
    again = post(app, None, items, create_unknown=True)
    assert (first.accepted, first.shipments_changed) == (160, 80)
    assert (again.accepted, again.duplicates) == (0, 160)
    with app.engine.connect() as connection:
        started = connection.execute(select(shipment_legs.c.tracking_number)).scalars().all()
    assert sorted(started) == sorted(numbers)
    assert tracking_json(app, numbers[-1])["status"] == "in_transit"


# One batch, many parcels: one outbox row carries every parcel's update (domain/events.py,
# TrackingUpdated.batch_name), on both databases.
OTHERS = ("LK000000011CN", "LK000000025CN", "LK000000039CN")


def batch_rows(app: App, after: int) -> list[tuple[str, Any]]:
    with app.engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.topic, outbox.c.payload)
            .where(outbox.c.id > after)
            .order_by(outbox.c.id)
        ).all()
    return [(row.topic, row.payload) for row in rows]


@pytest.fixture
def many(app: App, seller: User) -> list[str]:
    numbers = [checked_s10(number) for number in OTHERS]
    for index, number in enumerate(numbers):
        factories.shipped(app, seller, number, f"R-{index + 2}")
    return [NUMBER, *numbers]


def checked_s10(number: str) -> str:
    """``number`` with its check digit set right (dispatch refuses a wrong one)."""
    serial = number[2:10]
    return f"{number[:2]}{serial}{compute_s10(serial)}{number[-2:]}"


def test_a_batch_touching_many_parcels_writes_one_outbox_row_with_each_update(
    app: App, seller: User, many: list[str]
) -> None:
    before = count(app, outbox)
    # Interleaved as a feed delivers them: each parcel's first two events, parcel after parcel.
    journeys = [factories.raw_journey(number, START)[:2] for number in many]
    stream = [journey[step] for step in range(2) for journey in journeys]
    result = post(app, seller, stream)
    assert (result.accepted, result.duplicates, result.shipments_changed) == (8, 0, 4)
    rows = batch_rows(app, before)
    assert [topic for topic, _ in rows] == ["shipment.tracking_updated.batch"]
    updates = batch_payloads(rows[0][1])
    assert sorted(update["tracking_number"] for update in updates) == sorted(many)
    for update in updates:
        assert (update["previous_status"], update["sub_status"]) == ("pending", "accepted")
        assert update["milestones"] == [["accepted", "2026-11-10T20:00:00+00:00"]]
        assert update["last_event_at"] == "2026-11-10T20:00:00+00:00"
    assert {tracking_json(app, n)["sub_status"] for n in many} == {"accepted"}


def test_a_duplicate_inside_a_batch_is_stored_once_and_reaches_its_milestone_once(
    app: App, seller: User, many: list[str]
) -> None:
    before = (count(app, outbox), count(app, tracking_events))
    first, second = many[0], many[1]
    events = factories.raw_journey(first, START)[:3] + factories.raw_journey(second, START)[:2]
    twice = [*events[:2], events[1], *events[2:], events[3]]  # one of each parcel's, again
    result = post(app, seller, twice)
    assert (result.accepted, result.duplicates) == (5, 2)
    assert count(app, tracking_events) == before[1] + 5
    ((topic, payload),) = batch_rows(app, before[0])
    assert topic == "shipment.tracking_updated.batch"
    updates = batch_payloads(payload)
    reached = {u["tracking_number"]: [m for m, _ in u["milestones"]] for u in updates}
    assert reached == {first: ["accepted", "departed_origin"], second: ["accepted"]}
    # The same batch again: every event a duplicate, no state changed, no outbox row.
    again = post(app, seller, twice)
    assert (again.accepted, again.duplicates, again.shipments_changed) == (0, 7, 0)
    assert count(app, outbox) == before[0] + 1


def key_look_ups(app: App, post_batch: Callable[[], IngestResult]) -> tuple[IngestResult, int]:
    """``post_batch()``'s result and how many statements it ran that read stored event keys."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT tracking_events.event_key"):
            seen.append(statement)

    event.listen(app.engine, "before_cursor_execute", note)
    try:
        return post_batch(), len(seen)
    finally:
        event.remove(app.engine, "before_cursor_execute", note)


def test_stored_keys_are_looked_up_only_for_parcels_with_stored_events(
    app: App, seller: User, many: list[str]
) -> None:
    first, second = many[0], many[1]
    journey = factories.raw_journey(first, START)[:3]
    # A parcel's first delivery, one event twice: nothing stored to look up, still stored once.
    result, look_ups = key_look_ups(app, lambda: post(app, seller, [*journey, journey[0]]))
    assert (result.accepted, result.duplicates, look_ups) == (3, 1, 0)
    # The same events again beside a new parcel's: the stored ones are found by one look-up.
    fresh = factories.raw_journey(second, START)[:2]
    result, look_ups = key_look_ups(app, lambda: post(app, seller, [*journey, *fresh]))
    assert (result.accepted, result.duplicates, look_ups) == (2, 3, 1)
    assert [tracking_json(app, n)["event_count"] for n in (first, second)] == [3, 2]
    assert count(app, tracking_events) == 5


def test_a_rolled_back_batch_of_many_parcels_leaves_no_events_states_or_outbox_row(
    app: App, seller: User, many: list[str]
) -> None:
    before = (count(app, outbox), count(app, tracking_events))
    stream = [event for n in many for event in factories.raw_journey(n, START)[:3]]

    def ingest_then_fail() -> None:
        with app.uow() as uow:
            valid, _ = tracking_service.parse_events(stream, now=app.clock())
            result = tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
            assert result.shipments_changed == len(many)
            raise RuntimeError("a failure after the ingest, before the block ends: it rolls back")

    with pytest.raises(RuntimeError, match="after the ingest"):
        ingest_then_fail()
    assert (count(app, outbox), count(app, tracking_events)) == before
    assert {tracking_json(app, n)["sub_status"] for n in many} == {"pending"}
    # Nothing of the rolled-back batch lingers: posted again, it is all new.
    result = post(app, seller, stream)
    assert (result.accepted, result.duplicates) == (12, 0)
    assert [topic for topic, _ in batch_rows(app, before[0])] == ["shipment.tracking_updated.batch"]
