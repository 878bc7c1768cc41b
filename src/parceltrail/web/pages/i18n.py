"""The pages' language: chosen in the URL (``?lang=``, then kept in a cookie), else the
browser's ``Accept-Language``; English when nothing matches.

Catalogues are gettext ``.po`` files in ``web/pages/locale/`` (``make messages`` extracts the
marked strings with Babel); they are read once per process. Dates and times are written with
Babel in the page's language.
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
from fastapi import Request

LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT = "en"
LANG_COOKIE = "lang"
# The languages with a catalogue, in their own words (the switch lists them so).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pl": "Polski",
    "ru": "Русский",
}
_MAX_HEADER = 500


def N_(message: str) -> str:  # noqa: N802 (the gettext convention for "marked, not translated")
    """Marks a string for extraction; it is translated where it is shown."""
    return message


@lru_cache(maxsize=len(LANGUAGES))
def translations(language: str) -> NullTranslations:
    """The catalogue of a language (English: the strings as written)."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if language == DEFAULT or not path.exists():
        return NullTranslations()
    with path.open("rb") as po:
        catalog = read_po(po, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


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


def chosen(request: Request) -> str | None:
    """A language the visitor picked: in this URL, or earlier (the cookie)."""
    for value in (request.query_params.get("lang", ""), request.cookies.get(LANG_COOKIE, "")):
        if value in LANGUAGES:
            return value
    return None


def language_of(request: Request) -> str:
    return chosen(request) or from_header(request.headers.get("accept-language", "")) or DEFAULT


@lru_cache(maxsize=len(LANGUAGES))
def locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT)


# Labels the pages build from values (``label`` of a milestone), marked here for extraction.
MILESTONE_LABELS = (
    N_("Customs started"), N_("Customs held"), N_("Customs cleared"), N_("Out for delivery"),
    N_("Failed attempt"), N_("Available for pickup"), N_("Delivered"),
)
