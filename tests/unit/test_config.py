"""Settings refuse what would be unsafe in production."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError

from parceltrail.bootstrap import periods_from
from parceltrail.config import Settings
from parceltrail.domain.disputes import Periods


def test_the_development_secret_is_refused_on_a_public_address() -> None:
    with pytest.raises(ValidationError, match="set PARCELTRAIL_SECRET_KEY"):
        Settings(base_url="https://track.example.com")
    assert Settings(base_url="https://track.example.com", secret_key="x" * 40).secret_key
    assert Settings().base_url == "http://127.0.0.1:8000"


def test_karrio_carriers_are_json_objects_read_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PARCELTRAIL_KARRIO_USPS", '{"client_id": "id", "client_secret": "s"}')
    monkeypatch.setenv(
        "PARCELTRAIL_KARRIO_DHL",
        '{"consumer_key": "k", "consumer_secret": "s", "carriers": ["dhl_express", "dhl_paket"]}',
    )
    settings = Settings()
    assert settings.karrio_carriers() == {
        "usps": {"client_id": "id", "client_secret": "s"},
        "dhl": {
            "consumer_key": "k",
            "consumer_secret": "s",
            "carriers": ["dhl_express", "dhl_paket"],
        },
    }
    assert Settings(_env_file=None).karrio_timeout_seconds == 20.0


def test_a_karrio_carrier_without_its_credentials_is_refused_by_name(monkeypatch) -> None:
    monkeypatch.setenv("PARCELTRAIL_KARRIO_FEDEX", '{"track_api_key": "k"}')
    with pytest.raises(ValidationError, match="PARCELTRAIL_KARRIO_FEDEX lacks track_secret_key"):
        Settings()
    monkeypatch.setenv("PARCELTRAIL_KARRIO_FEDEX", "not json")
    with pytest.raises(Exception, match=r"PARCELTRAIL_KARRIO_FEDEX|karrio_fedex"):
        Settings()


def test_the_default_periods() -> None:
    """The periods of buyer protection come from the settings only (Periods has no defaults)."""
    day = timedelta(days=1)
    assert periods_from(Settings()) == Periods(
        protection=60 * day,
        open_after_dispatch=7 * day,
        open_until_after_window=15 * day,
        seller_response=5 * day,
        negotiation=10 * day,
        max_extension=30 * day,
    )
