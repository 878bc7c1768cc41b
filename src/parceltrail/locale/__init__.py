"""The languages parceltrail speaks to people, pages and mails alike, and their catalogues.

Catalogues are gettext ``.po`` files, ``LANG/LC_MESSAGES/messages.po`` beside this module: the
source of truth a translator edits. ``make messages`` extracts the marked strings of the
pages and the mails into ``messages.pot`` and merges them into every catalogue (new strings
empty; tests/unit/test_locale.py fails until each is translated). Catalogues are compiled in
memory once per process; no ``.mo`` file is committed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from functools import lru_cache
from gettext import NullTranslations
from io import BytesIO
from pathlib import Path
from string import Formatter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from parceltrail.domain.words import N_ as N_  # re-exported: pages and mails mark with it
from parceltrail.domain.words import Value, Words

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


def spoken(words: Words | str, language: str | None, zone: tzinfo = UTC) -> str:
    """A sentence in a reader's language: its text translated, then its values written by
    the reader's locale (numbers grouped, dates in their words and in their time zone)."""
    if isinstance(words, str):
        return gettext(language, words)
    chosen = known(language) or DEFAULT
    text = gettext(chosen, words.text)
    if not words.values:
        return text
    try:
        return "".join(_filled(text, words, chosen, zone))
    except (KeyError, IndexError, ValueError):  # a catalogue entry that lost a field
        return str(words)


def _filled(text: str, words: Words, language: str, zone: tzinfo) -> list[str]:
    parts = []
    for literal, name, spec, conversion in Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            value = words.values[name]
            parts.append(
                repr(str(value))
                if conversion == "r"
                else _written(value, spec or "", language, zone)
            )
    return parts


def _written(value: Value, spec: str, language: str, zone: tzinfo) -> str:
    where = locale(language)
    if isinstance(value, Words):
        return spoken(value, language, zone)
    if isinstance(value, bool | str):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return format_decimal(value, locale=where)
    if isinstance(value, datetime):
        value = value.astimezone(zone).date()
    # the English spec says whether the year is worth writing ("%d %b" leaves it out)
    if "%Y" in spec or not spec:
        return format_date(value, "medium", locale=where)  # the locale's own: 10.11.2026
    return format_date(value, "d MMM", locale=where)


def written_day(day: date, language: str | None) -> str:
    """ "Dec 6, 2026", "6.12.2026", "6 gru 2026": a day as a reader reads it."""
    return format_date(day, "medium", locale=locale(known(language) or DEFAULT))


def written_moment(moment: datetime, language: str | None, zone: tzinfo = UTC) -> str:
    """ "6 Dec, 14:05 CET": a moment as a reader reads it, in their time zone."""
    local = moment.astimezone(zone)
    written = format_datetime(local, "d MMM, HH:mm", locale=locale(known(language) or DEFAULT))
    return f"{written} {local.tzname() or 'UTC'}"


def zone_named(name: str | None) -> tzinfo:
    """The IANA time zone of that name; UTC for none or anything else."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
