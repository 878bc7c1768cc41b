"""The hot path's suggestion shortcuts answer exactly what the full suggestion search does."""

import random
import string

import pytest

from parceltrail.domain.numbers import load_directory, normalize
from parceltrail.domain.numbers.matching import match_formats
from parceltrail.domain.numbers.outcome import resolve, suggestions_of, worth_suggesting
from parceltrail.domain.numbers.plan import plan_for
from parceltrail.domain.numbers.suggest import suggest


def _s10_shaped(rnd: random.Random) -> str:
    letters = string.ascii_uppercase
    return (
        "".join(rnd.choices(letters, k=2))
        + "".join(rnd.choices(string.digits, k=9))
        + "".join(rnd.choices(letters, k=2))
    )


def _full_search(value: str) -> tuple:
    directory = load_directory()
    return suggest(value, match_formats(value, directory), directory)


@pytest.fixture(scope="module")
def plan():
    return plan_for(load_directory())


def test_an_s10_near_miss_under_a_known_issuer_gets_the_full_searchs_fixes(plan):
    outcome, s10_match, failed = resolve("RR473124820CN", plan)
    assert outcome.s10_fix is not None
    assert failed
    fixes = suggestions_of("RR473124820CN", outcome, s10_match, failed, plan)
    assert fixes == _full_search("RR473124820CN")
    assert "RR473124829CN" in {s.number for s in fixes}


def test_an_s10_check_failing_under_an_unknown_issuer_rules_out_suggestions(plan):
    value = "RR473124820QX"  # QX issues no S10 numbers we know of
    outcome, _, failed = resolve(value, plan)
    assert failed
    assert not outcome.suggestible
    assert not worth_suggesting(value, outcome, failed, plan)
    assert _full_search(value) == ()


def test_shortcuts_agree_with_the_full_search_on_random_s10_shaped_junk(plan):
    rnd = random.Random(20261206)
    for _ in range(3000):
        value = normalize(_s10_shaped(rnd)).value
        outcome, s10_match, failed = resolve(value, plan)
        if outcome.status != "invalid":
            continue
        expected = _full_search(value)
        if not worth_suggesting(value, outcome, failed, plan):
            assert expected == (), value
            continue
        assert suggestions_of(value, outcome, s10_match, failed, plan) == expected, value
