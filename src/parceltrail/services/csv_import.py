"""`parceltrail import`: CSV rows in batches, each row whole or not at all, committed as it goes.

A batch is one transaction. A shipment row runs in a savepoint inside it, so a rejected row
undoes its own writes (never an order without its shipment) and keeps the others; an event row
is a single event, which ingest keeps or rejects on its own. A batch is counted only once it is
committed: after a crash or Ctrl-C the last summary yielded says exactly what is in the
database, and running the same file again counts those rows as duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice

from parceltrail.domain.errors import InvalidEvent, ParceltrailError
from parceltrail.domain.users import User
from parceltrail.services import bulk
from parceltrail.services import tracking as tracking_service
from parceltrail.services.ports import OrdersUnitOfWork, TrackingUnitOfWork

BATCH = 200  # rows per transaction; savepoints scan what a transaction has seen


@dataclass(frozen=True, slots=True)
class Rejected:
    line: int
    reason: str
    message: str


@dataclass
class Summary:
    """What is committed so far; ``last_line`` is the last line of the last committed batch."""

    accepted: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    last_line: int = 0

    @property
    def rows(self) -> int:
        return self.accepted + self.duplicates + len(self.rejected)

    def merge(self, batch: Summary) -> None:
        self.accepted += batch.accepted
        self.duplicates += batch.duplicates
        self.rejected.extend(batch.rejected)
        self.last_line = max(self.last_line, batch.last_line)


def import_shipments(
    *,
    uow: Callable[[], OrdersUnitOfWork],
    clock: Callable[[], datetime],
    seller: User,
    records: Iterable[bulk.Record],
    protection: timedelta,
    batch_size: int = BATCH,
) -> Iterator[Summary]:
    """Create and dispatch each row's order; yield the running summary after each commit.

    ``uow`` opens one unit of work per batch (each commits as its block ends); ``protection``
    is the configured period of buyer protection each dispatch starts."""
    summary = Summary()
    for batch in _batches(records, batch_size):
        done = Summary(last_line=batch[-1].line)
        with uow() as work:
            now = clock()
            known = bulk.look_up(uow=work, seller=seller, records=batch)
            for record in batch:
                _shipment_row(work, seller, record, known, (now, protection), done)
        summary.merge(done)
        yield summary


def _shipment_row(
    uow: OrdersUnitOfWork,
    seller: User,
    record: bulk.Record,
    known: bulk.Known,
    when: tuple[datetime, timedelta],
    done: Summary,
) -> None:
    if record.problem is not None:
        done.rejected.append(Rejected(record.line, record.problem.reason, record.problem.message))
        return
    if known.duplicate(record):
        done.duplicates += 1
        return
    try:
        with uow.savepoint():
            created = bulk.import_shipment(
                uow=uow,
                seller=seller,
                record=record,
                known=known,
                now=when[0],
                protection=when[1],
            )
    except ParceltrailError as exc:
        done.rejected.append(Rejected(record.line, _reason(exc), exc.message))
        return
    if created:
        done.accepted += 1
    else:
        done.duplicates += 1


def import_events(
    *,
    uow: Callable[[], TrackingUnitOfWork],
    clock: Callable[[], datetime],
    seller: User,
    records: Iterable[bulk.Record],
    batch_size: int = BATCH,
) -> Iterator[Summary]:
    """Ingest each batch of event rows as the events API would; yield after each commit."""
    summary = Summary()
    for batch in _batches(records, batch_size):
        done = Summary(last_line=batch[-1].line)
        readable = []
        for record in batch:
            if record.problem is None:
                readable.append(record)
            else:
                problem = record.problem
                done.rejected.append(Rejected(record.line, problem.reason, problem.message))
        with uow() as work:
            now = clock()
            valid, refused = tracking_service.parse_events(
                [bulk.event_item(record) for record in readable], now=now, source="api"
            )
            result = tracking_service.ingest(uow=work, actor=seller, events=valid, now=now)
        done.accepted, done.duplicates = result.accepted, result.duplicates
        for rejection in [*refused, *result.rejected]:
            line = readable[rejection.index].line
            done.rejected.append(Rejected(line, rejection.reason, rejection.message))
        done.rejected.sort(key=lambda rejected: rejected.line)
        summary.merge(done)
        yield summary


def _batches(records: Iterable[bulk.Record], size: int) -> Iterator[list[bulk.Record]]:
    source = iter(records)
    while batch := list(islice(source, size)):
        yield batch


def _reason(exc: ParceltrailError) -> str:
    if isinstance(exc, InvalidEvent):
        return exc.reason
    field_name = exc.details.get("field")
    return f"{exc.code}:{field_name}" if isinstance(field_name, str) else exc.code
