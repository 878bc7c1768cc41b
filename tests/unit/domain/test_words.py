"""Words: a sentence for people, its English text and its values, kept and read back as JSON."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from parceltrail.domain.words import N_, Words


def test_marking_a_text_returns_it_unchanged() -> None:
    assert N_("Delivered") == "Delivered"


def test_the_english_sentence_fills_the_fields_with_the_values() -> None:
    words = Words("{count} parcels since {day}, {who!r}", count=3, day=date(2027, 1, 5), who="Ann")
    assert str(words) == "3 parcels since 2027-01-05, 'Ann'"


def test_a_sentence_without_values_keeps_its_braces() -> None:
    # Without values the text is not formatted, so literal braces survive as written.
    assert str(Words("use {curly} braces")) == "use {curly} braces"


def test_repr_names_the_text_and_the_values() -> None:
    assert repr(Words("{n} days", n=2)) == "Words('{n} days', {'n': 2})"


def test_equal_words_have_the_same_text_and_values() -> None:
    assert Words("{n} days", n=2) == Words("{n} days", n=2)
    assert hash(Words("{n} days", n=2)) == hash(Words("{n} days", n=2))
    assert Words("{n} days", n=2) != Words("{n} days", n=3)
    assert Words("{n} days", n=2) != Words("{n} weeks", n=2)
    assert Words("{n} days", n=2) != "2 days"


def test_to_json_writes_dates_decimals_and_nested_words_as_json_keeps_them() -> None:
    at = datetime(2027, 3, 1, 8, 30, tzinfo=UTC)
    words = Words(
        "{amount} refunded on {day} at {at}: {why}",
        amount=Decimal("12.50"),
        day=date(2027, 3, 1),
        at=at,
        why=Words("{n} days late", n=4),
    )
    assert words.to_json() == {
        "text": "{amount} refunded on {day} at {at}: {why}",
        "values": {
            "amount": "12.50",
            "day": "2027-03-01",
            "at": "2027-03-01T08:30:00+00:00",
            "why": {"text": "{n} days late", "values": {"n": 4}},
        },
    }


def test_from_json_reads_back_what_to_json_kept() -> None:
    words = Words("{n} of {total} at {rate}: {why}", n=2, total="7", rate=0.5,
                  why=Words("{k} late", k=1))  # fmt: skip
    assert Words.from_json(words.to_json()) == words


def test_from_json_reads_words_without_values() -> None:
    assert Words.from_json({"text": "Delivered"}) == Words("Delivered")


@pytest.mark.parametrize(
    "kept",
    [
        None,
        "Delivered",
        ["Delivered"],
        {"values": {}},
        {"text": 3, "values": {}},
        {"text": "{flag}", "values": {"flag": True}},
        {"text": "{list}", "values": {"list": [1, 2]}},
        {"text": "{none}", "values": {"none": None}},
        {"text": "{odd}", "values": {"odd": {"not": "words"}}},
    ],
)
def test_from_json_answers_none_for_anything_to_json_did_not_write(kept: object) -> None:
    assert Words.from_json(kept) is None
