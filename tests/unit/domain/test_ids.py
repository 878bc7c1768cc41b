"""Identifiers: random ones, and ones that sort by when they were made."""

from __future__ import annotations

from parceltrail.domain.ids import new_id, new_sorted_id


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
