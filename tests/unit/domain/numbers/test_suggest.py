"""Suggestions for invalid numbers, stated whole: each number, its change, its carriers, the order.

Inputs are single changes of the directory's own examples (UPS 1Z5R89390357567127,
China Post RR473124829CN and Colissimo 6A16723741816, with their sources in the data files).
"""

from __future__ import annotations

import pytest

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.plan import plan_for
from parceltrail.domain.numbers.suggest import (
    _S10_CHECK_BY_REMAINDER,
    MAX_SUGGESTIONS,
    _confusable_variants,
    _transpositions,
    _worth_trying,
    checked_carriers,
    could_suggest,
)

UPS = ("ups",)
CHINA_POST = ("china_post",)


@pytest.mark.parametrize(
    ("typed", "suggestions"),
    [
        (
            "1Z5R8939O357567127",  # O for 0: the confusable comes first
            [
                ("1Z5R89390357567127", "O -> 0 at position 9", UPS),
                ("1Z5R8399O357567127", "swapped 93 -> 39 at positions 6-7", UPS),
                ("1Z5R8993O357567127", "swapped 39 -> 93 at positions 7-8", UPS),
                ("1Z5R8939O357567121", "check digit 7 -> 1 at position 18", UPS),
            ],
        ),
        (
            "1Z5R89390357567128",  # the check digit wrong
            [
                ("1Z58R9390357567128", "swapped R8 -> 8R at positions 4-5", UPS),
                ("1Z5R98390357567128", "swapped 89 -> 98 at positions 5-6", UPS),
                ("1Z5R89390357657128", "swapped 56 -> 65 at positions 13-14", UPS),
                ("1Z5R89390357567127", "check digit 8 -> 7 at position 18", UPS),
            ],
        ),
        (
            "RR473124289CN",  # S10 with 82 swapped
            [
                ("RR473124829CN", "swapped 28 -> 82 at positions 9-10", CHINA_POST),
                ("RR473124280CN", "check digit 9 -> 0 at position 11", CHINA_POST),
            ],
        ),
        (
            "RR473124892CN",  # the last serial digit swapped with the check digit
            [
                ("RR473124982CN", "swapped 89 -> 98 at positions 9-10", CHINA_POST),
                ("RR473124829CN", "swapped 92 -> 29 at positions 10-11", CHINA_POST),
                ("RR473124894CN", "check digit 2 -> 4 at position 11", CHINA_POST),
            ],
        ),
        (
            "RR473142829CN",
            [
                ("RR473124829CN", "swapped 42 -> 24 at positions 7-8", CHINA_POST),
                ("RR473142822CN", "check digit 9 -> 2 at position 11", CHINA_POST),
            ],
        ),
        ("RR4731248Z9CN", [("RR473124829CN", "Z -> 2 at position 10", CHINA_POST)]),
        (
            "6A16729741816",  # more than five fixes: the first five, check-digit fix left out
            [
                ("6A16792741816", "swapped 29 -> 92 at positions 6-7", None),
                ("6A16727941816", "swapped 97 -> 79 at positions 7-8", None),
                ("6A16729471816", "swapped 74 -> 47 at positions 8-9", None),
                ("6A16729748116", "swapped 18 -> 81 at positions 10-11", None),
                ("6A16729741186", "swapped 81 -> 18 at positions 11-12", None),
            ],
        ),
    ],
)
def test_suggestions_in_order(typed: str, suggestions: list[tuple[str, str, object]]) -> None:
    result = detect(typed)
    assert result.status == "invalid"
    got = [(s.number, s.change, s.carriers) for s in result.suggestions]
    assert [(n, c) for n, c, _ in got] == [(n, c) for n, c, _ in suggestions]
    for (_, _, carriers), (_, _, expected) in zip(got, suggestions, strict=True):
        if expected is not None:
            assert carriers == expected
        assert carriers  # every suggestion passes some carrier's check digit
    assert len(got) <= MAX_SUGGESTIONS == 5


def test_no_suggestion_for_valid_numbers_all_digits_or_two_confusables() -> None:
    assert detect("1Z5R89390357567127").suggestions == ()
    assert detect("RR473124829CN").suggestions == ()
    assert detect("79927398710").suggestions == ()  # all digits: a swap would be a guess
    assert detect("1Z5R8939O35756712B").suggestions == ()  # two changes needed


def test_checked_carriers() -> None:
    directory = load_directory()
    assert checked_carriers("1Z5R89390357567127", directory) == UPS
    assert checked_carriers("1Z5R89390357567128", directory) == ()
    assert checked_carriers("RR473124829CN", directory) == CHINA_POST
    assert checked_carriers("QQQ", directory) == ()


def test_worth_trying_looks_at_the_first_two_characters_and_the_first_ones_partner() -> None:
    directory = load_directory()
    assert _worth_trying("1Z5R89390357567128", directory) is True
    assert _worth_trying("I25R89390357567128", directory) is True  # I may be a 1
    assert _worth_trying("Z15R89390357567128", directory) is True  # the second is a 1
    assert _worth_trying("QQQQ", directory) is False
    assert _worth_trying("Q", directory) is False


def test_could_suggest_asks_the_relaxed_patterns() -> None:
    plan = plan_for(load_directory())
    assert could_suggest("1Z5R8939O357567127", plan) is True
    assert could_suggest("1Z5R8939O35756712X", plan) is False
    assert could_suggest("QQ", plan) is False


def test_the_s10_check_digit_rule() -> None:
    # 11 - (sum mod 11); 10 is written 0 and 11 is written 5 (UPU S10, 4.3)
    assert [_S10_CHECK_BY_REMAINDER[t % 11] for t in (0, 1, 2, 10, 11, 12, 21, 22)] == [
        "5",
        "0",
        "9",
        "1",
        "5",
        "0",
        "1",
        "5",
    ]


def test_confusable_variants_one_at_a_time_then_all_of_a_kind() -> None:
    assert list(_confusable_variants("O0OS")) == [
        ("00OS", "O -> 0 at position 1"),
        ("OOOS", "0 -> O at position 2"),
        ("O00S", "O -> 0 at position 3"),
        ("O0O5", "S -> 5 at position 4"),
        ("000S", "every O -> 0"),
    ]
    assert list(_confusable_variants("AXY")) == []


def test_transpositions_skip_equal_neighbours() -> None:
    assert list(_transpositions("AAB1")) == [
        ("ABA1", "swapped AB -> BA at positions 2-3"),
        ("AA1B", "swapped B1 -> 1B at positions 3-4"),
    ]
    assert list(_transpositions("A")) == []
