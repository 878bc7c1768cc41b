"""The learned model by hand: scores, probabilities, when it answers, its file, its memo."""

from __future__ import annotations

import math

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text import _learned
from parceltrail.domain.text._features import PAIR, WORD
from parceltrail.domain.text._learned import BIAS, Guess, LearnedModel

CLASSES = [S.DELIVERED, S.IN_TRANSIT, S.LOST]
WEIGHTS: dict[str, tuple[float, ...]] = {
    WORD + "ab": (1.0, 0.0, 0.0),
    " ab": (0.5, 0.0, 0.0),  # an n-gram "ab" shares with "abx"
    WORD + "cd": (0.0, 2.0, 0.0),
    PAIR + "ab cd": (0.0, 0.0, 1.5),
    BIAS: (0.0, 0.0, 0.25),
}


def _model(threshold: float = 0.5, temperature: float = 1.0) -> LearnedModel:
    return LearnedModel(CLASSES, WEIGHTS, temperature=temperature, threshold=threshold, min_known=2)


def test_scores_sum_the_known_features_and_the_bias() -> None:
    model = _model()
    assert model.scores("ab") == ([1.5, 0.0, 0.25], 2)
    assert model.scores("ab cd") == ([1.5, 2.0, 1.75], 4)  # with the pair
    assert model.scores("zz") == ([0.0, 0.0, 0.25], 0)


def test_a_feature_two_words_share_and_a_repeated_word_count_once() -> None:
    model = _model()
    assert model.scores("ab abx") == ([1.5, 0.0, 0.25], 2)
    assert model.scores_of_features("ab abx") == ([1.5, 0.0, 0.25], 2)
    assert model.scores("ab ab") == ([1.5, 0.0, 0.25], 2)


def test_probabilities_are_a_softmax_at_the_temperature() -> None:
    totals = [1.5, 0.0, 0.25]
    for temperature in (1.0, 2.0):
        exps = [math.exp(s / temperature) for s in totals]
        expected = [e / sum(exps) for e in exps]
        got = _model(temperature=temperature).probabilities(totals)
        assert got == pytest.approx(expected, rel=1e-12)


def test_the_temperature_grows_with_the_known_features_to_the_spread() -> None:
    model = LearnedModel(CLASSES, WEIGHTS, temperature=1.0, threshold=0.5, min_known=2, spread=0.5)
    totals = [1.5, 0.0, 0.25]
    assert model.probabilities(totals, 1) == _model().probabilities(totals)
    assert model.probabilities(totals, 0) == _model().probabilities(totals)  # never below 1
    assert model.probabilities(totals, 4) == _model(temperature=2.0).probabilities(totals)
    # "ab" has 2 known features: temperature 2 ** 0.5.
    exps = [math.exp(s / 2**0.5) for s in totals]
    assert model.guess("ab") == Guess(S.DELIVERED, round(exps[0] / sum(exps), 2))


def test_a_model_file_without_a_spread_reads_as_one_temperature_for_all() -> None:
    doc = _model().to_json()
    del doc["spread"]
    assert LearnedModel.from_json(doc).spread == 0.0
    doc["spread"] = 0.75
    assert LearnedModel.from_json(doc).spread == 0.75


def test_the_feature_sum_is_scaled_by_the_known_features_to_the_norm() -> None:
    model = LearnedModel(CLASSES, WEIGHTS, temperature=1.0, threshold=0.5, min_known=2, norm=0.5)
    # "ab": 2 known features summing to (1.5, 0, 0), scaled by (40 / 2) ** 0.5; bias as it is.
    scale = (_learned.NORM_BASE / 2) ** 0.5
    for scored in (model.scores("ab"), model.scores_of_features("ab")):
        assert scored[1] == 2
        assert scored[0] == pytest.approx([1.5 * scale, 0.0, 0.25], rel=1e-12)
    # "ab cd": 4 known features.
    scale = (_learned.NORM_BASE / 4) ** 0.5
    assert model.scores("ab cd")[0] == pytest.approx([1.5 * scale, 2 * scale, 0.25 + 1.5 * scale])
    assert model.scores("zz") == ([0.0, 0.0, 0.25], 0)  # nothing known: the bias alone
    again = LearnedModel.from_json(model.to_json())
    assert again.norm == 0.5
    assert again.scores("ab cd") == model.scores("ab cd")
    doc = _model().to_json()
    assert "norm" not in doc  # written only when not 0; older files read as 0
    assert LearnedModel.from_json(doc).norm == 0.0


def test_a_guess_needs_enough_known_features_and_the_threshold() -> None:
    model = _model()
    p = model.probabilities([1.5, 0.0, 0.25])[0]
    assert model.guess("ab") == Guess(S.DELIVERED, round(p, 2))  # exactly min_known known
    assert round(p, 2) == 0.66
    assert model.guess("cd") is None  # one known feature
    assert model.guess("ab cd") is None  # in transit at 0.42, below 0.5
    assert _model(threshold=p).guess("ab") == Guess(S.DELIVERED, 0.66)  # at the threshold
    assert _model(threshold=p + 1e-9).guess("ab") is None


def test_the_model_file_is_sparse_sorted_and_whole_numbers_plain() -> None:
    doc = _model().to_json()
    assert doc == {
        "format": 1,
        "classes": ["delivered", "in_transit", "lost"],
        "temperature": 1.0,
        "spread": 0.0,
        "threshold": 0.5,
        "min_known": 2,
        "weights": {
            WORD + "ab": [0, 1],
            WORD + "cd": [1, 2],
            PAIR + "ab cd": [2, 1.5],
            BIAS: [2, 0.25],
            " ab": [0, 0.5],
        },
    }
    assert list(doc["weights"]) == sorted(WEIGHTS)
    assert type(doc["weights"][WORD + "ab"][1]) is int


def test_the_model_file_reads_back_into_dense_weights() -> None:
    again = LearnedModel.from_json(_model().to_json())
    assert again.classes == tuple(CLASSES)
    assert again.weights == WEIGHTS
    assert (again.temperature, again.threshold, again.min_known) == (1.0, 0.5, 2)
    assert again.scores("ab cd") == _model().scores("ab cd")


@pytest.mark.parametrize(("given", "shown"), [({"format": 2}, "2"), ({}, "None")])
def test_a_model_file_of_another_format_says_what_to_do(given: dict[str, int], shown: str) -> None:
    with pytest.raises(ValueError, match="rebuild it with `make text-model`") as raised:
        LearnedModel.from_json(given)
    assert str(raised.value) == (
        f"text model format {shown} is not 1; rebuild it with `make text-model`"
    )


def test_the_word_memo_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_learned, "WORD_MEMO_SIZE", 2)
    model = _model()
    model.scores("ab cd")
    assert set(model._word_parts) == {"ab", "cd"}
    model.scores("ef")
    assert set(model._word_parts) == {"ef"}
    model.forget_words()
    assert model._word_parts == {}
    assert model.scores("ab cd") == ([1.5, 2.0, 1.75], 4)  # the same answers after forgetting


class _Scored(LearnedModel):
    """A model whose scores are given, to try the guess on any of them."""

    __slots__ = ("given",)

    def scores(self, folded: str) -> tuple[list[float], int]:
        return self.given, 2


@pytest.mark.parametrize(
    "totals",
    [
        [1.5, 0.0, 0.25],
        [0.0, 1.5, 0.25],
        [1.0, 1.0, 0.0],  # a tie: the first
        [0.0, 1.0, 1.0],
        [0.9, 1.0, 0.0],  # an earlier class close to the top
        [1.0 - 1e-16, 1.0, 1.0],
        [0.1, 0.2, 3.0],
        [-2.0, -1.0, -1.0 + 1e-15],
    ],
)
def test_a_guess_is_the_first_likeliest_class_of_the_probabilities(totals: list[float]) -> None:
    model = _Scored(CLASSES, WEIGHTS, temperature=1.0, threshold=0.0, min_known=2)
    model.given = totals
    probabilities = model.probabilities(totals, 2)
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    assert model.guess("") == Guess(CLASSES[best], round(probabilities[best], 2))
    model.threshold = probabilities[best]
    assert model.guess("") is not None
    model.threshold = math.nextafter(probabilities[best], 1.0)
    assert model.guess("") is None
