"""The time zone of a carrier-local time, read from the place karrio names with it.

karrio hands event times as the carrier's wall clock without an offset (its ``timestamp``
ends in ``Z`` but is the same wall clock, not UTC). North American carriers name the state
or province with most scans ("HERNANDO, 34442, FL", "Wayne, NJ, 07470, US", "MISSISSAUGA,
ON"): its main zone gives the offset, at most an hour off in the few states split between
two zones. Otherwise the carrier's default zone is used (configurable per carrier).
"""

from __future__ import annotations

import re
from datetime import tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from parceltrail.domain.errors import ParceltrailError

_EASTERN = "CT DC DE FL GA IN KY MA MD ME MI NC NH NJ NY OH PA RI SC VA VT WV"
_CENTRAL = "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI"
_MOUNTAIN = "CO ID MT NM UT WY"
_OTHER_US = {
    "AZ": "America/Phoenix",
    "CA": "America/Los_Angeles",
    "NV": "America/Los_Angeles",
    "OR": "America/Los_Angeles",
    "WA": "America/Los_Angeles",
    "AK": "America/Anchorage",
    "HI": "Pacific/Honolulu",
    "PR": "America/Puerto_Rico",
    "GU": "Pacific/Guam",
    "VI": "America/St_Thomas",
    "AS": "Pacific/Pago_Pago",
    "MP": "Pacific/Saipan",
}
US_STATES: dict[str, str] = {
    **dict.fromkeys(_EASTERN.split(), "America/New_York"),
    **dict.fromkeys(_CENTRAL.split(), "America/Chicago"),
    **dict.fromkeys(_MOUNTAIN.split(), "America/Denver"),
    **_OTHER_US,
}
CA_PROVINCES: dict[str, str] = {
    "NL": "America/St_Johns",
    "NS": "America/Halifax",
    "PE": "America/Halifax",
    "NB": "America/Moncton",
    "QC": "America/Toronto",
    "ON": "America/Toronto",
    "MB": "America/Winnipeg",
    "SK": "America/Regina",
    "AB": "America/Edmonton",
    "BC": "America/Vancouver",
    "YT": "America/Whitehorse",
    "NT": "America/Yellowknife",
    "NU": "America/Iqaluit",
}
_CODES = re.compile(r"\b[A-Z]{2}\b")


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """An IANA zone by name; a clear error for a name that does not exist."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ParceltrailError(
            f"unknown time zone {name!r} in a PARCELTRAIL_KARRIO_* setting; use an IANA name "
            "such as America/Chicago"
        ) from None


def zone_of_place(place: str | None, *, home: str, default: tzinfo) -> tzinfo:
    """The zone of the last state or province code in ``place``, else ``default``.

    ``home`` is the carrier's country ("US" or "CA"; anything else reads no codes): its
    table is tried first, and for a Canadian carrier "CA" is the country, not California.
    """
    if home not in ("US", "CA"):
        return default
    canadian_first = home == "CA"
    tables = (CA_PROVINCES, US_STATES) if canadian_first else (US_STATES, CA_PROVINCES)
    for code in reversed(_CODES.findall((place or "")[:200].upper())):
        if canadian_first and code == "CA":
            continue
        for table in tables:
            if code in table:
                return zone(table[code])
    return default
