"""Folding and tokens read back exactly: bounds, spaces, letters NFKD keeps whole, traditional
Chinese, rule patterns with escapes, and the start of every word."""

from __future__ import annotations

import pytest

from parceltrail.domain.text._fold import MAX_CHARS, fold, fold_pattern, tokens, words_of


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("  Out  FOR\tDelivery\n", "out for delivery"),
        ("Zoll: Sendung ÜBERGEBEN", "zoll: sendung ubergeben"),
        ("Łódź Øresund đ ı ħ Æther Œuvre Straße", "lodz oresund d i h aether oeuvre strasse"),
        ("l’expéditeur‘s ʼa´b`c", "l'expediteur's 'a'b'c"),
        ("a\u00a0b\u3000c", "a b c"),
        ("已簽收 運輸中 海關", "已签收 运输中 海关"),
        ("包裹目前查詢不到 返回給寄件者 沒有", "包裹目前查询不到 返回给寄件者 没有"),
        ("投遞失敗", "投递失败"),
        ("発送 駅 検査 録", "発送 駅 検査 録"),  # Japanese-only forms stay as they are
        ("順豐 颱風 暫停 買家 搬遷 幹線 分揀", "顺丰 台风 暂停 买家 搬迁 干线 分拣"),
        ("頭髮 乾燥 麵", "头髮 乾燥 麵"),  # hair, dry and noodles are not 发, 干 and 面
        ("ＤＥＬＩＶＥＲＥＤ", "delivered"),
        ("ΔΙΑΝΟΜΗ", "διανομη"),
        ("Ðóng túi gói, đã giao", "dong tui goi, da giao"),  # the eth some keyboards type for Đ
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_only_the_first_500_characters_are_folded() -> None:
    assert MAX_CHARS == 500
    assert fold("a" * 499 + "BC") == "a" * 499 + "b"
    assert fold("é" * 499 + "ÉÉ") == "e" * 499 + "e"


def test_a_folded_text_never_grows_past_twice_the_bound() -> None:
    # Each "ﷺ" (one character) decomposes into 18 characters under NFKD.
    assert len(fold("ﷺ" * MAX_CHARS)) == 2 * MAX_CHARS


@pytest.mark.parametrize(
    ("pattern", "folded"),
    [
        (r"\bZUGESTELLT\b", r"\bzugestellt\b"),
        (r"Przesyłka\W+doręczona", r"przesylka\W+doreczona"),
        (r"\\É", r"\\e"),  # an escaped backslash, then a literal letter
        (r"\É", r"\É"),  # an escaped character is kept as written
        ("運輸|海關", "运输|海关"),
        ("(?:Æ|Œ)", "(?:ae|oe)"),
    ],
)
def test_fold_pattern_folds_literals_and_keeps_escapes(pattern: str, folded: str) -> None:
    assert fold_pattern(pattern) == folded


@pytest.mark.parametrize(
    ("text", "positions", "words"),
    [
        ("out for delivery", [0, 4, 8], ["out", "for", "delivery"]),
        ("a,b. c", [0, 2, 5], ["a", "b", "c"]),
        ("  a  b", [2, 5], ["a", "b"]),
        ("(x)[y]", [1, 4], ["x", "y"]),
        ("a'b «c» d—e", [0, 2, 5, 8, 10], ["a", "b", "c", "d", "e"]),
        ("已签收，谢谢。", [0, 4], ["已签收", "谢谢"]),
        ("", [], []),
        ("...", [], []),
    ],
)
def test_tokens_are_words_with_their_start_positions(
    text: str, positions: list[int], words: list[str]
) -> None:
    assert tokens(text) == (positions, words)
    assert words_of(text) == words


def test_token_positions_point_at_their_words() -> None:
    text = fold("Colis remis au destinataire, signé: J. Dupont")
    positions, words = tokens(text)
    assert [text[p : p + len(w)] for p, w in zip(positions, words, strict=True)] == words
