"""The public entry point: rules where they are sure, the learned model where they are not."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Final

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text._detect import Router, normalise_hint, script_language
from parceltrail.domain.text._engine import CompiledLanguage, Hit
from parceltrail.domain.text._fold import MAX_CHARS, fold, tokens
from parceltrail.domain.text._learned import LearnedModel, default_model
from parceltrail.domain.text._model import Classification
from parceltrail.domain.text.rules import LANGUAGES


class _CompiledOnUse(Mapping[str, CompiledLanguage]):
    """Each language's scan, compiled the first time a text is tried in that language.

    Compiling every language's rules costs seconds of CPU; a process that never reads a
    carrier text (a CLI command, a web worker serving pages) should not pay it at import."""

    def __init__(self) -> None:
        self._built: dict[str, CompiledLanguage] = {}
        self._lock = threading.Lock()

    def __getitem__(self, code: str) -> CompiledLanguage:
        built = self._built.get(code)
        if built is not None:
            return built
        language = LANGUAGES[code]
        with self._lock:
            built = self._built.get(code)
            if built is None:
                built = self._built[code] = CompiledLanguage(language)
        return built

    def __contains__(self, code: object) -> bool:
        return code in LANGUAGES

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


_COMPILED: Final = _CompiledOnUse()
_ROUTER: Final = Router({code: lang.markers for code, lang in LANGUAGES.items() if lang.markers})
SURE: Final = 0.8  # a rule at least this confident answers without asking the model...
# ...unless its status is one of these and the model, at least OVERRULE_AT sure, says another:
# on carriers the rules never saw, sure rules of these statuses that such a model contradicted
# were right less often than it, of the others more often (bench/text_model_timesplit.py).
# Only these ask the model, which keeps ``classify`` near the speed of the rules.
OVERRULABLE: Final = frozenset(
    {
        SubStatus.INFO_RECEIVED,
        SubStatus.ACCEPTED,
        SubStatus.DEPARTED_ORIGIN,
        SubStatus.CUSTOMS_STARTED,
        SubStatus.RETURNED,
        SubStatus.PENDING,
    }
)
OVERRULE_AT: Final = 0.85
MODEL_RULE_ID: Final = "model"
CACHE_SIZE: Final = 16_384  # carriers repeat their wording; a bounded memo of recent answers


def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have rules."""
    return tuple(_COMPILED)


def classify(description: str, language: str | None = None) -> Classification | None:
    """The sub-status a carrier's event text describes, or None when nothing is sure enough.

    ``language`` is a hint (``"pt-BR"``, ``"zh"``); the text decides when the hint is
    missing, unknown or wrong. Only the first ``MAX_CHARS`` characters are read. A rule that
    is sure answers (``rule_id`` names it), unless its status is ``OVERRULABLE`` and the
    model, at ``OVERRULE_AT`` or more, says another; otherwise the learned model answers when
    its calibrated confidence passes its threshold and beats the rule's (``rule_id``
    "model"); otherwise a less sure rule answers, or None. Never raises on a ``str``. Answers are
    remembered for the last ``CACHE_SIZE`` distinct (text, hint) pairs.
    """
    if not isinstance(description, str) or not isinstance(language, str | None):
        return None
    return _remembered(description[:MAX_CHARS], language)


@lru_cache(maxsize=CACHE_SIZE)
def _remembered(description: str, language: str | None) -> Classification | None:
    return classify_using(description, language, default_model())


def classify_using(
    description: str, language: str | None, model: LearnedModel | None
) -> Classification | None:
    """``classify`` with a given model (None: rules only)."""
    if not isinstance(description, str) or not description:
        return None
    text = fold(description)
    if not text:
        return None
    hint = normalise_hint(language) if isinstance(language, str) else None
    ruled = _rules(text, hint)
    if model is None:
        return ruled
    if ruled is not None and ruled.confidence >= SURE:
        if ruled.sub_status not in OVERRULABLE:
            return ruled
        guess = model.guess(text)
        if guess is None or guess.confidence < OVERRULE_AT or guess.sub_status is ruled.sub_status:
            return ruled
    else:
        guess = model.guess(text)
        if guess is None or (ruled is not None and ruled.confidence >= guess.confidence):
            return ruled
    spoken = hint or script_language(text) or (ruled.language if ruled else None)
    return Classification(guess.sub_status, guess.confidence, MODEL_RULE_ID, spoken or "und")


def classify_rules(description: str, language: str | None = None) -> Classification | None:
    """What the rules alone say (for measurement and review)."""
    return classify_using(description, language, None)


def language_of(description: str) -> str:
    """The language the rules read a text in: the one whose rule matched, else the one its
    script names, else "und" (undetermined). Remembered like ``classify``'s answers."""
    if not isinstance(description, str):
        return "und"
    return _language_of(description[:MAX_CHARS])


@lru_cache(maxsize=CACHE_SIZE)
def _language_of(description: str) -> str:
    text = fold(description)
    if not text:
        return "und"
    ruled = _rules(text, None)
    return ruled.language if ruled else script_language(text) or "und"


def _rules(text: str, hint: str | None) -> Classification | None:
    """The first sure match in routing order, else the first less sure one.

    A weak generic match ("problem", "transit") in the language tried first must not hide a
    specific one in a language the text shows signs of ("Verzögerung wg. technischer
    Probleme" is German although "problem" reads as English); a language tried only as a
    fallback never overrules one.
    """
    positions, words = tokens(text)
    order, evidenced = _ROUTER.route_with_evidence(text, words, hint if hint in _COMPILED else None)
    unsure: Classification | None = None
    for rank, code in enumerate(order):
        if unsure is not None and rank >= evidenced:
            break  # only a language the text shows signs of may overrule a weak match
        if code not in _COMPILED:
            continue
        hit = _try(_COMPILED[code], text, positions, words)
        if hit is None:
            continue
        found = Classification(hit.sub_status, hit.confidence, hit.rule.id, code)
        if hit.confidence >= SURE:
            return found
        if unsure is None:
            unsure = found
    return unsure


def _try(
    compiled: CompiledLanguage, text: str, positions: list[int], words: list[str]
) -> Hit | None:
    if compiled.language.word_boundaries:
        return compiled.best_at(text, positions, words)
    return compiled.best_anywhere(text)
