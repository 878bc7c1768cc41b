"""Carrier data names where it comes from, and the labelled numbers keep each source on one side."""

import csv
import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from parceltrail.domain.numbers import load_directory

DATA = Path(__file__).resolve().parents[3] / "data" / "numbers"
CARRIER_FIELDS_WITH_SOURCES = {
    "website",
    "tracking_url",
    "contact_url",
    "contact_phone",
    "contact_email",
    "tracking_url_reason",
}


def _carrier_entries():
    root = resources.files("parceltrail.data.carriers")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            yield from json.loads(entry.read_text(encoding="utf-8")).get("carriers", ())


SOURCED = [pytest.param(c, id=c["code"]) for c in _carrier_entries() if "sources" in c]


CARRIERS = [pytest.param(c, id=c["code"]) for c in _carrier_entries()]


@pytest.mark.parametrize("carrier", CARRIERS)
def test_every_named_carrier_has_a_tracking_page_template_or_says_why(carrier):
    """A buyer is sent to the carrier's own page with the number filled in, or the data says
    why not (docs/numbers.md, "The directory": form_only or not_found)."""
    template, reason = carrier.get("tracking_url"), carrier.get("tracking_url_reason")
    assert (template is None) != (reason is None), carrier["code"]


CONTACT_FIELDS = ("contact_url", "contact_phone", "contact_email")


@pytest.mark.parametrize("carrier", CARRIERS)
def test_every_named_carrier_says_how_to_reach_it_or_why_it_cannot(carrier):
    """A buyer told to contact the carrier finds its page, phone or e-mail, or the data says no
    public source gave one (docs/numbers.md, "The directory": contact_reason)."""
    contact = any(carrier.get(field) for field in CONTACT_FIELDS)
    assert contact != (carrier.get("contact_reason") == "not_found"), carrier["code"]


@pytest.mark.parametrize("carrier", CARRIERS)
def test_tracking_pages_and_contact_pages_are_https(carrier):
    for field in ("tracking_url", "contact_url"):
        assert carrier.get(field) is None or carrier[field].startswith("https://"), field


def test_some_carriers_name_their_sources():
    assert len(SOURCED) >= 100


# Templates of the first directory (commit ef73839), written before templates named their
# source. Each one found in a public list since then left this set; nothing may join it.
UNSOURCED_FIRST_TEMPLATES = frozenset(
    {"amazon", "deutsche_post", "dhl_ecommerce", "dhl_express", "evri", "gls", "japan_post"}
    | {"ontrac", "parcelforce", "postnord", "swiss_post", "tnt"}
)


@pytest.mark.parametrize("carrier", CARRIERS)
def test_every_tracking_page_template_names_its_source(carrier):
    """A template puts the buyer's number into an address; which public list said the number
    goes there must be on record (docs/numbers-sources.md)."""
    template = carrier.get("tracking_url")
    sourced = bool(carrier.get("sources", {}).get("tracking_url"))
    if template is None:
        assert not sourced, carrier["code"]
    else:
        assert sourced or carrier["code"] in UNSOURCED_FIRST_TEMPLATES, carrier["code"]


def test_the_unsourced_first_templates_only_shrink():
    """A first-directory template that gained a source (or lost its template) leaves the set."""
    still = {
        c["code"]
        for c in _carrier_entries()
        if c.get("tracking_url") and not c.get("sources", {}).get("tracking_url")
    }
    assert still == UNSOURCED_FIRST_TEMPLATES


# The sources' own placeholders: a template copied with one of them left in would send the
# buyer to a page without the number.
FOREIGN_PLACEHOLDERS = ("{", "}", "%number", "%s", "[TRACK", "${")


@pytest.mark.parametrize("carrier", CARRIERS)
def test_every_template_has_exactly_one_number_placeholder(carrier):
    template = carrier.get("tracking_url")
    assert template is None or template.count("{number}") == 1, carrier["code"]
    rest = (template or "").replace("{number}", "")
    assert [p for p in FOREIGN_PLACEHOLDERS if p in rest] == [], template


@pytest.mark.parametrize("carrier", CARRIERS)
def test_a_carrier_without_a_template_names_the_list_that_shows_a_form(carrier):
    """form_only is a claim about the carrier's page, so it needs the list that shows it."""
    if carrier.get("tracking_url_reason") == "form_only":
        assert carrier.get("sources", {}).get("tracking_url_reason"), carrier["code"]


# Fields a page on the carrier's own site may back: its contact page (the page itself), its
# customer-service phone and e-mail (the carrier's own page is the best evidence for them), and
# its tracking page or the reason it has none (a page of the carrier that shows the address,
# or its help page saying the tracking is a form), copied as stored, never a third party's page.
OWN_PAGE_FIELDS = frozenset(
    {"tracking_url", "tracking_url_reason", "contact_phone", "contact_email"}
)


def _own_page(carrier: Mapping[str, Any], field: str, source: str) -> bool:
    """A page is evidence about a carrier only when it is on that carrier's site, over https."""
    site = (urlsplit(carrier["website"]).hostname or "").removeprefix("www.")
    parts = urlsplit(source)
    host = parts.hostname or ""
    own = parts.scheme == "https" and bool(site) and (host == site or host.endswith("." + site))
    if field == "contact_url":
        return own and source == carrier.get(field)
    return own and field in OWN_PAGE_FIELDS


@pytest.mark.parametrize("carrier", SOURCED)
def test_every_source_backs_a_field_that_is_set(carrier):
    for field, source in carrier["sources"].items():
        assert field in CARRIER_FIELDS_WITH_SOURCES, (carrier["code"], field)
        assert carrier.get(field), (carrier["code"], field)
        assert source.startswith("https://github.com/") or _own_page(carrier, field, source), (
            carrier["code"],
            source,
        )


def test_a_carriers_own_page_backs_its_contact_page_only_when_it_is_that_page():
    carrier = {"website": "https://www.post.ch", "contact_url": "https://www.post.ch/en/help"}
    assert _own_page(carrier, "contact_url", "https://www.post.ch/en/help")
    assert not _own_page(carrier, "contact_url", "https://www.post.ch/en/other")
    elsewhere = {"website": "https://www.post.ch", "contact_url": "https://evil-post.ch/help"}
    assert not _own_page(elsewhere, "contact_url", "https://evil-post.ch/help")


def test_a_carriers_own_page_backs_its_phone_and_e_mail_but_no_third_partys_page_does():
    carrier = {"website": "http://www.posta.si/"}
    contact = "https://www.posta.si/zasebno/kontakt"
    assert _own_page(carrier, "contact_phone", contact)
    assert _own_page(carrier, "contact_email", contact)
    assert _own_page(carrier, "contact_email", "https://help.posta.si/kontakt")
    assert not _own_page(carrier, "contact_phone", "http://www.posta.si/kontakt")
    assert not _own_page(carrier, "contact_phone", "https://notposta.si/kontakt")
    assert not _own_page(carrier, "contact_email", "https://www.ordertracker.com/slovenia-post")


def test_a_carriers_own_page_may_back_its_tracking_and_contact_fields_and_nothing_else():
    carrier = {"website": "http://www.posta.si/"}
    help_page = "https://www.posta.si/zasebno/mojaposta/center-za-pomoc/sledenje-posiljk"
    assert _own_page(carrier, "tracking_url_reason", help_page)
    assert _own_page(carrier, "tracking_url", help_page)
    assert not _own_page(carrier, "website", help_page)
    assert not _own_page(carrier, "volume", help_page)
    assert not _own_page(carrier, "tracking_url_reason", "http://www.posta.si/sledenje")
    assert not _own_page(carrier, "tracking_url_reason", "https://notposta.si/sledenje")
    assert not _own_page(
        carrier, "tracking_url_reason", "https://www.ordertracker.com/carriers/slovenia-post"
    )


@pytest.mark.parametrize("path", sorted(DATA.glob("real_numbers*.tsv")), ids=lambda p: p.name)
def test_no_source_straddles_the_split(path):
    splits = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for fields in csv.reader(handle, delimiter="\t"):
            if fields and not fields[0].startswith("#"):
                splits[fields[2]].add(fields[3])
    assert [source for source, seen in splits.items() if len(seen) > 1] == []


def test_every_medium_or_high_format_rests_on_two_real_numbers():
    """The confidence policy (docs/numbers.md): fewer than two real, sourced numbers is low."""
    thin = [
        f.id
        for f in load_directory().formats
        if f.confidence != "low"
        and sum(1 for e in f.examples if e.valid and e.source and not e.constructed) < 2
    ]
    assert thin == []


SESSION_7 = "# --- session 7 (s7-numbers)"


def session_7_split(source: str) -> str:
    """Session 7's held-out rule, fixed before its numbers were gathered (a salted hash)."""
    thread = "github.com/" in source and ("/issues/" in source or "/pull/" in source)
    salted = int(hashlib.sha1(("s7-numbers:" + source).encode("utf-8")).hexdigest()[:8], 16)
    return "holdout" if thread or salted % 3 == 0 else "train"


@pytest.mark.parametrize("path", sorted(DATA.glob("real_numbers*.tsv")), ids=lambda p: p.name)
def test_session_7_rows_follow_the_rule_fixed_before_they_were_gathered(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith(SESSION_7) for line in lines)
    after = lines[next(i for i, line in enumerate(lines) if line.startswith(SESSION_7)) :]
    rows = [line.split("\t") for line in after if line and not line.startswith("#")]
    assert [r for r in rows if r[3] != session_7_split(r[2])] == []


def test_the_session_7_rule_holds_threads_out_and_splits_files_by_salted_hash():
    assert session_7_split("https://github.com/a/b/issues/1") == "holdout"
    assert session_7_split("https://github.com/a/b/pull/2") == "holdout"
    sides = {session_7_split(f"github a/b:file{i}.txt") for i in range(20)}
    assert sides == {"holdout", "train"}


def test_every_published_volume_is_on_record_with_its_year_and_source() -> None:
    """The ranking's prior is data a reviewer can check: each carrier's ``volume`` (parcels a
    year) appears in docs/numbers-sources.md with the same figure, year and source."""
    text = (Path(__file__).resolve().parents[4] / "docs" / "numbers-sources.md").read_text(
        encoding="utf-8"
    )
    entries = [(c["code"], c["volume"]) for c in _carrier_entries() if "volume" in c]
    assert len(entries) >= 10
    for code, volume in entries:
        row = f"| `{code}` | {volume['parcels']:,} | {volume['year']} | {volume['source']} |"
        assert row in text, code
    assert load_directory().volumes == {code: volume["parcels"] for code, volume in entries}


def test_every_shared_s10_issuer_code_is_on_record_with_its_source() -> None:
    """An operator that also issues S10 numbers under a post's code (``also_issued_by``) makes
    every number under that code uncertain, so each entry names its page in
    docs/numbers-sources.md."""
    text = (Path(__file__).resolve().parents[4] / "docs" / "numbers-sources.md").read_text(
        encoding="utf-8"
    )
    s10 = resources.files("parceltrail.data.carriers").joinpath("upu_s10.json")
    table = json.loads(s10.read_text(encoding="utf-8"))["s10"]
    shared = [(p["code"], e) for p in table["posts"] for e in p.get("also_issued_by", ())]
    assert shared
    for code, entry in shared:
        assert f"| `{code}` | `{entry['carrier']}` | {entry['source']} |" in text, code
