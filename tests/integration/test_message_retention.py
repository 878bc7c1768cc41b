"""Settled orders' conversations age out; an order that may still need them as evidence
keeps every message and picture."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select, update

from parceltrail.bootstrap import App
from parceltrail.domain.disputes import Reason
from parceltrail.domain.users import Role, User
from parceltrail.services import disputes, messages
from parceltrail.storage import message_retention
from parceltrail.storage.tables import message_attachments, order_protection
from parceltrail.storage.tables import messages as message_table
from tests import factories
from tests.conftest import FrozenClock

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _order_with_a_picture(
    app: App, clock: FrozenClock, seller: User, reference: str, number: str
) -> str:
    factories.shipped(app, seller, number, reference=reference)
    with app.uow() as uow:
        order = uow.orders.by_reference(seller.id, reference)
        buyer = uow.users.by_email("buyer@example.com")
        assert order is not None
        assert buyer is not None
        messages.post(
            uow=uow,
            user=buyer,
            order_id=order.id,
            body=f"About {reference}",
            files=[("box.png", PNG)],
            now=clock.now,
        )
    return order.id


def _counts(app: App) -> tuple[int, int]:
    with app.engine.connect() as connection:
        return (
            connection.execute(select(func.count()).select_from(message_table)).scalar_one(),
            connection.execute(select(func.count()).select_from(message_attachments)).scalar_one(),
        )


def test_only_settled_conversations_age_out_pictures_first(app: App, clock: FrozenClock) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    settled = _order_with_a_picture(app, clock, seller, "R-1", factories.s10(1))
    disputed = _order_with_a_picture(app, clock, seller, "R-2", factories.s10(2))
    with app.engine.begin() as connection:
        connection.execute(update(order_protection).values(total=Decimal("20")))
    clock.advance(days=9)
    with app.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
    assert buyer is not None
    with app.uow() as uow:
        disputes.open_dispute(
            uow=uow,
            user=buyer,
            order_id=disputed,
            reason=Reason.NOT_RECEIVED,
            now=clock.now,
            periods=app.periods,
        )
    clock.advance(days=120)  # both protections over; one order still disputed

    def age(message_days: int | None, attachment_days: int | None) -> message_retention.Aged:
        return message_retention.age_out(
            app.engine, now=clock.now, message_days=message_days, attachment_days=attachment_days
        )

    assert age(None, None) == message_retention.Aged(0, 0)  # unset: kept for ever
    assert age(365, 200) == message_retention.Aged(0, 0)  # not old enough yet
    assert age(365, 90) == message_retention.Aged(attachments=1, messages=0)
    assert _counts(app) == (2, 1)
    assert age(90, 90) == message_retention.Aged(attachments=0, messages=1)
    assert _counts(app) == (1, 1)  # the disputed order keeps its message and its picture
    with app.engine.connect() as connection:
        kept = connection.execute(select(message_table.c.order_id)).scalar_one()
    assert kept == disputed
    assert settled != disputed
    clock.advance(days=1)
    assert age(90, 90) == message_retention.Aged(0, 0)  # nothing more goes while disputed
