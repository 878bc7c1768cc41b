"""The public lookup as a use case on the in-memory unit of work: numbers from a box, what a
number says of itself, and a standalone tracking started for a new one."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.services import lookup
from parceltrail.services.lookup import Starter
from parceltrail.services.standalone import StandaloneCaps
from tests.unit.services.conftest import T0, Pollable
from tests.unit.services.fakes import FakeUnitOfWork

STARTER = Starter(Pollable("china_post"), "203.0.113.7", StandaloneCaps(10, 100))


def test_a_box_gives_distinct_numbers_from_a_list_or_from_text() -> None:
    assert lookup.numbers_in("RR123456785CN\nrr 123 456 785 cn, RR876543216CN") == (
        ["RR123456785CN", "RR876543216CN"], 0,
    )
    many = "\n".join(f"RR{n:08d}{0}CN" for n in range(25))
    found, left_out = lookup.numbers_in(many)
    assert (len(found), left_out) == (lookup.MAX_NUMBERS, 5)


def test_an_unknown_number_is_detected_and_not_tracked_without_a_starter(
    uow: FakeUnitOfWork,
) -> None:
    with uow:
        seen = lookup.look_up(uow=uow, number="rr123456785cn", now=T0, viewer=None)
    assert (seen.number, seen.carrier, seen.tracking, seen.polling) == (
        "RR123456785CN", "china_post", None, None,
    )
    assert uow.store.shipments == {}
    with pytest.raises(ValidationFailed, match="1 to 64"), uow:
        lookup.look_up(uow=uow, number="", now=T0, viewer=None)


def test_a_starter_tracks_a_new_number_and_the_next_lookup_finds_its_schedule(
    uow: FakeUnitOfWork,
) -> None:
    with uow:
        started = lookup.look_up(uow=uow, number="RR123456785CN", now=T0, viewer=None,
                                 starter=STARTER)
    assert started.polling is not None
    assert (started.polling.started, started.tracking is not None) == (True, True)
    with uow:
        again = lookup.look_up(uow=uow, number="RR123456785CN", now=T0 + timedelta(minutes=1),
                               viewer=None, starter=STARTER)
    assert again.polling is not None
    assert (again.polling.started, again.polling.first_scan_pending) == (False, True)
    assert len(uow.store.shipments) == 1
