"""USPS facility names read back as a city and a state code, and every near miss refused."""

from __future__ import annotations

import pytest

from parceltrail.connectors.facilities import MAX_FACILITY_TEXT, FacilityPlace, facility_place


@pytest.mark.parametrize(
    ("name", "city", "state"),
    [  # the shapes of tests/data's webhook and backend bodies
        ("WEST PALM BEACH FL DISTRIBUTION CENTER", "WEST PALM BEACH", "FL"),
        ("FAYETTEVILLE NC DISTRIBUTION CENTER ANNEX", "FAYETTEVILLE", "NC"),
        ("LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER", "LOS ANGELES", "CA"),
        ("NORTH HOUSTON TX DISTRIBUTION CENTER", "NORTH HOUSTON", "TX"),
        ("QUEENS NY DISTRIBUTION CENTER", "QUEENS", "NY"),
        # USPS's other plant and office kinds
        ("MEMPHIS TN NETWORK DISTRIBUTION CENTER", "MEMPHIS", "TN"),
        ("ATLANTA GA PROCESSING AND DISTRIBUTION CENTER", "ATLANTA", "GA"),
        ("DENVER CO PROCESSING CENTER", "DENVER", "CO"),
        ("ST. LOUIS MO REGIONAL FACILITY", "ST. LOUIS", "MO"),
        ("WINSTON-SALEM NC POST OFFICE", "WINSTON-SALEM", "NC"),
        ("SAN JUAN PR DISTRIBUTION CENTER", "SAN JUAN", "PR"),
        # a state code that is also a word of event text, after a real city
        ("INDIANAPOLIS IN NETWORK DISTRIBUTION CENTER", "INDIANAPOLIS", "IN"),
        ("PORTLAND OR PROCESSING AND DISTRIBUTION CENTER", "PORTLAND", "OR"),
        ("MERCED CA POST OFFICE", "MERCED", "CA"),
        ("  West Palm Beach  FL Distribution Center ", "West Palm Beach", "FL"),
    ],
)
def test_a_facility_name_gives_its_city_and_state(name: str, city: str, state: str) -> None:
    assert facility_place(name) == FacilityPlace(city, state)


@pytest.mark.parametrize(
    "text",
    [
        "FLORIDA CITY DISTRIBUTION CENTER",  # FL inside a word, no state code
        "ORLANDO FLDISTRIBUTION CENTER",
        "LONDON UK DISTRIBUTION CENTER",  # two letters, no USPS state
        "PARIS XX PROCESSING CENTER",
        "MIAMI fl DISTRIBUTION CENTER",  # a state code is upper case
        "FL DISTRIBUTION CENTER",  # no city
        "DISTRIBUTION CENTER ANNEX",
        "MIAMI FL CENTER",  # a noun without a facility word
        "MIAMI FL DISTRIBUTION",  # facility words without a noun
        "MIAMI FL DISTRIBUTION CENTER HALL",  # words after the facility
        "BOCA RATON, FL, 33487, USA, United States",  # AfterShip's own location line
        "SAN RAFAEL, CA 94901",
        "BOX 12 FL DISTRIBUTION CENTER",  # a city has no digits
        "Arrived at USPS Regional Origin Facility",
        # event text, not a place: "IN" and "OR" are state codes too
        "ARRIVED IN DISTRIBUTION CENTER",
        "Held in Post Office",
        "PACKAGE SCANNED IN SORTING FACILITY",
        "DEPARTED FROM MIAMI FL DISTRIBUTION CENTER",
        "",
        None,
    ],
)
def test_near_misses_are_not_facility_names(text: str | None) -> None:
    assert facility_place(text) is None


def test_overlong_text_is_refused_before_it_is_read() -> None:
    padded = "A " * MAX_FACILITY_TEXT + "MIAMI FL DISTRIBUTION CENTER"
    assert facility_place(padded) is None
    many_words = " ".join(["X"] * 10) + " FL DISTRIBUTION CENTER"  # short, too many words
    assert len(many_words) <= MAX_FACILITY_TEXT
    assert facility_place(many_words) is None
