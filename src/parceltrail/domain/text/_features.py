"""The features the learned model reads from a folded text: character n-grams and words.

Character n-grams carry the model across inflections ("zugestellt", "Zustellung") and across
scripts without spaces (Chinese, Japanese, Thai); whole words and word pairs carry the
wording. Digits are one symbol, so tracking numbers, dates and postcodes do not become
vocabulary.

In Chinese and Japanese a "word" split at spaces is a whole phrase ("快件已签收"), so its
3-5-grams are mostly one carrier's phrasing; the words inside it are one or two characters
("签收" signed, "派送" delivering, "退" return). Such a word therefore also gives its single
characters and character pairs (chosen on the by-source cross-validation,
docs/classification.md).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from parceltrail.domain.text._detect import HAN_RANGES, KANA_RANGES
from parceltrail.domain.text._fold import words_of

MIN_GRAM: Final = 3
MAX_GRAM: Final = 5
MAX_FEATURE_CHARS: Final = 160  # event texts say what happened early; the rest is detail
_DIGITS: Final = re.compile(r"\d+")
# Word features carry a mark no n-gram can contain (n-grams come from words split at spaces
# and punctuation, and folding keeps no control characters in them).
WORD: Final = "\x01"
PAIR: Final = "\x02"
# Han and kana: scripts written without spaces, whose words are mostly one or two characters
# (kana folds to base letters plus a voicing mark, a character of its own). Character 1- and
# 2-grams need no mark: every other n-gram is at least 3 characters long.
_SPACELESS: Final = re.compile(f"[{KANA_RANGES}{HAN_RANGES}]")
SPACELESS_GRAMS: Final = (1, 2)


def feature_words(folded: str) -> list[str]:
    """The words features are built from: the first ``MAX_FEATURE_CHARS``, digits as 0."""
    return words_of(_DIGITS.sub("0", folded[:MAX_FEATURE_CHARS]))


def word_features(word: str) -> list[str]:
    """A word's own features: the word, and its character 3-5-grams with edge marks; in a
    word of Han or kana also its single characters and character pairs."""
    found = [WORD + word]
    marked = " " + word + " "
    size = len(marked)
    for n in range(MIN_GRAM, MAX_GRAM + 1):
        found.extend(marked[start : start + n] for start in range(size - n + 1))
    if not word.isascii() and _SPACELESS.search(word):
        for n in SPACELESS_GRAMS:
            found.extend(word[start : start + n] for start in range(len(word) - n + 1))
    return found


def pair_feature(previous: str, word: str) -> str:
    return PAIR + previous + " " + word


def pair_words(feature: str) -> tuple[str, str] | None:
    """The two words of a ``pair_feature``; None for any other feature."""
    if not feature.startswith(PAIR):
        return None
    previous, _, word = feature[len(PAIR) :].partition(" ")
    return previous, word


def features(folded: str) -> set[str]:
    """Character n-grams of the words (with edge marks), words and word pairs."""
    words = feature_words(folded)
    found: set[str] = set()
    for word in words:
        found.update(word_features(word))
    found.update(pair_feature(a, b) for a, b in itertools.pairwise(words))
    return found
