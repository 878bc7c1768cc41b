"""Messages and dispute moves reach the other side by mail, once, with the text escaped."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from parceltrail.bootstrap import App
from parceltrail.domain.disputes import Action, Reason
from parceltrail.domain.users import Role
from parceltrail.services import disputes, messages
from parceltrail.storage.tables import order_protection
from tests import factories
from tests.integration.notify.conftest import SmtpServer, run


def _mail_to(smtp: SmtpServer, address: str) -> list[str]:
    return [str(m["Subject"]) for m in smtp.inbox.messages if str(m["To"]) == address]


def test_a_message_is_mailed_to_the_other_side_once(
    napp: App, smtp: SmtpServer, clock: Any
) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    order = factories.order(napp, seller)
    with napp.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
        assert buyer is not None
        messages.post(
            uow=uow, user=buyer, order_id=order.id, body="Where is <b>it</b>?", now=clock.now
        )
    run(napp)
    run(napp)
    assert _mail_to(smtp, "seller@example.com") == ["New message about order R-1"]
    mail = next(m for m in smtp.inbox.messages if str(m["To"]) == "seller@example.com")
    html = next(p for p in mail.walk() if p.get_content_type() == "text/html").get_content()
    assert "&lt;b&gt;it&lt;/b&gt;" in html
    assert f"/orders/{order.id}" in html


def test_each_dispute_move_tells_the_other_side(napp: App, smtp: SmtpServer, clock: Any) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.shipped(napp, seller, factories.s10(3))
    with napp.uow() as uow:
        order = uow.orders.by_reference(seller.id, "R-1")
        buyer = uow.users.by_email("buyer@example.com")
    assert order is not None
    assert buyer is not None
    with napp.engine.begin() as connection:  # the factory's order has no total; give it one
        connection.execute(update(order_protection).values(total=Decimal("20")))
    clock.advance(days=9)
    with napp.uow() as uow:
        opened = disputes.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.NOT_RECEIVED,
            now=clock.now,
            periods=napp.periods,
        )
    with napp.uow() as uow:
        disputes.act(
            uow=uow,
            user=seller,
            dispute_id=opened.id,
            action=Action.PROPOSE,
            amount=Decimal("8"),
            now=clock.now + timedelta(hours=1),
            periods=napp.periods,
        )
    run(napp)
    assert "Dispute on order R-1: open" in _mail_to(smtp, "seller@example.com")
    assert "Dispute on order R-1: proposed" in _mail_to(smtp, "buyer@example.com")
    assert "Dispute on order R-1: open" not in _mail_to(smtp, "buyer@example.com")
