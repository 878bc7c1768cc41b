"""The languages parceltrail speaks to people, pages and mails alike, and their catalogues.

Catalogues are gettext ``.po`` files, ``LANG/LC_MESSAGES/messages.po`` beside this module: the
source of truth a translator edits. ``make messages`` extracts the marked strings of the
pages and the mails into ``messages.pot`` and merges them into every catalogue (new strings
empty; tests/unit/test_locale.py fails until each is translated). Catalogues are compiled in
memory once per process; no ``.mo`` file is committed.
"""

from __future__ import annotations

from functools import lru_cache
from gettext import NullTranslations
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALE_DIR = Path(__file__).parent
DEFAULT = "en"
# The languages with a catalogue, in their own words (the switch lists them so): the ten the
# carrier-text classifier knows first (domain/text/rules), which are also the demo's lanes.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ru": "Русский",
    "zh": "中文",
}
_MAX_HEADER = 500


def N_(message: str) -> str:  # noqa: N802 (the gettext convention for "marked, not translated")
    """Marks a string for extraction; it is translated where it is shown."""
    return message


def known(language: str | None) -> str | None:
    """The language if parceltrail speaks it, else None."""
    return language if language in LANGUAGES else None


@lru_cache(maxsize=len(LANGUAGES))
def translations(language: str) -> NullTranslations:
    """The catalogue of a language (English, or one without a catalogue: the strings as
    written)."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if language == DEFAULT or language not in LANGUAGES or not path.exists():
        return NullTranslations()
    with path.open("rb") as po:
        catalog = read_po(po, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def gettext(language: str | None, message: str) -> str:
    return translations(known(language) or DEFAULT).gettext(message)


def from_header(header: str) -> str | None:
    """The best language of ``Accept-Language`` that has a catalogue."""
    wanted = []
    for part in header[:_MAX_HEADER].split(","):
        tag, _, quality = part.strip().partition(";q=")
        try:
            weight = float(quality) if quality else 1.0
        except ValueError:
            continue
        wanted.append((weight, tag.strip().lower().replace("_", "-")))
    for _weight, tag in sorted(wanted, key=lambda item: -item[0]):
        base = tag.split("-", 1)[0]
        if base in LANGUAGES:
            return base
    return None


@lru_cache(maxsize=len(LANGUAGES))
def locale(language: str) -> Locale:
    """Babel's locale (dates, numbers, currencies, country names) for a language."""
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT)
