"""The features the learned model reads from a folded text: character n-grams and words.

Character n-grams carry the model across inflections ("zugestellt", "Zustellung") and across
scripts without spaces (Chinese, Japanese, Thai); whole words and word pairs carry the
wording. Digits are one symbol, so tracking numbers, dates and postcodes do not become
vocabulary.
"""

from __future__ import annotations

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


def features(folded: str) -> set[str]:
    """Character 3-5-grams of the words (with edge marks), words and word pairs."""
    _, words = tokens(_DIGITS.sub("0", folded[:MAX_FEATURE_CHARS]))
    found: set[str] = set()
    previous = ""
    for word in words:
        found.add(WORD + word)
        if previous:
            found.add(PAIR + previous + " " + word)
        previous = word
        marked = " " + word + " "
        size = len(marked)
        for n in range(MIN_GRAM, MAX_GRAM + 1):
            for start in range(size - n + 1):
                found.add(marked[start : start + n])
    return found
