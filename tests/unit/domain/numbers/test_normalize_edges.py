"""Normalization at its limits: each length bound exactly, every path (plain, separated,
labelled, non-ASCII) giving the same answer, the echo of rejected input, and USPS routing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parceltrail.domain.numbers.normalize import (
    MAX_LENGTH,
    MAX_RAW_LENGTH,
    MIN_LENGTH,
    Normalized,
    normalize,
    normalize_parts,
    strip_usps_routing,
)


def test_the_bounds() -> None:
    assert (MIN_LENGTH, MAX_LENGTH, MAX_RAW_LENGTH) == (6, 100, 300)


@pytest.mark.parametrize(
    "spell",
    [
        lambda v: v,  # plain ASCII letters and digits
        lambda v: v.lower(),
        lambda v: " ".join(v),  # separated
        lambda v: f"Tracking number: {v}",  # labelled
        lambda v: f"{v} (note)",  # a trailing note
        lambda v: f"«{v}»",  # non-ASCII surroundings
        lambda v: f"运单号：{v}",  # a non-ASCII label
    ],
)
def test_each_path_gives_the_same_value_at_each_length_bound(spell: Callable[[str], str]) -> None:
    assert normalize_parts(spell("A" * 5)) == ("A" * 5, "too short", None)
    assert normalize_parts(spell("A" * 6)) == ("A" * 6, None, None)
    assert normalize_parts(spell("A" * 100)) == ("A" * 100, None, None)
    assert normalize_parts(spell("A" * 101)) == ("A" * 100, "too long", None)


@pytest.mark.parametrize("length", [300, 301])
def test_raw_text_longer_than_300_characters_is_not_read(length: int) -> None:
    plain = "9" * length
    expected = ("9" * 100, "too long", None) if length == 300 else ("", "too long", None)
    assert normalize_parts(plain) == expected
    spaced = "9 " * (length // 2) + "9" * (length % 2)
    assert len(spaced) == length
    assert normalize_parts(spaced) == expected
    unicode_text = "９" * length
    assert normalize_parts(unicode_text) == expected


def test_text_that_is_not_a_string_is_empty() -> None:
    assert normalize_parts(None) == ("", "empty", None)
    assert normalize(123) == Normalized("", "empty")


@pytest.mark.parametrize("text", ["", "  \t", "\u3000", "()", "-- . --", "«»", "Tracking number:"])
def test_nothing_left_is_empty(text: str) -> None:
    assert normalize_parts(text) == ("", "empty", None)


@pytest.mark.parametrize(
    ("text", "echo"),
    [
        ("1Z5R#8939", "1Z5R#8939"),
        ("LK12345678\x00CN", "LK12345678?CN"),
        ("LK123456785CN😀", "LK123456785CN😀"),
        ("ab\u200bcd", "AB?CD"),
    ],
)
def test_unexpected_characters_are_echoed_safely(text: str, echo: str) -> None:
    assert normalize_parts(text) == (echo, "unexpected characters", None)


def test_the_echo_of_rejected_input_is_bounded() -> None:
    value, problem, _ = normalize_parts("#" * 250)
    assert (value, problem) == ("#" * 100, "unexpected characters")


def test_ok_means_no_problem() -> None:
    assert Normalized("LK123456785CN").ok
    assert not Normalized("LK1", "too short").ok


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Track & Trace: 3SABCD1234567", "3SABCD1234567"),
        ("Parcel no. RR473124829CN", "RR473124829CN"),
        ("Delivery ID 1Z5R89390357567127", "1Z5R89390357567127"),
        ("Waybill: 1234567890", "1234567890"),
        ("numéro de suivi : 6A12345678901", "6A12345678901"),
        ("трек-номер: RR473124829CN", "RR473124829CN"),
        ("お問い合わせ番号 123456789012", "123456789012"),
        ("Consignment 123456789", "123456789"),
        ("Shipping code: LP00123456789012", "LP00123456789012"),
        ("Package #ZZ1234567", "ZZ1234567"),
        ("your tracking number: ZZ1234567", "ZZ1234567"),
    ],
)
def test_leading_labels_are_dropped(text: str, value: str) -> None:
    assert normalize_parts(text) == (value, None, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ORDER1234567", "ORDER1234567"),  # starts like a label, but is not one
        ("parcel1234567", "PARCEL1234567"),
        ("AIR1234567", "AIR1234567"),
        ("Numb3r5Only", "NUMB3R5ONLY"),
    ],
)
def test_words_that_only_start_like_labels_are_kept(text: str, value: str) -> None:
    assert normalize(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("RR473124829CN [gift]", "RR473124829CN"),
        ("RR473124829CN（礼物）", "RR473124829CN"),
        ("RR473124829CN (a note longer than forty characters is not a note)", None),
    ],
)
def test_trailing_notes_are_dropped_when_short(text: str, value: str | None) -> None:
    found = normalize(text)
    if value is None:
        assert found.problem == "unexpected characters"
    else:
        assert (found.value, found.problem) == (value, None)


@pytest.mark.parametrize(
    ("value", "number", "routing"),
    [
        ("420100233424" + "9200190132607600833457", "9200190132607600833457", "420100233424"),
        ("42022153" + "9101026837331000039521", "9101026837331000039521", "42022153"),
        ("42022153" + "91234567890123456789", "91234567890123456789", "42022153"),  # 20 digits
        ("42022153" + "9512345678901234567890123456", None, None),  # 28: not an IMpb length
        ("42022153" + "9612345678901234567890", None, None),  # 96: not a package code
        ("42022153" + "8112345678901234567890", None, None),  # 8: not a package code
    ],
)
def test_a_usps_routing_prefix_is_split_only_before_a_package_code(
    value: str, number: str | None, routing: str | None
) -> None:
    found = strip_usps_routing(value)
    assert (found.value, found.routing) == (number or value, routing)
    assert normalize(value).value == (number or value)


def test_only_all_digit_numbers_starting_420_carry_routing() -> None:
    assert strip_usps_routing("LK123456785CN") == Normalized("LK123456785CN")
    assert strip_usps_routing("420A2153" + "9101026837331000039521").routing is None
