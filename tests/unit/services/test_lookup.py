"""The tracking box: which parts of what was pasted are numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from parceltrail.services.lookup import looks_like_a_number, numbers_in

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
