"""Who is told what of each domain event (services/fanout.py), on the in-memory unit of work,
with the real templates (notify/render.py): the events are read back as the outbox keeps
them (JSON), as the job runner hands them over."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from parceltrail.domain.events import TrackingUpdated, batch_payload_json, batch_payloads
from parceltrail.domain.notifications import (
    DeliveryMode,
    Preferences,
    SubscriptionKind,
    WebhookEndpoint,
)
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import User
from parceltrail.notify import render
from parceltrail.services import fanout
from parceltrail.services import orders as order_service
from parceltrail.services.alerting import Links
from parceltrail.services.fanout import SOURCE_KEY, TELL, Told
from tests.unit.services.conftest import PERIODS, T0
from tests.unit.services.fakes import FakeUnitOfWork

NUMBER = "RR123456785CN"
LINKS = Links(base_url="https://pt.example", secret="a-test-secret-of-some-length", now=T0)


def place(uow: FakeUnitOfWork, seller: User) -> Order:
    with uow:
        return order_service.create_order(
            uow=uow,
            seller=seller,
            reference="AE-1",
            buyer_email="buyer@example.com",
            lines=[OrderLine("Phone case", 2)],
            now=T0,
            total=Decimal("12.5"),
        )


def fan_out(uow: FakeUnitOfWork, since: int = 0) -> None:
    """Tell every event published after the first ``since``, one transaction each."""
    for number, (_, event) in enumerate(uow.published[since:], start=since + 1):
        told = Told(
            topic=event.name,
            source=str(number),
            payload=json.loads(event.payload_json()),
            links=LINKS,
            templates=render,
            now=T0,
        )
        with uow:
            TELL[event.name](uow, told)


def mails(uow: FakeUnitOfWork) -> list[tuple[str, str | None]]:
    return [(d.recipient, d.subject) for d in uow.store.deliveries.values() if d.channel == "email"]


def test_a_new_order_mails_its_buyer_once_and_subscribes_them(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    order = place(uow, seller)
    fan_out(uow)
    fan_out(uow)  # a replayed event: the idempotency keys queue nothing new
    assert mails(uow) == [("buyer@example.com", "Order AE-1 confirmed")]
    (sub,) = uow.store.subscriptions.values()
    assert (sub.kind, sub.order_id, sub.email) == (SubscriptionKind.ORDER, order.id, buyer.email)
    (delivery,) = uow.store.deliveries.values()
    assert delivery.content["unsubscribe_url"].startswith(
        "https://pt.example/alerts/unsubscribe?token="
    )
    assert [job["payload"] for job in uow.store.jobs] == [{"delivery_id": delivery.id}]


def test_dispatch_is_mailed_with_the_number_and_links_and_sent_to_the_sellers_endpoint(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    uow.store.endpoints["wh_1"] = WebhookEndpoint(
        "wh_1",
        seller.id,
        "https://hooks.example.com/x",
        "whsec_x",
        ("shipment.dispatched",),
        "active",
        0,
        T0,
    )
    order = place(uow, seller)
    with uow:
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    fan_out(uow)
    assert mails(uow) == [
        ("buyer@example.com", "Order AE-1 confirmed"),
        ("buyer@example.com", f"Your order AE-1 has shipped: {NUMBER}"),
    ]
    shipped = list(uow.store.deliveries.values())[1]
    assert f"Tracking number: {NUMBER} (China Post" in shipped.content["text"]
    assert "https://pt.example/alerts/manage?token=" in shipped.content["text"]
    (hook,) = [d for d in uow.store.deliveries.values() if d.channel == "webhook"]
    body = json.loads(hook.content["body"])
    assert (hook.endpoint_id, body["type"], body["data"]["tracking_number"]) == (
        "wh_1",
        "shipment.dispatched",
        NUMBER,
    )


def test_a_buyer_who_chose_the_digest_gets_the_dispatch_held_for_it_not_mailed(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    uow.store.preferences[buyer.id] = Preferences(buyer.id, mode=DeliveryMode.DIGEST)
    order = place(uow, seller)
    with uow:
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    fan_out(uow)
    assert mails(uow) == [("buyer@example.com", "Order AE-1 confirmed")]
    ((item, taken),) = uow.store.digest_items.values()
    assert (item.recipient, item.kind, item.tracking_number, taken) == (
        "buyer@example.com",
        "dispatched",
        NUMBER,
        None,
    )
    assert item.headline == f"Your order AE-1 has shipped: {NUMBER}"


def test_a_milestone_reaches_only_the_subscribers_who_want_it(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    uow.store.preferences[buyer.id] = Preferences(buyer.id, milestones=("delivered",))
    order = place(uow, seller)
    with uow:
        done = order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    fan_out(uow)
    shipment_id = done.shipment.id
    told = len(uow.store.deliveries)
    for milestone, subject in [
        ("out_for_delivery", None),
        ("delivered", f"Parcel {NUMBER} was delivered"),
    ]:
        payload = {
            "shipment_id": shipment_id,
            "tracking_number": NUMBER,
            "milestones": [[milestone, (T0 + timedelta(days=9)).isoformat()]],
        }
        with uow:
            TELL["shipment.tracking_updated"](
                uow, Told("shipment.tracking_updated", "99", payload, LINKS, render, T0)
            )
        new = [d.subject for d in list(uow.store.deliveries.values())[told:]]
        assert new == ([subject] if subject else [])


def _order_mail_in(uow: FakeUnitOfWork, seller: User, *, order: str | None, shop: str) -> str:
    with uow:
        order_service.create_order(
            uow=uow,
            seller=seller,
            reference="AE-9",
            buyer_email="buyer@example.com",
            lines=[OrderLine("Phone case", 1)],
            now=T0,
            language=order,
        )
    (_, event) = uow.published[-1]
    with uow:
        TELL[event.name](
            uow,
            Told(
                topic=event.name,
                source="9",
                payload=json.loads(event.payload_json()),
                links=LINKS,
                templates=render,
                now=T0,
                language=shop,
            ),
        )
    return mails(uow)[-1][1] or ""


def test_the_buyers_account_then_the_orders_language_then_the_shops(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    assert _order_mail_in(uow, seller, order=None, shop="es") == "Pedido AE-9 confirmado"
    uow.store.orders.clear()
    uow.store.deliveries.clear()
    assert _order_mail_in(uow, seller, order="pl", shop="es") == "Zamówienie AE-9 potwierdzone"
    uow.store.orders.clear()
    uow.store.deliveries.clear()
    uow.store.users[buyer.id] = replace(buyer, language="de")
    assert _order_mail_in(uow, seller, order="pl", shop="es") == "Bestellung AE-9 bestätigt"


def test_a_batch_row_tells_each_update_and_re_queues_a_failing_one_alone(
    uow: FakeUnitOfWork, seller: User, buyer: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One ingest batch's updates leave as one outbox row; each is told in a savepoint, and
    one that fails goes back to the outbox alone, naming its fact as the batch did."""
    numbers = (NUMBER, "RR987654312CN")
    shipments = []
    for reference, number in zip(("AE-1", "AE-2"), numbers, strict=True):
        with uow:
            order = order_service.create_order(
                uow=uow,
                seller=seller,
                reference=reference,
                buyer_email="buyer@example.com",
                lines=[OrderLine("Phone case", 1)],
                now=T0,
            )
        with uow:
            shipments.append(
                order_service.dispatch(
                    uow=uow,
                    seller=seller,
                    order_id=order.id,
                    tracking_number=number,
                    now=T0,
                    protection=PERIODS.protection,
                ).shipment
            )
    fan_out(uow)
    told = len(uow.store.deliveries)
    delivered_at = T0 + timedelta(days=9)
    updates = [
        TrackingUpdated(
            s.id,
            s.tracking_number,
            "in_transit",
            "out_for_delivery",
            "delivered",
            "delivered",
            (("delivered", delivered_at),),
            delivered_at,
        )
        for s in shipments
    ]
    payload = json.loads(batch_payload_json(updates))
    assert batch_payloads(payload) == [json.loads(u.payload_json()) for u in updates]
    real = fanout.tracking_updated

    def fails_for_the_first(uow: FakeUnitOfWork, event: Told) -> None:
        real(uow, event)  # the first parcel's mail is queued, then undone with its savepoint
        if event.payload["shipment_id"] == shipments[0].id:
            raise RuntimeError("the first parcel's webhook cannot be queued right now")

    monkeypatch.setattr(fanout, "tracking_updated", fails_for_the_first)
    batch = Told("shipment.tracking_updated.batch", "7", payload, LINKS, render, T0)
    with uow:
        TELL[batch.topic](uow, batch)
    subjects = [d.subject for d in list(uow.store.deliveries.values())[told:]]
    assert subjects == [f"Parcel {numbers[1]} was delivered"]
    (job,) = [j for j in uow.store.jobs if j["topic"] == "shipment.tracking_updated"]
    single = dict(job["payload"])
    assert single.pop(SOURCE_KEY) == "7.0"  # the batch row's id and the update's place in it
    assert single == json.loads(updates[0].payload_json())
    # Its own row, told once the cause is gone; then the batch row again tells nothing new.
    monkeypatch.setattr(fanout, "tracking_updated", real)
    with uow:
        TELL[job["topic"]](uow, Told(job["topic"], "7.0", single, LINKS, render, T0))
        TELL[batch.topic](uow, batch)
    subjects = [d.subject for d in list(uow.store.deliveries.values())[told:]]
    assert sorted(subjects) == sorted(f"Parcel {n} was delivered" for n in numbers)


def test_a_confirmation_asked_for_a_subscription_since_erased_is_not_sent(
    uow: FakeUnitOfWork,
) -> None:
    """The person's data was erased between the request and the job: no mail to them."""
    from parceltrail.services import alerts

    with uow:
        alerts.subscribe_number(
            uow=uow, email="gone@example.com", tracking_number=NUMBER, milestones=None, now=T0
        )
    uow.store.subscriptions.clear()
    fan_out(uow)
    assert mails(uow) == []
