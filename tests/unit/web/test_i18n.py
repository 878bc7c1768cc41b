"""Every string the pages mark is translated in every catalogue, placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from parceltrail.web.pages import i18n

PAGES = Path(i18n.__file__).parent
PLACEHOLDER = re.compile(r"%\(\w+\)s")
KEYWORDS = {"_": None, "N_": None}


def _marked() -> set[str]:
    """What the templates and the marked Python modules ask to translate, extracted afresh."""
    found: set[str] = set()
    sources = [("jinja2", path) for path in (PAGES / "templates").glob("*.html")]
    sources += [("python", PAGES / name) for name in ("card.py", "i18n.py", "analytics.py")]
    for method, path in sources:
        for _line, message, _comments, _context in extract_from_file(
            method, str(path), keywords=KEYWORDS
        ):
            found.add(message if isinstance(message, str) else message[0])
    return found


def _catalogue(language: str) -> dict[str, str]:
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po:
        catalog = read_po(po, locale=language)
    assert not [m.id for m in catalog if m.id and m.fuzzy], "fuzzy entries are not translations"
    return {str(m.id): str(m.string) for m in catalog if m.id}


def test_the_template_lists_every_marked_string() -> None:
    with (i18n.LOCALE_DIR / "messages.pot").open("rb") as pot:
        listed = {str(m.id) for m in read_po(pot) if m.id}
    assert _marked() == listed, "run `make messages` after marking or removing a string"


@pytest.mark.parametrize("language", sorted(set(i18n.LANGUAGES) - {i18n.DEFAULT}))
def test_every_marked_string_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    missing = sorted(m for m in _marked() if not catalogue.get(m))
    assert missing == [], f"{language}: no translation for {missing}"
    for source in _marked():
        wanted = sorted(PLACEHOLDER.findall(source))
        assert sorted(PLACEHOLDER.findall(catalogue[source])) == wanted, (language, source)


def test_the_language_comes_from_the_url_then_the_cookie_then_accept_language() -> None:
    assert i18n.from_header("pl-PL,pl;q=0.9,en;q=0.5") == "pl"
    assert i18n.from_header("ja, de;q=0.3, fr;q=0.8") == "fr"  # the best one we have
    assert i18n.from_header("ja,zh;q=0.9") is None
    assert i18n.from_header("de;q=nonsense, ru") == "ru"
    assert i18n.translations("de").gettext("Track a parcel") == "Sendung verfolgen"
    assert i18n.translations("en").gettext("Track a parcel") == "Track a parcel"
