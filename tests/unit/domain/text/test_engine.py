"""Choosing between matches, on a small language written here: priority, then confidence, then
the earliest; negation and future cues within three words; a real conflict lowers confidence."""

from __future__ import annotations

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._classifier import classify_rules
from parceltrail.domain.text._engine import CompiledLanguage, Hit
from parceltrail.domain.text._fold import tokens
from parceltrail.domain.text._model import Language, markers, rule

DELIVERED = rule("t.delivered", S.DELIVERED, r"delivered")
RETURNED = rule("t.returned", S.RETURNED, r"returned to sender")
TRANSIT = rule("t.transit", S.IN_TRANSIT, r"in transit", confidence=0.6)
ARRIVED = rule("t.arrived", S.ARRIVED_DESTINATION, r"arrived", confidence=0.95)
ARRIVED_LOW = rule("t.arrived_low", S.ARRIVED_DESTINATION, r"landed", confidence=0.8)
DELAY = rule("t.delay", S.DELAYED, r"delay")
HELD = rule("t.held", S.CUSTOMS_HELD, r"held", on_negation=None)

TEST = Language(
    code="tt",
    rules=(DELIVERED, RETURNED, TRANSIT, ARRIVED, ARRIVED_LOW, DELAY, HELD),
    negation=markers("not never"),
    irrealis=markers("will expected"),
    markers=markers("parcel"),
)
ENGINE = CompiledLanguage(TEST)


def best(text: str) -> Hit | None:
    positions, words = tokens(text)
    return ENGINE.best_at(text, positions, words)


def test_a_single_match_keeps_its_rule_status_and_confidence() -> None:
    assert best("parcel in transit") == Hit(TRANSIT, S.IN_TRANSIT, 0.6)
    assert best("parcel at the depot") is None


def test_higher_priority_wins_wherever_it_stands() -> None:
    # Two specific rules disagree: the return wins, less surely (0.9 x 0.9).
    assert best("delivered then returned to sender") == Hit(RETURNED, S.RETURNED, 0.81)
    assert best("in transit then returned to sender") == Hit(RETURNED, S.RETURNED, 0.9)


def test_at_equal_priority_the_surer_match_wins_and_then_the_earliest() -> None:
    assert best("landed and arrived") == Hit(ARRIVED, S.ARRIVED_DESTINATION, 0.95)
    assert best("arrived and arrived") == Hit(ARRIVED, S.ARRIVED_DESTINATION, 0.95)


def test_a_negated_match_means_its_negation_less_surely() -> None:
    assert best("not delivered") == Hit(DELIVERED, S.FAILED_ATTEMPT, 0.77)  # 0.9 x 0.85, rounded


def test_a_negated_match_without_a_meaning_is_dropped() -> None:
    assert best("never held") is None


@pytest.mark.parametrize("separator", [",", ".", ";", ":", "!", "?", "(", ")"])
def test_cues_count_only_inside_the_matchs_clause(separator: str) -> None:
    assert best(f"not a{separator} delivered") == Hit(DELIVERED, S.DELIVERED, 0.9)
    assert best(f"will{separator} held") == Hit(HELD, S.CUSTOMS_HELD, 0.9)
    # A cue after the clause's end still counts, and so does one before a slash or an unspaced
    # dash; a dash between spaces ends a clause ("Not Delivered - Incorrect Address").
    assert best(f"a{separator} not delivered") == Hit(DELIVERED, S.FAILED_ATTEMPT, 0.77)
    assert best("not-delivered") == Hit(DELIVERED, S.FAILED_ATTEMPT, 0.77)
    assert best("not - delivered") == Hit(DELIVERED, S.DELIVERED, 0.9)
    assert best("not – delivered") == Hit(DELIVERED, S.DELIVERED, 0.9)
    assert best("not a / delivered") == Hit(DELIVERED, S.FAILED_ATTEMPT, 0.77)


def test_clause_bound_negation_in_a_real_language() -> None:
    answers = {
        text: found.sub_status if (found := classify_rules(text)) else None
        for text in (
            "Zending niet bezorgd, adres onjuist",
            "Zending niet afgeleverd, geen brievenbus. Retour afzender.",
            "Zending niet bezorgd",
        )
    }
    assert list(answers.values()) == [S.ADDRESS_ISSUE, S.RETURNING, S.FAILED_ATTEMPT]


def test_cues_count_within_three_words_before_the_match() -> None:
    assert best("not a b delivered") == Hit(DELIVERED, S.FAILED_ATTEMPT, 0.77)
    assert best("not a b c delivered") == Hit(DELIVERED, S.DELIVERED, 0.9)
    assert best("delivered not") == Hit(DELIVERED, S.DELIVERED, 0.9)


def test_a_future_statement_counts_only_for_statuses_that_stay_true() -> None:
    assert best("will be delivered") is None
    assert best("expected delay") == Hit(DELAY, S.DELAYED, 0.9)


def test_a_conflict_between_specific_rules_lowers_the_winners_confidence() -> None:
    # Both at least 0.85 sure and saying different things: 0.9 x 0.9.
    assert best("delivered and arrived") == Hit(DELIVERED, S.DELIVERED, 0.81)
    # A vague rival (0.6) is no conflict.
    assert best("delivered in transit") == Hit(DELIVERED, S.DELIVERED, 0.9)


def test_only_words_that_can_start_a_rule_are_tried() -> None:
    assert ENGINE.scan.heads[2] >= {"del", "ret", "arr"}
    assert best("undelivered") is None  # "delivered" does not start a word here


CHINESE = Language(
    code="tz",
    rules=(rule("tz.delivered", S.DELIVERED, "签收"), rule("tz.transit", S.IN_TRANSIT, "运输中")),
    negation=frozenset({"未"}),
    irrealis=frozenset({"将"}),
    markers=frozenset(),
    word_boundaries=False,
)


@pytest.mark.parametrize(
    ("text", "status", "confidence"),
    [
        ("已签收", S.DELIVERED, 0.9),
        ("未签收", S.FAILED_ATTEMPT, 0.77),  # negation just before
        ("未然后签收", S.FAILED_ATTEMPT, 0.77),  # three characters before
        ("未然后再签收", S.DELIVERED, 0.9),  # four
        ("将签收", None, None),  # a future statement
        ("运输中", S.IN_TRANSIT, 0.9),
    ],
)
def test_languages_without_spaces_look_at_the_characters_before(
    text: str, status: S | None, confidence: float | None
) -> None:
    hit = CompiledLanguage(CHINESE).best_anywhere(text)
    assert (hit.sub_status if hit else None, hit.confidence if hit else None) == (
        status,
        confidence,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("已将签收", S.DELIVERED),  # 已将, "has …": past, not a future statement
        ("已将货签收", S.DELIVERED),
        ("将签收", None),
        ("已经将签收", None),  # only the character right before the cue makes it past
        # Only 已将: 已 before another cue (a pickup booked or arranged) is still to come.
        ("已预签收", None),
        ("已安排签收", None),
        ("已待签收", None),
    ],
)
def test_a_realis_pair_makes_its_irrealis_cue_past(text: str, status: S | None) -> None:
    past = Language(
        code="tz",
        rules=CHINESE.rules,
        negation=CHINESE.negation,
        irrealis=frozenset("将预安待"),
        markers=frozenset(),
        word_boundaries=False,
        realis=frozenset({"已将"}),
    )
    hit = CompiledLanguage(past).best_anywhere(text)
    assert (hit.sub_status if hit else None) == status
