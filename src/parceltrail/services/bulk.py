"""Dispatch many orders from a CSV file: every row is dispatched or reported with its reason."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from parceltrail.domain.errors import OrderNotFound, ParceltrailError, ValidationFailed
from parceltrail.domain.users import User
from parceltrail.services.orders import Dispatched, dispatch
from parceltrail.services.ports import UnitOfWork

MAX_ROWS = 2000
COLUMNS = ("order_reference", "tracking_number", "carrier")


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    reference: str
    number: str
    carrier: str | None


@dataclass(frozen=True, slots=True)
class RowResult:
    row: Row
    ok: bool
    message: str


def parse(text: str) -> tuple[list[Row], list[RowResult]]:
    """Rows to dispatch and rows refused before any dispatch (missing fields)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS[:2] if c not in (reader.fieldnames or ())]
    if missing:
        raise ValidationFailed(
            "the CSV needs a header line with order_reference,tracking_number[,carrier]; "
            f"missing: {', '.join(missing)}"
        )
    rows: list[Row] = []
    refused: list[RowResult] = []
    for index, record in enumerate(reader, start=2):
        if len(rows) + len(refused) >= MAX_ROWS:
            raise ValidationFailed(f"a file holds at most {MAX_ROWS} rows; split it")
        row = Row(
            line=index,
            reference=(record.get("order_reference") or "").strip()[:100],
            number=(record.get("tracking_number") or "").strip()[:100],
            carrier=(record.get("carrier") or "").strip()[:64] or None,
        )
        if not row.reference or not row.number:
            refused.append(RowResult(row, False, "order_reference and tracking_number are needed"))
        else:
            rows.append(row)
    return rows, refused


def dispatch_row(*, uow: UnitOfWork, seller: User, row: Row, now: datetime) -> RowResult:
    """One row; the caller commits each row on its own, so one bad row loses no other."""
    try:
        order = uow.orders.by_reference(seller.id, row.reference)
        if order is None:
            raise OrderNotFound(f"no order {row.reference!r} among the orders you sold")
        done: Dispatched = dispatch(
            uow=uow, seller=seller, order_id=order.id, tracking_number=row.number,
            carrier=row.carrier, now=now,
        )
    except ParceltrailError as exc:
        return RowResult(row, False, exc.message)
    carrier = done.shipment.carrier or "carrier unknown"
    verb = "dispatched" if done.created else "already dispatched"
    return RowResult(row, True, f"{verb} as {done.shipment.tracking_number} ({carrier})")
