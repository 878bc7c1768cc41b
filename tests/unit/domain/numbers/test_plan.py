"""The detection plan's tables: buckets by length and first character, check verifiers,
the confusable filter per (length, first character), and the bounded outcome table.

79927398713 is the classic Luhn example (check digit 3).
"""

from __future__ import annotations

import re
from typing import Any

from parceltrail.domain.numbers.directory import CarrierDirectory, build_directory
from parceltrail.domain.numbers.plan import Plan, _always, plan_for, verifier
from tests.unit.domain.numbers.made import carrier, fmt

LUHN_OK, LUHN_BAD = "79927398713", "79927398710"


def directory_of(*formats: dict[str, Any], code: str = "acme") -> CarrierDirectory:
    return build_directory([("t.json", {"carriers": [carrier(code, *formats)]})])


def only_format(**changes: Any) -> Any:
    raw = fmt("f", r"^(?P<payload>\d{10})(?P<check>\d)$", 11, first="digit", **changes)
    return directory_of(raw).formats[0]


def test_no_check_no_verifier() -> None:
    assert verifier(only_format()) is None


def test_a_payload_group_is_checked_against_the_check_group() -> None:
    verify = verifier(only_format(check={"algorithm": "luhn", "payload": "payload"}))
    assert verify is not None
    number_format = only_format()
    assert verify(number_format.regex.match(LUHN_OK)) is True
    assert verify(number_format.regex.match(LUHN_BAD)) is False


def test_without_a_payload_group_the_payload_is_all_before_the_check() -> None:
    raw = fmt("f", r"^\d{10}(?P<check>\d)$", 11, first="digit", check={"algorithm": "luhn"})
    number_format = directory_of(raw).formats[0]
    verify = verifier(number_format)
    assert verify is not None
    assert verify(number_format.regex.match(LUHN_OK)) is True
    assert verify(number_format.regex.match(LUHN_BAD)) is False


def test_a_prepended_text_counts_in_the_check() -> None:
    # "7" + "992739871" is the Luhn payload of the classic example
    with_group = fmt(
        "g",
        r"^X(?P<payload>\d{9})(?P<check>\d)$",
        11,
        prefixes=["X"],
        check={"algorithm": "luhn", "payload": "payload", "prepend": "7"},
    )
    without_group = fmt(
        "h",
        r"^\d{9}(?P<check>\d)$",
        10,
        first="digit",
        check={"algorithm": "luhn", "prepend": "7"},
    )
    directory = directory_of(with_group, without_group)
    grouped, plain = directory.formats
    assert verifier(grouped)(grouped.regex.match("X9927398713")) is True  # type: ignore[misc]
    assert verifier(grouped)(grouped.regex.match("X9927398710")) is False  # type: ignore[misc]
    assert verifier(plain)(plain.regex.match("9927398713")) is True  # type: ignore[misc]
    assert verifier(plain)(plain.regex.match("9927398714")) is False  # type: ignore[misc]


def test_buckets_hold_match_verifier_keys_and_s10_flag_per_length_and_first_char() -> None:
    checked = fmt(
        "checked",
        r"^(?P<payload>\d{10})(?P<check>\d)$",
        11,
        first="7",
        check={"algorithm": "luhn", "payload": "payload"},
    )
    plain = fmt("plain", r"^7\d{9,10}$", [10, 11], first="7", priority=1)
    directory = directory_of(checked, plain)
    plan = Plan(directory)
    assert plan.directory is directory
    assert plan.formats == directory.formats
    assert set(plan.by_length) == {10, 11}
    assert set(plan.by_length[11]) == {"7"}
    (plain_entry,) = plan.by_length[10]["7"]
    first, second = plan.by_length[11]["7"]  # the higher priority first
    match, verify, keys, is_s10 = second
    assert match(LUHN_OK) is not None
    assert match("7" * 12) is None
    assert verify is not None
    assert verify(match(LUHN_OK)) is True  # type: ignore[arg-type]
    assert keys == {True: (0, True), False: (0, False), None: (0, None)}
    assert is_s10 is False
    assert first[1] is None  # the plain format has no check
    assert first[2][None] == (1, None)
    assert plain_entry[2][True] == (1, True)
    assert plan.outcomes == {}
    assert plan.problems == {}
    assert plan.no_match is None


def test_an_s10_entry_is_flagged() -> None:
    s10 = fmt(
        "s10",
        r"^(?P<service>[A-Z]{2})\d{8}(?P<check>\d)(?P<country>[A-Z]{2})$",
        13,
        first="alpha",
        scheme="s10",
    )
    plan = Plan(build_directory([("t.json", {"schemes": [s10]})]))
    assert all(entry[3] for entry in plan.by_length[13]["R"])


def _luhn_after_1() -> dict[str, object]:
    """A checked format: "1", nine payload digits, a Luhn check digit."""
    return fmt(
        "checked",
        r"^1(?P<payload>\d{9})(?P<check>\d)$",
        11,
        first="1",
        check={"algorithm": "luhn", "payload": "payload"},
    )


def test_the_confusable_filter_covers_checked_formats_and_partner_first_characters() -> None:
    checked = _luhn_after_1()
    unchecked = fmt("unchecked", r"^A\d{5}$", 6, first="A")
    plan = Plan(directory_of(checked, unchecked))
    assert set(plan.fixable) == {(11, "1"), (11, "I")}  # "I" read for "1" too
    for first in "1I":
        accepts = plan.fixable[(11, first)]
        assert accepts("1992739871O")  # O for 0 still fits the relaxed pattern
        assert accepts("I9927398713")
        assert not accepts("19927398X13")


def test_a_filter_is_compiled_on_first_use_and_then_called_directly() -> None:
    checked = _luhn_after_1()
    plan = Plan(directory_of(checked))
    first_use = plan.fixable[(11, "1")]
    assert first_use("1992739871O")
    compiled = plan.fixable[(11, "1")]
    assert compiled is not first_use
    assert isinstance(getattr(compiled, "__self__", None), re.Pattern)  # a pattern's own match
    assert not compiled("19927398X13")


def test_a_format_whose_pattern_cannot_be_relaxed_is_always_tried() -> None:
    raw = fmt(
        "wide",
        r"^(?=7)\d{10}(?P<check>\d)$",
        11,
        first="7",
        check={"algorithm": "luhn"},
    )
    plan = Plan(directory_of(raw))
    assert plan.fixable[(11, "7")] is _always
    assert _always("anything") is True


def test_the_filter_of_a_length_joins_every_checked_format_of_it() -> None:
    one = fmt("one", r"^7\d{9}(?P<check>\d)$", 11, first="7", check={"algorithm": "luhn"})
    two = fmt("two", r"^7[A-Z]{9}(?P<check>\d)$", 11, first="7", check={"algorithm": "luhn"})
    plan = Plan(directory_of(one, two))
    accepts = plan.fixable[(11, "7")]
    assert accepts("79927398713")
    assert accepts("7ABCDEFGHX3")
    assert not accepts("7ABCD5678X3")


def test_the_outcome_table_is_cleared_when_full() -> None:
    # Filled to its bound rather than given a smaller one: the compiled Plan (mypyc) keeps
    # MAX_OUTCOMES in its own layout, which an assignment in a test would not reach alike.
    plan = Plan(directory_of())
    assert plan.MAX_OUTCOMES == 50_000
    for n in range(plan.MAX_OUTCOMES - 1):
        plan.remember(n, n)
    assert plan.remember("b", 2) == 2
    assert len(plan.outcomes) == 50_000
    assert plan.outcomes["b"] == 2
    assert plan.remember("c", 3) == 3
    assert plan.outcomes == {"c": 3}


def test_the_plan_is_built_once_per_directory() -> None:
    directory = directory_of()
    plan = plan_for(directory)
    assert directory.plan is plan
    assert plan_for(directory) is plan
    directory.plan = "not a plan"
    rebuilt = plan_for(directory)
    assert isinstance(rebuilt, Plan)
    assert rebuilt is not plan
    assert directory.plan is rebuilt


def test_buckets_with_a_checked_format_besides_the_s10_scheme_are_known() -> None:
    s10 = fmt(
        "s10",
        r"^(?P<service>[A-Z]{2})(?P<serial>\d{8})(?P<check>\d)(?P<country>[A-Z]{2})$",
        13,
        first="alpha",
        scheme="s10",
        check={"algorithm": "s10", "payload": "serial"},
    )
    other = fmt("r13", r"^R\d{11}(?P<check>\d)$", 13, first="R", check={"algorithm": "luhn"})
    plain = fmt("plain13", r"^Q\d{12}$", 13, first="Q")
    directory = build_directory(
        [("t.json", {"schemes": [s10], "carriers": [carrier("acme", other, plain)]})]
    )
    assert Plan(directory).checked_beyond_s10 == {(13, "R")}


def test_the_filter_covers_one_character_numbers() -> None:
    raw = fmt("one", r"^(?P<check>\d)$", 1, first="digit", check={"algorithm": "luhn"})
    plan = Plan(directory_of(raw))
    assert (1, "7") in plan.fixable
    assert (1, "O") in plan.fixable  # O may be a 0


def test_a_verifier_passes_the_formats_parameters_to_its_algorithm() -> None:
    # weights 3,1 over 1234567 give check digit 0; weights 1,3 would give 8
    raw = fmt(
        "weighted",
        r"^(?P<payload>\d{7})(?P<check>\d)$",
        8,
        first="digit",
        check={"algorithm": "mod10_weights", "payload": "payload", "weights": [3, 1]},
    )
    number_format = directory_of(raw).formats[0]
    verify = verifier(number_format)
    assert verify is not None
    assert verify(number_format.regex.match("12345670")) is True  # type: ignore[arg-type]
    assert verify(number_format.regex.match("12345678")) is False  # type: ignore[arg-type]
