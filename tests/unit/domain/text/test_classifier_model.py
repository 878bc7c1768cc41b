"""How rules and a learned model share the answer, with a model built by hand, and the
language an answer is given in."""

from __future__ import annotations

import math

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text import classify, language_of
from parceltrail.domain.text._classifier import (
    MODEL_RULE_ID,
    OVERRULABLE,
    OVERRULE_AT,
    SURE,
    classify_rules,
    classify_using,
)
from parceltrail.domain.text._features import features
from parceltrail.domain.text._fold import MAX_CHARS, fold
from parceltrail.domain.text._learned import BIAS, Guess, LearnedModel
from parceltrail.domain.text._model import Classification

CLASSES = [S.LOST, S.DELIVERED]


def _model(*texts: str, weight: float = 1.0) -> LearnedModel:
    """A model that says "lost" for every feature of these texts (scores: ``weight`` each)."""
    weights: dict[str, tuple[float, ...]] = {BIAS: (0.0, 0.0)}
    for text in texts:
        weights.update(dict.fromkeys(features(fold(text)), (weight, 0.0)))
    return LearnedModel(CLASSES, weights, temperature=1.0, threshold=0.5, min_known=2)


def _guess_confidence(model: LearnedModel, text: str) -> float:
    guess = model.guess(fold(text))
    assert guess is not None
    return guess.confidence


def test_the_model_answers_where_no_rule_does_in_the_hinted_language() -> None:
    model = _model("qqq zzz")
    confidence = _guess_confidence(model, "qqq zzz")
    assert classify_using("qqq zzz", "pt-BR", model) == Classification(
        S.LOST, confidence, MODEL_RULE_ID, "pt"
    )
    # No hint and a Latin script: the language is undetermined.
    assert classify_using("qqq zzz", None, model) == Classification(
        S.LOST, confidence, MODEL_RULE_ID, "und"
    )


def test_without_a_hint_the_script_names_the_language_of_a_model_answer() -> None:
    model = _model("αβγ δεζ")
    answer = classify_using("αβγ δεζ", None, model)
    assert answer is not None
    assert (answer.rule_id, answer.language) == (MODEL_RULE_ID, "el")


def test_a_surer_model_overrules_an_unsure_rule_in_the_rules_language() -> None:
    text = "In transit"
    ruled = classify_rules(text)
    assert ruled is not None
    assert ruled.confidence == 0.75
    model = _model(text, weight=2.0)
    confidence = _guess_confidence(model, text)
    assert confidence > 0.75
    assert classify_using(text, None, model) == Classification(
        S.LOST, confidence, MODEL_RULE_ID, "en"
    )


def test_an_unsure_rule_at_least_as_sure_as_the_model_keeps_the_answer() -> None:
    text = "In transit"  # the rule: in transit at 0.75
    known = len(features(fold(text)))
    # Scores ln 3 against 0: the model says "lost" at exactly 3/4.
    even = _model(text, weight=math.log(3) / known)
    assert _guess_confidence(even, text) == 0.75
    assert classify_using(text, None, even) == classify_rules(text)
    # A little surer (ln 3.2: 0.76) and the model answers.
    surer = _model(text, weight=math.log(3.2) / known)
    assert _guess_confidence(surer, text) == 0.76
    answer = classify_using(text, None, surer)
    assert answer is not None
    assert (answer.sub_status, answer.rule_id) == (S.LOST, MODEL_RULE_ID)


class _Says(LearnedModel):
    """A model that gives one answer to every text, and counts how often it is asked."""

    def __init__(self, sub_status: S, confidence: float) -> None:
        super().__init__([sub_status, None], {}, temperature=1.0, threshold=0.5, min_known=1)
        self.answer = Guess(sub_status, confidence)
        self.asked = 0

    def guess(self, folded: str) -> Guess | None:
        self.asked += 1
        return self.answer


def test_a_sure_rule_of_a_status_not_overrulable_never_asks_the_model() -> None:
    model = _model("Delivered", weight=5.0)  # the model would say "lost", very surely
    answer = classify_using("Delivered", None, model)
    assert answer is not None
    assert answer.sub_status is S.DELIVERED
    assert answer.rule_id == "en.delivered"
    assert S.DELIVERED not in OVERRULABLE
    asked = _Says(S.LOST, 0.99)
    assert classify_using("Delivered", None, asked) == answer
    assert asked.asked == 0


@pytest.mark.parametrize(
    ("text", "rule_said"),
    [
        ("Shipment accepted", S.ACCEPTED),
        ("Shipment information received", S.INFO_RECEIVED),
        ("Customs clearance started", S.CUSTOMS_STARTED),
    ],
)
def test_a_very_sure_model_overrules_a_sure_rule_of_an_overrulable_status(
    text: str, rule_said: S
) -> None:
    ruled = classify_rules(text)
    assert ruled is not None
    assert (ruled.sub_status, ruled.confidence >= SURE) == (rule_said, True)
    assert rule_said in OVERRULABLE
    over = classify_using(text, None, _Says(S.IN_TRANSIT, OVERRULE_AT))
    assert over == Classification(S.IN_TRANSIT, OVERRULE_AT, MODEL_RULE_ID, "en")
    # Under OVERRULE_AT the sure rule stands, even where the model is surer than the rule.
    under = _Says(S.IN_TRANSIT, OVERRULE_AT - 0.01)
    assert classify_using(text, None, under) == ruled
    assert under.asked == 1
    # The model agreeing keeps the rule's answer and id.
    assert classify_using(text, None, _Says(rule_said, 0.99)) == ruled


def test_no_model_answer_leaves_the_rule_or_nothing() -> None:
    model = _model("something else entirely")
    assert classify_using("In transit", None, model) == classify_rules("In transit")
    assert classify_using("qqq zzz", None, model) is None


@pytest.mark.parametrize("text", ["", "   ", "!!!"])
def test_a_text_with_nothing_to_read_has_no_answer(text: str) -> None:
    assert classify_using(text, None, _model("qqq zzz")) is None
    assert classify(text) is None


def test_classify_refuses_what_is_not_text_without_raising() -> None:
    assert classify(5) is None  # type: ignore[arg-type]
    assert classify("Delivered", 5) is None  # type: ignore[arg-type]
    answer = classify("Delivered", None)
    assert answer is not None
    assert answer.sub_status is S.DELIVERED


def test_the_language_of_a_text() -> None:
    assert language_of("In transit") == "en"  # a rule's language
    assert language_of("已签收 xyz") == "zh"  # the script's
    assert language_of("qqq") == "und"
    assert language_of("") == "und"
    assert language_of("   ") == "und"
    assert language_of(5) == "und"  # type: ignore[arg-type]
    # Only the first MAX_CHARS characters are read.
    assert language_of("x" * MAX_CHARS + " In transit") == "und"
