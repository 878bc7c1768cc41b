"""The features the learned model reads from a folded text: character n-grams and words.

Character n-grams carry the model across inflections ("zugestellt", "Zustellung") and across
scripts without spaces (Chinese, Japanese, Thai); whole words and word pairs carry the
wording. Digits are one symbol, so tracking numbers, dates and postcodes do not become
vocabulary.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from parceltrail.domain.text._fold import tokens

MIN_GRAM: Final = 3
MAX_GRAM: Final = 5
MAX_FEATURE_CHARS: Final = 160  # event texts say what happened early; the rest is detail
_DIGITS: Final = re.compile(r"\d+")
# Word features carry a mark no n-gram can contain (n-grams come from words split at spaces
# and punctuation, and folding keeps no control characters in them).
WORD: Final = "\x01"
PAIR: Final = "\x02"


def feature_words(folded: str) -> list[str]:
    """The words features are built from: the first ``MAX_FEATURE_CHARS``, digits as 0."""
    return tokens(_DIGITS.sub("0", folded[:MAX_FEATURE_CHARS]))[1]


def word_features(word: str) -> list[str]:
    """A word's own features: the word, and its character 3-5-grams with edge marks."""
    found = [WORD + word]
    marked = " " + word + " "
    size = len(marked)
    for n in range(MIN_GRAM, MAX_GRAM + 1):
        found.extend(marked[start : start + n] for start in range(size - n + 1))
    return found


def pair_feature(previous: str, word: str) -> str:
    return PAIR + previous + " " + word


def features(folded: str) -> set[str]:
    """Character 3-5-grams of the words (with edge marks), words and word pairs."""
    words = feature_words(folded)
    found: set[str] = set()
    for word in words:
        found.update(word_features(word))
    found.update(pair_feature(a, b) for a, b in itertools.pairwise(words))
    return found
