"""Everything stored about one person: read out for an export, and erased or anonymised when
they delete their account (services/personal_data.py decides what goes and what stays)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, Table, delete, exists, func, or_, select, update

from parceltrail.domain.disputes import FINAL_STATES
from parceltrail.domain.notifications import SubscriptionRequested
from parceltrail.domain.users import erased_address
from parceltrail.storage.tables import (
    api_tokens,
    deliveries,
    digest_items,
    dispute_steps,
    disputes,
    imap_accounts,
    inbound_mails,
    kept_delivery_shipments,
    mail_inboxes,
    message_attachments,
    messages,
    notification_preferences,
    order_lines,
    order_protection,
    orders,
    outbox,
    parcels,
    password_resets,
    shipments,
    subscriptions,
    thread_reads,
    users,
    web_sessions,
    webhook_endpoints,
)

REMOVED_TEXT = "(removed: the author deleted their account)"
SUBSCRIPTION_REQUESTED = SubscriptionRequested.name


def _rows(
    connection: Connection, table: Table, *where: Any, leave_out: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    columns = [column for column in table.columns if column.name not in leave_out]
    found = connection.execute(select(*columns).where(*where)).mappings()
    return [dict(row) for row in found]


def _kept_about(user_id: str, *, as_seller: bool) -> Select[tuple[int]]:
    """The kept inbound deliveries (held ``webhook.rejected`` jobs) about the shipments the
    person receives (orders they bought, their own parcels) and, ``as_seller``, sends."""
    party = orders.c.buyer_id == user_id
    if as_seller:
        party = or_(party, orders.c.seller_id == user_id)
    theirs = or_(
        kept_delivery_shipments.c.shipment_id.in_(
            select(shipments.c.id).where(shipments.c.order_id.in_(select(orders.c.id).where(party)))
        ),
        kept_delivery_shipments.c.shipment_id.in_(
            select(parcels.c.shipment_id).where(parcels.c.user_id == user_id)
        ),
    )
    return select(kept_delivery_shipments.c.job_id).where(theirs).distinct()


def _owners(connection: Connection, jobs: Select[tuple[int]]) -> dict[int, set[str | None]]:
    """Whose parcels each kept delivery is about: an order's shipment is its buyer's; one
    tracked on its own is its one tracker's (None when several track it, or nobody does)."""
    links = connection.execute(
        select(kept_delivery_shipments.c.job_id, shipments.c.id, orders.c.id, orders.c.buyer_id)
        .select_from(
            kept_delivery_shipments.join(
                shipments, shipments.c.id == kept_delivery_shipments.c.shipment_id
            ).outerjoin(orders, orders.c.id == shipments.c.order_id)
        )
        .where(kept_delivery_shipments.c.job_id.in_(jobs))
    ).all()
    trackers: dict[str, set[str]] = {}
    standalone = {shipment for _, shipment, order, _ in links if order is None}
    if standalone:
        for shipment, user in connection.execute(
            select(parcels.c.shipment_id, parcels.c.user_id).where(
                parcels.c.shipment_id.in_(standalone)
            )
        ):
            trackers.setdefault(shipment, set()).add(user)
    owners: dict[int, set[str | None]] = {}
    for job, shipment, order, buyer in links:
        owner = buyer
        if order is None:
            tracking = trackers.get(shipment, set())
            owner = next(iter(tracking)) if len(tracking) == 1 else None
        owners.setdefault(job, set()).add(owner)
    return owners


class SqlPersonalDataRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def account(self, user_id: str) -> list[dict[str, Any]]:
        return _rows(self._connection, users, users.c.id == user_id, leave_out=("password_hash",))

    def orders_as_buyer(self, user_id: str) -> list[dict[str, Any]]:
        """The buyer's orders with their lines, shipments and protection."""
        found = _rows(self._connection, orders, orders.c.buyer_id == user_id)
        for order in found:
            order["lines"] = _rows(
                self._connection, order_lines, order_lines.c.order_id == order["id"]
            )
            order["shipments"] = _rows(
                self._connection, shipments, shipments.c.order_id == order["id"]
            )
            order["protection"] = _rows(
                self._connection, order_protection, order_protection.c.order_id == order["id"]
            )
            order["disputes"] = _rows(
                self._connection, disputes, disputes.c.order_id == order["id"]
            )
        return found

    def order_references_as_seller(self, user_id: str) -> list[str]:
        return list(
            self._connection.execute(
                select(orders.c.reference)
                .where(orders.c.seller_id == user_id)
                .order_by(orders.c.created_at)
            ).scalars()
        )

    def messages_written(self, user_id: str) -> list[dict[str, Any]]:
        found = _rows(self._connection, messages, messages.c.author_id == user_id)
        for message in found:
            message["attachments"] = _rows(
                self._connection,
                message_attachments,
                message_attachments.c.message_id == message["id"],
                leave_out=("data",),
            )
        return found

    def subscriptions(self, user_id: str, email: str) -> list[dict[str, Any]]:
        return _rows(
            self._connection,
            subscriptions,
            or_(subscriptions.c.user_id == user_id, subscriptions.c.email == email),
        )

    def preferences(self, user_id: str) -> list[dict[str, Any]]:
        return _rows(
            self._connection,
            notification_preferences,
            notification_preferences.c.user_id == user_id,
        )

    def tokens(self, user_id: str) -> list[dict[str, Any]]:
        return _rows(
            self._connection, api_tokens, api_tokens.c.user_id == user_id, leave_out=("token_hash",)
        )

    def sessions(self, user_id: str) -> list[dict[str, Any]]:
        return _rows(
            self._connection,
            web_sessions,
            web_sessions.c.user_id == user_id,
            leave_out=("id_hash", "csrf_token"),
        )

    def webhook_endpoints(self, user_id: str) -> list[dict[str, Any]]:
        return _rows(
            self._connection,
            webhook_endpoints,
            webhook_endpoints.c.user_id == user_id,
            leave_out=("secret",),
        )

    def parcels(self, user_id: str) -> list[dict[str, Any]]:
        return _rows(self._connection, parcels, parcels.c.user_id == user_id)

    def mail_in(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        """The forwarding address, the mails received and the connected mailbox; the raw
        mails, feed keys and the mailbox's password left out."""
        return {
            "forwarding_address": _rows(
                self._connection,
                mail_inboxes,
                mail_inboxes.c.user_id == user_id,
                leave_out=("feed_key",),
            ),
            "mails_received": _rows(
                self._connection,
                inbound_mails,
                inbound_mails.c.user_id == user_id,
                leave_out=("raw", "fingerprint"),
            ),
            "connected_mailbox": _rows(
                self._connection,
                imap_accounts,
                imap_accounts.c.user_id == user_id,
                leave_out=("secret",),
            ),
        }

    def kept_deliveries(self, user_id: str) -> list[dict[str, Any]]:
        """Carrier deliveries kept about the parcels the person receives, as received (the
        provider's headers left out); a seller's sales are left out: they name the buyers.
        A delivery also about a parcel that is not theirs alone (someone else's order, a
        number others track too, a grouped delivery) is listed without its body."""
        c = self._connection
        kept = _kept_about(user_id, as_seller=False)
        owners = _owners(c, kept)
        found = c.execute(
            select(outbox.c.id, outbox.c.created_at, outbox.c.status, outbox.c.payload)
            .where(outbox.c.id.in_(kept))
            .order_by(outbox.c.id)
        )
        answer = []
        for row in found:
            entry = {"id": row.id, "received_at": row.created_at, "status": row.status}
            payload = dict(row.payload)
            if owners.get(row.id) == {user_id}:
                entry.update((k, v) for k, v in payload.items() if k != "headers")
            else:
                entry["provider"] = payload.get("provider")
                entry["left_out"] = "the body: it is also about parcels of other people"
            answer.append(entry)
        return answer

    def mail_sent_to(self, email: str) -> list[dict[str, Any]]:
        return _rows(
            self._connection,
            deliveries,
            deliveries.c.recipient == email,
            leave_out=("content", "idempotency_key"),
        )

    def unfinished_obligations(self, user_id: str, now: datetime) -> tuple[int, int]:
        """(orders a seller still owes protection on, disputes open on the person's orders)."""
        protected = self._connection.execute(
            select(func.count())
            .select_from(orders.join(order_protection, order_protection.c.order_id == orders.c.id))
            .where(
                orders.c.seller_id == user_id,
                or_(
                    order_protection.c.protection_ends_at.is_(None),
                    order_protection.c.protection_ends_at > now,
                ),
                order_protection.c.confirmed_at.is_(None),
            )
        ).scalar_one()
        open_disputes = self._connection.execute(
            select(func.count())
            .select_from(disputes.join(orders, orders.c.id == disputes.c.order_id))
            .where(
                or_(orders.c.seller_id == user_id, orders.c.buyer_id == user_id),
                disputes.c.state.not_in(FINAL_STATES),
            )
        ).scalar_one()
        return int(protected), int(open_disputes)

    def erase(self, user_id: str, email: str, party: str) -> dict[str, int]:
        """Remove what only the person needs; anonymise what others must keep (orders, the
        other side of a conversation, a dispute's amounts). Answers rows touched per kind."""
        c = self._connection
        written = select(messages.c.id).where(messages.c.author_id == user_id)
        theirs = select(subscriptions.c.id).where(
            or_(subscriptions.c.user_id == user_id, subscriptions.c.email == email)
        )
        touched = {
            # the one job payload that names a person: a confirmation mail still to go out, or
            # gone out (the row kept until the finished jobs' retention); before the
            # subscriptions, whose ids find them
            "subscription jobs": c.execute(
                delete(outbox).where(
                    outbox.c.topic == SUBSCRIPTION_REQUESTED, outbox.c.aggregate_id.in_(theirs)
                )
            ).rowcount,
            "attachments": c.execute(
                delete(message_attachments).where(message_attachments.c.message_id.in_(written))
            ).rowcount,
            "messages": c.execute(
                update(messages).where(messages.c.author_id == user_id).values(body=REMOVED_TEXT)
            ).rowcount,
            "dispute notes": c.execute(
                update(dispute_steps)
                .where(
                    dispute_steps.c.party == party,
                    exists().where(
                        disputes.c.id == dispute_steps.c.dispute_id,
                        orders.c.id == disputes.c.order_id,
                        or_(orders.c.buyer_id == user_id, orders.c.seller_id == user_id),
                    ),
                )
                .values(note=None)
            ).rowcount,
            "subscriptions": c.execute(
                delete(subscriptions).where(
                    or_(subscriptions.c.user_id == user_id, subscriptions.c.email == email)
                )
            ).rowcount,
            "digest items": c.execute(
                delete(digest_items).where(digest_items.c.recipient == email)
            ).rowcount,
        }
        # Before the parcels go: they say which shipments are the person's. A kept delivery
        # is removed whole, even when it also names other trackings: it cannot be split.
        touched["kept webhook deliveries"] = c.execute(
            delete(outbox).where(outbox.c.id.in_(_kept_about(user_id, as_seller=True)))
        ).rowcount
        endpoints = select(webhook_endpoints.c.id).where(webhook_endpoints.c.user_id == user_id)
        touched["deliveries"] = c.execute(
            delete(deliveries).where(
                or_(deliveries.c.recipient == email, deliveries.c.endpoint_id.in_(endpoints))
            )
        ).rowcount
        for name, table, column in (
            ("webhook endpoints", webhook_endpoints, webhook_endpoints.c.user_id),
            ("preferences", notification_preferences, notification_preferences.c.user_id),
            ("tokens", api_tokens, api_tokens.c.user_id),
            ("sessions", web_sessions, web_sessions.c.user_id),
            ("password resets", password_resets, password_resets.c.user_id),
            ("read marks", thread_reads, thread_reads.c.user_id),
            ("parcels", parcels, parcels.c.user_id),
            ("mails received", inbound_mails, inbound_mails.c.user_id),
            ("forwarding addresses", mail_inboxes, mail_inboxes.c.user_id),
            ("connected mailboxes", imap_accounts, imap_accounts.c.user_id),
        ):
            touched[name] = c.execute(delete(table).where(column == user_id)).rowcount
        touched["account"] = c.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(email=erased_address(user_id), name=None, password_hash=None)
        ).rowcount
        return {kind: int(count) for kind, count in touched.items()}
