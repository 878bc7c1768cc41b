"""API tokens: a user's named, revocable credential, and when its last use is worth writing;
how the random secrets of tokens, web sessions and reset links are stored."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

# A token's last-used time is kept to the minute, not per request: writing it on every call
# would turn each authenticated read into a write.
TOUCH_EVERY = timedelta(seconds=60)
TOKEN_PREFIX = "pt_"  # noqa: S105 (a prefix, not a secret)


def hash_secret(secret: str) -> str:
    """A secret as stored: SHA-256 only, as the secrets are long and random (no salt needed).
    API tokens, web session ids and password-reset links are all kept this way."""
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ApiToken:
    id: str
    user_id: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    def touch_due(self, now: datetime) -> bool:
        """Whether the last-used time is older than ``TOUCH_EVERY`` (or unset)."""
        last = self.last_used_at
        return last is None or now - last > TOUCH_EVERY
