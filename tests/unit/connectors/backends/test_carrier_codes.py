"""Every carrier of the directory is accounted for at every aggregator: mapped to one of its
codes, left to its detection (listed only per country), or marked as not in its list."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from parceltrail.connectors.backends.codes import carrier_codes
from parceltrail.domain.numbers.directory import load_directory

PROVIDERS = ("17track", "aftership", "ship24")


def stored(provider: str) -> dict[str, object]:
    path = resources.files("parceltrail.data.carriers").joinpath("backends", f"{provider}.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_directory_carrier_is_mapped_left_to_detection_or_marked_unserved(
    provider: str,
) -> None:
    codes = carrier_codes(provider)
    mapped, detect, unserved = set(codes.outward), set(codes.detect), set(codes.unserved)
    directory = set(load_directory().carriers)
    missing = directory - mapped - detect - unserved
    assert not missing, (
        f"{provider}: carriers without a decision {sorted(missing)}; run scripts/carrier_codes.py"
        " (and add a choice to scripts/carrier_code_choices.json where it cannot decide)"
    )
    assert not (mapped | detect | unserved) - directory, "carriers no longer in the directory"
    assert not mapped & detect
    assert not mapped & unserved
    assert not detect & unserved


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_map_names_its_source_and_why_each_carrier_is_not_mapped(provider: str) -> None:
    data = stored(provider)
    assert "github.com/" in str(data["source"])
    names = data["names"]
    assert isinstance(names, dict)
    assert set(names) == set(carrier_codes(provider).outward)
    for kind in ("detect", "unserved"):
        reasons = data[kind]
        assert isinstance(reasons, dict)
        assert all(isinstance(why, str) and why for why in reasons.values()), kind


def test_the_maps_cover_what_the_providers_list() -> None:
    """Shares of the directory each provider lists (by a code or per country), as measured
    from the lists of scripts/carrier_codes.py (344 carriers: 297, 201 and 335): a map
    shrinking is a regression."""
    directory = len(load_directory().carriers)
    listed = {
        p: sum(carrier_codes(p).lists(c) for c in load_directory().carriers) / directory
        for p in PROVIDERS
    }
    assert listed["17track"] >= 0.85
    assert listed["aftership"] >= 0.58
    assert listed["ship24"] >= 0.97


def test_the_china_lanes_carriers_have_a_code_at_every_aggregator() -> None:
    for provider in PROVIDERS:
        codes = carrier_codes(provider)
        for carrier in ("cainiao", "yunexpress", "4px", "yanwen", "china_post", "china_ems"):
            assert codes.theirs(carrier), (provider, carrier)


def test_codes_read_both_ways() -> None:
    seventeen, aftership, ship24 = (carrier_codes(p) for p in PROVIDERS)
    assert {c: seventeen.theirs(c) for c in ("cainiao", "yunexpress", "4px")} == {
        "cainiao": "190271",
        "yunexpress": "190008",
        "4px": "190094",
    }
    assert seventeen.ours(3011) == "china_post"
    assert aftership.theirs("yunexpress") == "yunexpress"
    assert aftership.ours("china-post") == "china_post"
    assert ship24.theirs("usps") == "us-post"
    assert ship24.ours("yun-express") == "yunexpress"
    assert seventeen.theirs(None) is None
    assert seventeen.theirs("a_carrier_parceltrail_does_not_know") is None


def test_a_carrier_listed_per_country_or_not_at_all_has_no_code() -> None:
    seventeen, aftership = carrier_codes("17track"), carrier_codes("aftership")
    assert seventeen.theirs("jt_express") is None
    assert seventeen.lists("jt_express")
    assert aftership.theirs("kazpost") is None
    assert not aftership.lists("kazpost")
    assert "kazpost" in aftership.unserved
    assert seventeen.lists("cainiao")
    assert not seventeen.lists(None)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_carrier_left_to_detection_reads_back_from_its_per_country_codes(
    provider: str,
) -> None:
    codes = carrier_codes(provider)
    detected_as = stored(provider)["detected_as"]
    assert isinstance(detected_as, dict)
    assert set(detected_as.values()) == set(codes.detect)
    assert all(codes.ours(code) == carrier for code, carrier in detected_as.items())


def test_a_per_country_code_reads_back_as_parceltrail_s_carrier() -> None:
    assert carrier_codes("17track").ours(190442) == "jt_express"  # J&T Express (CN)
    assert carrier_codes("aftership").ours("jtexpress-ph") == "jt_express"
    assert carrier_codes("ship24").ours("inpost-it") == "inpost"
