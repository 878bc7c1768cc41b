"""Fixed-width formats tested by position give the regex's answers, and their check digits the
regex verifier's, on every format of the directory."""

from __future__ import annotations

import random
import string

import pytest

from parceltrail.domain.numbers import load_directory
from parceltrail.domain.numbers.model import NumberFormat
from parceltrail.domain.numbers.plan import shape_verifier, verifier
from parceltrail.domain.numbers.shapes import shape_of, shape_test

CANONICAL = string.ascii_uppercase + string.digits
FORMATS = [f for f in load_directory().formats if f.scheme != "s10"]


def _near(number: str, rnd: random.Random) -> str:
    """number with one to three positions changed to random canonical characters."""
    chars = list(number)
    for _ in range(rnd.randint(1, 3)):
        chars[rnd.randrange(len(chars))] = rnd.choice(CANONICAL)
    return "".join(chars)


def _inputs(fmt: NumberFormat, width: int, rnd: random.Random) -> list[str]:
    """The format's examples, their near variants, random digits and random canonical text of
    its width (and one character either side of it)."""
    examples = [e.number for e in fmt.examples if e.number.isalnum()]
    found = [*examples, *(_near(x, rnd) for x in examples for _ in range(40))]
    for length in (width - 1, width, width + 1):
        found += ["".join(rnd.choice(string.digits) for _ in range(length)) for _ in range(60)]
        found += ["".join(rnd.choice(CANONICAL) for _ in range(length)) for _ in range(60)]
    return [x for x in found if x]


def test_most_formats_have_a_shape() -> None:
    shaped = [f for f in FORMATS if shape_of(f.regex.pattern) is not None]
    assert len(shaped) >= len(FORMATS) * 3 // 4


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.id)
def test_a_shape_answers_as_its_regex(fmt: NumberFormat) -> None:
    shape = shape_of(fmt.regex.pattern)
    if shape is None:
        pytest.skip("not a fixed-width pattern: its regex is used")
    test = shape_test(shape)
    check = shape_verifier(fmt, shape)
    regex_check = verifier(fmt)
    rnd = random.Random(fmt.id)
    for number in _inputs(fmt, shape[0], rnd):
        m = fmt.regex.match(number)
        assert (test(number) is not None) == (m is not None), number
        if m is not None and check is not None and regex_check is not None:
            assert check(number) == regex_check(m), number


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?P<prefix>10|11)(?P<serial>\d{8})$",  # alternation
        r"^(?P<serial>\d{11,12})$",  # a variable count
        r"^J?JD(?P<serial>\d{16})$",  # an optional character
        r"^(?:20|59)(?P<serial>\d{12})$",  # a group without a name
        r"^(?=7)\d{10}$",  # a lookahead
        r"^[^A]\d{5}$",  # a negated class
        r"\d{12}$",  # not anchored
        r"^(?P<serial>\d{4}){2}$",  # a repeated group
    ],
)
def test_patterns_that_are_not_a_fixed_sequence_have_no_shape(pattern: str) -> None:
    assert shape_of(pattern) is None


def test_a_shape_gives_its_width_runs_and_group_spans() -> None:
    width, runs, spans = shape_of(r"^YT(?P<serial>\d{14})(?P<check>[0-9A-Z])(?P<c>[A-C])$") or (
        0,
        (),
        {},
    )
    assert width == 18
    assert runs == (
        (0, 2, "literal", "YT"),
        (2, 16, "digits", ""),
        (16, 17, "any", ""),
        (17, 18, "set", "ABC"),
    )
    assert spans == {"serial": (2, 16), "check": (16, 17), "c": (17, 18)}


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        (r"^\d{6}$", "123456", "12345A"),
        (r"^LP(?P<serial>\d{4})$", "LP1234", "LQ1234"),
        (r"^4PX(?P<serial>\d{3})CN$", "4PX123CN", "4PX123CA"),
        (r"^(?P<p>[A-Z]{2})(?P<serial>\d{3})$", "AB123", "A1123"),
        (r"^[CDK]\d{2}$", "K12", "E12"),
    ],
)
def test_each_kind_of_shape_test(pattern: str, yes: str, no: str) -> None:
    shape = shape_of(pattern)
    assert shape is not None
    test = shape_test(shape)
    assert test(yes) == yes
    assert test(no) is None
    assert test(yes + "1") is None  # its width only
