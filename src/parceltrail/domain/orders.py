"""Orders as a marketplace keeps them: a seller's reference, a buyer, lines, shipments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from parceltrail.domain import events
from parceltrail.domain.errors import InvalidOrder

MAX_REFERENCE = 100
MAX_TITLE = 300
MAX_LINES = 200
MAX_QUANTITY = 100_000


@dataclass(frozen=True, slots=True)
class OrderLine:
    title: str
    quantity: int
    sku: str | None = None


@dataclass
class Order:
    id: str
    reference: str
    seller_id: str
    buyer_id: str
    lines: list[OrderLine]
    created_at: datetime
    shipment_ids: list[str] = field(default_factory=list)
    events: list[events.DomainEvent] = field(default_factory=list)


def checked_reference(reference: str) -> str:
    text = (reference or "").strip()
    if not text or len(text) > MAX_REFERENCE:
        raise InvalidOrder(
            f"reference must have 1 to {MAX_REFERENCE} characters", field="reference"
        )
    return text


def checked_lines(lines: list[OrderLine]) -> list[OrderLine]:
    """Lines with trimmed titles; refuse an empty order, blank titles and silly quantities."""
    if not lines:
        raise InvalidOrder("an order needs at least one line", field="lines")
    if len(lines) > MAX_LINES:
        raise InvalidOrder(f"an order has at most {MAX_LINES} lines", field="lines")
    return [_checked_line(index, line) for index, line in enumerate(lines)]


def _checked_line(index: int, line: OrderLine) -> OrderLine:
    title = (line.title or "").strip()
    if not title or len(title) > MAX_TITLE:
        raise InvalidOrder(
            f"lines[{index}].title must have 1 to {MAX_TITLE} characters",
            field=f"lines[{index}].title",
        )
    if not 1 <= line.quantity <= MAX_QUANTITY:
        raise InvalidOrder(
            f"lines[{index}].quantity must be between 1 and {MAX_QUANTITY}",
            field=f"lines[{index}].quantity",
        )
    sku = (line.sku or "").strip()[:100] or None
    return OrderLine(title=title, quantity=line.quantity, sku=sku)
