"""Carrier APIs polled through karrio, as a library (optional extra ``karrio``).

``build_clients`` turns the configured credentials (``PARCELTRAIL_KARRIO_*``, see
docs/carriers.md) into one ``KarrioClient`` per parceltrail carrier. karrio itself is
imported only when a client is built, so parceltrail runs without the extra.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from parceltrail.connectors.karrio import _transport
from parceltrail.connectors.karrio._carriers import (
    BY_SETTING_NAME,
    CARRIERS,
    OWN_KEYS,
    KarrioCarrier,
)
from parceltrail.connectors.karrio._client import (
    CarrierRefusedCredentials,
    KarrioClient,
    KarrioNotInstalled,
    load_karrio,
)
from parceltrail.domain.errors import ParceltrailError

__all__ = [
    "BY_SETTING_NAME",
    "CARRIERS",
    "OWN_KEYS",
    "CarrierRefusedCredentials",
    "KarrioCarrier",
    "KarrioClient",
    "KarrioNotInstalled",
    "build_clients",
    "load_karrio",
    "served_carriers",
]

_built: dict[str, dict[str, KarrioClient]] = {}


def build_clients(
    configured: Mapping[str, Mapping[str, Any]], *, timeout: float = _transport.DEFAULT_TIMEOUT
) -> dict[str, KarrioClient]:
    """A client per parceltrail carrier id, from {setting name: karrio settings + our keys}.

    The same configuration gives the same clients, so karrio's OAuth tokens stay cached
    across sweeps. A ``carriers`` list in a setting serves more ids with one account
    (DHL's unified API: ``["dhl_express", "dhl_paket", "dhl_ecommerce"]``).
    """
    key = json.dumps([configured, timeout], sort_keys=True, default=str)
    if key not in _built:
        _transport.set_timeout(timeout)
        _built[key] = _build(configured)
    return _built[key]


def served_carriers(configured: Mapping[str, Mapping[str, Any]]) -> frozenset[str]:
    """The parceltrail carrier ids the configured credentials serve (karrio not needed)."""
    served: set[str] = set()
    for name, credentials in configured.items():
        listed = credentials.get("carriers") or [BY_SETTING_NAME[name].carrier]
        served.update(str(carrier) for carrier in listed if isinstance(listed, list))
    return frozenset(served)


def _build(configured: Mapping[str, Mapping[str, Any]]) -> dict[str, KarrioClient]:
    clients: dict[str, KarrioClient] = {}
    for name, credentials in configured.items():
        spec = BY_SETTING_NAME[name]
        served = credentials.get("carriers") or [spec.carrier]
        limit = _batch_limit(spec, credentials.get("batch_limit"))
        if not isinstance(served, list):
            raise ParceltrailError(f"{spec.setting}: carriers must be a list of carrier ids")
        for carrier in served:
            clients[str(carrier)] = KarrioClient(
                spec,
                credentials,
                carrier=str(carrier),
                batch_limit=limit,
                default_zone=credentials.get("zone"),
            )
    return clients


def _batch_limit(spec: KarrioCarrier, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100:
        return value
    raise ParceltrailError(f"{spec.setting}: batch_limit must be a whole number from 1 to 100")
