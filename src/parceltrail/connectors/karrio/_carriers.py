"""Which karrio extension polls which of parceltrail's carriers, and what each one needs.

The carrier ids on the left are parceltrail's (``data/carriers``); the extension names are
karrio's. DHL goes through ``dhl_universal`` (DHL's unified Shipment Tracking API, one key
for Express, Paket and eCommerce numbers) rather than ``dhl_express``, whose XML schemas
add about 38 MB for the same tracking answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KarrioCarrier:
    carrier: str  # parceltrail's id
    extension: str  # karrio's provider name
    package: str  # the PyPI package that brings the extension
    setting: str  # the PARCELTRAIL_* variable with the credentials
    required: tuple[str, ...]  # karrio settings keys without a default
    home: str  # country whose state/province codes name the zone of a scan ("" for none)
    default_zone: str  # IANA zone for carrier-local times whose place says nothing
    batch_limit: int  # numbers per poll request (karrio sends one HTTP call per number)
    # karrio's Canada Post parser finds tracking details only below a root that bundles two
    # or more answers, so a lone number's answer is lost: ask for it twice.
    ask_twice_when_alone: bool = False


CARRIERS: dict[str, KarrioCarrier] = {
    c.carrier: c
    for c in (
        KarrioCarrier(
            "usps",
            "usps",
            "karrio-usps",
            "PARCELTRAIL_KARRIO_USPS",
            ("client_id", "client_secret"),
            "US",
            "America/Chicago",
            10,
        ),
        KarrioCarrier(
            "ups",
            "ups",
            "karrio-ups",
            "PARCELTRAIL_KARRIO_UPS",
            ("client_id", "client_secret"),
            "US",
            "America/Chicago",
            10,
        ),
        KarrioCarrier(
            "fedex",
            "fedex",
            "karrio-fedex",
            "PARCELTRAIL_KARRIO_FEDEX",
            ("track_api_key", "track_secret_key"),
            "US",
            "America/Chicago",
            30,
        ),
        KarrioCarrier(
            "canada_post",
            "canadapost",
            "karrio-canadapost",
            "PARCELTRAIL_KARRIO_CANADA_POST",
            ("username", "password"),
            "CA",
            "America/Toronto",
            10,
            ask_twice_when_alone=True,
        ),
        KarrioCarrier(
            "dhl_express",
            "dhl_universal",
            "karrio-dhl-universal",
            "PARCELTRAIL_KARRIO_DHL",
            ("consumer_key", "consumer_secret"),
            "",
            "Europe/Berlin",
            10,
        ),
    )
}

# Keys of a carrier's setting that are parceltrail's, not karrio's.
OWN_KEYS = ("zone", "batch_limit", "carriers")

# The same carriers by the name of their setting: PARCELTRAIL_KARRIO_DHL -> "dhl".
BY_SETTING_NAME: dict[str, KarrioCarrier] = {
    c.setting.removeprefix("PARCELTRAIL_KARRIO_").lower(): c for c in CARRIERS.values()
}
