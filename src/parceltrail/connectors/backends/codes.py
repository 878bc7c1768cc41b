"""Carrier codes between parceltrail's carrier ids and an aggregator's (data/carriers/backends,
built by scripts/carrier_codes.py from the providers' public carrier lists).

Every carrier of the directory is, per provider, either mapped to one of its codes, or listed
as left to its detection (the provider lists it only per country while parceltrail's carrier
spans several), or as unserved (the provider's list has no such carrier). A number of the last
two kinds is registered without a carrier code; the provider's detection decides, and the
carrier it names is mapped back where it has a code here (a per-country code of a carrier left
to detection reads back as that carrier).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CarrierCodes:
    provider: str
    outward: dict[str, str]  # parceltrail id -> the provider's code (as text)
    inward: dict[str, str]  # the provider's code -> parceltrail id
    detect: frozenset[str] = frozenset()  # listed only per country: its detection decides
    unserved: frozenset[str] = frozenset()  # not in the provider's list

    def theirs(self, carrier: str | None) -> str | None:
        """The provider's code for a parceltrail carrier; None: let the provider detect it."""
        return self.outward.get(carrier) if carrier else None

    def ours(self, code: object) -> str | None:
        """parceltrail's carrier id for a provider's code; None where the directory lacks it."""
        return self.inward.get(str(code)) if code is not None else None

    def lists(self, carrier: str | None) -> bool:
        """Whether the provider's carrier list has ``carrier`` (by a code or per country)."""
        return carrier is not None and (carrier in self.outward or carrier in self.detect)


@cache
def carrier_codes(provider: str) -> CarrierCodes:
    path = resources.files("parceltrail.data.carriers").joinpath("backends", f"{provider}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    outward = {carrier: str(code) for carrier, code in data["codes"].items()}
    inward: dict[str, str] = {}
    for carrier, code in outward.items():
        inward.setdefault(code, carrier)
    # A carrier listed per country is sent without a code; any of its codes reads back as it.
    for code, carrier in data.get("detected_as", {}).items():
        inward.setdefault(str(code), carrier)
    return CarrierCodes(
        provider,
        outward,
        inward,
        detect=frozenset(data.get("detect", ())),
        unserved=frozenset(data.get("unserved", ())),
    )
