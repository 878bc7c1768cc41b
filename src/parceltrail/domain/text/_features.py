"""The features the learned model reads from a folded text: character n-grams and words.

Character n-grams carry the model across inflections ("zugestellt", "Zustellung") and across
scripts without spaces (Chinese, Japanese, Thai); whole words and word pairs carry the
wording. Digits are one symbol, so tracking numbers, dates and postcodes do not become
vocabulary. Words with Han or kana also give their character 2-grams that hold one of
those characters: Chinese and Japanese write without spaces and most of their words are two
characters ("签收", "派送", "清关", "配達"), so a 3-gram always takes a neighbour that
changes from carrier to carrier ("已签收", "签收人"), and only the 2-gram is shared.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from parceltrail.domain.text._detect import HAN_RANGES, KANA_RANGES
from parceltrail.domain.text._fold import tokens

MIN_GRAM: Final = 3
MAX_GRAM: Final = 5
MAX_FEATURE_CHARS: Final = 160  # event texts say what happened early; the rest is detail
_DIGITS: Final = re.compile(r"\d+")
# Han and kana: scripts written without spaces, whose words are mostly two characters.
_DENSE: Final = re.compile(f"[{KANA_RANGES}{HAN_RANGES}]")
# Word features carry a mark no n-gram can contain (n-grams come from words split at spaces
# and punctuation, and folding keeps no control characters in them).
WORD: Final = "\x01"
PAIR: Final = "\x02"


def feature_words(folded: str) -> list[str]:
    """The words features are built from: the first ``MAX_FEATURE_CHARS``, digits as 0."""
    return tokens(_DIGITS.sub("0", folded[:MAX_FEATURE_CHARS]))[1]


def word_features(word: str) -> list[str]:
    """A word's own features: the word, its character 3-5-grams with edge marks, and, for a
    word with Han or kana, its 2-grams that hold such a character."""
    found = [WORD + word]
    marked = " " + word + " "
    size = len(marked)
    if _DENSE.search(word):
        found.extend(
            gram for start in range(size - 1) if _DENSE.search(gram := marked[start : start + 2])
        )
    for n in range(MIN_GRAM, MAX_GRAM + 1):
        found.extend(marked[start : start + n] for start in range(size - n + 1))
    return found


def pair_feature(previous: str, word: str) -> str:
    return PAIR + previous + " " + word


def features(folded: str) -> set[str]:
    """Character n-grams of the words (with edge marks), words and word pairs."""
    words = feature_words(folded)
    found: set[str] = set()
    for word in words:
        found.update(word_features(word))
    found.update(pair_feature(a, b) for a, b in itertools.pairwise(words))
    return found
