"""The phrases a rule's pattern spells (``_spelled``), for the concept lexicon."""

from __future__ import annotations

import pytest

from parceltrail.domain.text._spelled import MAX_PHRASES, spelled
from parceltrail.domain.text.rules import LANGUAGES


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ("zugestellt|abgeholt", ["zugestellt", "abgeholt"]),
        ("returned to (?:the )?sender", ["returned to sender", "returned to the sender"]),
        ("zwrocon[oa] nadawcy", ["zwrocono nadawcy", "zwrocona nadawcy"]),
        (r"zwrot\w*|odeslan\w{0,3}", ["zwrot", "odeslan"]),
        (r"held.{0,30}customs|held[^,]{1,20}at", ["held customs", "held at"]),
        (r"\bpick[ -]?up\b", ["pickup", "pick up", "pick-up"]),
        (r"delivered(?! to sender)(?<!un)", ["delivered"]),
        (r"arrived\s+(?:at|in)\s+hub", ["arrived at hub", "arrived in hub"]),
        # A repeated part is spelled once, an optional one also without it.
        (r"ab{2}|c{1,}d|e{,2}fg", ["ab", "cd", "fg", "efg"]),
        (r"[a-z]+ing|x{y", ["ing", "x{y"]),
        (r"^ok$|e-?mail", ["ok", "email", "e-mail"]),
        ("快件(?:已)?签收", ["快件签收", "快件已签收"]),
    ],
)
def test_a_pattern_spells_its_alternatives(pattern: str, phrases: list[str]) -> None:
    assert spelled(pattern) == phrases


def test_a_group_spells_at_most_its_share_the_pattern_every_alternative() -> None:
    many = "(?:" + "|".join(f"w{i}" for i in range(MAX_PHRASES + 10)) + ")"
    assert len(spelled(many + " " + many)) == MAX_PHRASES
    top = "|".join(f"w{i}" for i in range(MAX_PHRASES + 10))
    assert len(spelled(top)) == MAX_PHRASES + 10


def test_every_rule_spells_some_wording() -> None:
    for language in LANGUAGES.values():
        for rule in language.rules:
            assert spelled(rule.pattern), rule.id
