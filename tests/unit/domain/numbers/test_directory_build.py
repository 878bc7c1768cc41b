"""Building the carrier directory from documents: indexes, unique prefixes, S10 carriers.

Each test builds its directory inside the test (never at import), from small documents made
for it or from the packaged files read afresh, so a change to the building code is seen.
"""

from __future__ import annotations

from typing import Any

import pytest

from parceltrail.domain.numbers.directory import (
    CarrierDirectory,
    DirectoryError,
    _read_documents,
    build_directory,
    load_directory,
)
from tests.unit.domain.numbers.made import carrier, fmt

S10_SCHEME = fmt(
    "s10",
    r"^(?P<service>[A-Z]{2})(?P<serial>\d{8})(?P<check>\d)(?P<country>[A-Z]{2})$",
    13,
    first="alpha",
    scheme="s10",
)


def test_formats_are_indexed_by_first_character_and_every_length_in_range() -> None:
    directory = build_directory(
        [
            (
                "a.json",
                {
                    "carriers": [
                        carrier("acme", fmt("acme_a", r"^[AB]\d{2,3}$", [3, 4], first="AB"))
                    ]
                },
            )
        ]
    )
    acme_a = directory.formats_by_id["acme_a"]
    assert acme_a.first_chars == frozenset("AB")
    for first in "AB":
        assert directory.formats_for(3, first) == (acme_a,)
        assert directory.formats_for(4, first) == (acme_a,)
    assert directory.formats_for(2, "A") == ()
    assert directory.formats_for(5, "A") == ()
    assert directory.formats_for(3, "C") == ()
    assert len(directory.index_items()) == 4  # two first characters, two lengths
    assert directory.max_length == 4
    assert directory.plan is None


def test_the_index_lists_the_highest_priority_first() -> None:
    directory = build_directory(
        [
            (
                "a.json",
                {
                    "carriers": [
                        carrier("low", fmt("low_f", r"^\d{4}$", 4, first="digit", priority=-2)),
                        carrier("high", fmt("high_f", r"^\d{4}$", 4, first="digit", priority=3)),
                        carrier("mid", fmt("mid_f", r"^\d{4}$", 4, first="digit")),
                    ]
                },
            )
        ]
    )
    ids = [f.id for f in directory.formats_for(4, "7")]
    assert ids == ["high_f", "mid_f", "low_f"]
    items = dict(directory.index_items())
    assert [f.id for f in items[("7", 4)]] == ids
    assert len(items) == 10  # the ten digits, one length


def test_only_checked_formats_are_in_the_checked_index() -> None:
    checked = fmt(
        "luhn_f",
        r"^(?P<payload>\d{5})(?P<check>\d)$",
        6,
        first="digit",
        check={"algorithm": "luhn", "payload": "payload"},
    )
    plain = fmt("plain_f", r"^\d{6}$", 6, first="digit", priority=5)
    directory = build_directory([("a.json", {"carriers": [carrier("c", checked, plain)]})])
    assert [f.id for f in directory.formats_for(6, "1")] == ["plain_f", "luhn_f"]
    assert [f.id for f in directory.checked_formats_for(6, "1")] == ["luhn_f"]
    assert directory.checked_formats_for(7, "1") == ()


def test_a_prefix_no_other_carrier_can_collide_with_is_unique() -> None:
    documents = [
        (
            "a.json",
            {
                "carriers": [
                    carrier("one", fmt("one_f", r"^AB\d{4}$", 6, prefixes=["AB"])),
                    # the same carrier using the prefix twice keeps it unique
                    carrier(
                        "two",
                        fmt("two_f", r"^CD\d{4}$", 6, prefixes=["CD"]),
                        fmt("two_g", r"^CD\d{5}$", 7, prefixes=["CD"]),
                    ),
                    # "EF" and "EFG" collide: one starts with the other
                    carrier("three", fmt("three_f", r"^EF\d{4}$", 6, prefixes=["EF"])),
                    carrier("four", fmt("four_f", r"^EFG\d{3}$", 6, prefixes=["EFG"])),
                    # a one-character prefix is never unique
                    carrier("five", fmt("five_f", r"^H\d{5}$", 6, prefixes=["H"])),
                    carrier("six", fmt("six_f", r"^\d{6}$", 6, first="digit")),
                ]
            },
        )
    ]
    unique = {f.id: f.unique_prefix for f in build_directory(documents).formats}
    assert unique == {
        "one_f": True,
        "two_f": True,
        "two_g": True,
        "three_f": False,
        "four_f": False,
        "five_f": False,
        "six_f": False,
    }


def test_a_format_with_a_short_prefix_among_long_ones_is_not_unique() -> None:
    several = fmt("sev_f", r"^(JK|L)\d{4}$", [5, 6], prefixes=["JK", "L"])
    directory = build_directory([("a.json", {"carriers": [carrier("sev", several)]})])
    assert directory.formats_by_id["sev_f"].unique_prefix is False
    assert directory.formats_by_id["sev_f"].first_chars == frozenset("JL")


def test_prefix_collision_is_checked_in_both_directions() -> None:
    shorter_other = [
        carrier("mine", fmt("mine_f", r"^XYZ\d{3}$", 6, prefixes=["XYZ"])),
        carrier("other", fmt("other_f", r"^XY\d{4}$", 6, prefixes=["XY"])),
    ]
    directory = build_directory([("a.json", {"carriers": shorter_other})])
    assert directory.formats_by_id["mine_f"].unique_prefix is False
    assert directory.formats_by_id["other_f"].unique_prefix is False


def s10_document(**table: Any) -> dict[str, Any]:
    return {"schemes": [S10_SCHEME], "s10": table}


def test_s10_posts_name_carriers_the_directory_did_not_list() -> None:
    table = {
        "posts": [
            {"code": "GB", "operator": "Royal Mail", "carrier": "royal_mail", "country": "GB"},
            {"code": "FR", "operator": "La Poste"},
            {
                "code": "QA",
                "operator": "Pseudo Op",
                "carrier": "pseudo_c",
                "pseudo": True,
                "by_service": {"L": "pseudo_l", "E": "pseudo_c"},
            },
        ],
        "services": {"R": "registered"},
    }
    documents = [
        ("a.json", {"carriers": [carrier("royal_mail", kind="post", countries=["GB"])]}),
        ("b.json", s10_document(**table)),
    ]
    directory = build_directory(documents)

    assert directory.s10_services == {"R": "registered"}
    assert set(directory.s10_posts) == {"GB", "FR", "QA"}
    assert directory.s10_posts["GB"].country == "GB"
    assert directory.s10_posts["GB"].operator == "Royal Mail"
    france = directory.s10_posts["FR"]
    assert (france.carrier, france.country, france.pseudo) == ("post_fr", None, False)
    assert dict(france.by_service) == {}
    pseudo = directory.s10_posts["QA"]
    assert pseudo.pseudo is True
    assert pseudo.carrier_for("LX") == "pseudo_l"

    listed = directory.carrier("royal_mail")
    assert listed is not None
    assert listed.name == "Royal_Mail"
    assert directory.carrier("post_fr") == directory.carriers["post_fr"]
    post_fr = directory.carriers["post_fr"]
    assert (post_fr.code, post_fr.name, post_fr.countries) == ("post_fr", "La Poste", ("FR",))
    assert post_fr.kind == "post"
    for code in ("pseudo_c", "pseudo_l"):
        added = directory.carriers[code]
        assert (added.code, added.name, added.countries) == (code, "Pseudo Op", ())
        assert added.kind == "consolidator"
    assert directory.carrier("nobody") is None

    for code in ("royal_mail", "post_fr", "pseudo_c", "pseudo_l"):
        assert directory.carriers[code].formats == ("s10",)
        assert [f.id for f in directory.carrier_formats(code)] == ["s10"]
    assert directory.carrier_formats("nobody") == ()


def test_a_carrier_gets_its_own_formats_then_the_s10_scheme() -> None:
    own = fmt("rm_own", r"^RM\d{4}$", 6, prefixes=["RM"])
    documents = [
        ("a.json", {"carriers": [carrier("royal_mail", own), carrier("courier_x")]}),
        ("b.json", s10_document(posts=[{"code": "GB", "operator": "RM", "carrier": "royal_mail"}])),
    ]
    directory = build_directory(documents)
    assert directory.carriers["royal_mail"].formats == ("rm_own", "s10")
    assert directory.carriers["courier_x"].formats == ()
    assert directory.carrier_formats("courier_x") == ()
    scheme = directory.formats_by_id["s10"]
    assert scheme.carrier == ""
    assert directory.formats_for(13, "R") == (scheme,)


GB_SHARED = {
    "code": "GB",
    "operator": "RM",
    "carrier": "royal_mail",
    "also_issued_by": [{"carrier": "parcelforce", "source": "https://parcelforce.example/formats"}],
}


def test_an_operator_that_also_issues_under_a_code_gets_the_s10_scheme() -> None:
    documents = [
        ("a.json", {"carriers": [carrier("royal_mail"), carrier("parcelforce")]}),
        ("b.json", s10_document(posts=[GB_SHARED])),
    ]
    directory = build_directory(documents)
    assert directory.s10_posts["GB"].also == ("parcelforce",)
    assert directory.s10_posts["GB"].carrier_for("EE") == "royal_mail"
    assert directory.carriers["parcelforce"].formats == ("s10",)


def test_an_operator_the_directory_lacks_is_not_made_up_from_the_issuer() -> None:
    directory = build_directory([("b.json", s10_document(posts=[GB_SHARED]))])
    assert "parcelforce" not in directory.carriers
    assert set(directory.carriers) == {"royal_mail"}


@pytest.mark.parametrize("source", [None, "", "http://parcelforce.example/formats", 7])
def test_also_issued_by_needs_an_https_source(source: object) -> None:
    entry: dict[str, Any] = {"carrier": "parcelforce"}
    if source is not None:
        entry["source"] = source
    post = {**GB_SHARED, "also_issued_by": [entry]}
    with pytest.raises(DirectoryError, match="also_issued_by"):
        build_directory([("b.json", s10_document(posts=[post]))])


@pytest.mark.parametrize("entry", [{}, {"carrier": ""}, {"carrier": 3}])
def test_also_issued_by_needs_a_carrier(entry: dict[str, Any]) -> None:
    post = {**GB_SHARED, "also_issued_by": [{"source": "https://parcelforce.example/", **entry}]}
    with pytest.raises(DirectoryError, match="names no carrier"):
        build_directory([("b.json", s10_document(posts=[post]))])


def test_every_packaged_also_issued_by_names_a_carrier_of_the_directory() -> None:
    directory = build_directory(_read_documents())
    shared = [(p.code, code) for p in directory.s10_posts.values() for code in p.also]
    assert ("GB", "parcelforce") in shared
    for _, code in shared:
        assert code in directory.carriers
        assert "upu_s10" in directory.carriers[code].formats


def test_a_document_without_an_s10_table_adds_no_posts() -> None:
    directory = build_directory([("a.json", {"schemes": [S10_SCHEME]})])
    assert directory.s10_posts == {}
    assert directory.s10_services == {}
    assert directory.carriers == {}


def test_services_of_later_documents_add_to_earlier_ones() -> None:
    directory = build_directory(
        [
            ("a.json", {"s10": {"posts": [], "services": {"R": "registered", "E": "ems"}}}),
            ("b.json", {"s10": {"posts": [], "services": {"E": "express"}}}),
        ]
    )
    assert directory.s10_services == {"R": "registered", "E": "express"}


def test_an_empty_directory_has_no_formats_and_no_length() -> None:
    directory = CarrierDirectory([], [])
    assert directory.max_length == 0
    assert directory.index_items() == []
    assert directory.s10_posts == {}
    assert directory.s10_services == {}


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        (
            [
                ("a.json", {"carriers": [carrier("dup")]}),
                ("b.json", {"carriers": [carrier("dup")]}),
            ],
            "duplicate carrier code: dup",
        ),
        (
            [
                (
                    "a.json",
                    {
                        "carriers": [carrier("x", fmt("same", r"^\d$", 1))],
                        "schemes": [fmt("same", r"^\d$", 1)],
                    },
                )
            ],
            "duplicate format id: same",
        ),
    ],
)
def test_duplicates_are_refused_by_name(documents: list[Any], message: str) -> None:
    with pytest.raises(DirectoryError) as error:
        build_directory(documents)
    assert str(error.value) == message


def test_the_packaged_documents_are_read_in_file_name_order() -> None:
    documents = _read_documents()
    names = [name for name, _ in documents]
    assert names == sorted(names)
    assert names
    assert all(name.endswith(".json") for name in names)
    assert all(isinstance(doc, dict) for _, doc in documents)


def test_the_packaged_directory_built_afresh_equals_the_loaded_one() -> None:
    fresh = build_directory(_read_documents())
    loaded = load_directory()
    assert [f.id for f in fresh.formats] == [f.id for f in loaded.formats]
    assert fresh.carriers == loaded.carriers
    assert fresh.s10_posts == loaded.s10_posts
    assert fresh.s10_services == loaded.s10_services
    assert fresh.max_length == loaded.max_length
    assert [(k, [f.id for f in v]) for k, v in fresh.index_items()] == [
        (k, [f.id for f in v]) for k, v in loaded.index_items()
    ]
    assert [f.unique_prefix for f in fresh.formats] == [f.unique_prefix for f in loaded.formats]


def test_the_packaged_directory_knows_its_s10_carriers_and_ups() -> None:
    directory = build_directory(_read_documents())
    ups = directory.carriers["ups"]
    assert ups.name == "UPS"
    ups_formats = {f.id for f in directory.carrier_formats("ups")}
    assert "ups_1z" in ups_formats
    assert directory.formats_by_id["ups_1z"].unique_prefix is True
    yanwen = directory.s10_posts["YP"]
    assert yanwen.carrier == "yanwen"
    assert "upu_s10" in directory.carriers["yanwen"].formats
    assert directory.s10_services
    assert directory.max_length == max(f.max_length for f in directory.formats)


def test_a_broken_entry_is_refused_naming_its_file() -> None:
    with pytest.raises(DirectoryError, match=r"^carriers_x\.json: carrier 'X': bad code$"):
        build_directory([("carriers_x.json", {"carriers": [{"code": "X", "name": "X"}]})])
    scheme = fmt("bad", r"\d{4}$", 4)
    with pytest.raises(
        DirectoryError, match=r"^schemes\.json: format 'bad': pattern not anchored$"
    ):
        build_directory([("schemes.json", {"schemes": [scheme]})])
