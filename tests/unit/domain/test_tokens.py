"""API tokens: when a token's last use is worth writing down, and how secrets are stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.tokens import ApiToken, hash_secret

AT = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)


def _token(last_used_at: datetime | None) -> ApiToken:
    return ApiToken("tok_1", "usr_1", "ci", AT - timedelta(days=1), last_used_at, None)


def test_a_token_never_used_is_touched_at_its_first_use() -> None:
    assert _token(None).touch_due(AT)


def test_a_token_used_within_the_minute_is_not_touched_again() -> None:
    assert not _token(AT - timedelta(seconds=30)).touch_due(AT)
    assert not _token(AT - timedelta(seconds=60)).touch_due(AT)


def test_a_token_last_used_over_a_minute_ago_is_touched() -> None:
    assert _token(AT - timedelta(seconds=61)).touch_due(AT)
    assert _token(AT - timedelta(days=3)).touch_due(AT)


def test_a_secret_is_stored_as_its_sha256_only() -> None:
    secret = "pt_Zx0-s3cret"
    stored = hash_secret(secret)
    # the digest of "pt_Zx0-s3cret", as sha256sum prints it
    assert stored == "5e83d32784223c7d374c1ee3852a169843d1d9c6ad97358ef2663b0897b82ad7"
    assert hash_secret(secret) == stored
    assert hash_secret(secret + "x") != stored
