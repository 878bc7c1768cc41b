"""Marking the words people read, so `make messages` extracts them for translation.

The domain says things in English; pages and mails translate them with parceltrail.locale's
catalogues. Text with values carries ``%(name)s`` placeholders, filled after translating; a
sentence built from values (an error, a health verdict) is a ``Words``: its English text with
``{name}`` fields, and the values, which each reader's page or mail writes in its own language
(parceltrail.locale.spoken); ``str()`` gives the English sentence (the API's, the log's).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Union

# A value a sentence names: written by the reader's locale (numbers, dates), or as given.
Value = Union[str, int, float, Decimal, date, datetime, "Words"]


def N_(text: str) -> str:  # noqa: N802 (gettext's name for "marked, translated where shown")
    return text


class Words:
    """A sentence for people: English ``text`` with ``{name}`` fields (``str.format``'s, with
    ``!r`` and a format spec where the English wants them) and the ``values`` to fill them.
    ``text`` is the catalogue's key, so ``Words("...")`` is extracted like ``N_("...")``."""

    __slots__ = ("text", "values")

    def __init__(self, text: str, /, **values: Value) -> None:
        self.text = text
        self.values: Mapping[str, Value] = values

    def __str__(self) -> str:
        return self.text.format(**self.values) if self.values else self.text

    def __repr__(self) -> str:
        return f"Words({self.text!r}, {dict(self.values)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and other.text == self.text and other.values == self.values

    def __hash__(self) -> int:
        return hash((self.text, tuple(sorted(self.values))))

    def to_json(self) -> dict[str, object]:
        """The text and its values as JSON can keep them (dates as ISO strings)."""
        return {"text": self.text, "values": {k: _plain(v) for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, data: object) -> Words | None:
        """Words kept by ``to_json``; None for anything else (the caller keeps its English)."""
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return None
        values = data.get("values")
        kept: dict[str, Value] = {}
        for name, value in values.items() if isinstance(values, dict) else ():
            nested = cls.from_json(value) if isinstance(value, dict) else None
            if nested is not None:
                kept[str(name)] = nested
            elif isinstance(value, str | int | float) and not isinstance(value, bool):
                kept[str(name)] = value
            else:
                return None
        return cls(data["text"], **kept)


def _plain(value: Value) -> object:
    if isinstance(value, Words):
        return value.to_json()
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
