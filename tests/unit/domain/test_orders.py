"""An order checks what it is made of and records its own creation."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from parceltrail.domain import events
from parceltrail.domain.errors import InvalidOrder
from parceltrail.domain.orders import (
    MAX_LINES,
    MAX_QUANTITY,
    MAX_REFERENCE,
    MAX_TITLE,
    Order,
    OrderLine,
    checked_currency,
    checked_total,
)

AT = datetime(2026, 11, 10, 9, 30, tzinfo=UTC)


def _create(**changes: object) -> Order:
    given: dict[str, object] = {
        "reference": "  R-1001 ",
        "seller_id": "usr_s",
        "buyer_id": "usr_b",
        "lines": [OrderLine("  USB-C cable ", 2, " SKU-9 ")],
        "created_at": AT,
    }
    given.update(changes)
    return Order.create(**given)  # type: ignore[arg-type]


def test_a_new_order_records_its_creation_with_the_checked_reference() -> None:
    order = _create()
    assert order.id.startswith("ord_")
    assert (order.reference, order.seller_id, order.buyer_id) == ("R-1001", "usr_s", "usr_b")
    assert order.lines == [OrderLine("USB-C cable", 2, "SKU-9")]
    assert order.created_at == AT
    assert order.events == [events.OrderCreated(order.id, "R-1001", "usr_s", "usr_b")]


def test_two_new_orders_have_two_ids() -> None:
    assert _create().id != _create().id


def test_the_buyer_cannot_be_the_seller() -> None:
    with pytest.raises(InvalidOrder, match="the buyer cannot be the seller") as raised:
        _create(buyer_id="usr_s")
    assert raised.value.details == {"field": "buyer_email"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reference": "   "}, "reference"),
        ({"reference": "R" * 101}, "reference"),
        ({"lines": []}, "lines"),
        ({"lines": [OrderLine("x", 1)] * (MAX_LINES + 1)}, "lines"),
        ({"lines": [OrderLine("ok", 1), OrderLine(" ", 1)]}, "lines[1].title"),
        ({"lines": [OrderLine("ok", 0)]}, "lines[0].quantity"),
    ],
)
def test_an_order_refuses_what_it_cannot_be_made_of(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidOrder) as raised:
        _create(**changes)
    assert raised.value.details == {"field": field}


def test_a_total_is_kept_to_the_cent_within_its_bounds() -> None:
    assert checked_total(Decimal("19.999")) == Decimal("20.00")
    assert checked_total(Decimal(0)) == Decimal("0.00")
    assert checked_total(Decimal("10000000")) == Decimal("10000000.00")
    for wrong in (Decimal("-0.01"), Decimal("10000000.01")):
        with pytest.raises(InvalidOrder, match="total must be between 0 and 10,000,000"):
            checked_total(wrong)


def test_a_currency_is_a_three_letter_code_in_capitals() -> None:
    assert checked_currency(" eur ") == "EUR"
    # letters of other scripts are not codes, even those whose capital is an ASCII letter
    for wrong in ("", "EU", "EURO", "E1R", "ÖTÖ", "ıab"):
        with pytest.raises(InvalidOrder, match="is not an ISO 4217 code like USD"):
            checked_currency(wrong)


def test_an_order_takes_its_bounds_exactly() -> None:
    order = _create(
        reference="R" * MAX_REFERENCE,
        lines=[OrderLine("T" * MAX_TITLE, MAX_QUANTITY)] * MAX_LINES,
    )
    assert order.reference == "R" * MAX_REFERENCE
    assert len(order.lines) == MAX_LINES
    assert order.lines[0] == OrderLine("T" * MAX_TITLE, MAX_QUANTITY, None)
    assert _create(lines=[OrderLine("x", 1)]).lines == [OrderLine("x", 1)]


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        (OrderLine("T" * (MAX_TITLE + 1), 1), "title", "title must have 1 to 300 characters"),
        (OrderLine("", 1), "title", "title must have 1 to 300 characters"),
        (OrderLine("ok", MAX_QUANTITY + 1), "quantity", "quantity must be between 1 and 100000"),
        (OrderLine("ok", -1), "quantity", "quantity must be between 1 and 100000"),
    ],
)
def test_a_wrong_line_is_named_by_its_place(line: OrderLine, field: str, message: str) -> None:
    with pytest.raises(InvalidOrder) as raised:
        _create(lines=[OrderLine("fine", 1), OrderLine("fine", 2), line])
    assert raised.value.message == f"lines[2].{message}"
    assert raised.value.details == {"field": f"lines[2].{field}"}


def test_the_order_level_messages() -> None:
    cases: list[tuple[dict[str, object], str]] = [
        ({"reference": ""}, "reference must have 1 to 100 characters"),
        ({"reference": None}, "reference must have 1 to 100 characters"),
        ({"lines": []}, "an order needs at least one line"),
        ({"lines": [OrderLine("x", 1)] * (MAX_LINES + 1)}, "an order has at most 200 lines"),
    ]
    for changes, message in cases:
        with pytest.raises(InvalidOrder) as raised:
            _create(**changes)
        assert raised.value.message == message


def test_a_sku_is_trimmed_bounded_and_blank_is_none() -> None:
    lines = [OrderLine("a", 1, "S" * 150), OrderLine("b", 1, "   "), OrderLine("c", 1, None)]
    assert [line.sku for line in _create(lines=lines).lines] == ["S" * 100, None, None]


def test_a_wrong_currency_is_quoted_in_the_message_and_cut_short() -> None:
    with pytest.raises(InvalidOrder) as raised:
        checked_currency("DOLLARS AND CENTS")
    assert raised.value.message == "currency 'DOLLARS AN' is not an ISO 4217 code like USD"
    assert raised.value.details == {"field": "currency"}
    with pytest.raises(InvalidOrder) as total:
        checked_total(Decimal(-1))
    assert total.value.details == {"field": "total"}
