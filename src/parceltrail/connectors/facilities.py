"""USPS facility names read as places: "WEST PALM BEACH FL DISTRIBUTION CENTER" is in Florida.

USPS names a plant "<CITY> <ST> <FACILITY WORDS>", and the aggregators pass the name on as
the scan's city or location with no state of its own (AfterShip's ``city`` with ``state``
null, 17TRACK's and Ship24's ``location``, EasyPost's ``tracking_location.city``: "FAYETTEVILLE
NC DISTRIBUTION CENTER ANNEX", "LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER", "NORTH
HOUSTON TX DISTRIBUTION CENTER" in tests/data). Reading the state back places a local time
without offset in its state's zone. Only the whole shape counts: a valid USPS state code as
its own upper-case word, at least one city word before it (none a word of event text such as
ARRIVED or IN), and nothing after it but facility words ending in a facility noun. The text
is bounded, then split once and scanned once.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parceltrail.connectors.countries import US_STATES

MAX_FACILITY_TEXT = 100  # the longest USPS plant names are about 60 characters
_MAX_WORDS = 12

# The nouns a facility name ends in (before an optional ANNEX), and the words that may come
# between the state and that noun: DISTRIBUTION CENTER, NETWORK DISTRIBUTION CENTER,
# (REGIONAL) PROCESSING AND DISTRIBUTION CENTER, LOCAL PROCESSING CENTER, INTERNATIONAL
# SERVICE CENTER, SORTING AND DELIVERY CENTER, REGIONAL FACILITY, POST OFFICE...
_NOUNS = frozenset({"CENTER", "FACILITY", "OFFICE"})
_ANNEX = "ANNEX"
_QUALIFIERS = frozenset(
    {
        "AND",
        "DELIVERY",
        "DISTRIBUTION",
        "INTERNATIONAL",
        "LOCAL",
        "MAIL",
        "NETWORK",
        "POST",
        "PROCESSING",
        "REGIONAL",
        "SERVICE",
        "SORTING",
    }
)
_CITY_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*")
# Words of event text, never of a US city's name: "ARRIVED IN DISTRIBUTION CENTER" is a scan
# ("IN" and "OR" are state codes too), "DEPARTED FROM MIAMI FL ..." names no city alone.
_EVENT_WORDS = frozenset(
    {
        "ACCEPTED",
        "ARRIVAL",
        "ARRIVED",
        "AT",
        "DELIVERED",
        "DEPARTED",
        "DEPARTURE",
        "DISPATCHED",
        "FORWARDED",
        "FROM",
        "HELD",
        "IN",
        "ITEM",
        "PACKAGE",
        "PARCEL",
        "PICKED",
        "PROCESSED",
        "RECEIVED",
        "RETURNED",
        "SCANNED",
        "SENT",
        "SHIPMENT",
        "SHIPPED",
        "SORTED",
        "TO",
        "TRANSFERRED",
        "VIA",
        "YOUR",
    }
)


class FacilityPlace(NamedTuple):
    city: str
    state: str  # a USPS state or territory code


def facility_place(value: str | None) -> FacilityPlace | None:
    """The city and state a USPS facility name holds; None for any other text."""
    if not isinstance(value, str) or len(value) > MAX_FACILITY_TEXT:
        return None
    words = value.split()
    if len(words) > _MAX_WORDS:
        return None
    at = _facility_words_start(words)
    if at is None or at < 2:  # a state and at least one city word before the facility
        return None
    state, city = words[at - 1], words[: at - 1]
    if state not in US_STATES or not all(_city_word(word) for word in city):
        return None
    return FacilityPlace(" ".join(city), state)


def us_town_and_state(
    country: str | None, town: str | None, state: str | None, location: str | None
) -> tuple[str | None, str | None]:
    """A scan's city and state as given; for a US scan without state, those a USPS facility
    name in its city (else its location) holds."""
    if state is None and country == "US":
        facility = facility_place(town or location)
        if facility is not None:
            return facility.city, facility.state
    return town, state


def _city_word(word: str) -> bool:
    return _CITY_WORD.fullmatch(word) is not None and word.upper() not in _EVENT_WORDS


def _facility_words_start(words: list[str]) -> int | None:
    """Where the trailing facility words begin (qualifiers, a noun, then ANNEX or nothing);
    None unless there are at least a qualifier and a noun."""
    end = len(words)
    if end and words[end - 1].upper() == _ANNEX:
        end -= 1
    if not end or words[end - 1].upper() not in _NOUNS:
        return None
    start = end - 1
    while start and words[start - 1].upper() in _QUALIFIERS:
        start -= 1
    return start if start < end - 1 else None
