"""Bad input never crashes, is bounded, and never backtracks catastrophically."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parceltrail.domain.numbers import detect, extract, validate_for_carrier
from tests.hang_guard import finishes

NASTY = [
    "",
    " ",
    "\n\n",
    "x" * 10_000,
    "1" * 10_000,
    "\x00\x01\x02\xff",
    "😀📦🚚",
    "'; DROP TABLE shipments; --",
    "<script>alert('x')</script>",
    "1Z" + "9" * 99,
    "RR" + "1" * 98,
    "Tracking number:" * 500,
    "\ud800",
    "٣٤٥٦٧٨٩٠١٢٣٤",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_input_is_invalid_with_a_reason(text):
    result = finishes(lambda: detect(text))
    assert not result.valid
    assert result.message
    assert len(result.to_dict()["input"]) <= 121


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_detect_never_raises(text):
    result = detect(text)
    assert isinstance(result.valid, bool)
    assert result.to_dict()["message"]


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -.", max_size=60))
@settings(max_examples=300, deadline=None)
def test_detect_never_raises_on_number_like_text(text):
    result = detect(text)
    for candidate in result.candidates:
        assert 0 <= candidate.score <= 100
        if candidate.evidence == "shape":
            assert not candidate.certain


@given(st.text(max_size=500))
@settings(max_examples=100, deadline=None)
def test_extract_and_override_never_raise(text):
    extract(text)
    validate_for_carrier(text, "ups")


def test_long_text_extraction_is_bounded():
    finishes(lambda: extract("1Z5R89390357567127 " * 2_000 + "x" * 100_000), budget=20.0)
