"""Mail to people without an account, in the language they used: the page they asked for alerts
on, the language the seller gave their order, else the shop's; through a real SMTP server."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import Role
from parceltrail.services import orders as order_service
from parceltrail.services import tracking
from parceltrail.storage.tables import subscriptions
from tests import factories
from tests.e2e.web import csrf
from tests.integration.notify.conftest import SmtpServer, run, served

NUMBER = "1Z999AA10123456784"


def _body(message: Any, subtype: str) -> str:
    for part in message.walk():
        if part.get_content_type() == f"text/{subtype}":
            return str(part.get_content())
    raise AssertionError(subtype)


def _to(smtp: SmtpServer, address: str) -> list[Any]:
    return [m for m in smtp.inbox.messages if m["To"] == address]


def test_alerts_asked_on_a_polish_page_are_mailed_in_polish(
    napp: App, smtp: SmtpServer, clock: Any
) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.shipped(napp, seller, NUMBER)
    run(napp)
    with served(napp) as http:
        http.cookies.set("tz", "Europe/Warsaw")
        form = http.get(f"/track/{NUMBER}", headers={"Accept-Language": "pl-PL,pl;q=0.9"})
        asked = http.post(
            f"/track/{NUMBER}/alerts",
            headers={"Accept-Language": "pl-PL,pl;q=0.9"},
            data={
                "csrf_token": csrf(form),
                "email": "fan@example.com",
                "milestones": ["out_for_delivery", "delivered"],
            },
        )
        assert asked.status_code == 200
        with napp.engine.connect() as connection:
            kept = connection.execute(
                select(subscriptions.c.language, subscriptions.c.time_zone).where(
                    subscriptions.c.email == "fan@example.com"
                )
            ).one()
        assert tuple(kept) == ("pl", "Europe/Warsaw")
        run(napp)
        (confirmation,) = _to(smtp, "fan@example.com")
        assert confirmation["Subject"] == f"Potwierdź powiadomienia o przesyłce {NUMBER}"
        text = _body(confirmation, "plain")
        assert "Potwierdź powiadomienia: http://127.0.0.1:8000/alerts/confirm?token=" in text
        link = re.search(r"http://127\.0\.0\.1:8000(/alerts/confirm\?token=\S+)", text)
        assert link is not None
        assert http.get(link.group(1)).status_code == 200
    with napp.uow() as uow:
        event = new_event(
            tracking_number=NUMBER,
            occurred_at=clock.now + timedelta(hours=1),
            description="With courier",
            now=clock.now + timedelta(hours=2),
            sub_status=SubStatus.OUT_FOR_DELIVERY,
        )
        tracking.ingest(uow=uow, actor=None, events=[(0, event)], now=clock.now)
    run(napp)
    (_, out) = _to(smtp, "fan@example.com")
    assert out["Subject"] == f"Przesyłka {NUMBER} jest w doręczeniu"
    assert "Twoja paczka jest dziś w doręczeniu." in _body(out, "plain")
    assert "Wypisz się: http://127.0.0.1:8000/alerts/unsubscribe?token=" in _body(out, "plain")
    # the buyer has an account that says nothing and asked on no page: the shop's language
    buyer_mails = [str(m["Subject"]) for m in _to(smtp, "buyer@example.com")]
    assert f"Parcel {NUMBER} is out for delivery" in buyer_mails


def test_an_order_in_german_mails_its_buyer_without_an_account_in_german(
    napp: App, smtp: SmtpServer
) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    with napp.uow() as uow:
        order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="DE-7",
            buyer_email="kaeufer@example.com",
            lines=[OrderLine("Kopfhörer", 1)],
            now=napp.clock(),
            language="de",
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=napp.clock(),
            protection=napp.periods.protection,
        )
    run(napp)
    confirmed, shipped = _to(smtp, "kaeufer@example.com")
    assert confirmed["Subject"] == "Bestellung DE-7 bestätigt"
    assert shipped["Subject"] == f"Ihre Bestellung DE-7 wurde versendet: {NUMBER}"
    assert "Ihre Bestellung ansehen: http://127.0.0.1:8000/orders/" in _body(confirmed, "plain")
    assert 'lang="de"' in _body(shipped, "html")
