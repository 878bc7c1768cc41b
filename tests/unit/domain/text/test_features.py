"""The learned model's features: words cut to a length, digits as one symbol, n-grams, pairs."""

from __future__ import annotations

from parceltrail.domain.text._features import (
    MAX_FEATURE_CHARS,
    PAIR,
    WORD,
    feature_words,
    features,
    pair_feature,
    pair_words,
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


def test_a_han_or_kana_word_also_gives_its_characters_and_character_pairs() -> None:
    grams = word_features("已签收")
    # The edge-marked 3-5-grams as for any word ...
    assert {" 已签", "已签收", "签收 ", " 已签收", "已签收 ", " 已签收 "} <= set(grams)
    # ... and the characters and pairs inside the phrase, where its words are.
    assert {"已", "签", "收", "已签", "签收"} <= set(grams)
    assert len(grams) == 1 + 6 + 3 + 2
    kana = word_features("おとと")  # hiragana: characters and pairs too
    assert {"お", "と", "おと", "とと"} <= set(kana)


def test_words_of_other_scripts_give_no_character_pairs() -> None:
    for word in ("delivered", "доставлено", "ส่งสำเร็จ", "배달"):
        assert all(len(g) >= 3 for g in word_features(word)[1:]), word


def test_a_mixed_word_with_han_gives_pairs_across_the_whole_word() -> None:
    grams = set(word_features("dhl签收"))
    assert {"签收", "l签", "d", "签"} <= grams


def test_a_folded_kana_and_its_voicing_mark_make_a_pair() -> None:
    assert "\u304b\u3099" in word_features("\u304b\u3099")
    assert "签收" in features("已签收") & features("签收人:本人")


def test_a_pair_feature_gives_back_its_two_words_and_no_other_feature_does() -> None:
    assert pair_words(pair_feature("out", "for")) == ("out", "for")
    assert pair_words(WORD + "out") is None
    assert pair_words("out") is None
