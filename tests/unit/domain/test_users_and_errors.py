"""E-mail addresses as stored, errors as an API answers them, and the system clock's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.clock import system_clock
from parceltrail.domain.errors import InvalidEvent, InvalidUser, NotFound, ParceltrailError
from parceltrail.domain.users import Role, User, normalize_email


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("  Ana.Silva@Example.COM ", "ana.silva@example.com"),
        ("a@b.co", "a@b.co"),
        ("x" * 64 + "@example.com", "x" * 64 + "@example.com"),
        ("user+tag@mail.example.org", "user+tag@mail.example.org"),
    ],
)
def test_addresses_are_trimmed_and_lower_cased(given: str, stored: str) -> None:
    assert normalize_email(given) == stored


@pytest.mark.parametrize(
    "given",
    [
        "",
        "ana",
        "ana@example",
        "@example.com",
        "ana@@example.com",
        "ana silva@example.com",
        "x" * 65 + "@example.com",
        "ana@" + "d" * 64 + ".com",
        "a" * 7 + "@" + ("b" * 60 + ".") * 4 + "com",  # 255 characters
    ],
)
def test_what_cannot_be_an_address_is_refused_naming_the_field(given: str) -> None:
    with pytest.raises(InvalidUser) as refused:
        normalize_email(given)
    assert refused.value.message == (
        f"{given[:80]!r} is not an e-mail address like name@example.com"
    )
    assert refused.value.details == {"field": "email"}


def test_an_address_of_254_characters_is_the_longest_kept() -> None:
    address = "a" * 6 + "@" + ("b" * 60 + ".") * 4 + "com"
    assert len(address) == 254
    assert normalize_email(address) == address


def test_what_each_role_may_do() -> None:
    at = datetime(2026, 11, 1, tzinfo=UTC)
    buyer, seller, admin = (User("u", "a@b.co", role, at) for role in Role)
    assert (admin.is_admin, seller.is_admin, buyer.is_admin) == (True, False, False)
    assert (admin.can_sell, seller.can_sell, buyer.can_sell) == (True, True, False)


def test_an_error_as_an_api_answers_it() -> None:
    assert NotFound("no order R-1").to_dict() == {"code": "not_found", "message": "no order R-1"}
    assert InvalidEvent("bad country", reason="bad_country").to_dict() == {
        "code": "invalid_event",
        "message": "bad country",
        "details": {"reason": "bad_country"},
    }
    error = ParceltrailError("refused", field="x")
    assert (str(error), error.message, error.details) == ("refused", "refused", {"field": "x"})


def test_the_system_clock_is_aware_utc_now() -> None:
    before = datetime.now(UTC)
    now = system_clock()
    assert now.tzinfo is UTC
    assert before <= now <= datetime.now(UTC) + timedelta(seconds=1)
