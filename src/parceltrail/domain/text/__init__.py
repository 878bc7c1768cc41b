"""Classify a carrier event's free text into a ``SubStatus``, in several languages.

    >>> classify("Objeto entregue ao destinatário")
    Classification(sub_status=<SubStatus.DELIVERED: 'delivered'>, confidence=0.9,
                   rule_id='pt.delivered', language='pt')

Rules are regular expressions over folded text (lower case, no accents, simplified
Chinese), one module per language under ``rules/``, compiled once at import into one
scan per language. See docs/classification.md.
"""

from __future__ import annotations

from parceltrail.domain.text._classifier import classify, language_of, supported_languages
from parceltrail.domain.text._fold import MAX_CHARS, fold
from parceltrail.domain.text._model import Classification

__all__ = [
    "MAX_CHARS",
    "Classification",
    "classify",
    "fold",
    "language_of",
    "supported_languages",
]
