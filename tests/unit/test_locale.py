"""Every string the pages and the mails mark is translated in every catalogue, placeholders
intact; the page's language comes from the URL, the account, the switch, then the browser."""

from __future__ import annotations

import re
from configparser import ConfigParser
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from starlette.requests import Request

from parceltrail import locale
from parceltrail.domain.users import Role, User
from parceltrail.web.pages import i18n
from tests.conftest import FrozenClock

ROOT = Path(__file__).parents[2]
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+(?:![rs])?(?::[^{}]*)?\}")
KEYWORDS = {"_": None, "N_": None, "Words": None}


def _marked() -> set[str]:
    """What babel.cfg's sources ask to translate, extracted afresh."""
    config = ConfigParser()
    config.read(ROOT / "babel.cfg")
    found: set[str] = set()
    for section in config.sections():
        method, pattern = (part.strip() for part in section.split(":", 1))
        for path in sorted(ROOT.glob(pattern.replace("**.", "**/*."))):
            for _line, message, _comments, _context in extract_from_file(
                method, str(path), keywords=KEYWORDS
            ):
                found.add(message if isinstance(message, str) else message[0])
    return found


def _catalogue(language: str) -> dict[str, str]:
    path = locale.LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po:
        catalog = read_po(po, locale=language)
    assert not [m.id for m in catalog if m.id and m.fuzzy], "fuzzy entries are not translations"
    return {str(m.id): str(m.string) for m in catalog if m.id}


def test_the_template_lists_every_marked_string() -> None:
    with (locale.LOCALE_DIR / "messages.pot").open("rb") as pot:
        listed = {str(m.id) for m in read_po(pot) if m.id}
    assert _marked() == listed, "run `make messages` after marking or removing a string"


@pytest.mark.parametrize("language", sorted(set(locale.LANGUAGES) - {locale.DEFAULT}))
def test_every_marked_string_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    marked = _marked()
    missing = sorted(m for m in marked if not catalogue.get(m))
    assert missing == [], f"{language}: no translation for {missing}"
    for source in marked:
        wanted = sorted(PLACEHOLDER.findall(source))
        assert sorted(PLACEHOLDER.findall(catalogue[source])) == wanted, (language, source)


def test_the_ten_languages_of_the_text_classifier_have_catalogues() -> None:
    from parceltrail.domain.text.rules import LANGUAGES as CLASSIFIED

    first_ten = list(CLASSIFIED)[:10]
    assert set(first_ten) <= set(locale.LANGUAGES)


def test_the_best_language_of_accept_language_that_has_a_catalogue() -> None:
    assert locale.from_header("pl-PL,pl;q=0.9,en;q=0.5") == "pl"
    assert locale.from_header("ja, de;q=0.3, fr;q=0.8") == "fr"  # the best one we have
    assert locale.from_header("ja,ko;q=0.9") is None
    assert locale.from_header("zh-CN,zh;q=0.9") == "zh"
    assert locale.from_header("de;q=nonsense, ru") == "ru"
    assert locale.gettext("de", "Track a parcel") == "Sendung verfolgen"
    assert locale.gettext("en", "Track a parcel") == "Track a parcel"
    assert locale.gettext("xx", "Track a parcel") == "Track a parcel"


def _request(query: str = "", cookie: str = "", accept: str = "") -> Request:
    headers = [(b"accept-language", accept.encode()), (b"cookie", cookie.encode())]
    return Request({"type": "http", "query_string": query.encode(), "headers": headers})


def test_the_url_then_the_account_then_the_switch_then_the_browser(clock: FrozenClock) -> None:
    polish = User("u1", "a@example.com", Role.BUYER, clock.now, language="pl")
    unset = User("u2", "b@example.com", Role.BUYER, clock.now)
    browser = {"cookie": "lang=it", "accept": "de-DE,de;q=0.9"}
    assert i18n.language_of(_request("lang=pt", **browser), polish) == "pt"
    assert i18n.language_of(_request(**browser), polish) == "pl"
    assert i18n.language_of(_request(**browser), unset) == "it"
    assert i18n.language_of(_request(accept="de-DE,de;q=0.9"), unset) == "de"
    assert i18n.language_of(_request("lang=xx", accept="ja"), None) == "en"


def test_every_label_a_page_builds_from_a_value_is_marked() -> None:
    from parceltrail.domain.disputes import Action, DisputeState, Party, Reason
    from parceltrail.domain.health import Problem
    from parceltrail.domain.notifications import (
        ALERT_MILESTONES,
        DeliveryMode,
        SubscriptionStatus,
    )
    from parceltrail.domain.status import Status, SubStatus
    from parceltrail.web.pages.render import label

    enums = (
        Status,
        SubStatus,
        Problem,
        Action,
        DisputeState,
        Party,
        Reason,
        Role,
        SubscriptionStatus,
        DeliveryMode,
    )
    built = {label(v.value) for enum in enums for v in enum} | {label(m) for m in ALERT_MILESTONES}
    assert built <= set(i18n.LABELS)
