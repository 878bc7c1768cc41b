"""Identifiers: random ones, and ones that sort by when they were made."""

from __future__ import annotations

import pytest

from parceltrail.domain.ids import _ALPHABET, new_id, new_sorted_id

# Crockford's base 32: digits and the letters that cannot be read as another (no i, l, o, u).
BASE32 = "0123456789abcdefghjkmnpqrstvwxyz"


def test_random_ids_have_the_prefix_and_sixteen_characters() -> None:
    made = new_id("usr")
    assert made.startswith("usr_")
    assert len(made) == 20
    assert made != new_id("usr")


def test_sorted_ids_sort_by_the_millisecond_they_were_made() -> None:
    millis = [1_700_000_000_000, 1_700_000_000_001, 1_700_000_031_000, 1_800_000_000_000]
    made = [new_sorted_id("shp", millis=m) for m in millis]
    assert sorted(made) == made


def test_sorted_ids_of_one_millisecond_differ_in_their_random_tail() -> None:
    first, second = (new_sorted_id("shp", millis=1_700_000_000_000) for _ in range(2))
    assert first[:13] == second[:13]  # the prefix and the time
    assert first != second
    assert len(first) == 24


def test_sorted_ids_made_now_sort_after_ids_of_the_past() -> None:
    assert new_sorted_id("ord") > new_sorted_id("ord", millis=1_700_000_000_000)


def test_ids_are_made_of_base32_characters_only() -> None:
    assert _ALPHABET == BASE32
    tails = [new_id("x")[2:] for _ in range(50)] + [new_sorted_id("x")[2:] for _ in range(50)]
    assert set("".join(tails)) <= set(BASE32)
    assert len(set("".join(tails))) > 16  # random over the whole alphabet, not a part of it


@pytest.mark.parametrize(
    ("millis", "stamp"),
    [
        (0, "000000000"),
        (1, "000000001"),
        (31, "00000000z"),
        (32, "000000010"),
        (1_700_000_000_000, "1hf7yat00"),
        (2**45 - 1, "zzzzzzzzz"),
    ],
)
def test_the_time_is_nine_base32_digits_of_milliseconds(millis: int, stamp: str) -> None:
    made = new_sorted_id("shp", millis=millis)
    assert made[:13] == "shp_" + stamp
    assert len(made) == 4 + 9 + 11
