"""Value objects of the carrier directory: carriers, number formats, S10 posts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Confidence = Literal["high", "medium", "low"]
CONFIDENCES: tuple[Confidence, ...] = ("high", "medium", "low")

# Why a carrier has no tracking-page template (docs/numbers.md, "The directory"):
# its page takes the number only in a form or an app, so no URL can carry it; or no public
# source gave a template on the carrier's own site that could be confirmed.
TRACKING_URL_REASONS: frozenset[str] = frozenset({"form_only", "not_found"})

# Why a carrier has no contact_url, contact_phone or contact_email: no public source read gave
# a customer-service page on its own site, a phone or an e-mail that could be taken (the pages
# then offer its website, and that the seller can ask the carrier).
CONTACT_REASONS: frozenset[str] = frozenset({"not_found"})


@dataclass(frozen=True, slots=True)
class Carrier:
    """A carrier (courier, post or consolidator) and where to track its parcels."""

    code: str
    name: str
    countries: tuple[str, ...] = ()
    website: str | None = None
    tracking_url: str | None = None
    kind: str = "courier"
    formats: tuple[str, ...] = ()
    contact_url: str | None = None  # the carrier's customer-service contact page
    contact_phone: str | None = None  # its customer-service phone, as the source wrote it
    contact_email: str | None = None  # its customer-service e-mail address
    tracking_url_reason: str | None = None  # why tracking_url is None (TRACKING_URL_REASONS)
    contact_reason: str | None = None  # why no contact field is set (CONTACT_REASONS)
    # parcels a year as a published figure states it (data's "volume", with its year and
    # source): the prior that orders equally evidenced candidates (ranking.rank); None unknown
    volume: int | None = None

    def url_for(self, number: str) -> str | None:
        """Tracking-page URL for number, or None when the carrier has no URL template."""
        if self.tracking_url is None:
            return None
        return self.tracking_url.replace("{number}", number)


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """How a format's check character is computed."""

    algorithm: str
    params: Mapping[str, object] = field(default_factory=dict)
    payload_group: str | None = None
    prepend: str = ""


@dataclass(frozen=True, slots=True)
class Example:
    """A documented or constructed example number and what its source says it is."""

    number: str
    valid: bool
    source: str | None = None
    constructed: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class NumberFormat:
    """One tracking-number format of one carrier (or of a carrier-less scheme).

    Compared and hashed by identity: formats are compiled once per directory.
    """

    id: str
    carrier: str
    name: str
    regex: re.Pattern[str]
    min_length: int
    max_length: int
    first_chars: frozenset[str]
    prefixes: tuple[str, ...] = ()
    check: CheckSpec | None = None
    fields: Mapping[str, str] = field(default_factory=dict)
    lookups: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    confidence: Confidence = "low"
    confidence_reason: str = ""
    priority: int = 0
    scheme: str = ""
    unique_prefix: bool = False
    examples: tuple[Example, ...] = ()

    @property
    def has_literal(self) -> bool:
        """Whether the format starts with a literal of two or more characters (or is S10)."""
        return self.scheme == "s10" or any(len(p) >= 2 for p in self.prefixes)


@dataclass(frozen=True, slots=True)
class S10Post:
    """An S10 issuer code (ISO country or UPU pseudo-code) and its operator."""

    code: str
    operator: str
    carrier: str
    country: str | None = None
    pseudo: bool = False
    by_service: Mapping[str, str] = field(default_factory=dict)
    # other operators that issue S10 numbers under this code too (each on its own page), so
    # the code alone cannot tell them from ``carrier``: named after it, never certain
    also: tuple[str, ...] = ()

    def carrier_for(self, service: str) -> str:
        """Carrier code for an S10 service indicator (first letter overrides first)."""
        return self.by_service.get(service, self.by_service.get(service[:1], self.carrier))
