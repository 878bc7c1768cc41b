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


def test_han_and_kana_words_also_give_their_2_grams() -> None:
    # Most Chinese and Japanese words are two characters; without spaces a 3-gram always
    # takes a neighbour, so "签收" in "已签收" and in "签收人" would share no feature.
    assert word_features("已签收") == [
        WORD + "已签收",
        " 已",
        "已签",
        "签收",
        "收 ",
        " 已签",
        "已签收",
        "签收 ",
        " 已签收",
        "已签收 ",
        " 已签收 ",
    ]
    assert "签收" in features("已签收") & features("签收人:本人")
    assert "配達" in features("配達完了")
    assert "\u304b\u3099" in word_features("\u304b\u3099")  # a folded kana and its mark


def test_2_grams_hold_a_han_or_kana_character() -> None:
    # Latin letters beside Han give no Latin 2-gram; words without Han or kana none at all.
    grams = {g for g in word_features("ems已签收") if len(g) == 2}
    assert grams == {"s已", "已签", "签收", "收 "}
    assert not [g for g in word_features("delivered") if len(g) == 2]
    assert not [g for g in word_features("배달완료") if len(g) == 2]  # Hangul has spaces
