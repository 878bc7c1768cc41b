"""The desk's bulk dispatch (services/bulk.py): each row in a savepoint of its own, the
configured protection period started by each; on the in-memory unit of work."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import User
from parceltrail.services import bulk
from parceltrail.services import orders as order_service
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork

PROTECTION = timedelta(days=33)  # not the setting's default, so a default of its own shows


def place(uow: FakeUnitOfWork, seller: User, reference: str) -> Order:
    with uow:
        return order_service.create_order(
            uow=uow,
            seller=seller,
            reference=reference,
            buyer_email="buyer@example.com",
            lines=[OrderLine("Phone case", 1)],
            now=T0,
            total=Decimal(5),
        )


def test_parse_refuses_rows_with_empty_cells_and_keeps_the_others() -> None:
    rows, refused = bulk.parse(
        "order_reference,tracking_number,carrier\nR-1, RR123456785CN ,\nR-2,,\n"
    )
    assert rows == [bulk.Row(2, "R-1", "RR123456785CN", None)]
    assert [(r.row.line, r.ok, str(r.message)) for r in refused] == [
        (3, False, "tracking_number empty"),
    ]
    with pytest.raises(ValidationFailed, match="order_reference,tracking_number"):
        bulk.parse("reference,number\nR-1,RR123456785CN\n")


def test_a_bad_row_is_undone_alone_and_each_dispatch_starts_the_given_protection(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    first, second = place(uow, seller, "R-1"), place(uow, seller, "R-2")
    rows, _ = bulk.parse(
        "order_reference,tracking_number\n"
        "R-1,RR123456785CN\n"
        "R-9,RR123456794CN\n"  # no such order
        "R-2,RR123456785CN\n"  # the number of another order
        "R-1,RR123456785CN\n"  # a repeat: nothing new
    )
    with uow:
        results = [
            bulk.dispatch_row(uow=uow, seller=seller, row=row, now=T0, protection=PROTECTION)
            for row in rows
        ]
    assert [(r.row.line, r.ok) for r in results] == [(2, True), (3, False), (4, False), (5, True)]
    assert str(results[0].message) == "dispatched as RR123456785CN (china_post)"
    assert str(results[1].message) == "no order 'R-9' among the orders you sold"
    assert "already used by another order" in str(results[2].message)
    assert str(results[3].message) == "already dispatched as RR123456785CN (china_post)"
    assert uow.store.protection[first.id].ends_at == T0 + PROTECTION
    assert uow.store.protection[second.id].ends_at is None
    assert uow.topics() == ["order.created", "order.created", "shipment.dispatched"]
