"""API tokens: a user's named, revocable credential, and when its last use is worth writing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# A token's last-used time is kept to the minute, not per request: writing it on every call
# would turn each authenticated read into a write.
TOUCH_EVERY = timedelta(seconds=60)


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
