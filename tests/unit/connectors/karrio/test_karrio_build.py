"""Building the configured karrio clients, and the error when karrio is missing."""

from __future__ import annotations

import sys

import pytest

from parceltrail.config import Settings
from parceltrail.connectors.http import outbound_client
from parceltrail.connectors.karrio import KarrioNotInstalled, build_clients, load_karrio
from parceltrail.domain.errors import ParceltrailError
from parceltrail.jobs.carriers import carrier_clients

from .conftest import needs_karrio

DHL = {"consumer_key": "k", "consumer_secret": "s"}


@needs_karrio
def test_one_client_per_carrier_id_and_the_same_clients_again(no_network):
    configured = {
        "usps": {"client_id": "id", "client_secret": "s", "batch_limit": 5},
        "dhl": {**DHL, "carriers": ["dhl_express", "dhl_paket"], "zone": "Europe/Berlin"},
    }
    clients = build_clients(configured)
    assert sorted(clients) == ["dhl_express", "dhl_paket", "usps"]
    assert clients["usps"].batch_limit == 5
    assert clients["dhl_paket"].carrier == "dhl_paket"
    assert build_clients(configured) is clients  # OAuth tokens stay cached across sweeps


@needs_karrio
def test_the_sweep_gets_karrio_clients_from_settings(no_network):
    settings = Settings(karrio_canada_post={"username": "u", "password": "p"})
    with outbound_client(timeout=5.0) as http:
        clients, problems = carrier_clients(settings, http)
    assert problems == []
    assert list(clients) == ["canada_post"]


@needs_karrio
@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"zone": "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"),
        ({"batch_limit": "lots"}, "batch_limit must be a whole number"),
        ({"carriers": "dhl_paket"}, "carriers must be a list"),
    ],
)
def test_bad_own_keys_are_clear_errors(extra, message):
    with pytest.raises(ParceltrailError, match=message):
        build_clients({"dhl": {**DHL, **extra}})


@needs_karrio
def test_an_unknown_zone_is_a_clear_error():
    with pytest.raises(ParceltrailError, match="unknown time zone 'Mars/Olympus'"):
        build_clients({"dhl": {**DHL, "zone": "Mars/Olympus"}})


def test_without_karrio_the_error_says_which_extra_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "karrio.sdk", None)  # import karrio.sdk raises ImportError
    with pytest.raises(KarrioNotInstalled, match=r"pip install 'parceltrail\[karrio\]'"):
        load_karrio("usps", "karrio-usps")
    settings = Settings(karrio_usps={"client_id": "never-built-before", "client_secret": "s"})
    with outbound_client(timeout=5.0) as http:
        clients, problems = carrier_clients(settings, http)
    assert clients == {}
    assert "parceltrail[karrio]" in problems[0]
