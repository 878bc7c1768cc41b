"""People who use parceltrail and what each role may do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from parceltrail.domain.errors import InvalidUser
from parceltrail.domain.words import Words

_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]{1,63}(\.[^@\s.]{1,63})+")


class Role(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class User:
    id: str
    email: str
    role: Role
    created_at: datetime
    name: str | None = None
    approved: bool = True  # a seller who signed up waits for an admin before selling
    # The account's own settings; None: follow the browser (Accept-Language, its time zone).
    language: str | None = None
    time_zone: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is _ADMIN

    @property
    def can_sell(self) -> bool:
        return self.role is _SELLER or self.role is _ADMIN

    @property
    def may_create_orders(self) -> bool:
        """Orders mail their buyers, so only sellers an admin approved create them."""
        return self.is_admin or (self.role is _SELLER and self.approved)


# Bound once: a member looked up on its enum class goes through EnumType's __getattr__ hook,
# in Python (every ingest batch a seller posts asks both questions above).
_ADMIN, _SELLER = Role.ADMIN, Role.SELLER


def normalize_email(email: str) -> str:
    """Trimmed, lower-cased address; refuse what cannot be an address."""
    text = (email or "").strip().lower()
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise InvalidUser(
            Words("{email!r} is not an e-mail address like name@example.com", email=email[:80]),
            field="email",
        )
    return text


ERASED_DOMAIN = "deleted.invalid"  # .invalid never resolves (RFC 2606): no mail can leave


def erased_address(user_id: str) -> str:
    """The address a deleted account keeps, so the orders others must keep still point to
    one account, and nobody's address stays behind."""
    return f"deleted-{user_id}@{ERASED_DOMAIN}"


def is_erased(email: str) -> bool:
    return email.endswith("@" + ERASED_DOMAIN)
