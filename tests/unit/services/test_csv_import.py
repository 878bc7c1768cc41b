"""`parceltrail import` (services/csv_import.py): one transaction per batch from the factory,
each shipment row whole or not at all, the summary counting only what is committed; on the
in-memory unit of work."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from parceltrail.domain.users import User
from parceltrail.services import bulk
from parceltrail.services.csv_import import Rejected, Summary, import_events, import_shipments
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork

PROTECTION = timedelta(days=33)  # not the setting's default
SHIPMENTS = (
    "order_reference,buyer_email,title,quantity,tracking_number,dispatched_at\n"
    "R-1,buyer@example.com,Phone case,2,RR123456785CN,2026-11-09\n"
    "R-2,buyer@example.com,Mug,0,RR123456794CN,\n"  # quantity 0
    "R-3,buyer@example.com,Lamp,1,,\n"  # no number
    "R-4,other@example.com,Cup,1,RR123456785CN,\n"  # R-1's number
    "R-1,buyer@example.com,Phone case,2,RR123456785CN,2026-11-09\n"  # a repeat
)


def records(text: str, columns: bulk.Columns) -> Iterator[bulk.Record]:
    return bulk.read(bulk.lines_of(io.BytesIO(text.encode())), columns)


def clock() -> datetime:
    return T0


def shipments(uow: FakeUnitOfWork, seller: User, batch_size: int) -> list[Summary]:
    return [
        Summary(s.accepted, s.duplicates, list(s.rejected), s.last_line)
        for s in import_shipments(
            uow=uow.factory,
            clock=clock,
            seller=seller,
            records=records(SHIPMENTS, bulk.SHIPMENT_COLUMNS),
            protection=PROTECTION,
            batch_size=batch_size,
        )
    ]


def test_each_batch_is_committed_and_summed_and_bad_rows_leave_nothing(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    summaries = shipments(uow, seller, batch_size=2)
    assert [(s.accepted, s.duplicates, s.last_line) for s in summaries] == [
        (1, 0, 3),
        (1, 0, 5),
        (1, 1, 6),
    ]
    assert uow.committed == 3
    assert [(r.line, r.reason) for r in summaries[-1].rejected] == [
        (3, "invalid_order:quantity"),
        (4, "missing_field"),
        (5, "tracking_number_taken"),
    ]
    orders = {o.reference: o for o in uow.store.orders.values()}
    assert sorted(orders) == ["R-1"]  # R-4's order went with its refused shipment
    (shipment,) = uow.store.shipments.values()
    assert shipment.dispatched_at == datetime(2026, 11, 9, 12, tzinfo=UTC)  # a date: noon UTC
    # dispatched before the order was made here: the protection runs from the order's creation
    assert uow.store.protection[orders["R-1"].id].ends_at == T0 + PROTECTION
    assert uow.topics() == ["order.created", "shipment.dispatched"]


def test_running_the_same_file_again_counts_duplicates(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    shipments(uow, seller, batch_size=200)
    again = shipments(uow, seller, batch_size=200)[-1]
    assert (again.accepted, again.duplicates, len(again.rejected)) == (0, 2, 3)
    assert uow.topics() == ["order.created", "shipment.dispatched"]


def test_event_rows_are_ingested_as_the_events_api_would(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    shipments(uow, seller, batch_size=200)
    text = (
        "tracking_number,occurred_at,description,status\n"
        "RR123456785CN,2026-11-09T18:00:00+08:00,Posting,in_transit\n"
        "RR000000000CN,2026-11-09T18:00:00+08:00,Posting,in_transit\n"
        "RR123456785CN,yesterday,Posting,in_transit\n"
    )
    (summary,) = import_events(
        uow=uow.factory, clock=clock, seller=seller, records=records(text, bulk.EVENT_COLUMNS)
    )
    assert (summary.accepted, summary.duplicates, summary.last_line) == (1, 0, 4)
    assert [r.line for r in summary.rejected] == [3, 4]
    assert isinstance(summary.rejected[0], Rejected)
    (shipment,) = uow.store.shipments.values()
    assert [e.description for e in uow.events.for_shipment(shipment.id)] == ["Posting"]
