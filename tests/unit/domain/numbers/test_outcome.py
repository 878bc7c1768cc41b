"""The detection hot path's outcome: the fast paths agree with the general one, and each
part of an outcome (fix, suggestibility, JSON fragment, problems) says what it should.

Numbers: UPS's documented test number; RR473124829CN an S10 number (China Post) with its
right check digit, RR473124820CN the same with a wrong one (the shortcut tests use both).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from parceltrail.domain.numbers import load_directory
from parceltrail.domain.numbers.matching import match_formats, s10_info
from parceltrail.domain.numbers.messages import detection_message
from parceltrail.domain.numbers.outcome import (
    _derive,
    invalid_message,
    match_key,
    problem_outcome,
    resolve,
    suggestions_for,
    suggestions_of,
    worth_suggesting,
)
from parceltrail.domain.numbers.plan import Plan, plan_for
from parceltrail.domain.numbers.suggest import suggest

UPS, UPS_BAD = "1Z999AA10123456784", "1Z999AA10123456785"
S10, S10_BAD, S10_UNKNOWN_ISSUER = "RR473124829CN", "RR473124820CN", "RR473124820QX"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return plan_for(load_directory())


def _samples(plan: Plan) -> list[str]:
    """Every format's valid examples, each with its last character changed, and junk."""
    values = [UPS, UPS_BAD, S10, S10_BAD, S10_UNKNOWN_ISSUER, "ZZZZ", "123456789012"]
    for number_format in plan.formats:
        for example in number_format.examples:
            value = "".join(ch for ch in example.number.upper() if ch.isalnum())
            if value:
                last = "0" if value[-1] != "0" else "1"
                values += [value, value[:-1] + last]
    return values


def test_resolving_agrees_with_deriving_from_the_full_key(plan: Plan) -> None:
    for value in _samples(plan):
        outcome, s10_match, failed = resolve(value, plan)
        key, key_s10, key_failed = match_key(value, plan)
        assert failed == key_failed, value
        assert (s10_match is None) == (key_s10 is None), value
        if s10_match is not None and key_s10 is not None:
            assert s10_match.group(0) == key_s10.group(0), value
        s10 = s10_info(key_s10, plan.directory) if key_s10 is not None else None
        assert outcome == _derive(key, plan, s10), value


def test_a_number_no_format_fits_has_one_remembered_outcome(plan: Plan) -> None:
    outcome, s10_match, failed = resolve("ZZZZ", plan)
    assert (s10_match, failed) == (None, False)
    assert outcome is plan.no_match
    assert resolve("QQQQ", plan)[0] is outcome
    assert outcome.status == "invalid"
    assert outcome.problem == "it does not match any known tracking-number format"
    assert match_key("ZZZZ", plan) == ((), None, False)


def test_an_outcome_is_remembered_by_its_key(plan: Plan) -> None:
    first = resolve(UPS, plan)[0]
    assert resolve(UPS, plan)[0] is first
    assert first.status == "detected"
    assert first.valid
    assert [c.carrier for c in first.candidates] == ["ups"]


def test_a_failed_check_and_the_s10_near_miss_fix(plan: Plan) -> None:
    outcome, s10_match, failed = resolve(S10_BAD, plan)
    assert failed
    assert s10_match is not None
    assert s10_match.group(0) == S10_BAD
    assert outcome.status == "invalid"
    assert not outcome.valid
    assert outcome.problem == "the check digit does not match (UPU S10)"
    assert outcome.s10_fix is not None
    index, carrier = outcome.s10_fix
    assert carrier == "china_post"
    assert plan.formats[index].scheme == "s10"
    assert outcome.suggestible


def test_a_right_s10_number_has_no_fix(plan: Plan) -> None:
    outcome, s10_match, failed = resolve(S10, plan)
    assert not failed
    assert s10_match is not None
    assert outcome.valid
    assert outcome.s10_fix is None
    assert [c.carrier for c in outcome.candidates] == ["china_post"]


def test_an_s10_check_failing_under_an_unknown_issuer_is_not_suggestible(plan: Plan) -> None:
    outcome, _, failed = resolve(S10_UNKNOWN_ISSUER, plan)
    assert failed
    assert outcome.s10_fix is None
    assert not outcome.suggestible
    assert not worth_suggesting(S10_UNKNOWN_ISSUER, outcome, failed, plan)


def test_another_schemes_failed_check_is_suggestible_without_an_s10_fix(plan: Plan) -> None:
    outcome, s10_match, failed = resolve(UPS_BAD, plan)
    assert failed
    assert s10_match is None
    assert outcome.s10_fix is None
    assert outcome.suggestible
    assert worth_suggesting(UPS_BAD, outcome, failed, plan)


def test_worth_suggesting_only_for_invalid_numbers_a_fix_could_help(plan: Plan) -> None:
    valid, _, failed = resolve(UPS, plan)
    assert not worth_suggesting(UPS, valid, failed, plan)
    nothing, _, failed = resolve("ZZZZ", plan)
    assert not failed
    # No check failed: only a number of a (length, first character) a fix can reach.
    assert worth_suggesting("ZZZZ", nothing, False, plan) == ((4, "Z") in plan.fixable)
    assert (len(UPS_BAD), "1") in plan.fixable
    assert worth_suggesting("1Z999AA1012345678Z", nothing, False, plan)


def _fragment(tail: str) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads("{" + tail + "}")
    return parsed


def test_the_json_fragment_holds_the_outcome_without_suggestions(plan: Plan) -> None:
    outcome = resolve(UPS, plan)[0]
    fragment = _fragment(outcome.json_tail)
    assert list(fragment) == [
        "carriers",
        "candidates",
        "suggestions",
        "message",
        "status",
        "evidence",
        "warnings",
    ]
    assert fragment["carriers"] == ["ups"]
    assert fragment["candidates"] == [c.to_dict() for c in outcome.candidates]
    assert fragment["suggestions"] == []
    assert fragment["message"] == outcome.message
    assert fragment["status"] == "detected"
    assert fragment["evidence"] == outcome.evidence == "check_digit"
    assert fragment["warnings"] == []
    assert ", " not in outcome.json_tail  # compact


def test_the_json_fragment_lists_each_carrier_and_warning_once(plan: Plan) -> None:
    outcome = resolve("00340434161094015902", plan)[0]  # DHL Paket, karrio's fixtures
    fragment = _fragment(outcome.json_tail)
    carriers = [c.carrier for c in outcome.candidates]
    assert fragment["carriers"] == list(dict.fromkeys(carriers))
    warnings = [c.warning for c in outcome.candidates if c.warning]
    assert fragment["warnings"] == list(dict.fromkeys(warnings))


def test_a_rejected_input_has_a_remembered_problem_outcome(plan: Plan) -> None:
    outcome = problem_outcome("too_short", plan)
    assert outcome.status == "invalid"
    assert outcome.candidates == ()
    assert outcome.problem == "too_short"
    assert not outcome.valid
    assert outcome.evidence is None
    assert outcome.message == detection_message("invalid", (), (), "too_short", plan.directory)
    assert _fragment(outcome.json_tail) == {
        "carriers": [],
        "candidates": [],
        "suggestions": [],
        "message": outcome.message,
        "status": "invalid",
        "evidence": None,
        "warnings": [],
    }
    assert problem_outcome("too_short", plan) is outcome
    assert problem_outcome("empty", plan).problem == "empty"


def test_suggestions_take_the_s10_shortcut_or_the_full_search(plan: Plan) -> None:
    directory = plan.directory
    outcome, s10_match, failed = resolve(S10_BAD, plan)
    shortcut = suggestions_of(S10_BAD, outcome, s10_match, failed, plan)
    assert "RR473124829CN" in {s.number for s in shortcut}
    assert shortcut == suggest(S10_BAD, match_formats(S10_BAD, directory), directory)
    # Without the match the full search runs, and finds the same.
    assert suggestions_of(S10_BAD, outcome, None, failed, plan) == shortcut
    ups, _, ups_failed = resolve(UPS_BAD, plan)
    expected = suggest(UPS_BAD, match_formats(UPS_BAD, directory), directory)
    assert suggestions_of(UPS_BAD, ups, None, ups_failed, plan) == expected


def test_no_suggestions_for_digits_alone_or_where_no_confusable_can_help(plan: Plan) -> None:
    assert suggestions_for("123456789013", True, plan) == ()
    assert suggestions_for("ZZZZ", False, plan) == ()
    # A failed check always gets the full search, confusables or not.
    directory = plan.directory
    assert suggestions_for(UPS_BAD, True, plan) == suggest(
        UPS_BAD, match_formats(UPS_BAD, directory), directory
    )


def test_the_invalid_message_names_the_suggestions_when_there_are_some(plan: Plan) -> None:
    outcome, s10_match, failed = resolve(S10_BAD, plan)
    fixes = suggestions_of(S10_BAD, outcome, s10_match, failed, plan)
    assert fixes
    assert invalid_message(outcome, (), plan) == outcome.message
    message = invalid_message(outcome, fixes, plan)
    assert message == detection_message(
        "invalid", outcome.candidates, fixes, outcome.problem, plan.directory
    )
    assert message != outcome.message
