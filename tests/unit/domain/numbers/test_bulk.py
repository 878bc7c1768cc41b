"""detect_json_lines equals detect().to_dict(); every input is bounded; the suggestion filter
is sound."""

import json
import random
import string

import pytest

from parceltrail.domain.numbers import detect, detect_json_lines, load_directory, normalize
from parceltrail.domain.numbers.plan import plan_for
from parceltrail.domain.numbers.relaxed import CONFUSABLES
from parceltrail.domain.numbers.suggest import could_suggest
from tests.hang_guard import finishes

DIRECTORY = load_directory()
EXAMPLES = [e.number for f in DIRECTORY.formats for e in f.examples]


def _expected(line: str) -> str:
    return json.dumps(detect(line).to_dict(), ensure_ascii=False, separators=(",", ":"))


def _junk(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + " -./:#()_\t"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 45))) for _ in range(count)]


def _variants(number: str) -> list[str]:
    return [
        number,
        number.lower(),
        f"Tracking number: {number}",
        f" {number} (note)",
        f"420902101234{number}",
        number[:-1] + ("0" if number[-1] != "0" else "1"),
        "".join(CONFUSABLES.get(c, c) for c in number),
    ]


NASTY = [
    "",
    " ",
    "x" * 10_000,
    "1" * 301,
    "9" * 101,
    "\x00\x01",
    "😀📦",
    "\ud800",
    "٣٤٥٦٧٨",
    "1Z" + "9" * 99,
    "RR" + "1" * 98,
    "Tracking number:" * 500,
    "RR473124820CN",
    "1Z5R8939O357567127",
    "RB123456785XX",
    "LK123456785CN",
    "ＲＲ４７３１２４８２９ＣＮ",
]


def test_json_lines_equal_detect_on_examples_and_their_variants():
    lines = [v for number in EXAMPLES for v in _variants(number)] + NASTY
    assert list(detect_json_lines(lines)) == [_expected(line) for line in lines]


def test_json_lines_equal_detect_on_junk():
    lines = _junk(3_000, seed=3)
    assert list(detect_json_lines(lines)) == [_expected(line) for line in lines]


def test_json_lines_are_single_lines_in_order():
    lines = ["1Z5R89390357567127", "junk", "LK123456785CN"]
    out = list(detect_json_lines(iter(lines)))
    assert [json.loads(o)["input"] for o in out] == lines
    assert all("\n" not in o for o in out)


@pytest.mark.parametrize("text", NASTY + [n + "9" * 90 for n in EXAMPLES[:20]])
def test_no_input_runs_away(text):
    finishes(lambda: (detect(text), list(detect_json_lines([text]))))


def test_no_random_input_runs_away():
    for text in _junk(2_000, seed=5) + [c * n for c in "019AZ" for n in (13, 18, 22, 34, 100)]:
        finishes(lambda text=text: detect(text))


def test_relaxed_filter_never_hides_a_confusable_fix():
    plan = plan_for(DIRECTORY)
    for number in EXAMPLES:
        value = normalize(number).value
        for i, char in enumerate(value):
            if char in CONFUSABLES:
                typo = value[:i] + CONFUSABLES[char] + value[i + 1 :]
                if detect(typo).suggestions:
                    assert could_suggest(typo, plan), typo


def test_every_pattern_has_a_relaxed_filter_accepting_its_examples():
    plan = plan_for(DIRECTORY)
    for fmt in DIRECTORY.formats:
        if fmt.check is None:
            continue
        for example in fmt.examples:
            value = normalize(example.number).value
            if example.valid:
                assert could_suggest(value, plan), (fmt.id, value)


def test_detection_keeps_no_per_input_cache():
    assert detect("1Z5R89390357567127") is not detect("1Z5R89390357567127")


def test_json_lines_equal_detect_on_s10_shaped_numbers_and_their_suggestions():
    """S10 numbers' "s10" member and invalid ones' suggestions are assembled from parts."""
    rnd = random.Random(11)
    issuers = ["CN", "GB", "US", "YP", "ZZ", "QQ", "DE"]
    lines = [
        "".join(rnd.choices(string.ascii_uppercase, k=2))
        + "".join(rnd.choices(string.digits, k=9))
        + rnd.choice(issuers)
        for _ in range(600)
    ]
    assert any('"suggestions":[{' in line for line in detect_json_lines(lines))
    assert list(detect_json_lines(lines)) == [_expected(line) for line in lines]
