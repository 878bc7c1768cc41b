"""Rows from CSV files: one streaming reader for the desk's bulk dispatch and `parceltrail import`.

``read`` checks the header once, then yields one ``Record`` per row with its line number; a row
that cannot be read (not UTF-8, a line over ``MAX_LINE_CHARS``, too many fields, a required cell
empty) comes with its ``problem`` instead of failing the file. What each row does is decided
here too: ``dispatch_row`` for the desk, ``import_shipment`` and ``event_item`` for the import.
The callers own the transactions.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import IO

from parceltrail.domain.errors import (
    InvalidOrder,
    OrderNotFound,
    ParceltrailError,
    ValidationFailed,
)
from parceltrail.domain.orders import Order, OrderLine, checked_reference
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.domain.users import User, normalize_email
from parceltrail.domain.words import N_, Words
from parceltrail.services.orders import Dispatched, create_order, dispatch, dispatch_order
from parceltrail.services.ports import OrdersUnitOfWork

MAX_ROWS = 2000  # the desk's upload; the import streams any number
MAX_LINE_CHARS = 65_536  # no tracking field comes near; a longer line is a broken file
COLUMNS = ("order_reference", "tracking_number", "carrier", "service")
_TOO_LONG = "\x00line too long"  # stands for a cut line, so csv never holds it whole
_UTF16_BOMS = ("\udcff\udcfe", "\udcfe\udcff")  # as lines_of decodes them


class CsvHeaderInvalid(ValidationFailed):
    """The file cannot be read as the expected CSV at all: nothing in it is imported."""

    code = "csv_header_invalid"


@dataclass(frozen=True, slots=True)
class Columns:
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[str, ...]:
        return self.required + self.optional

    def describe(self) -> str:
        return ",".join(self.required + tuple(f"{name}?" for name in self.optional))


SHIPMENT_COLUMNS = Columns(
    ("order_reference", "buyer_email", "title", "quantity", "tracking_number"),
    ("carrier", "dispatched_at", "service"),
)
EVENT_COLUMNS = Columns(
    ("tracking_number", "occurred_at", "description"),
    ("status", "city", "country", "carrier", "code", "id"),
)
DISPATCH_COLUMNS = Columns(COLUMNS[:2], COLUMNS[2:])


@dataclass(frozen=True, slots=True)
class Problem:
    reason: str
    message: str


@dataclass(frozen=True, slots=True)
class Record:
    """One CSV row: its first line, its cells by column (stripped, '' when absent)."""

    line: int
    values: dict[str, str] = field(default_factory=dict)
    problem: Problem | None = None

    def get(self, name: str) -> str | None:
        return self.values.get(name) or None


def lines_of(stream: IO[bytes]) -> Iterator[str]:
    """A binary file's lines as text: UTF-8 (a bad byte survives as a surrogate that ``read``
    reports on its row), each cut at ``MAX_LINE_CHARS`` without ever holding a longer one."""
    while raw := stream.readline(MAX_LINE_CHARS + 1):
        if len(raw) > MAX_LINE_CHARS and not raw.endswith(b"\n"):
            while (rest := stream.readline(MAX_LINE_CHARS)) and not rest.endswith(b"\n"):
                pass
            yield _TOO_LONG + "\n"
        else:
            yield raw.decode("utf-8", errors="surrogateescape")


def read(lines: Iterable[str], columns: Columns) -> Iterator[Record]:
    """Check the header (``CsvHeaderInvalid`` says which columns are expected), then yield
    every non-blank row with its line number."""
    source = iter(lines)
    reader = csv.reader(source)
    header = _header(reader, columns)
    index = {name: header.index(name) for name in columns.all if name in header}
    last = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Record(last + 1, problem=Problem("bad_csv", f"unreadable CSV: {exc}"))
            last = reader.line_num
            continue
        first, last = last + 1, reader.line_num
        if not cells or cells == [""]:  # a blank line; a row of empty cells is reported
            continue
        yield _record(first, cells, index, len(header), columns)


def _header(reader: Iterator[list[str]], columns: Columns) -> list[str]:
    expected = f"the first line must name the columns {columns.describe()} (? = optional)"
    cells: list[str] = []
    try:
        while not cells:  # blank lines before the header are skipped
            cells = next(reader)
    except StopIteration:
        raise CsvHeaderInvalid(f"the file has no header; {expected}") from None
    except csv.Error as exc:
        raise CsvHeaderInvalid(f"the header line is unreadable ({exc}); {expected}") from None
    if cells and cells[0].startswith(_UTF16_BOMS):
        raise CsvHeaderInvalid("the file is UTF-16; save it as CSV UTF-8")
    if cells:
        cells[0] = cells[0].removeprefix("\ufeff")
    names = [cell.strip().lower() for cell in cells]
    missing = [name for name in columns.required if name not in names]
    if missing or any(_has_bad_bytes(name) for name in names):
        raise CsvHeaderInvalid(f"{expected}; missing: {', '.join(missing) or 'none'}")
    return names


def _record(
    line: int, cells: list[str], index: dict[str, int], width: int, columns: Columns
) -> Record:
    def problem(reason: str, message: str) -> Record:
        return Record(line, values, Problem(reason, message))

    values = {name: cells[at].strip() if at < len(cells) else "" for name, at in index.items()}
    if any(_TOO_LONG in cell for cell in cells):
        return problem("line_too_long", f"a line is over {MAX_LINE_CHARS:,} characters")
    bad = next((cell for cell in cells if _has_bad_bytes(cell)), None)
    if bad is not None:
        return problem("bad_encoding", f"not UTF-8 near {_visible(bad)!r}; save as CSV UTF-8")
    if len(cells) > width:
        return problem(
            "too_many_fields",
            f"{len(cells)} fields for {width} columns; quote a value that holds a comma",
        )
    empty = [name for name in columns.required if not values.get(name)]
    if empty:
        return problem("missing_field", f"{', '.join(empty)} empty")
    return Record(line, values)


def _has_bad_bytes(text: str) -> bool:
    return not text.isascii() and any("\udc80" <= char <= "\udcff" for char in text)


def _visible(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")[:40]


# --- the desk's bulk dispatch ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    reference: str
    number: str
    carrier: str | None
    service: str | None = None


@dataclass(frozen=True, slots=True)
class RowResult:
    row: Row
    ok: bool
    message: Words  # str(): English, for the CSV of failed rows


def parse(text: str) -> tuple[list[Row], list[RowResult]]:
    """Rows to dispatch and rows refused before any dispatch (missing fields)."""
    rows: list[Row] = []
    refused: list[RowResult] = []
    try:
        for record in read(io.StringIO(text), DISPATCH_COLUMNS):
            if len(rows) + len(refused) >= MAX_ROWS:
                raise ValidationFailed(
                    Words("a file holds at most {most} rows; split it", most=MAX_ROWS)
                )
            row = Row(
                line=record.line,
                reference=(record.get("order_reference") or "")[:100],
                number=(record.get("tracking_number") or "")[:100],
                carrier=(record.get("carrier") or "")[:64] or None,
                service=(record.get("service") or "")[:64] or None,
            )
            if record.problem is None:
                rows.append(row)
            else:
                refused.append(RowResult(row, False, Words(record.problem.message)))
    except CsvHeaderInvalid as exc:
        raise ValidationFailed(exc.message) from None
    return rows, refused


def dispatch_row(
    *, uow: OrdersUnitOfWork, seller: User, row: Row, now: datetime, protection: timedelta
) -> RowResult:
    """One row, in a savepoint of its own: a bad row is undone alone and loses no other."""
    try:
        with uow.savepoint():
            order = uow.orders.by_reference(seller.id, row.reference)
            if order is None:
                raise OrderNotFound(
                    Words(
                        "no order {reference!r} among the orders you sold", reference=row.reference
                    )
                )
            done: Dispatched = dispatch(
                uow=uow,
                seller=seller,
                order_id=order.id,
                tracking_number=row.number,
                carrier=row.carrier,
                service=row.service,
                now=now,
                protection=protection,
            )
    except ParceltrailError as exc:
        return RowResult(row, False, exc.words)
    carrier = done.shipment.carrier or Words(N_("carrier unknown"))
    said = (
        N_("dispatched as {number} ({carrier})")
        if done.created
        else N_("already dispatched as {number} ({carrier})")
    )
    return RowResult(row, True, Words(said, number=done.shipment.tracking_number, carrier=carrier))


# --- `parceltrail import` ----------------------------------------------------------------


@dataclass
class Known:
    """What a batch of shipment rows finds already stored: one look-up per batch, not per row."""

    orders: dict[str, Order]  # by reference
    shipments: dict[str, Shipment]  # by tracking number
    emails: dict[str, str]  # buyer e-mail by user id

    def duplicate(self, record: Record) -> bool:
        """The row's order exists, for its buyer, with the row's shipment: nothing to do."""
        values = record.values
        order = self.orders.get(values["order_reference"])
        if order is None or self.emails.get(order.buyer_id) != values["buyer_email"].lower():
            return False
        shipment = self.shipments.get(normalize_tracking_number(values["tracking_number"]))
        return shipment is not None and shipment.order_id == order.id


def look_up(*, uow: OrdersUnitOfWork, seller: User, records: Iterable[Record]) -> Known:
    readable = [record.values for record in records if record.problem is None]
    orders = uow.orders.by_references(seller.id, {row["order_reference"] for row in readable})
    numbers = {normalize_tracking_number(row["tracking_number"]) for row in readable}
    buyers = uow.users.many({order.buyer_id for order in orders.values()})
    return Known(
        orders=orders,
        shipments=uow.shipments.by_numbers(numbers),
        emails={user_id: user.email for user_id, user in buyers.items()},
    )


def import_shipment(
    *,
    uow: OrdersUnitOfWork,
    seller: User,
    record: Record,
    known: Known,
    now: datetime,
    protection: timedelta,
) -> bool:
    """Create the order when its reference is new, then dispatch; True when something was new.

    Raises ParceltrailError for a row to reject; the caller runs it in a savepoint, so a row
    never leaves an order without its shipment.
    """
    values = record.values
    reference = checked_reference(values["order_reference"])
    quantity = _quantity(values["quantity"])
    when = _moment(record.get("dispatched_at"), "dispatched_at")
    order = known.orders.get(reference)
    if order is None:
        order = create_order(
            uow=uow,
            seller=seller,
            reference=reference,
            buyer_email=values["buyer_email"],
            lines=[OrderLine(values["title"], quantity)],
            now=now,
        )
        known.emails[order.buyer_id] = normalize_email(values["buyer_email"])
    elif known.emails.get(order.buyer_id) != normalize_email(values["buyer_email"]):
        raise InvalidOrder(
            f"order {reference!r} exists for another buyer; check buyer_email or the reference",
            field="buyer_email",
        )
    done = dispatch_order(
        uow=uow,
        order=order,
        tracking_number=values["tracking_number"],
        carrier=record.get("carrier"),
        service=record.get("service"),
        dispatched_at=when,
        now=now,
        protection=protection,
    )
    known.orders[reference] = order  # the last step: a row that failed leaves no trace here
    known.shipments[done.shipment.tracking_number] = done.shipment
    return done.created


def _quantity(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit() and 0 < len(raw) < 6 and int(raw) > 0):
        raise InvalidOrder(f"quantity {raw[:20]!r} is not a whole number from 1", field="quantity")
    return int(raw)


def _moment(raw: str | None, name: str) -> datetime | None:
    """ISO 8601 with an offset, or a bare date (taken as noon UTC, at most 12 h off)."""
    if raw is None:
        return None
    try:
        if len(raw) == 10:
            return datetime.combine(datetime.fromisoformat(raw).date(), time(12), UTC)
        moment = datetime.fromisoformat(raw[:40])
    except ValueError:
        raise ValidationFailed(
            f"{name} {raw[:40]!r} is not ISO 8601 like 2026-11-28T09:30:00+08:00", field=name
        ) from None
    if moment.utcoffset() is None:
        raise ValidationFailed(f"{name} {raw[:40]!r} needs an offset such as +08:00", field=name)
    return moment


def event_item(record: Record) -> dict[str, object]:
    """A row as an event of the public JSON format (empty optional cells left out)."""
    item: dict[str, object] = {
        name: record.values[name]
        for name in (
            "tracking_number",
            "occurred_at",
            "description",
            "status",
            "carrier",
            "code",
            "id",
        )
        if record.values.get(name)
    }
    location = {name: record.values[name] for name in ("city", "country") if record.get(name)}
    if location:
        item["location"] = location
    return item
