"""Orders as a marketplace keeps them: a seller's reference, a buyer, lines, shipments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from parceltrail.domain import events
from parceltrail.domain.errors import InvalidOrder
from parceltrail.domain.ids import new_sorted_id
from parceltrail.domain.words import N_, Words

MAX_REFERENCE = 100
MAX_TITLE = 300
MAX_LINES = 200
MAX_QUANTITY = 100_000
MAX_TOTAL = Decimal("10000000")


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
    language: str | None = None  # the buyer's, when the seller knows it: their mail's
    events: list[events.DomainEvent] = field(default_factory=list)

    @classmethod
    def create(
        cls,
        *,
        reference: str,
        seller_id: str,
        buyer_id: str,
        lines: list[OrderLine],
        created_at: datetime,
        language: str | None = None,
    ) -> Order:
        """A new order, its reference and lines checked, recording ``OrderCreated``."""
        ref, checked = checked_reference(reference), checked_lines(lines)
        if buyer_id == seller_id:
            raise InvalidOrder(N_("the buyer cannot be the seller"), field="buyer_email")
        order = cls(
            new_sorted_id("ord"), ref, seller_id, buyer_id, checked, created_at, language=language
        )
        order.events.append(events.OrderCreated(order.id, ref, seller_id, buyer_id))
        return order


def checked_reference(reference: str) -> str:
    text = (reference or "").strip()
    if not text or len(text) > MAX_REFERENCE:
        raise InvalidOrder(
            Words("reference must have 1 to {most} characters", most=MAX_REFERENCE),
            field="reference",
        )
    return text


def checked_lines(lines: list[OrderLine]) -> list[OrderLine]:
    """Lines with trimmed titles; refuse an empty order, blank titles and silly quantities."""
    if not lines:
        raise InvalidOrder(N_("an order needs at least one line"), field="lines")
    if len(lines) > MAX_LINES:
        raise InvalidOrder(
            Words("an order has at most {most} lines", most=MAX_LINES), field="lines"
        )
    return [_checked_line(index, line) for index, line in enumerate(lines)]


def _checked_line(index: int, line: OrderLine) -> OrderLine:
    title = (line.title or "").strip()
    if not title or len(title) > MAX_TITLE:
        raise InvalidOrder(
            Words(
                "lines[{index}].title must have 1 to {most} characters",
                index=str(index),
                most=MAX_TITLE,
            ),
            field=f"lines[{index}].title",
        )
    if not 1 <= line.quantity <= MAX_QUANTITY:
        raise InvalidOrder(
            Words(
                "lines[{index}].quantity must be between 1 and {most}",
                index=str(index),
                most=MAX_QUANTITY,
            ),
            field=f"lines[{index}].quantity",
        )
    sku = (line.sku or "").strip()[:100] or None
    return OrderLine(title=title, quantity=line.quantity, sku=sku)


def checked_total(total: Decimal) -> Decimal:
    """The amount buyer protection covers, to the cent; refuse what no order costs."""
    if not Decimal(0) <= total <= MAX_TOTAL:
        raise InvalidOrder(
            Words("total must be between 0 and {most:,}", most=int(MAX_TOTAL)), field="total"
        )
    return total.quantize(Decimal("0.01"))


def checked_currency(currency: str) -> str:
    code = (currency or "").strip()
    # ASCII letters only: str.isalpha takes any script's, and upper() turns some into ASCII
    if len(code) != 3 or not (code.isascii() and code.isalpha()):
        raise InvalidOrder(
            Words("currency {currency!r} is not an ISO 4217 code like USD", currency=currency[:10]),
            field="currency",
        )
    return code.upper()
