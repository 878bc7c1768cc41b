"""Carrier codes between parceltrail's carrier ids and an aggregator's (data/carriers/backends,
built by scripts/carrier_codes.py from the providers' public carrier lists)."""

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

    def theirs(self, carrier: str | None) -> str | None:
        """The provider's code for a parceltrail carrier; None: let the provider detect it."""
        return self.outward.get(carrier) if carrier else None

    def ours(self, code: object) -> str | None:
        """parceltrail's carrier id for a provider's code; None where the directory lacks it."""
        return self.inward.get(str(code)) if code is not None else None


@cache
def carrier_codes(provider: str) -> CarrierCodes:
    path = resources.files("parceltrail.data.carriers").joinpath("backends", f"{provider}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    outward = {carrier: str(code) for carrier, code in data["codes"].items()}
    inward: dict[str, str] = {}
    for carrier, code in outward.items():
        inward.setdefault(code, carrier)
    return CarrierCodes(provider, outward, inward)
