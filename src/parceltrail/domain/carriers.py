"""The carrier directory for the rest of the app: names, countries, URL templates.

Backed by the JSON files in ``parceltrail/data/carriers`` (see docs/numbers.md); adding a
carrier needs no code.
"""

from __future__ import annotations

from parceltrail.domain.numbers.directory import load_directory
from parceltrail.domain.numbers.model import Carrier

__all__ = [
    "Carrier",
    "UnknownCarrierError",
    "all_carriers",
    "carrier_name",
    "contact_url",
    "get_carrier",
    "require_carrier",
    "tracking_url",
]


class UnknownCarrierError(KeyError):
    """No carrier has this code."""


def get_carrier(code: str) -> Carrier | None:
    """The carrier with this code, or None."""
    return load_directory().carrier(code)


def require_carrier(code: str) -> Carrier:
    """The carrier with this code; raises UnknownCarrierError."""
    carrier = get_carrier(code)
    if carrier is None:
        raise UnknownCarrierError(code)
    return carrier


def all_carriers() -> tuple[Carrier, ...]:
    """Every carrier, sorted by name."""
    return tuple(sorted(load_directory().carriers.values(), key=lambda c: c.name.lower()))


def carrier_name(code: str) -> str:
    """Display name for a carrier code (the code itself when unknown)."""
    carrier = get_carrier(code)
    return carrier.name if carrier else code


def contact_url(code: str) -> str | None:
    """The carrier's customer-service contact page, or None when we know none."""
    carrier = get_carrier(code)
    return carrier.contact_url if carrier else None


def tracking_url(code: str, number: str) -> str | None:
    """Tracking-page URL of a number at a carrier, or None."""
    carrier = get_carrier(code)
    return carrier.url_for(number) if carrier else None
