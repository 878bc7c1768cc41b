"""A person's own data: everything parceltrail holds about them, as one export, and the
deletion of their account.

Deletion removes what only the person needs (sessions, tokens, alert subscriptions,
preferences, webhook endpoints, the mail sent to them, their attachments, My parcels and the
mail they forwarded or connected, the carrier deliveries kept about their parcels, which may
name them) and anonymises what
others must keep: the orders (a seller keeps its sales records, without the buyer's address or
name), the other side of a conversation (their own messages read "removed"), a dispute's
amounts and outcome (without their notes). It is refused while someone still relies on the
account: a seller's orders still under buyer protection, or a dispute still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from parceltrail.domain.errors import Conflict, PermissionDenied
from parceltrail.domain.users import Role, User
from parceltrail.domain.words import N_
from parceltrail.services import accounts
from parceltrail.services.personal_data_ports import PersonalDataRepository
from parceltrail.services.ports import PersonalDataUnitOfWork

EXPORT_FORMAT = "parceltrail.personal-data/1"


class AccountStillNeeded(Conflict):
    code = "account_still_needed"


@dataclass(frozen=True, slots=True)
class Erasure:
    user_id: str
    touched: dict[str, int]  # rows removed or anonymised, by kind


def export(*, uow: PersonalDataUnitOfWork, user: User, now: datetime) -> dict[str, Any]:
    """Everything held about ``user``, secrets left out (password and token hashes)."""
    data: PersonalDataRepository = uow.personal_data
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "account": data.account(user.id),
        "orders_as_buyer": data.orders_as_buyer(user.id),
        "orders_as_seller": data.order_references_as_seller(user.id),
        "messages_written": data.messages_written(user.id),
        "alert_subscriptions": data.subscriptions(user.id, user.email),
        "notification_preferences": data.preferences(user.id),
        "api_tokens": data.tokens(user.id),
        "sessions": data.sessions(user.id),
        "webhook_endpoints": data.webhook_endpoints(user.id),
        "mail_sent_to_you": data.mail_sent_to(user.email),
        "my_parcels": data.parcels(user.id),
        "mail_in": data.mail_in(user.id),
        "kept_webhook_deliveries": data.kept_deliveries(user.id),
    }


def delete_account(
    *, uow: PersonalDataUnitOfWork, user: User, password: str, now: datetime
) -> Erasure:
    """Delete ``user``'s account after checking their password; see the module's rules."""
    accounts.log_in(uow=uow, email=user.email, password=password)
    return erase(uow=uow, user=user, now=now)


def erase(*, uow: PersonalDataUnitOfWork, user: User, now: datetime) -> Erasure:
    """The deletion itself, for the account's owner (after ``delete_account``'s check) or an
    operator acting on a request received another way (``parceltrail users delete``)."""
    if user.role is Role.ADMIN:
        raise PermissionDenied(
            N_("an admin account cannot delete itself; make it a buyer or seller account first")
        )
    data: PersonalDataRepository = uow.personal_data
    protected, disputes = data.unfinished_obligations(user.id, now)
    if protected or disputes:
        raise AccountStillNeeded(
            "the account cannot be deleted yet: "
            + _obligations(protected, disputes)
            + "; try again when they are over, or ask the operator",
            orders_under_protection=protected,
            open_disputes=disputes,
        )
    party = "seller" if user.role is Role.SELLER else "buyer"
    return Erasure(user.id, data.erase(user.id, user.email, party))


def _obligations(protected: int, disputes: int) -> str:
    parts = []
    if protected:
        parts.append(f"{protected} of your sales are still under buyer protection")
    if disputes:
        parts.append(f"{disputes} dispute(s) on your orders are still open")
    return " and ".join(parts)
