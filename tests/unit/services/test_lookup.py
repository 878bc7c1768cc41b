"""The public lookup as a use case on the in-memory unit of work: numbers from a box, what a
number says of itself, and a standalone tracking started for a new one; which parts of what
was pasted are numbers."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.services import lookup
from parceltrail.services.lookup import Starter, looks_like_a_number, numbers_in
from parceltrail.services.standalone import StandaloneCaps
from tests.unit.services.conftest import T0, Pollable
from tests.unit.services.fakes import FakeUnitOfWork

STARTER = Starter(Pollable("china_post"), "203.0.113.7", StandaloneCaps(10, 100))


def test_a_box_gives_distinct_numbers_from_a_list_or_from_text() -> None:
    assert lookup.numbers_in("RR123456785CN\nrr 123 456 785 cn, RR876543216CN") == (
        ["RR123456785CN", "RR876543216CN"],
        0,
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
        "RR123456785CN",
        "china_post",
        None,
        None,
    )
    assert uow.store.shipments == {}
    with pytest.raises(ValidationFailed, match="1 to 64"), uow:
        lookup.look_up(uow=uow, number="", now=T0, viewer=None)


def test_a_starter_tracks_a_new_number_and_the_next_lookup_finds_its_schedule(
    uow: FakeUnitOfWork,
) -> None:
    with uow:
        started = lookup.look_up(
            uow=uow, number="RR123456785CN", now=T0, viewer=None, starter=STARTER
        )
    assert started.polling is not None
    assert (started.polling.started, started.tracking is not None) == (True, True)
    with uow:
        again = lookup.look_up(
            uow=uow,
            number="RR123456785CN",
            now=T0 + timedelta(minutes=1),
            viewer=None,
            starter=STARTER,
        )
    assert again.polling is not None
    assert (again.polling.started, again.polling.first_scan_pending) == (False, True)
    assert len(uow.store.shipments) == 1


MAIL = Path(__file__).resolve().parents[2] / "data" / "mails" / "shipped_order.txt"


def test_a_pasted_shipping_mail_gives_its_tracking_number_and_none_of_its_words() -> None:
    assert numbers_in(MAIL.read_text(encoding="utf-8")) == (["LX299455986CN"], 0)


def test_a_list_keeps_a_mistyped_number_so_the_page_can_say_what_is_wrong() -> None:
    numbers, left_out = numbers_in("LX29945598CN\nRR123456785CN, 1Z999AA10123456784")
    assert numbers == ["LX29945598CN", "RR123456785CN", "1Z999AA10123456784"]
    assert left_out == 0


@pytest.mark.parametrize(
    ("line", "number_like"),
    [
        ("AB 1234 5678", True),
        ("JD0001-2345-67", True),
        ("Hi Anna", False),
        ("Thank you for shopping with us!", False),
        ("Order: #4412", False),
        ("Call 555-0101", False),
        ("ABC12", False),  # fewer than four digits
        ("1" * 41, False),
    ],
)
def test_which_lines_read_as_a_number(line: str, number_like: bool) -> None:
    assert looks_like_a_number(line) is number_like
