"""Compiling the rules: each step on small patterns, and the whole compile run again inside a
test giving exactly the scans, routes and answers the classifier built at import."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text import _classifier
from parceltrail.domain.text._compile import (
    RuleError,
    build_scan,
    expand,
    literal_prefix,
    split_alternatives,
)
from parceltrail.domain.text._detect import Router, normalise_hint
from parceltrail.domain.text._engine import CompiledLanguage
from parceltrail.domain.text._fold import fold, tokens
from parceltrail.domain.text._model import PRIORITY, markers, rule
from parceltrail.domain.text.rules import LANGUAGES

DATA = Path(__file__).resolve().parents[3] / "data"


def _texts() -> list[str]:
    texts = []
    for name in ("event_texts.tsv", "event_texts_holdout.tsv"):
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            texts += [row["text"] for row in rows]
    return texts


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_compiling_a_language_again_gives_the_scan_the_classifier_uses(code: str) -> None:
    fresh = CompiledLanguage(LANGUAGES[code])
    shipped = _classifier._COMPILED[code]
    assert fresh.scan.pattern.pattern == shipped.scan.pattern.pattern
    assert [r.id for r in fresh.scan.owners] == [r.id for r in shipped.scan.owners]
    assert fresh.scan.heads == shipped.scan.heads
    assert fresh.scan.everywhere is shipped.scan.everywhere
    assert fresh.word_cues == shipped.word_cues


def test_rules_compiled_again_answer_corpus_texts_as_the_classifier_does() -> None:
    # Every tenth text in every language: the scans themselves are compared whole above, so
    # this checks the rest of the path; every text made it the slowest test of the suite.
    fresh = {code: CompiledLanguage(language) for code, language in LANGUAGES.items()}
    for text in _texts()[::10]:
        folded = fold(text)
        positions, words = tokens(folded)
        for code, compiled in fresh.items():
            expected = _classifier._try(_classifier._COMPILED[code], folded, positions, words)
            assert _classifier._try(compiled, folded, positions, words) == expected, (code, text)


def test_a_router_built_again_routes_every_corpus_text_as_the_classifier_does() -> None:
    router = Router({code: lang.markers for code, lang in LANGUAGES.items() if lang.markers})
    for text in _texts():
        folded = fold(text)
        _, words = tokens(folded)
        for hint in (None, "de", "zh"):
            assert router.route(folded, words, hint) == _classifier._ROUTER.route(
                folded, words, hint
            )


def test_the_router_tries_the_hint_then_the_script_then_marker_words() -> None:
    router = Router({"en": frozenset({"the"}), "de": frozenset({"der", "die"})})
    folded = "die sendung der post"
    _, words = tokens(folded)
    assert router.route(folded, words, None) == ["de", "en"]
    assert router.route(folded, words, "fr") == ["fr", "de", "en"]
    # A script's main language first, then the others written in it (Han: ja; Cyrillic: uk).
    assert router.route("包裹 посылка", ["包裹", "посылка"], None) == ["zh", "ru", "ja", "uk"]
    assert router.route("123", ["123"], None) == []


def test_a_language_that_only_shares_the_script_is_no_evidence() -> None:
    # Ukrainian is tried on Cyrillic without і, є, ї or ґ (and Japanese on Han without kana)
    # only after the script's own language, and may not overrule its weak match: otherwise
    # "доставлен[аоі]" (uk, delivered) read "Посылка доставлена в сортировочный центр".
    router = Router({"en": frozenset({"the"}), "de": frozenset({"der"})})
    folded = "посылка доставлена в сортировочныи центр"
    _, words = tokens(folded)
    assert router.route_with_evidence(folded, words, None) == (["ru", "uk"], 1)
    assert router.route_with_evidence("包裹", ["包裹"], None) == (["zh", "ja"], 1)
    assert router.route_with_evidence("посилка відділення", ["посилка"], None) == (["uk", "ru"], 2)
    folded = "der посылка"
    assert router.route_with_evidence(folded, ["der", "посылка"], None) == (
        ["ru", "de", "uk", "en"],
        2,
    )
    classified = _classifier._rules(fold("Сортировка. Доставлено"), None)
    assert classified is not None
    assert (classified.sub_status, classified.language) == (S.IN_TRANSIT, "ru")


@pytest.mark.parametrize(
    ("hint", "code"),
    [("pt-BR", "pt"), ("zh_Hant", "zh"), (" RU ", "ru"), ("iw", "he"), ("", None), (None, None)],
)
def test_language_hints_are_reduced_to_their_code(hint: str | None, code: str | None) -> None:
    assert normalise_hint(hint) == code


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b", ["a", "b"]),
        ("(?:a|b)c|d", ["(?:a|b)c", "d"]),
        (r"a\|b|c", [r"a\|b", "c"]),
        ("[|]x|y", ["[|]x", "y"]),
        ("[]|]x|y", ["[]|]x", "y"]),
        ("[^]|]x|y", ["[^]|]x", "y"]),
        ("abc", ["abc"]),
    ],
)
def test_split_alternatives_keeps_groups_classes_and_escapes_whole(
    pattern: str, parts: list[str]
) -> None:
    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize(
    ("alternative", "expanded"),
    [
        ("abc", ["abc"]),
        (r"\bword", ["word"]),
        ("(?:re|de)livery", ["relivery", "delivery"]),
        ("(?:out )?for", ["out for", "for"]),
        ("s?hipped", ["shipped", "hipped"]),
        ("(?:a|b)+c", ["(?:a|b)+c"]),
        ("(?:a|b)??c", ["(?:a|b)??c"]),
        (".x", [".x"]),
        ("[ab]c", ["ac", "bc"]),  # a class of plain letters, one alternative each
        ("[הו]?נמסר", ["הנמסר", "ונמסר", "נמסר"]),  # optional: and one without
        ("[0-9]x", ["[0-9]x"]),  # a range stays a class
        ("[ab]+c", ["[ab]+c"]),
    ],
)
def test_expand_rewrites_leading_groups_until_a_literal_comes_first(
    alternative: str, expanded: list[str]
) -> None:
    assert expand(alternative, word_boundaries=True) == expanded


def test_a_word_start_is_kept_where_words_do_not_matter() -> None:
    assert expand(r"\bword", word_boundaries=False) == [r"\bword"]


def test_expansion_stops_at_its_budget() -> None:
    assert expand("(?:a|b)c", word_boundaries=True, budget=0) == ["(?:a|b)c"]
    many = "(?:" + "|".join(f"x{i}" for i in range(70)) + ")y"
    assert expand(many, word_boundaries=True) == [many]


def test_an_unbalanced_group_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="unbalanced group"):
        expand("(?:ab", word_boundaries=True)


@pytest.mark.parametrize(
    ("alternative", "prefix"),
    [("delivered", "del"), ("de livered", "de"), ("d?el", ""), ("(?:x)", ""), ("ab", "ab")],
)
def test_literal_prefix_stops_at_spaces_syntax_and_three_characters(
    alternative: str, prefix: str
) -> None:
    assert literal_prefix(alternative) == prefix


def test_a_scan_names_the_rule_that_matched_and_the_heads_that_start_one() -> None:
    delivered = rule("t.delivered", S.DELIVERED, r"delivered|handed to (?:you|the recipient)")
    out = rule("t.out", S.OUT_FOR_DELIVERY, r"out for delivery")
    scan = build_scan([delivered, out], word_boundaries=True)
    match = scan.pattern.match("handed to the recipient")
    assert match is not None
    assert scan.owners[match.lastindex - 1] is delivered  # type: ignore[operator]
    match = scan.pattern.match("out for delivery")
    assert match is not None
    assert scan.owners[match.lastindex - 1] is out  # type: ignore[operator]
    assert scan.heads == (frozenset(), frozenset(), frozenset({"del", "han", "out"}))
    assert scan.everywhere is False


def test_a_scan_without_word_boundaries_finds_overlapping_matches() -> None:
    scan = build_scan([rule("t.a", S.DELIVERED, "已签收|签收")], word_boundaries=False)
    starts = [m.start() for m in scan.pattern.finditer("已签收")]
    assert starts == [0, 1]


def test_a_prefix_class_keeps_a_longer_rule_ahead_of_a_shorter_one_at_one_word() -> None:
    # Before session 12 "[הו]?בדרך אליך" went to the last bucket and lost to "בדרך".
    out = rule("t.out", S.OUT_FOR_DELIVERY, r"[הו]?בדרך אליך")
    way = rule("t.way", S.IN_TRANSIT, r"בדרך")
    scan = build_scan([out, way], word_boundaries=True)
    match = scan.pattern.match("בדרך אליך")
    assert match is not None
    assert scan.owners[match.lastindex - 1] is out  # type: ignore[operator]


def test_sharing_letters_never_moves_an_alternative_ahead_of_one_that_matches_first() -> None:
    # In the bucket "e", "[a-z]+ly late" comes between "easy" and "early": both it and "early"
    # match "early late", so the shared "ea" must not lift "early" above it.
    easy = rule("t.easy", S.DELIVERED, r"easy")
    late = rule("t.late", S.DELAYED, r"e[a-z]+ly late")
    early = rule("t.early", S.IN_TRANSIT, r"early|earl")
    scan = build_scan([easy, late, early], word_boundaries=True)
    for text, owner in (("early late", late), ("early", early), ("easy", easy), ("earl", early)):
        match = scan.pattern.match(text)
        assert match is not None
        assert scan.owners[match.lastindex - 1] is owner, text  # type: ignore[operator]


def test_an_alternative_without_a_literal_start_makes_the_scan_try_every_word() -> None:
    scan = build_scan([rule("t.any", S.IN_TRANSIT, r"[0-9]+ km")], word_boundaries=True)
    assert scan.everywhere is True
    assert scan.pattern.match("12 km") is not None


@pytest.mark.parametrize(
    ("pattern", "message"),
    [("(?:a", "t.bad: "), ("(a)", "t.bad: use (?:...) groups")],
)
def test_rules_that_cannot_join_the_scan_are_refused(pattern: str, message: str) -> None:
    with pytest.raises(RuleError, match=re.escape(message)):
        build_scan([rule("t.bad", S.DELIVERED, pattern)], word_boundaries=True)
    # Compiled together first: the rule at fault is still the one named, among good ones.
    good = [rule("t.good", S.DELIVERED, "delivered"), rule("t.fine", S.IN_TRANSIT, "(?:on|in) way")]
    with pytest.raises(RuleError, match=re.escape(message)):
        build_scan([*good, rule("t.bad", S.DELIVERED, pattern)], word_boundaries=True)


def test_a_rule_takes_the_defaults_of_its_status() -> None:
    delivered = rule("t.d", S.DELIVERED, "x")
    assert (delivered.priority, delivered.confidence) == (PRIORITY[S.DELIVERED], 0.9)
    assert delivered.on_negation is S.FAILED_ATTEMPT  # "not delivered"
    assert delivered.modal_ok is False  # "will be delivered" is not a delivery
    returning = rule("t.r", S.RETURNING, "x")
    assert (returning.on_negation, returning.modal_ok) == (None, True)


def test_a_rule_can_override_each_default() -> None:
    custom = rule(
        "t.c", S.DELIVERED, "x", priority=5, confidence=0.5, on_negation=S.EXCEPTION, modal_ok=True
    )
    assert (custom.id, custom.sub_status, custom.pattern) == ("t.c", S.DELIVERED, "x")
    assert (custom.priority, custom.confidence) == (5, 0.5)
    assert (custom.on_negation, custom.modal_ok) == (S.EXCEPTION, True)
    assert rule("t.n", S.DELIVERED, "x", on_negation=None).on_negation is None
    assert rule("t.f", S.DELIVERED, "x", on_negation=False).on_negation is None
    assert rule("t.m", S.RETURNING, "x", modal_ok=False).modal_ok is False


def test_marker_words_are_split_on_whitespace() -> None:
    assert markers(" der  die\ndas ") == frozenset({"der", "die", "das"})
