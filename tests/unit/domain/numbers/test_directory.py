"""The carrier directory: data-file rules and every example classified as its source says."""

import re

import pytest

from parceltrail.domain.carriers import all_carriers, get_carrier, require_carrier, tracking_url
from parceltrail.domain.numbers import carrier_tracking_url, load_directory, normalize
from parceltrail.domain.numbers.loader import DirectoryError, parse_format
from parceltrail.domain.numbers.matching import match_formats
from tests.hang_guard import finishes

DIRECTORY = load_directory()
EXAMPLES = [
    pytest.param(fmt, ex, id=f"{fmt.id}:{'valid' if ex.valid else 'invalid'}:{ex.number}")
    for fmt in DIRECTORY.formats
    for ex in fmt.examples
]


def _valid_matches(number):
    value = normalize(number).value
    return [m for m in match_formats(value, DIRECTORY) if m.check_passed is not False]


@pytest.mark.parametrize(("fmt", "example"), EXAMPLES)
def test_every_example_is_classified_as_its_source_says(fmt, example):
    matched = [m for m in _valid_matches(example.number) if m.fmt is fmt]
    assert bool(matched) == example.valid


def test_directory_is_loaded_once():
    assert load_directory() is load_directory()


def test_at_least_seventy_named_carriers_with_countries_or_urls():
    named = [c for c in DIRECTORY.carriers.values() if not c.code.startswith("post_")]
    assert len(named) >= 70


def test_s10_table_covers_member_posts_and_pseudo_codes():
    assert len([p for p in DIRECTORY.s10_posts.values() if not p.pseudo]) >= 190
    assert DIRECTORY.s10_posts["YP"].carrier == "yanwen"
    assert DIRECTORY.s10_posts["YQ"].pseudo


@pytest.mark.parametrize(
    "code",
    [
        "cainiao",
        "china_post",
        "china_ems",
        "yunexpress",
        "4px",
        "yanwen",
        "sf_express",
        "jt_express",
        "sunyou",
        "winit",
        "cne_express",
        "equick",
        "usps",
        "ups",
        "fedex",
        "dhl_express",
        "dhl_ecommerce",
        "amazon",
        "ontrac",
        "lasership",
        "canada_post",
        "purolator",
        "canpar",
        "royal_mail",
        "parcelforce",
        "evri",
        "yodel",
        "dpd",
        "gls",
        "dhl_paket",
        "deutsche_post",
        "postnl",
        "la_poste",
        "colissimo",
        "chronopost",
        "correos",
        "poste_italiane",
        "correios",
        "russian_post",
        "australia_post",
        "japan_post",
        "postnord",
        "inpost",
        "poczta_polska",
        "swiss_post",
        "an_post",
        "israel_post",
        "aramex",
        "tnt",
    ],
)
def test_required_carriers_are_present(code):
    assert get_carrier(code) is not None


def test_every_format_has_examples_and_a_confidence_reason():
    for fmt in DIRECTORY.formats:
        assert any(e.valid for e in fmt.examples), fmt.id
        assert fmt.confidence_reason, fmt.id


def test_examples_carry_a_source_or_are_marked_constructed():
    for fmt in DIRECTORY.formats:
        for ex in fmt.examples:
            assert ex.constructed or ex.source, (fmt.id, ex.number)


def test_declared_lengths_and_first_characters_fit_the_valid_examples():
    for fmt in DIRECTORY.formats:
        for ex in fmt.examples:
            value = normalize(ex.number).value
            if ex.valid:
                assert fmt.min_length <= len(value) <= fmt.max_length, (fmt.id, value)
                assert value[0] in fmt.first_chars, (fmt.id, value)


def test_patterns_do_not_backtrack_catastrophically():
    hostile = ["1Z" + "9" * 98, "A" * 100, "9" * 100, "LP" + "0" * 98, "0" * 50 + "A" * 50]
    for fmt in DIRECTORY.formats:
        for text in hostile:
            finishes(lambda fmt=fmt, text=text: fmt.regex.match(text))


def test_tracking_urls_fill_the_number():
    assert carrier_tracking_url("ups", "1z5r 8939 0357 5671 27").endswith("1Z5R89390357567127")
    assert tracking_url("usps", "9400111201080805483016").endswith("9400111201080805483016")
    assert carrier_tracking_url("nope", "123") is None


def test_carriers_module_lookups():
    assert require_carrier("dpd").name == "DPD"
    assert get_carrier("missing") is None
    with pytest.raises(KeyError):
        require_carrier("missing")
    names = [c.name.lower() for c in all_carriers()]
    assert names == sorted(names)


def test_ecuadors_post_keeps_its_code_under_its_successors_name():
    # Correos del Ecuador was wound up from 2020 and Servicios Postales del Ecuador took over
    # the universal service (docs/numbers-sources.md); the aggregators' maps still key on
    # "correos_ecuador", so only the name moves.
    carrier = require_carrier("correos_ecuador")
    assert carrier.name == "Servicios Postales del Ecuador"
    assert DIRECTORY.s10_posts["EC"].carrier == "correos_ecuador"
    assert DIRECTORY.s10_posts["EC"].operator == carrier.name


def test_s10_issuing_posts_get_the_s10_format():
    assert "upu_s10" in require_carrier("royal_mail").formats
    assert "upu_s10" in require_carrier("post_af").formats


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {
                "id": "x",
                "pattern": "1Z$",
                "length": 2,
                "confidence": "high",
                "confidence_reason": "r",
            },
            "anchored",
        ),
        (
            {
                "id": "x",
                "pattern": "^1Z$",
                "length": 2,
                "confidence": "sure",
                "confidence_reason": "r",
            },
            "confidence",
        ),
        (
            {
                "id": "x",
                "pattern": "^(?P<c>1)Z$",
                "length": 2,
                "confidence": "high",
                "confidence_reason": "r",
                "check": {"algorithm": "luhn"},
            },
            "check",
        ),
        (
            {
                "id": "x",
                "pattern": "^1Z$",
                "length": 2,
                "confidence": "high",
                "confidence_reason": "r",
                "examples": {"valid": [{"number": "1Z"}]},
            },
            "source",
        ),
    ],
)
def test_loader_rejects_bad_entries(raw, message):
    with pytest.raises(DirectoryError, match=message):
        parse_format(raw, carrier="x", source="test.json")


def test_codes_are_lower_snake():
    for code in DIRECTORY.carriers:
        assert re.fullmatch(r"[a-z0-9][a-z0-9_]*", code)


def test_a_carrier_may_name_its_customer_service_page():
    from parceltrail.domain.numbers.loader import parse_carrier

    raw = {"code": "x", "name": "X", "contact_url": "https://example.org/contact"}
    carrier, _ = parse_carrier(raw, source="t.json")
    assert carrier.contact_url == "https://example.org/contact"
    assert parse_carrier({"code": "y", "name": "Y"}, source="t.json")[0].contact_url is None
    with pytest.raises(DirectoryError, match="contact_url"):
        parse_carrier({"code": "z", "name": "Z", "contact_url": "javascript:x"}, source="t.json")


def test_the_documents_read_through_importlib_resources_are_those_of_the_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A zipped install has no folder: the files are then read through importlib.resources."""
    from parceltrail.domain.numbers import directory

    from_folder = directory._read_documents()
    monkeypatch.setattr(directory, "_package_folder", lambda package: None)
    assert directory._read_documents() == from_folder
    assert [name for name, _ in from_folder] == sorted(name for name, _ in from_folder)
    assert "upu_s10.json" in [name for name, _ in from_folder]
