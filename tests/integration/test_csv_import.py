"""CSV import of shipments and events on SQLite and PostgreSQL: whole rows, exact summaries."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from parceltrail.bootstrap import App
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.users import User
from parceltrail.services import bulk
from parceltrail.services.csv_import import Summary, import_events, import_shipments
from parceltrail.storage.tables import orders, outbox, shipments
from tests import factories

HEADER = "order_reference,buyer_email,title,quantity,tracking_number,carrier,dispatched_at\n"


def number(index: int) -> str:
    serial = f"{index:08d}"
    return f"LK{serial}{compute_s10(serial)}CN"


def row(index: int, **change: str) -> str:
    cells = {
        "order_reference": f"R-{index}",
        "buyer_email": f"buyer{index % 3}@example.com",
        "title": "Phone case",
        "quantity": "2",
        "tracking_number": number(index),
        "carrier": "",
        "dispatched_at": "2026-11-20T10:00:00+08:00",
    } | change
    return ",".join(cells.values()) + "\n"


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


def records(data: bytes, columns: bulk.Columns = bulk.SHIPMENT_COLUMNS) -> Iterator[bulk.Record]:
    return bulk.read(bulk.lines_of(io.BytesIO(data)), columns)


def run_shipments(app: App, seller: User, data: bytes, batch_size: int = 200) -> Summary:
    summary = Summary()
    for summary in import_shipments(  # noqa: B007 - the last one is the total
        uow=app.uow,
        clock=app.clock,
        seller=seller,
        records=records(data),
        protection=app.periods.protection,
        batch_size=batch_size,
    ):
        pass
    return summary


def count(app: App, table: object) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_bad_rows_are_rejected_with_their_line_and_nothing_half_imported(
    app: App, seller: User
) -> None:
    data = (
        (
            "\ufeff"
            + HEADER
            + row(1)  # line 2
            + "\n"  # line 3: blank
            + row(2, tracking_number="LK000000021CN")  # 4: bad check digit
            + row(3, quantity="many")  # 5
            + row(4, dispatched_at="1970-01-01T00:00:00+00:00")  # 6
            + row(5, dispatched_at="2027-06-01T00:00:00+00:00")  # 7: next year
            + row(6, title="x" * 70_000)  # 8: huge field
            + row(7, buyer_email="")  # 9
            + row(1, buyer_email="someone-else@example.com")  # 10: existing order
            + row(8)
            + row(9, title="a,b")  # 11, 12: unquoted comma
            + row(10, dispatched_at="2026-11-20 10:00")  # 13: no offset
        ).encode()
        + row(11, title="caf\xe9").encode("latin-1")
        + row(12).encode()
    )  # 14, 15

    summary = run_shipments(app, seller, data, batch_size=4)

    assert (summary.accepted, summary.duplicates) == (3, 0)
    assert [(r.line, r.reason) for r in summary.rejected] == [
        (4, "invalid_tracking_number"),
        (5, "invalid_order:quantity"),
        (6, "validation_failed:dispatched_at"),
        (7, "validation_failed:dispatched_at"),
        (8, "line_too_long"),
        (9, "missing_field"),
        (10, "invalid_order:buyer_email"),
        (12, "too_many_fields"),
        (13, "validation_failed:dispatched_at"),
        (14, "bad_encoding"),
    ]
    assert summary.last_line == 15
    assert count(app, orders) == count(app, shipments) == 3  # no order without its shipment
    assert count(app, outbox) == 6  # rolled-back rows left no mail or webhook behind

    again = run_shipments(app, seller, data, batch_size=4)
    assert (again.accepted, again.duplicates, len(again.rejected)) == (0, 3, 10)
    assert count(app, orders) == count(app, shipments) == 3


def test_a_second_parcel_of_an_order_is_dispatched_on_the_same_order(
    app: App, seller: User
) -> None:
    summary = run_shipments(
        app,
        seller,
        (
            HEADER + row(1) + row(2, order_reference="R-1", buyer_email="buyer1@example.com")
        ).encode(),
    )
    assert (summary.accepted, summary.duplicates, summary.rejected) == (2, 0, [])
    assert (count(app, orders), count(app, shipments)) == (1, 2)


def test_an_interrupted_import_keeps_whole_batches_and_finishes_on_the_second_run(
    app: App, seller: User
) -> None:
    data = (HEADER + "".join(row(i) for i in range(10))).encode()

    def crashing() -> Iterator[bulk.Record]:
        for index, record in enumerate(records(data)):
            if index == 6:
                raise KeyboardInterrupt
            yield record

    done: list[tuple[int, int]] = []

    def run() -> None:
        for summary in import_shipments(
            uow=app.uow,
            clock=app.clock,
            seller=seller,
            records=crashing(),
            protection=app.periods.protection,
            batch_size=4,
        ):
            done.append((summary.accepted, summary.last_line))

    with pytest.raises(KeyboardInterrupt):
        run()
    assert done == [(4, 5)]
    assert count(app, orders) == count(app, shipments) == 4
    again = run_shipments(app, seller, data)
    assert (again.accepted, again.duplicates, again.rejected) == (6, 4, [])


def test_a_wrong_header_names_the_expected_columns() -> None:
    with pytest.raises(bulk.CsvHeaderInvalid) as caught:
        list(records(b"reference,email,number\nR-1,a@example.com,LK1\n"))
    assert "order_reference,buyer_email,title,quantity,tracking_number,carrier?" in (
        caught.value.message
    )
    assert "missing: order_reference, buyer_email, title, quantity, tracking_number" in (
        caught.value.message
    )
    with pytest.raises(bulk.CsvHeaderInvalid, match="UTF-16"):
        list(records(HEADER.encode("utf-16")))


def test_event_rows_are_ingested_with_duplicates_and_rejections_by_line(
    app: App, seller: User
) -> None:
    factories.shipped(app, seller, number(1))
    data = (
        "tracking_number,occurred_at,description,status,city,country\n"
        f"{number(1)},2026-11-20T10:00:00+08:00,Acceptance,accepted,Shenzhen,CN\n"
        f"{number(1)},2026-11-21T10:00:00+08:00,Departed,,Guangzhou,CN\n"
        f"{number(1)},1970-01-01T00:00:00+00:00,Too old,,,\n"
        f"{number(1)},2027-06-01T00:00:00+00:00,Next year,,,\n"
        f"{number(2)},2026-11-21T10:00:00+08:00,Not ours,,,\n"
        f"{number(1)},2026-11-20T10:00:00+08:00,Acceptance,accepted,Shenzhen,CN\n"
        f"{number(1)},2026-11-22T10:00:00+08:00,Somewhere,teleported,,\n"
    ).encode()

    def run() -> Summary:
        summary = Summary()
        for summary in import_events(  # noqa: B007
            uow=app.uow,
            clock=app.clock,
            seller=seller,
            records=records(data, bulk.EVENT_COLUMNS),
            batch_size=3,
        ):
            pass
        return summary

    first = run()
    assert (first.accepted, first.duplicates) == (2, 1)
    assert [(r.line, r.reason) for r in first.rejected] == [
        (4, "time_too_old"),
        (5, "time_in_future"),
        (6, "unknown_tracking_number"),
        (8, "unknown_status"),
    ]
    second = run()
    assert (second.accepted, second.duplicates, len(second.rejected)) == (0, 3, 4)
