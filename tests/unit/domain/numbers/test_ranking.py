"""Scores, reasons, certainty and status of format matches, rule by rule (see ``detect``).

Formats are made here with exactly the property each rule reads, so every number in the
scoring formula (bases, bonuses, the mismatch penalty, the clamps) is stated once.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.matching import FormatMatch
from parceltrail.domain.numbers.model import CheckSpec, NumberFormat
from parceltrail.domain.numbers.ranking import (
    CHECK_DIGIT_MISMATCH,
    evidence_for,
    evidence_of,
    order,
    problem_of,
    rank,
    reason_of,
    score_of,
    status_of,
    strong,
)
from parceltrail.domain.numbers.results import Candidate

LUHN = CheckSpec("luhn")


def make(fmt_id: str = "f", carrier: str = "acme", **fields: Any) -> NumberFormat:
    values: dict[str, Any] = {
        "id": fmt_id,
        "carrier": carrier,
        "name": fields.pop("name", f"{fmt_id} name"),
        "regex": re.compile(r"^\d+$"),
        "min_length": 10,
        "max_length": 10,
        "first_chars": frozenset("1"),
        "confidence": "high",
    }
    values.update(fields)
    return NumberFormat(**values)


def match(
    fmt: NumberFormat, passed: bool | None, carrier: str | None = None, **kw: Any
) -> FormatMatch:
    return FormatMatch(fmt, fmt.carrier if carrier is None else carrier, passed, **kw)


# --- evidence and score -------------------------------------------------------------------


def test_evidence_is_the_strongest_a_match_offers() -> None:
    assert evidence_of(match(make(prefixes=("AB",)), True)) == "check_digit"
    assert evidence_of(match(make(prefixes=("AB",)), None)) == "unique_prefix"
    assert evidence_of(match(make(scheme="s10"), None)) == "unique_prefix"
    assert evidence_of(match(make(prefixes=("A",)), None)) == "shape"
    assert evidence_of(match(make(), None)) == "shape"


@pytest.mark.parametrize(
    ("fields", "evidence", "score"),
    [
        ({}, "check_digit", 60 + 25),
        ({}, "unique_prefix", 40 + 25),
        ({}, "shape", 15 + 25),
        ({"confidence": "medium"}, "shape", 15 + 12),
        ({"confidence": "low"}, "shape", 15),
        ({"prefixes": ("AB",)}, "check_digit", 60 + 25 + 10),
        ({"prefixes": ("A",)}, "check_digit", 60 + 25),
        ({"prefixes": ("AB",)}, "unique_prefix", 40 + 25),
        ({"unique_prefix": True, "prefixes": ("AB",)}, "unique_prefix", 40 + 25 + 5),
        ({"priority": 3}, "shape", 15 + 25 + 3),
        ({"priority": 9}, "shape", 15 + 25 + 5),
        ({"priority": -4}, "shape", 15 + 25 - 4),
        ({"priority": -9}, "shape", 15 + 25 - 5),
        ({"prefixes": ("AB",), "unique_prefix": True, "priority": 9}, "check_digit", 100),
        ({"confidence": "low", "priority": -9}, "shape", 10),
    ],
)
def test_score_follows_the_formula(fields: dict[str, Any], evidence: Any, score: int) -> None:
    assert score_of(make(**fields), evidence) == score


def test_reasons_say_why_in_a_few_words() -> None:
    assert reason_of(make(check=LUHN), "check_digit") == "check digit passed (luhn)"
    assert reason_of(make(), "check_digit") == "check digit passed (?)"
    assert (
        reason_of(make(check=LUHN, prefixes=("AB", "CD")), "check_digit")
        == "check digit passed (luhn); prefix AB/CD"
    )
    assert (
        reason_of(make(check=LUHN, prefixes=("AB",), unique_prefix=True), "check_digit")
        == "check digit passed (luhn); unique prefix AB"
    )
    assert (
        reason_of(make(prefixes=("AB",), unique_prefix=True), "unique_prefix")
        == "unique prefix AB; this format has no check digit"
    )
    assert (
        reason_of(make(prefixes=("AB",)), "unique_prefix")
        == "prefix AB; this format has no check digit"
    )
    assert reason_of(make(), "shape") == "length and character pattern only; no check digit"


def test_strong_evidence_needs_high_confidence() -> None:
    long_checked = make(min_length=12)
    assert strong(long_checked, "check_digit") is True
    assert strong(make(min_length=11), "check_digit") is False
    assert strong(make(min_length=11, prefixes=("AB",)), "check_digit") is True
    assert strong(make(min_length=11, scheme="s10"), "check_digit") is True
    assert strong(make(min_length=12, confidence="medium"), "check_digit") is False
    assert strong(make(prefixes=("AB",), unique_prefix=True), "unique_prefix") is True
    assert strong(make(prefixes=("AB",), unique_prefix=False), "unique_prefix") is False
    assert (
        strong(make(prefixes=("AB",), unique_prefix=True, confidence="low"), "unique_prefix")
        is False
    )
    assert strong(make(prefixes=("AB",), unique_prefix=True), "shape") is False


# --- rank ----------------------------------------------------------------------------------


def test_a_lone_strong_match_is_certain_with_its_score_and_reason() -> None:
    fmt = make("acme_f", check=LUHN, prefixes=("AB",), unique_prefix=True)
    (candidate,) = rank([match(fmt, True)])
    assert candidate == Candidate(
        "acme",
        "acme_f",
        100,
        "check digit passed (luhn); unique prefix AB",
        True,
        "check_digit",
        "high",
        None,
    )


def test_candidates_are_ordered_by_score_then_priority_then_carrier() -> None:
    shape_b = make("b_f", carrier="bravo")
    shape_a = make("a_f", carrier="alpha")
    prio = make("p_f", carrier="papa", priority=1, name="p")
    best = make("c_f", carrier="charlie", check=LUHN, min_length=12)
    candidates = rank(
        [match(shape_b, None), match(shape_a, None), match(prio, None), match(best, True)]
    )
    assert [c.carrier for c in candidates] == ["charlie", "papa", "alpha", "bravo"]
    assert [c.score for c in candidates] == [85, 41, 40, 40]
    # charlie's bare check digit is strong, but formats proven by real numbers (high
    # confidence here) fit by their shape, and they are what a passing check digit cannot
    # tell apart: not certain
    assert [c.certain for c in candidates] == [False, False, False, False]


def test_a_bare_check_digit_is_certain_when_only_unproven_shapes_fit() -> None:
    best = make("c_f", carrier="charlie", check=LUHN, min_length=12)
    unproven = make("u_f", carrier="uniform", confidence="low")
    candidates = rank([match(unproven, None), match(best, True)])
    assert [(c.carrier, c.certain) for c in candidates] == [("charlie", True), ("uniform", False)]


def test_a_bare_check_digit_is_contested_by_a_medium_shape_of_another_carrier() -> None:
    # the SF Express case: a 12-digit SF waybill passes FedEx's mod 11 one time in eleven
    fedex = make("fedex_12", carrier="fedex", check=LUHN, min_length=12)
    sf = make("sf_12", carrier="sf", confidence="medium")
    candidates = rank([match(sf, None), match(fedex, True)])
    assert [(c.carrier, c.certain) for c in candidates] == [("fedex", False), ("sf", False)]
    assert status_of([match(sf, None), match(fedex, True)], candidates) == "ambiguous"


def test_a_check_digit_behind_a_literal_prefix_is_not_contested_by_shapes() -> None:
    best = make("c_f", carrier="charlie", check=LUHN, min_length=12, prefixes=("AB",))
    shape = make("s_f", carrier="sierra", confidence="high")
    candidates = rank([match(shape, None), match(best, True)])
    assert [(c.carrier, c.certain) for c in candidates] == [("charlie", True), ("sierra", False)]


def test_priority_breaks_a_tie_of_equal_scores() -> None:
    # equal scores from different parts of the formula: 15 + 12 + 5 + 5 and 15 + 25 - 3
    first = make("t1", carrier="bbb", priority=5, confidence="medium", unique_prefix=True)
    second = make("t2", carrier="aaa", priority=-3, confidence="high")
    assert score_of(first, "shape") == score_of(second, "shape") == 37
    ranked = rank([match(second, None), match(first, None)])
    assert [c.carrier for c in ranked] == ["bbb", "aaa"]


# --- the prior: published parcels a year, for candidates tied on everything else ------------


def test_a_tie_is_ordered_by_the_carriers_published_volume() -> None:
    small = make("s", carrier="aaa", confidence="medium")
    large = make("l", carrier="zzz", confidence="medium")
    tied = [match(small, None), match(large, None)]
    assert score_of(small, "shape") == score_of(large, "shape")
    ranked = rank(tied, {"aaa": 862_000_000, "zzz": 11_100_000_000})
    assert [c.carrier for c in ranked] == ["zzz", "aaa"]
    assert [c.score for c in ranked] == [27, 27]  # the prior orders, it never scores


def test_a_carrier_without_a_volume_comes_after_every_carrier_with_one_then_by_code() -> None:
    fmts = [make(f"f{code}", carrier=code) for code in ("bbb", "ccc", "aaa", "ddd")]
    ranked = rank([match(f, None) for f in fmts], {"ccc": 5, "ddd": 7})
    assert [c.carrier for c in ranked] == ["ddd", "ccc", "aaa", "bbb"]
    # with no figures at all the stated fallback is the carrier code
    assert [c.carrier for c in rank([match(f, None) for f in fmts])] == [
        "aaa",
        "bbb",
        "ccc",
        "ddd",
    ]


def test_check_digit_and_prefix_evidence_beat_any_volume() -> None:
    checked = make("c", carrier="tiny", check=LUHN, confidence="low")
    prefixed = make("p", carrier="small", prefixes=("AB",), confidence="low")
    shaped = make("s", carrier="huge", confidence="high")
    volumes = {"huge": 30_200_000_000, "small": 2, "tiny": 1}
    ranked = rank([match(shaped, None), match(prefixed, None), match(checked, True)], volumes)
    assert [(c.carrier, c.evidence) for c in ranked] == [
        ("tiny", "check_digit"),
        ("small", "unique_prefix"),
        ("huge", "shape"),
    ]


def test_at_equal_score_the_stronger_evidence_comes_before_the_volume() -> None:
    # a high shape (15 + 25) and a low prefix (40 + 0) score the same 40
    shaped = make("s", carrier="huge", confidence="high")
    prefixed = make("p", carrier="small", prefixes=("AB",), confidence="low")
    assert score_of(shaped, "shape") == score_of(prefixed, "unique_prefix") == 40
    ranked = rank([match(shaped, None), match(prefixed, None)], {"huge": 10**10, "small": 1})
    assert [(c.carrier, c.evidence) for c in ranked] == [
        ("small", "unique_prefix"),
        ("huge", "shape"),
    ]


def test_a_higher_priority_still_comes_before_a_larger_volume() -> None:
    # equal scores from different parts of the formula: 15 + 12 + 5 + 5 and 15 + 25 - 3
    first = make("t1", carrier="low", priority=5, confidence="medium", unique_prefix=True)
    second = make("t2", carrier="high", priority=-3, confidence="high")
    assert score_of(first, "shape") == score_of(second, "shape")
    ranked = rank([match(second, None), match(first, None)], {"high": 10**10})
    assert [c.carrier for c in ranked] == ["low", "high"]


def test_the_sort_key_reads_score_priority_evidence_confidence_shared_volume_then_code() -> None:
    # each key decides only where every key before it is equal; the formula gives no two
    # candidates of equal score, priority and evidence but different confidence today, so the
    # confidence key is checked here, on the key itself. Session 12 (s12-ranking) put the S10
    # issuer's own carrier before an operator that also issues under its code ("shared")
    # ahead of the volume: the issuer code names the issuer first, whatever the prior says.
    keys = [  # worst first
        order(27, 0, "shape", "medium", 10**10, "big", shared=True),
        order(27, 0, "shape", "medium", 0, "zzz"),
        order(27, 0, "shape", "medium", 0, "aaa"),
        order(27, 0, "shape", "medium", 10**10, "big"),
        order(27, 0, "shape", "high", 0, "zzz", shared=True),
        order(27, 0, "shape", "high", 0, "zzz"),
        order(27, 0, "unique_prefix", "low", 0, "zzz"),
        order(27, 1, "shape", "low", 0, "zzz"),
        order(28, -1, "shape", "low", 0, "zzz"),
    ]
    assert sorted(keys) == keys[::-1]


def test_mismatched_prefixes_follow_the_same_prior() -> None:
    a = make("a", carrier="aaa", prefixes=("AB",), unique_prefix=True, check=LUHN)
    b = make("b", carrier="bbb", prefixes=("AC",), unique_prefix=True, check=LUHN)
    failed = [match(a, False), match(b, False)]
    assert [c.carrier for c in rank(failed)] == ["aaa", "bbb"]
    assert [c.carrier for c in rank(failed, {"bbb": 3})] == ["bbb", "aaa"]


def test_one_candidate_per_carrier_its_best_format() -> None:
    weak = make("weak", carrier="acme")
    good = make("good", carrier="acme", check=LUHN, min_length=12)
    (candidate,) = rank([match(weak, None), match(good, True)])
    assert candidate.format == "good"
    other = make("other", carrier="beta", confidence="medium")
    candidates = rank([match(weak, None), match(good, True), match(other, None)])
    assert [(c.carrier, c.format, c.confidence) for c in candidates] == [
        ("acme", "good", "high"),
        ("beta", "other", "medium"),
    ]


def test_failed_and_carrierless_matches_are_not_candidates_while_a_valid_one_exists() -> None:
    failed = make("failed", carrier="beta", prefixes=("AB",), unique_prefix=True, check=LUHN)
    scheme = make("scheme", carrier="")
    fine = make("fine", carrier="acme")
    candidates = rank([match(failed, False), match(scheme, None), match(fine, None)])
    assert [c.carrier for c in candidates] == ["acme"]
    assert candidates[0].certain is False  # a shape is never certain


def test_a_strong_best_is_not_certain_when_another_carrier_has_prefix_evidence() -> None:
    best = make("best", carrier="acme", check=LUHN, min_length=12)
    other = make("other", carrier="beta", prefixes=("AB",))
    candidates = rank([match(best, True), match(other, None)])
    assert [c.carrier for c in candidates] == ["acme", "beta"]
    assert [c.certain for c in candidates] == [False, False]


def test_the_same_carrier_twice_does_not_spoil_certainty() -> None:
    best = make("best", carrier="acme", check=LUHN, min_length=12)
    again = make("again", carrier="acme", prefixes=("AB",))
    (candidate,) = rank([match(best, True), match(again, None)])
    assert candidate.certain is True


def test_an_s10_match_gives_its_note_as_reason() -> None:
    s10 = make("s10", carrier="", scheme="s10", min_length=13, check=CheckSpec("s10"))
    (candidate,) = rank([match(s10, True, carrier="royal_mail", note="issuer GB (Royal Mail)")])
    assert candidate.reason == "S10 check digit passed; issuer GB (Royal Mail)"
    assert candidate.carrier == "royal_mail"
    assert candidate.certain is True


def test_an_operator_sharing_an_s10_issuer_code_comes_after_the_issuer_and_spoils_certainty() -> (
    None
):
    s10 = make("s10", carrier="", scheme="s10", min_length=13, check=CheckSpec("s10"))
    issuer = match(s10, True, carrier="royal_mail", note="issued by Royal Mail (GB)", issuer="GB")
    shared = match(
        s10, True, carrier="aaa_parcels", note="AAA also issues S10 numbers under GB", shared=True
    )
    # the shared operator's code sorts first and its volume is larger: the issuer still leads
    candidates = rank([shared, issuer], {"aaa_parcels": 10**10})
    assert [c.carrier for c in candidates] == ["royal_mail", "aaa_parcels"]
    assert [c.score for c in candidates] == [candidates[0].score] * 2
    assert [c.certain for c in candidates] == [False, False]
    assert candidates[1].reason == "S10 check digit passed; AAA also issues S10 numbers under GB"


def test_a_unique_prefix_whose_check_digit_fails_names_its_carrier_with_a_warning() -> None:
    fmt = make("acme_f", prefixes=("AB",), unique_prefix=True, check=LUHN, confidence="medium")
    (candidate,) = rank([match(fmt, False)])
    assert candidate == Candidate(
        "acme",
        "acme_f",
        40 + 12 + 5 - 30,
        f"unique prefix AB; {CHECK_DIGIT_MISMATCH}",
        False,
        "unique_prefix",
        "medium",
        CHECK_DIGIT_MISMATCH,
    )


def test_mismatch_candidates_keep_each_carriers_best_and_sort_by_score() -> None:
    low = make("low", carrier="acme", prefixes=("AB",), unique_prefix=True, confidence="low")
    high = make("high", carrier="acme", prefixes=("AC",), unique_prefix=True)
    other = make("other", carrier="beta", prefixes=("BE",), unique_prefix=True, confidence="medium")
    shared = make("shared", carrier="gamma", prefixes=("GA",), unique_prefix=False)
    floor = make(
        "floor",
        carrier="delta",
        prefixes=("DE",),
        unique_prefix=True,
        confidence="low",
        priority=-5,
    )
    candidates = rank(
        [
            match(low, False),
            match(high, False),
            match(other, False),
            match(shared, False),
            match(floor, False),
            match(make(carrier=""), False),
        ]
    )
    assert [(c.carrier, c.format, c.score) for c in candidates] == [
        ("acme", "high", 40 + 25 + 5 - 30),
        ("beta", "other", 40 + 12 + 5 - 30),
        ("delta", "floor", 40 + 5 - 5 - 30),
    ]
    reordered = rank([match(high, False), match(low, False)])
    assert [c.format for c in reordered] == ["high"]
    twin = make("twin", carrier="acme", prefixes=("AD",), unique_prefix=True)
    assert [c.format for c in rank([match(high, False), match(twin, False)])] == ["high"]


def test_equal_mismatch_scores_sort_by_carrier() -> None:
    one = make("one", carrier="zulu", prefixes=("ZU",), unique_prefix=True)
    two = make("two", carrier="alpha", prefixes=("AL",), unique_prefix=True)
    assert [c.carrier for c in rank([match(one, False), match(two, False)])] == ["alpha", "zulu"]


def test_no_match_no_candidate() -> None:
    assert rank([]) == ()


# --- status, evidence, problem ------------------------------------------------------------


def candidate(
    carrier: str = "acme",
    *,
    certain: bool = False,
    confidence: str = "high",
    warning: str | None = None,
    evidence: Any = "shape",
) -> Candidate:
    return Candidate(carrier, "f", 50, "why", certain, evidence, confidence, warning)


def test_status_of_valid_candidates() -> None:
    assert status_of([], (candidate(certain=True),)) == "detected"
    assert status_of([], (candidate(), candidate("beta", certain=True))) == "ambiguous"
    assert status_of([], (candidate(confidence="medium"),)) == "ambiguous"
    assert status_of([], (candidate(confidence="low", certain=True),)) == "unconfirmed"
    assert (
        status_of([], (candidate(warning="w"), candidate("b", confidence="low"))) == "unconfirmed"
    )


def test_status_without_valid_candidates() -> None:
    scheme = make("scheme", carrier="")
    assert status_of([match(scheme, None)], ()) == "no_carrier_data"
    assert status_of([match(scheme, True)], ()) == "no_carrier_data"
    assert status_of([match(scheme, False)], ()) == "invalid"
    assert status_of([match(make(carrier="", confidence="low"), None)], ()) == "invalid"
    assert status_of([match(make(), None)], ()) == "invalid"  # a carrier's match is no "no data"
    assert status_of([], (candidate(warning="w"),)) == "invalid"
    assert status_of([], ()) == "invalid"


def test_evidence_for_a_valid_status_is_the_first_confirmed_candidates() -> None:
    candidates = (
        candidate("a", warning="w", evidence="unique_prefix"),
        candidate("b", confidence="low", evidence="check_digit"),
        candidate("c", evidence="shape"),
        candidate("d", evidence="check_digit"),
    )
    assert evidence_for("ambiguous", [], candidates) == "shape"
    assert evidence_for("detected", [], candidates) == "shape"


def test_evidence_for_no_carrier_data_is_the_strongest_match() -> None:
    shape = match(make(carrier=""), None)
    prefix = match(make(carrier="", prefixes=("AB",)), None)
    checked = match(make(carrier=""), True)
    failed = match(make(carrier=""), False)
    assert evidence_for("no_carrier_data", [shape, prefix], ()) == "unique_prefix"
    assert evidence_for("no_carrier_data", [shape, checked, prefix], ()) == "check_digit"
    assert evidence_for("no_carrier_data", [failed, shape], ()) == "shape"
    assert evidence_for("no_carrier_data", [failed], ()) is None


def test_no_evidence_for_a_status_that_is_not_valid() -> None:
    confirmed = (candidate(evidence="check_digit"),)
    assert evidence_for("invalid", [], confirmed) is None
    assert evidence_for("unconfirmed", [], confirmed) is None


def test_the_problem_names_the_first_format_whose_check_digit_failed() -> None:
    first = make("first", name="Acme parcel")
    second = make("second", name="Beta parcel")
    assert problem_of([match(make(), None), match(first, False), match(second, False)]) == (
        "the check digit does not match (Acme parcel)"
    )
    assert problem_of([match(make(), None)]) == (
        "it does not match any known tracking-number format"
    )
    assert problem_of([]) == "it does not match any known tracking-number format"


def test_the_directorys_volumes_order_a_real_tie_through_detect() -> None:
    # an SF Express waybill of the train rows (keqin-inc/UnifiedExpress tests/test-SF.js): five
    # 12-digit shapes of medium confidence tie (YTO's since session 13), and the published
    # parcels a year order them; 4PX's bare 12 digits and SkyNet Malaysia's and SMSA Express's
    # 12 digits starting 2 tie too, and without a figure they come last (in code order)
    directory = load_directory()
    found = detect("234816261524")
    assert found.carriers == (
        "sf_express",
        "sto",
        "yto",
        "cj_logistics",
        "gls",
        "4px",
        "skynet_my",
        "smsa_express",
    )
    assert len({c.score for c in found.candidates}) == 1
    volumes = [directory.volumes.get(c, 0) for c in found.carriers]
    assert volumes == sorted(volumes, reverse=True)
    assert volumes[-1] == 0
