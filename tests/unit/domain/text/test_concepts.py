"""Concept features: what words stand for, counted from labelled phrases and texts."""

from __future__ import annotations

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._concepts import (
    CONCEPT,
    NEGATED,
    STEM,
    STEM_MARK,
    build_concepts,
    concept_features,
    concepts_less,
    concepts_of,
    count_keys,
    learn_concepts,
    lookup_keys,
    word_concepts,
)
from parceltrail.domain.text._features import WORD
from parceltrail.domain.text._fold import fold
from parceltrail.domain.text._learned import BIAS, LearnedModel

NO: frozenset[str] = frozenset({"not", "未"})


def test_a_word_is_looked_up_whole_and_by_its_stem_a_han_word_by_its_pairs() -> None:
    assert lookup_keys("delivered") == ("delivered", "deliv" + STEM_MARK)
    assert lookup_keys("post") == ("post",)
    assert lookup_keys("已签收") == ("已签", "签收")
    assert lookup_keys("収") == ("収",)
    assert STEM == 5


def test_a_concept_needs_its_share_of_the_phrases_and_a_family_its_members() -> None:
    assert concepts_of({"delivered": 3, "out_for_delivery": 1}) == ("delivered",)
    assert concepts_of({"delivered": 1, "out_for_delivery": 1}) == ()
    # Split between customs statuses: no status holds 0.6, their family does.
    assert concepts_of({"customs_held": 1, "customs_cleared": 1, "customs_started": 1}) == (
        "+customs",
    )
    assert concepts_of({"returned": 2}) == ("+return", "returned")
    assert concepts_of({"none": 3}) == ()  # texts without a status stand for nothing
    assert concepts_of({"delivered": 1}, min_count=2) == ()


def test_concepts_are_built_from_phrases_known_words_without_one_included() -> None:
    phrases = [
        (["parcel", "delivered"], "delivered"),
        (["parcel", "delivered", "today"], "delivered"),
        (["parcel", "returned"], "returned"),
    ]
    concepts = build_concepts(phrases)
    assert concepts["delivered"] == ("delivered",)
    # "parcel": in 2 delivered phrases of 3, 0.67: delivered at a share of 0.6, not at 0.7.
    assert concepts["parcel"] == ("delivered",)
    assert build_concepts(phrases, min_share=0.7)["parcel"] == ()
    assert concepts["deliv" + STEM_MARK] == ("delivered",)
    assert concepts["retur" + STEM_MARK] == ("+return", "returned")


def test_a_word_unknown_whole_is_read_by_its_stem_a_known_one_never() -> None:
    concepts = {"delive~": ("delivered",), "delivery": ()}
    assert word_concepts("deliveries", concepts, NO) == ()  # stem "deliv~" unknown
    concepts = {"deliv~": ("delivered",), "delivery": ()}
    assert word_concepts("delivered", concepts, NO) == (CONCEPT + "delivered",)
    assert word_concepts("delivery", concepts, NO) == ()  # known whole, standing for nothing
    assert word_concepts("deli", concepts, NO) == ()


def test_a_concept_after_a_negation_word_is_negated() -> None:
    concepts = {"delivered": ("delivered",), "签收": ("delivered",)}
    words = ["parcel", "not", "yet", "delivered"]
    assert concept_features(words, concepts, NO) == {NEGATED + "delivered"}
    # Beyond three words before, a negation word no longer reaches.
    far = ["not", "a", "b", "c", "delivered"]
    assert concept_features(far, concepts, NO) == {CONCEPT + "delivered"}
    assert concept_features(["delivered"], concepts, NO) == {CONCEPT + "delivered"}
    # Han: a negation character just before the pair, in the same word.
    assert concept_features(["未签收"], concepts, NO) == {NEGATED + "delivered"}
    assert concept_features(["已签收"], concepts, NO) == {CONCEPT + "delivered"}


def test_a_text_learns_concepts_only_from_other_sources_a_phrase_from_other_phrases() -> None:
    texts = [
        (["zugestellt"], "delivered", "a", 1.0),
        (["zugestellt", "heute"], "delivered", "b", 1.0),
        (["quirk"], "lost", "c", 1.0),
    ]
    phrases = [(["zugestellt"], "delivered"), (["verloren"], "lost")]
    known, own, phrased = learn_concepts(texts, phrases, NO)
    assert known["zugestellt"] == ("delivered",)
    assert known["quirk"] == ("+trouble", "lost")  # a new carrier's "quirk" is read so
    # Each text as the other sources see it: "quirk" only in source c, so nothing there.
    assert own == [{CONCEPT + "delivered"}, {CONCEPT + "delivered"}, set()]
    # The phrase "verloren" is the only one with its word: nothing from the others.
    assert phrased == [{CONCEPT + "delivered"}, set()]
    assert "heute" in known  # only in delivered texts
    assert "verloren" not in lookup_keys("zugestellt")


def test_the_model_scores_concepts_fast_exactly_as_by_its_features() -> None:
    classes = [S.DELIVERED, S.FAILED_ATTEMPT]
    weights = {
        WORD + "zugestellt": (1.0, 0.0),
        CONCEPT + "delivered": (2.0, 0.0),
        NEGATED + "delivered": (0.0, 3.0),
        BIAS: (0.0, 0.5),
    }
    model = LearnedModel(
        classes,
        weights,
        temperature=1.0,
        threshold=0.5,
        min_known=1,
        concepts={"zugestellt": ("delivered",), "doruc~": ("delivered",)},
        negation=frozenset({"nicht", "ne"}),
    )
    assert model.scores("zugestellt") == ([3.0, 0.5], 2)
    # Another concept map (in training: one without the text's own rules' words).
    assert model.scores_of_features("zugestellt", {"zugestellt": ()}) == ([1.0, 0.5], 1)
    assert model.scores_of_features("zugestellt") == model.scores("zugestellt")
    assert model.scores("nicht zugestellt") == ([1.0, 3.5], 2)
    assert model.scores("zasilka doruceno") == ([2.0, 0.5], 1)  # by the stem
    for text in ("zugestellt", "nicht zugestellt", "ne doruceno zugestellt", "x"):
        model.forget_words()
        assert model.scores(text) == model.scores_of_features(text)
    back = LearnedModel.from_json(model.to_json())
    assert back.concepts == model.concepts
    assert back.negation == model.negation
    assert back.scores("nicht zugestellt") == model.scores("nicht zugestellt")


def test_a_model_without_concepts_writes_and_reads_none() -> None:
    model = LearnedModel([S.DELIVERED], {BIAS: (1.0,)}, temperature=1, threshold=0.5, min_known=1)
    doc = model.to_json()
    assert "concepts" not in doc
    assert "negation" not in doc
    assert LearnedModel.from_json(doc).concepts == {}


@pytest.mark.parametrize("text", ["Не доставлено", "未妥投", "nicht zugestellt"])
def test_the_shipped_model_reads_its_negation_words(text: str) -> None:
    from parceltrail.domain.text._learned import default_model

    model = default_model()
    assert model is not None
    if not model.concepts:
        pytest.skip("the shipped model has no concept features")
    words = fold(text).split()
    assert any(w in model.negation for w in words) or any(c in model.negation for c in text)


def test_concepts_less_reads_the_counts_without_the_phrases_left_out() -> None:
    texts = [(["quirk"], "lost", "a", 1.0), (["quirk", "heute"], "lost", "b", 0.25)]
    counts = count_keys(texts, [(["quirk"], "delivered"), (["zugestellt"], "delivered")])
    assert counts["quirk"] == {"lost": 1.25, "delivered": 1.0}
    assert counts["heute"] == {"lost": 0.25}
    whole = concepts_less(counts, [])
    assert whole.get("quirk") == ()  # lost holds 1.25 of 2.25, under 0.6
    less = concepts_less(counts, [(["quirk"], "delivered")])
    assert less.get("quirk") == ("+trouble", "lost")
    assert less.get("zugestellt") == ("delivered",)
    assert concepts_less(counts, [(["zugestellt"], "delivered")]).get("zugestellt") is None
    assert less.get("unknown") is None
