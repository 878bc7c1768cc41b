"""Parsing one carrier or format entry of a data file: the values kept and each refusal."""

from __future__ import annotations

import string
from typing import Any

import pytest

from parceltrail.domain.numbers.loader import DirectoryError, parse_carrier, parse_format
from parceltrail.domain.numbers.model import Example

SOURCE = "t.json"


def raw_format(**changes: Any) -> dict[str, Any]:
    """A minimal valid format entry (constructed for these tests), with changes applied."""
    raw: dict[str, Any] = {
        "id": "acme_f",
        "pattern": r"^AC(?P<payload>\d{4})(?P<check>\d)$",
        "length": 7,
        "confidence": "medium",
        "confidence_reason": "one documented example",
        "examples": {"valid": [{"number": "AC12345", "source": "https://example.org/doc"}]},
    }
    raw.update(changes)
    return {k: v for k, v in raw.items() if v is not None}


def refusal(raw: dict[str, Any]) -> str:
    with pytest.raises(DirectoryError) as error:
        parse_format(raw, carrier="acme", source=SOURCE)
    return str(error.value)


def test_a_minimal_format_takes_its_defaults() -> None:
    fmt = parse_format(raw_format(), carrier="acme", source=SOURCE)
    assert fmt.id == "acme_f"
    assert fmt.carrier == "acme"
    assert fmt.name == "acme_f"  # no name: the id
    assert fmt.regex.pattern == r"^AC(?P<payload>\d{4})(?P<check>\d)$"
    assert (fmt.min_length, fmt.max_length) == (7, 7)
    assert fmt.first_chars == frozenset(string.ascii_uppercase + string.digits)
    assert fmt.prefixes == ()
    assert fmt.check is None
    assert fmt.fields == {}
    assert fmt.lookups == {}
    assert fmt.confidence == "medium"
    assert fmt.confidence_reason == "one documented example"
    assert fmt.priority == 0
    assert fmt.scheme == ""
    assert fmt.unique_prefix is False
    assert fmt.examples == (Example("AC12345", True, "https://example.org/doc", False),)


def test_every_field_given_is_kept() -> None:
    raw = raw_format(
        name="Acme parcel",
        length=[6, 8],
        prefixes=["AC", "AD"],
        check={"algorithm": "mod10_weights", "payload": "payload", "weights": [3, 1]},
        fields={"payload": "serial"},
        lookups={"service": {"1": "express"}},
        priority="3",
        scheme="acme",
        examples={
            "valid": [{"number": "AC1", "source": "s1"}],
            "invalid": [{"number": "AC2", "constructed": True}],
        },
    )
    fmt = parse_format(raw, carrier="acme", source=SOURCE)
    assert fmt.name == "Acme parcel"
    assert (fmt.min_length, fmt.max_length) == (6, 8)
    assert fmt.prefixes == ("AC", "AD")
    assert fmt.first_chars == frozenset("A")
    assert fmt.check is not None
    assert fmt.check.algorithm == "mod10_weights"
    assert fmt.check.payload_group == "payload"
    assert dict(fmt.check.params) == {"weights": [3, 1]}
    assert fmt.check.prepend == ""
    assert fmt.fields == {"payload": "serial"}
    assert fmt.lookups == {"service": {"1": "express"}}
    assert fmt.priority == 3
    assert fmt.scheme == "acme"
    assert fmt.examples == (
        Example("AC1", True, "s1", False),
        Example("AC2", False, None, True),
    )


def test_a_check_without_payload_group_keeps_its_prepend() -> None:
    raw = raw_format(check={"algorithm": "luhn", "prepend": "12"})
    fmt = parse_format(raw, carrier="acme", source=SOURCE)
    assert fmt.check is not None
    assert fmt.check.payload_group is None
    assert fmt.check.prepend == "12"
    assert dict(fmt.check.params) == {}


@pytest.mark.parametrize(
    ("first", "chars"),
    [
        ("digit", frozenset(string.digits)),
        ("alpha", frozenset(string.ascii_uppercase)),
        ("alnum", frozenset(string.ascii_uppercase + string.digits)),
        ("XY9", frozenset("XY9")),
    ],
)
def test_first_characters_from_a_class_name_or_a_list(first: str, chars: frozenset[str]) -> None:
    assert parse_format(raw_format(first=first), carrier="a", source=SOURCE).first_chars == chars


def test_prefixes_decide_the_first_characters_over_first() -> None:
    fmt = parse_format(raw_format(first="digit", prefixes=["QA", "RB"]), carrier="a", source=SOURCE)
    assert fmt.first_chars == frozenset("QR")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id": "Bad-Id"}, "t.json: format 'Bad-Id': bad id"),
        ({"id": None}, "t.json: format '': bad id"),
        ({"id": 7}, "t.json: format 7: bad id"),
        ({"pattern": r"\d{7}$"}, "t.json: format 'acme_f': pattern not anchored"),
        ({"pattern": r"^\d{7}"}, "t.json: format 'acme_f': pattern not anchored"),
        ({"pattern": None}, "t.json: format 'acme_f': pattern not anchored"),
        ({"confidence": "sure"}, "t.json: format 'acme_f': confidence must be high, medium or low"),
        ({"confidence": None}, "t.json: format 'acme_f': confidence must be high, medium or low"),
        ({"confidence_reason": ""}, "t.json: format 'acme_f': missing confidence_reason"),
        ({"length": "7"}, "t.json: format 'acme_f': length must be an int or [min, max]"),
        ({"length": [8, 7]}, "t.json: format 'acme_f': length must be an int or [min, max]"),
        ({"length": [7, 8, 9]}, "t.json: format 'acme_f': length must be an int or [min, max]"),
        ({"length": None}, "t.json: format 'acme_f': length must be an int or [min, max]"),
        (
            {"check": {"algorithm": "nope"}},
            "t.json: format 'acme_f': unknown check algorithm 'nope'",
        ),
        ({"check": {}}, "t.json: format 'acme_f': unknown check algorithm ''"),
        (
            {"pattern": r"^AC\d{5}$", "check": {"algorithm": "luhn"}},
            "t.json: format 'acme_f': a checked pattern needs a 'check' group",
        ),
        (
            {"check": {"algorithm": "luhn", "payload": "serial"}},
            "t.json: format 'acme_f': no payload group 'serial'",
        ),
        (
            {"examples": {"invalid": [{"number": "AC1"}]}},
            "t.json: format 'acme_f': example 'AC1' needs a source or constructed: true",
        ),
        (
            {"examples": {"valid": [{"number": "AC1", "constructed": False, "source": ""}]}},
            "t.json: format 'acme_f': example 'AC1' needs a source or constructed: true",
        ),
    ],
)
def test_a_broken_format_is_refused_naming_file_entry_and_fault(
    changes: dict[str, Any], message: str
) -> None:
    raw = raw_format()
    raw.update(changes)
    assert refusal({k: v for k, v in raw.items() if v is not None}) == message


def test_equal_lengths_in_a_list_are_one_length() -> None:
    fmt = parse_format(raw_format(length=[7, 7]), carrier="a", source=SOURCE)
    assert (fmt.min_length, fmt.max_length) == (7, 7)


def test_a_pattern_that_does_not_compile_is_refused_with_the_regex_error() -> None:
    message = refusal(raw_format(pattern="^AC(\\d$"))
    assert message.startswith("t.json: format 'acme_f': missing ), unterminated subpattern")


def test_a_carrier_entry_keeps_its_fields_and_parses_its_formats() -> None:
    raw = {
        "code": "acme_2",
        "name": "Acme Two",
        "countries": ["DE", "AT"],
        "website": "https://acme.example",
        "tracking_url": "https://acme.example/t/{number}",
        "kind": "post",
        "contact_url": "https://acme.example/help",
        "contact_phone": "+49 (0)30 1234-567",
        "contact_email": "help@acme.example",
        "formats": [raw_format(), raw_format(id="acme_g")],
    }
    carrier, formats = parse_carrier(raw, source=SOURCE)
    assert carrier.code == "acme_2"
    assert carrier.name == "Acme Two"
    assert carrier.countries == ("DE", "AT")
    assert carrier.website == "https://acme.example"
    assert carrier.url_for("123") == "https://acme.example/t/123"
    assert carrier.kind == "post"
    assert carrier.contact_url == "https://acme.example/help"
    assert (carrier.contact_phone, carrier.contact_email) == (
        "+49 (0)30 1234-567",
        "help@acme.example",
    )
    assert carrier.tracking_url_reason is None
    assert [(f.id, f.carrier) for f in formats] == [("acme_f", "acme_2"), ("acme_g", "acme_2")]


def test_a_minimal_carrier_entry_takes_its_defaults() -> None:
    carrier, formats = parse_carrier({"code": "solo", "name": "Solo"}, source=SOURCE)
    assert (carrier.countries, carrier.website, carrier.tracking_url) == ((), None, None)
    assert (carrier.kind, carrier.contact_url, formats) == ("courier", None, [])
    assert (carrier.contact_phone, carrier.contact_email, carrier.tracking_url_reason) == (
        None,
        None,
        None,
    )
    assert carrier.contact_reason is None


@pytest.mark.parametrize("phone", ["13 POST (13 7678)", "+1 (855) 249-SHIP", "0800-725-0100"])
def test_a_phone_is_kept_as_the_carrier_prints_it(phone: str) -> None:
    carrier, _ = parse_carrier({"code": "a", "name": "A", "contact_phone": phone}, source=SOURCE)
    assert carrier.contact_phone == phone


@pytest.mark.parametrize("reason", ["form_only", "not_found"])
def test_a_carrier_without_a_template_may_say_why(reason: str) -> None:
    raw = {"code": "a", "name": "A", "tracking_url": None, "tracking_url_reason": reason}
    assert parse_carrier(raw, source=SOURCE)[0].tracking_url_reason == reason


def test_a_carrier_without_a_contact_may_say_why() -> None:
    raw = {"code": "a", "name": "A", "contact_reason": "not_found"}
    assert parse_carrier(raw, source=SOURCE)[0].contact_reason == "not_found"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"code": "Acme", "name": "A"}, "t.json: carrier 'Acme': bad code"),
        ({"code": "_acme", "name": "A"}, "t.json: carrier '_acme': bad code"),
        ({"code": 5, "name": "A"}, "t.json: carrier 5: bad code"),
        ({"name": "A"}, "t.json: carrier '': bad code"),
        ({"code": "acme"}, "t.json: carrier 'acme': missing name"),
        ({"code": "acme", "name": ""}, "t.json: carrier 'acme': missing name"),
        (
            {"code": "acme", "name": "A", "tracking_url": "https://a.example/t"},
            "t.json: carrier 'acme': tracking_url lacks {number}",
        ),
        (
            {"code": "acme", "name": "A", "tracking_url": "https://a.example/{number}?n={number}"},
            "t.json: carrier 'acme': tracking_url has {number} more than once",
        ),
        (
            {"code": "acme", "name": "A", "tracking_url": "http://a.example/t/{number}"},
            "t.json: carrier 'acme': tracking_url must be an https:// URL",
        ),
        (
            {"code": "acme", "name": "A", "tracking_url": ["https://a.example/{number}"]},
            "t.json: carrier 'acme': tracking_url must be an https:// URL",
        ),
        (
            {"code": "acme", "name": "A", "contact_url": "http://a.example"},
            "t.json: carrier 'acme': contact_url must be an https:// URL",
        ),
        (
            {"code": "acme", "name": "A", "website": "javascript:alert(1)"},
            "t.json: carrier 'acme': website must be an http:// or https:// URL",
        ),
        (
            {"code": "acme", "name": "A", "website": " https://a.example"},
            "t.json: carrier 'acme': website must be an http:// or https:// URL",
        ),
        (
            {"code": "acme", "name": "A", "contact_url": ["https://a.example"]},
            "t.json: carrier 'acme': contact_url must be an https:// URL",
        ),
        (
            {"code": "acme", "name": "A", "contact_phone": "<b>call us</b>"},
            "t.json: carrier 'acme': contact_phone '<b>call us</b>' is not a phone number",
        ),
        (
            {"code": "acme", "name": "A", "contact_phone": 800123},
            "t.json: carrier 'acme': contact_phone 800123 is not a phone number",
        ),
        (
            {"code": "acme", "name": "A", "contact_email": "help at acme.example"},
            "t.json: carrier 'acme': contact_email 'help at acme.example' is not an e-mail address",
        ),
        (
            {"code": "acme", "name": "A", "contact_email": "a@b.example>"},
            "t.json: carrier 'acme': contact_email 'a@b.example>' is not an e-mail address",
        ),
        (
            {"code": "acme", "name": "A", "tracking_url_reason": "lazy"},
            "t.json: carrier 'acme': tracking_url_reason must be one of ['form_only', 'not_found']",
        ),
        (
            {
                "code": "acme",
                "name": "A",
                "tracking_url": "https://a.example/{number}",
                "tracking_url_reason": "form_only",
            },
            "t.json: carrier 'acme': tracking_url_reason given with a tracking_url",
        ),
        (
            {"code": "acme", "name": "A", "contact_reason": "lazy"},
            "t.json: carrier 'acme': contact_reason must be one of ['not_found']",
        ),
        (
            {
                "code": "acme",
                "name": "A",
                "contact_phone": "+1 800 555 0100",
                "contact_email": "help@acme.example",
                "contact_reason": "not_found",
            },
            "t.json: carrier 'acme': contact_reason given with contact_phone, contact_email",
        ),
    ],
)
def test_a_broken_carrier_is_refused_naming_file_entry_and_fault(
    raw: dict[str, Any], message: str
) -> None:
    with pytest.raises(DirectoryError) as error:
        parse_carrier(raw, source=SOURCE)
    assert str(error.value) == message


VOLUME = {"parcels": 862000000, "year": "2022/23", "source": "https://example.org/report"}


def test_a_carrier_keeps_its_published_volume_and_has_none_without_one() -> None:
    raw = {"code": "a", "name": "A", "volume": {**VOLUME, "note": "a quote"}}
    assert parse_carrier(raw, source=SOURCE)[0].volume == 862000000
    assert parse_carrier({"code": "a", "name": "A"}, source=SOURCE)[0].volume is None


@pytest.mark.parametrize(
    ("volume", "fault"),
    [
        (862000000, "volume must be an object"),
        ({**VOLUME, "parcels": 0}, "volume parcels must be a positive whole number"),
        ({**VOLUME, "parcels": "862 million"}, "volume parcels must be a positive whole number"),
        ({**VOLUME, "parcels": True}, "volume parcels must be a positive whole number"),
        ({**VOLUME, "parcels": 8.62e8}, "volume parcels must be a positive whole number"),
        ({**VOLUME, "year": 2023}, "volume year must be a year such as '2023' or '2022/23'"),
        ({**VOLUME, "year": "recent"}, "volume year must be a year such as '2023' or '2022/23'"),
        ({**VOLUME, "source": ""}, "volume needs the source (a URL) that states the figure"),
        ({"parcels": 5, "year": "2023"}, "volume needs the source (a URL) that states the figure"),
        ({**VOLUME, "note": 5}, "volume note must be a text"),
        ({**VOLUME, "rank": 1}, "volume has unknown keys ['rank']"),
    ],
)
def test_a_volume_without_its_figure_year_or_source_is_refused(volume: object, fault: str) -> None:
    with pytest.raises(DirectoryError) as error:
        parse_carrier({"code": "acme", "name": "A", "volume": volume}, source=SOURCE)
    assert str(error.value) == f"t.json: carrier 'acme': {fault}"


def test_a_format_error_inside_a_carrier_names_the_format() -> None:
    raw = {"code": "acme", "name": "A", "formats": [raw_format(id="acme_x", confidence="?")]}
    with pytest.raises(DirectoryError, match=r"^t\.json: format 'acme_x': confidence"):
        parse_carrier(raw, source=SOURCE)


def test_a_format_without_examples_has_none() -> None:
    raw = raw_format()
    del raw["examples"]
    assert parse_format(raw, carrier="a", source=SOURCE).examples == ()
