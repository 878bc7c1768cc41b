"""Settings refuse what would be unsafe in production."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from parceltrail.config import Settings


def test_the_development_secret_is_refused_on_a_public_address() -> None:
    with pytest.raises(ValidationError, match="set PARCELTRAIL_SECRET_KEY"):
        Settings(base_url="https://track.example.com")
    assert Settings(base_url="https://track.example.com", secret_key="x" * 40).secret_key
    assert Settings().base_url == "http://127.0.0.1:8000"
