"""Who is told what of each domain event (services/fanout.py), on the in-memory unit of work,
with the real templates (notify/render.py): the events are read back as the outbox keeps
them (JSON), as the job runner hands them over."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from parceltrail.domain.notifications import (
    DeliveryMode,
    Preferences,
    SubscriptionKind,
    WebhookEndpoint,
)
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import User
from parceltrail.notify import render
from parceltrail.services import orders as order_service
from parceltrail.services.alerting import Links
from parceltrail.services.fanout import TELL, Told
from tests.unit.services.conftest import PERIODS, T0
from tests.unit.services.fakes import FakeUnitOfWork

NUMBER = "RR123456785CN"
LINKS = Links(base_url="https://pt.example", secret="a-test-secret-of-some-length", now=T0)


def place(uow: FakeUnitOfWork, seller: User) -> Order:
    with uow:
        return order_service.create_order(
            uow=uow, seller=seller, reference="AE-1", buyer_email="buyer@example.com",
            lines=[OrderLine("Phone case", 2)], now=T0, total=Decimal("12.5"),
        )


def fan_out(uow: FakeUnitOfWork, since: int = 0) -> None:
    """Tell every event published after the first ``since``, one transaction each."""
    for number, (_, event) in enumerate(uow.published[since:], start=since + 1):
        told = Told(
            topic=event.name, source=str(number), payload=json.loads(event.payload_json()),
            links=LINKS, templates=render, now=T0,
        )
        with uow:
            TELL[event.name](uow, told)


def mails(uow: FakeUnitOfWork) -> list[tuple[str, str | None]]:
    return [
        (d.recipient, d.subject) for d in uow.store.deliveries.values() if d.channel == "email"
    ]


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
        "wh_1", seller.id, "https://hooks.example.com/x", "whsec_x", ("shipment.dispatched",),
        "active", 0, T0,
    )
    order = place(uow, seller)
    with uow:
        order_service.dispatch(uow=uow, seller=seller, order_id=order.id,
                               tracking_number=NUMBER, now=T0, protection=PERIODS.protection)
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
        "wh_1", "shipment.dispatched", NUMBER,
    )


def test_a_buyer_who_chose_the_digest_gets_the_dispatch_held_for_it_not_mailed(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    uow.store.preferences[buyer.id] = Preferences(buyer.id, mode=DeliveryMode.DIGEST)
    order = place(uow, seller)
    with uow:
        order_service.dispatch(uow=uow, seller=seller, order_id=order.id,
                               tracking_number=NUMBER, now=T0, protection=PERIODS.protection)
    fan_out(uow)
    assert mails(uow) == [("buyer@example.com", "Order AE-1 confirmed")]
    ((item, taken),) = uow.store.digest_items.values()
    assert (item.recipient, item.kind, item.tracking_number, taken) == (
        "buyer@example.com", "dispatched", NUMBER, None,
    )
    assert item.headline == f"Your order AE-1 has shipped: {NUMBER}"


def test_a_milestone_reaches_only_the_subscribers_who_want_it(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    uow.store.preferences[buyer.id] = Preferences(buyer.id, milestones=("delivered",))
    order = place(uow, seller)
    with uow:
        done = order_service.dispatch(uow=uow, seller=seller, order_id=order.id,
                                      tracking_number=NUMBER, now=T0,
                                      protection=PERIODS.protection)
    fan_out(uow)
    shipment_id = done.shipment.id
    told = len(uow.store.deliveries)
    for milestone, subject in [
        ("out_for_delivery", None),
        ("delivered", f"Parcel {NUMBER} was delivered"),
    ]:
        payload = {"shipment_id": shipment_id, "tracking_number": NUMBER,
                   "milestones": [[milestone, (T0 + timedelta(days=9)).isoformat()]]}
        with uow:
            TELL["shipment.tracking_updated"](
                uow, Told("shipment.tracking_updated", "99", payload, LINKS, render, T0)
            )
        new = [d.subject for d in list(uow.store.deliveries.values())[told:]]
        assert new == ([subject] if subject else [])


def _order_mail_in(uow: FakeUnitOfWork, seller: User, *, order: str | None, shop: str) -> str:
    with uow:
        order_service.create_order(
            uow=uow, seller=seller, reference="AE-9", buyer_email="buyer@example.com",
            lines=[OrderLine("Phone case", 1)], now=T0, language=order,
        )
    (_, event) = uow.published[-1]
    with uow:
        TELL[event.name](uow, Told(topic=event.name, source="9",
                                   payload=json.loads(event.payload_json()), links=LINKS,
                                   templates=render, now=T0, language=shop))
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
