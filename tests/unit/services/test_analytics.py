"""Which rollup rows a shipment's tally is counted in (services/analytics.rollup_rows), and
which seller an admin's filter names."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from parceltrail.domain.analytics import PeriodBasis, contribution, placed
from parceltrail.domain.analytics_periods import Grain
from parceltrail.domain.errors import PermissionDenied, ValidationFailed
from parceltrail.domain.users import Role, User
from parceltrail.services import analytics
from parceltrail.services.analytics import rollup_rows
from parceltrail.services.analytics_ports import ROW_KINDS, SELLER_KINDS
from tests.analytics_fixture import FACTS, NOW
from tests.unit.services.fakes import FakeUnitOfWork


def kind_of(key: tuple[object, ...]) -> str:
    keeps = tuple(value != "*" for value in key[4:])
    return next(kind for kind, kept in ROW_KINDS.items() if kept == keeps)


def test_a_delivered_shipment_is_counted_by_each_basis_grain_and_kind():
    facts = FACTS["S1"]
    rows = rollup_rows([(placed(facts), contribution(facts, NOW), 1)])
    counted = Counter((key[0], key[1], kind_of(key)) for key in rows)
    for basis in PeriodBasis:
        for kind in SELLER_KINDS:  # the seller's own rows: day, week and month
            assert counted["s1", basis, kind] == 3
        for kind in ROW_KINDS:  # every seller's
            assert counted["", basis, kind] == 3
    assert len(rows) == 3 * 3 * (len(SELLER_KINDS) + len(ROW_KINDS))
    by_delivery = {key[3] for key in rows if key[1] is PeriodBasis.DELIVERY and key[2] is Grain.DAY}
    assert by_delivery == {facts.delivered_at.date()}


def test_a_parcel_not_delivered_has_no_delivery_rows():
    facts = FACTS["S4"]
    rows = rollup_rows([(placed(facts), contribution(facts, NOW), 1)])
    assert {key[1] for key in rows} == {PeriodBasis.DISPATCH, PeriodBasis.ORDER}


def test_a_recount_without_change_writes_nothing_and_a_move_only_the_rows_that_moved():
    facts = FACTS["S1"]
    dims, tally = placed(facts), contribution(facts, NOW)
    assert rollup_rows([(dims, tally, -1), (dims, tally, 1)]) == {}
    elsewhere = replace(dims, destination="AT")
    moved = rollup_rows([(dims, tally, -1), (elsewhere, tally, 1)])
    assert all(row["shipments"] in (1, -1) for row in moved.values())
    # the totals and the service rows do not keep the destination: unchanged, not written
    assert {kind_of(key) for key in moved} == {
        "detail",
        "carrier_service_destination",
        "service_lane",
    }


def test_tallies_of_shipments_on_the_same_row_add_up():
    rows = rollup_rows([(placed(f), contribution(f, NOW), 1) for f in (FACTS["S1"], FACTS["S2"])])
    month = ("", PeriodBasis.DISPATCH, Grain.MONTH)
    totals = [row for key, row in rows.items() if key[:3] == month and kind_of(key) == "total"]
    assert [t["shipments"] for t in totals] == [2]
    assert totals[0]["transit_cal:9"] == totals[0]["transit_cal:12"] == 1


def _person(uow: FakeUnitOfWork, name: str, role: Role) -> User:
    user = User(f"usr_{name}", f"{name}@example.com", role, NOW)
    uow.users.add(user)
    return user


def test_an_admin_names_a_seller_by_e_mail_or_id(uow: FakeUnitOfWork) -> None:
    admin = _person(uow, "admin", Role.ADMIN)
    seller = _person(uow, "s1", Role.SELLER)
    _person(uow, "b1", Role.BUYER)
    chosen = analytics.seller_chosen
    assert chosen(uow=uow, user=admin, text="s1@example.com") == seller
    assert chosen(uow=uow, user=admin, text="usr_s1") == seller
    assert chosen(uow=uow, user=admin, text="") is None  # every seller
    for nobody in ("b1@example.com", "usr_b1", "nobody@example.com", "usr_nobody"):
        with pytest.raises(ValidationFailed):
            chosen(uow=uow, user=admin, text=nobody)
    with pytest.raises(PermissionDenied):  # a seller reads their own, and names nobody
        chosen(uow=uow, user=seller, text="usr_s1")
    assert chosen(uow=uow, user=seller, text="") is None
