"""Fakes of the accounts side for the fast tier: passwords, API tokens, web sessions, reset
links, and a mailer that keeps what it was asked to send."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from parceltrail.domain.orders import Order
from parceltrail.domain.tokens import ApiToken
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.domain.users import User
from parceltrail.services.ports import DeliveriesUnitOfWork, MailMessage, OrderFilter, WebSession
from tests.unit.services.fake_store import Repository


class FakeBrowse(Repository):
    """The pages' list queries, and the password store (kept apart from the shared User, as
    ``browse`` keeps it). Orders are filtered by viewer, shipping status and reference or
    number; ``problems_only`` is left to integration (it joins the health sweep's records)."""

    def order_ids(self, where: OrderFilter, limit: int, offset: int) -> list[str]:
        if where.problems_only:
            raise AssertionError("problems_only is tested in integration, not on the fake")
        found = [o for o in self._db.orders.values() if self._matches(o, where)]
        found.sort(key=lambda o: (o.created_at, o.id), reverse=True)
        return [o.id for o in found[offset : offset + limit]]

    def _matches(self, order: Order, where: OrderFilter) -> bool:
        shipped = [s for s in self._db.shipments.values() if s.order_id == order.id]
        numbers = {leg.tracking_number for s in shipped for leg in s.legs}
        return (
            where.buyer_id in (None, order.buyer_id)
            and where.seller_id in (None, order.seller_id)
            and (where.status != "not_shipped" or not shipped)
            and (
                where.status in (None, "not_shipped")
                or any(s.state.status.value == where.status for s in shipped)
            )
            and (
                where.query is None
                or where.query in {order.reference}
                or normalize_tracking_number(where.query) in numbers
            )
        )

    def users(self, limit: int) -> list[User]:
        return sorted(self._db.users.values(), key=lambda u: (u.created_at, u.email))[:limit]

    def outbox_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for job in self._db.jobs:
            counts[job["status"]] = counts.get(job["status"], 0) + 1
        return counts

    def password_hash(self, user_id: str) -> str | None:
        return self._db.passwords.get(user_id)

    def set_password_hash(self, user_id: str, password_hash: str) -> None:
        self._db.passwords[user_id] = password_hash


class FakeTokens(Repository):
    def add(self, token: ApiToken, token_hash: str) -> None:
        self._db.tokens[token.id] = (token, token_hash)

    def find_active(self, token_hash: str) -> tuple[ApiToken, User] | None:
        for token, stored in self._db.tokens.values():
            if stored == token_hash and token.revoked_at is None:
                return token, self._db.users[token.user_id]
        return None

    def touch(self, token_id: str, at: datetime) -> None:
        token, stored = self._db.tokens[token_id]
        self._db.tokens[token_id] = (replace(token, last_used_at=at), stored)

    def list_for(self, user_id: str) -> list[ApiToken]:
        return [token for token, _ in self._db.tokens.values() if token.user_id == user_id]

    def revoke(self, token_id: str, user_id: str, at: datetime) -> bool:
        found = self._db.tokens.get(token_id)
        if found is None or found[0].user_id != user_id or found[0].revoked_at is not None:
            return False
        self._db.tokens[token_id] = (replace(found[0], revoked_at=at), found[1])
        return True


class FakeSessions(Repository):
    def add(self, id_hash: str, user_id: str, csrf: str, now: datetime, expires: datetime) -> None:
        self._db.sessions[id_hash] = {"user_id": user_id, "csrf": csrf, "expires": expires}

    def find(self, id_hash: str, now: datetime) -> WebSession | None:
        row = self._db.sessions.get(id_hash)
        if row is None or row["expires"] <= now:
            return None
        return WebSession(self._db.users[row["user_id"]], row["csrf"], row["expires"])

    def delete(self, id_hash: str) -> None:
        self._db.sessions.pop(id_hash, None)

    def delete_for_user(self, user_id: str) -> None:
        for id_hash in [h for h, row in self._db.sessions.items() if row["user_id"] == user_id]:
            del self._db.sessions[id_hash]


class FakeResets(Repository):
    def add(self, token_hash: str, user_id: str, now: datetime, expires: datetime) -> None:
        self._db.resets[token_hash] = {"user_id": user_id, "expires": expires, "used": None}

    def use(self, token_hash: str, now: datetime) -> str | None:
        row = self._db.resets.get(token_hash)
        if row is None or row["used"] is not None or row["expires"] <= now:
            return None
        row["used"] = now
        return str(row["user_id"])

    def use_all(self, user_id: str, now: datetime) -> None:
        for row in self._db.resets.values():
            if row["user_id"] == user_id and row["used"] is None:
                row["used"] = now


class KeptMailer:
    """The ``Mailer`` port: keeps each message (the real one queues a delivery row)."""

    def __init__(self) -> None:
        self.sent: list[MailMessage] = []

    def send(self, uow: DeliveriesUnitOfWork, message: MailMessage) -> None:
        self.sent.append(message)
