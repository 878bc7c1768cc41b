"""The learned model's features: words cut to a length, digits as one symbol, n-grams, pairs."""

from __future__ import annotations

from parceltrail.domain.text._features import (
    MAX_FEATURE_CHARS,
    PAIR,
    WORD,
    feature_words,
    features,
    pair_feature,
    word_features,
)


def test_feature_words_read_digits_as_one_symbol() -> None:
    assert feature_words("parcel 12345 delivered, ab12c") == ["parcel", "0", "delivered", "ab0c"]


def test_feature_words_read_only_the_first_characters() -> None:
    head = "x" * (MAX_FEATURE_CHARS - 2)
    assert feature_words(head + " abcdef") == [head, "a"]
    assert MAX_FEATURE_CHARS == 160


def test_a_words_features_are_itself_and_its_edge_marked_3_to_5_grams() -> None:
    assert word_features("abc") == [
        WORD + "abc",
        " ab",
        "abc",
        "bc ",
        " abc",
        "abc ",
        " abc ",
    ]
    assert word_features("ab") == [WORD + "ab", " ab", "ab ", " ab "]
    # Longer words: every 3-, 4- and 5-gram, none longer.
    grams = word_features("abcdefg")[1:]
    assert len(grams) == 7 + 6 + 5
    assert {len(g) for g in grams} == {3, 4, 5}


def test_a_pair_feature_marks_two_words_in_order() -> None:
    assert pair_feature("out", "for") == PAIR + "out for"


def test_features_are_the_words_features_and_their_pairs() -> None:
    assert features("ab cd") == {
        WORD + "ab",
        " ab",
        "ab ",
        " ab ",
        WORD + "cd",
        " cd",
        "cd ",
        " cd ",
        PAIR + "ab cd",
    }
    assert features("") == set()
