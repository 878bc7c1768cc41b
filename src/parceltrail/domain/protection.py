"""Buyer protection of one order: its window starts at the first dispatch and runs for the
configured period, the seller may extend it (up to a configured maximum in total), and it ends
in a confirmation, by the buyer or automatically once the window has passed.

The periods are settings; they reach these rules as values, never as defaults, so every
dispatch path (API, seller desk, bulk dispatch, CSV import) uses the one configured period.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from parceltrail.domain.errors import Conflict, ValidationFailed
from parceltrail.domain.words import N_, Words

_NOT_PROTECTED = N_("this order is not protected yet: protection starts when it is dispatched")


@dataclass(frozen=True, slots=True)
class Protection:
    """An order's protection: the amount covered, and the window once the order is dispatched."""

    order_id: str
    total: Decimal
    currency: str
    ends_at: datetime | None  # None until the first dispatch
    extended_days: int
    confirmed_at: datetime | None

    @classmethod
    def new(cls, order_id: str, total: Decimal, currency: str) -> Protection:
        """An order's protection before dispatch: covered, but no window yet."""
        return cls(order_id, total, currency, None, 0, None)

    @property
    def started(self) -> bool:
        return self.ends_at is not None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    def start(self, dispatched_at: datetime, period: timedelta) -> Protection:
        """The window runs ``period`` from the first dispatch; a later dispatch changes nothing."""
        if self.started:
            return self
        return replace(self, ends_at=dispatched_at + period)

    def extension_left(self, max_extension: timedelta) -> int:
        """How many more days the seller may still add."""
        return max(max_extension.days - self.extended_days, 0)

    def extend(self, days: int, max_extension: timedelta) -> Protection:
        """The window ``days`` longer; refused before dispatch and past the maximum in total."""
        if self.ends_at is None:
            raise Conflict(_NOT_PROTECTED)
        left = self.extension_left(max_extension)
        if not 1 <= days <= left:
            raise ValidationFailed(
                Words("the protection can be extended by 1 to {most} more days", most=left)
            )
        return replace(
            self,
            ends_at=self.ends_at + timedelta(days=days),
            extended_days=self.extended_days + days,
        )

    def confirm(self, at: datetime) -> Protection:
        """Receipt confirmed at ``at``; confirming again keeps the first time."""
        if self.ends_at is None:
            raise Conflict(_NOT_PROTECTED)
        if self.confirmed:
            return self
        return replace(self, confirmed_at=at)

    def expired(self, now: datetime) -> bool:
        """The window has passed unconfirmed: the order is due for automatic confirmation."""
        return self.ends_at is not None and self.ends_at <= now and not self.confirmed
