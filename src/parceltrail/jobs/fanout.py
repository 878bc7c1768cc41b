"""Domain events -> deliveries: who is told what, decided in one transaction per event.

Each delivery's idempotency key names the facts (message, shipment, milestone, recipient), so
running a fan-out twice, or a replayed event, queues nothing new.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.notifications import Subscription, idempotency_key, sign_token
from parceltrail.domain.numbers import carrier_tracking_url
from parceltrail.domain.orders import Order
from parceltrail.domain.users import User
from parceltrail.jobs.alerting import Fact, tell, unsubscribe_url
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.outgoing import queue_email, queue_webhook
from parceltrail.jobs.registry import task
from parceltrail.notify import render
from parceltrail.services import alerts
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job


def _links(ctx: JobContext, number: str, carrier: str | None) -> dict[str, Any]:
    return {
        "tracking_number": number,
        "carrier_name": carrier_name(carrier) if carrier else None,
        "carrier_url": carrier_tracking_url(carrier, number) if carrier else None,
        "track_url": f"{ctx.settings.base_url}/track/{number}",
    }


def _order_parties(uow: UnitOfWork, order_id: str | None) -> tuple[Order | None, User | None]:
    order = uow.orders.get(order_id) if order_id else None
    buyer = uow.users.get(order.buyer_id) if order else None
    return order, buyer


def _webhooks(
    uow: UnitOfWork, job: Job, order: Order | None, data: dict[str, Any], now: datetime
) -> None:
    if order is None:
        return
    for endpoint in uow.alerts.endpoints_for([order.seller_id, order.buyer_id]):
        if endpoint.wants(job.topic):
            queue_webhook(uow, endpoint, topic=job.topic, source=str(job.id), data=data, now=now)


@task("order.created")
def order_created(ctx: JobContext, job: Job) -> None:
    now = ctx.clock()
    with ctx.uow() as uow:
        order, buyer = _order_parties(uow, job.payload["order_id"])
        if order is None or buyer is None:
            return
        sub = alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=now)
        context = {"reference": order.reference}
        rendered = render.render(
            "order_confirmed", render.subject_for("order_confirmed", context), context
        )
        queue_email(
            uow, key=idempotency_key("order_confirmed", order.id, buyer.email), topic=job.topic,
            to=buyer.email, rendered=rendered, now=now,
            unsubscribe_url=unsubscribe_url(ctx, sub.id),
        )
        _webhooks(uow, job, order, job.payload, now)
        uow.commit()


@task("shipment.dispatched")
def shipment_dispatched(ctx: JobContext, job: Job) -> None:
    p, now = job.payload, ctx.clock()
    with ctx.uow() as uow:
        order, buyer = _order_parties(uow, p.get("order_id"))
        if order is not None and buyer is not None:
            sub = alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=now)
            if sub.status.value == "active":
                context = {"reference": order.reference,
                           **_links(ctx, p["tracking_number"], p.get("carrier"))}
                subject = render.subject_for("dispatched", context)
                fact = Fact(
                    key=idempotency_key("dispatched", p["shipment_id"], p["tracking_number"],
                                        buyer.email),
                    topic=job.topic, kind="dispatched", tracking_number=p["tracking_number"],
                    detail=f"Order {render.bounded(order.reference, 80)} has shipped.",
                    link=context["track_url"],
                )
                tell(ctx, uow, sub, fact,
                     lambda links: render.render("dispatched", subject, {**context, **links}),
                     now)
        _webhooks(uow, job, order, p, now)
        uow.commit()


def _latest_text(uow: UnitOfWork, shipment_id: str) -> str:
    found = uow.events.for_shipment(shipment_id)
    if not found:
        return ""
    return render.bounded(max(found, key=lambda e: e.occurred_at).description)


@task("shipment.tracking_updated")
def tracking_updated(ctx: JobContext, job: Job) -> None:
    p, now = job.payload, ctx.clock()
    reached = [m for m, _ in p.get("milestones", []) if m in render.MILESTONES]
    with ctx.uow() as uow:
        shipment = uow.shipments.get(p["shipment_id"])
        if shipment is None:
            return
        order, _ = _order_parties(uow, shipment.order_id)
        if reached:
            subs = uow.alerts.subscribers(
                order_id=shipment.order_id, tracking_number=p["tracking_number"], seller_id=None
            )
            context = {**_links(ctx, p["tracking_number"], shipment.carrier),
                       "latest": _latest_text(uow, shipment.id), "shipment_id": shipment.id}
            for milestone in reached:
                for sub in subs:
                    if sub.wants(milestone):
                        _tell_milestone(ctx, uow, job, sub, milestone, context, now)
        _webhooks(uow, job, order, p, now)
        uow.commit()


def _tell_milestone(
    ctx: JobContext, uow: UnitOfWork, job: Job, sub: Subscription, milestone: str,
    context: dict[str, Any], now: datetime,
) -> None:
    explanation = render.MILESTONES[milestone][1]
    latest = context.get("latest")
    fact = Fact(
        key=idempotency_key("milestone", context["shipment_id"], milestone, sub.email),
        topic=job.topic, kind="milestone", tracking_number=context["tracking_number"],
        detail=f"{explanation} Latest carrier event: {latest}" if latest else explanation,
        link=context["track_url"],
    )

    def rendered(links: dict[str, Any]) -> render.Rendered:
        message = render.milestone_message(milestone, {**context, **links})
        assert message is not None  # reached milestones are those render knows
        return message

    tell(ctx, uow, sub, fact, rendered, now)


@task("shipment.problem_changed")
def shipment_problem(ctx: JobContext, job: Job) -> None:
    """The health sweep's verdict changed (payload of ``ProblemChanged``): integrators always
    hear of it; subscribers get mail only for trouble, not for normal waiting or a recovery."""
    p, now = job.payload, ctx.clock()
    problem = str(p.get("problem") or "")[:64]
    with ctx.uow() as uow:
        shipment = uow.shipments.get(p["shipment_id"])
        if shipment is None:
            return
        order, _ = _order_parties(uow, shipment.order_id)
        # Carrier-reported troubles (customs held, failed attempt, ...) already get their
        # milestone mail; problem mail is for what only the sweep can see: silence and delay.
        if not (problem in render.PROBLEMS and p.get("trouble")):
            _webhooks(uow, job, order, p, now)
            uow.commit()
            return
        subs = uow.alerts.subscribers(
            order_id=shipment.order_id, tracking_number=p["tracking_number"],
            seller_id=order.seller_id if order else None,
        )
        context = {**_links(ctx, p["tracking_number"], shipment.carrier),
                   "latest": _latest_text(uow, shipment.id)}
        explanation = render.PROBLEMS.get(problem, render.GENERIC_PROBLEM)[1]
        for sub in subs:
            if not sub.wants_problems():
                continue
            fact = Fact(
                key=idempotency_key("problem", shipment.id, problem, str(p.get("since")),
                                    sub.email),
                topic=job.topic, kind="problem", tracking_number=p["tracking_number"],
                detail=explanation, link=context["track_url"],
            )
            tell(ctx, uow, sub, fact,
                 lambda links: render.problem_message(problem, {**context, **links}), now)
        _webhooks(uow, job, order, p, now)
        uow.commit()


@task("subscription.requested")
def subscription_requested(ctx: JobContext, job: Job) -> None:
    p, now = job.payload, ctx.clock()
    token = sign_token(ctx.settings.secret_key, alerts.CONFIRM, p["subscription_id"])
    context = {
        "tracking_number": p["tracking_number"],
        "confirm_url": f"{ctx.settings.base_url}/api/v1/subscriptions/confirm?token={token}",
    }
    rendered = render.render(
        "confirm_subscription", render.subject_for("confirm_subscription", context), context
    )
    with ctx.uow() as uow:
        queue_email(uow, key=idempotency_key("confirm", p["subscription_id"]), topic=job.topic,
                    to=p["email"], rendered=rendered, now=now)
        uow.commit()


def _order_url(ctx: JobContext, order_id: str) -> str:
    return f"{ctx.settings.base_url}/orders/{order_id}"


@task("order.message_posted")
def message_posted(ctx: JobContext, job: Job) -> None:
    """Tell the other side of the thread, with the start of the message."""
    p, now = job.payload, ctx.clock()
    with ctx.uow() as uow:
        order, _ = _order_parties(uow, p["order_id"])
        recipient = uow.users.get(p["recipient_id"])
        message = uow.messages.get(p["message_id"]) if order else None
        if order is None or recipient is None or message is None:
            return
        context = {"reference": order.reference, "order_url": _order_url(ctx, order.id),
                   "explanation": "You have a new message.", "quote": render.bounded(message.body)}
        rendered = render.render("notice", render.subject_for("message", context), context)
        key = idempotency_key("message", message.id, recipient.email)
        queue_email(uow, key=key, topic=job.topic, to=recipient.email, rendered=rendered, now=now)
        _webhooks(uow, job, order, p, now)
        uow.commit()


@task("dispute.changed")
def dispute_changed(ctx: JobContext, job: Job) -> None:
    """Tell the buyer and the seller of every move in a dispute, except the one who made it."""
    p, now = job.payload, ctx.clock()
    news = render.DISPUTE_NEWS.get(p.get("action", ""))
    with ctx.uow() as uow:
        order, buyer = _order_parties(uow, p["order_id"])
        seller = uow.users.get(order.seller_id) if order else None
        if order is None or news is None:
            return
        context = {"reference": order.reference, "order_url": _order_url(ctx, order.id),
                   "state": str(p.get("state", "")).replace("_", " "), "quote": "",
                   "explanation": news.format(amount=p.get("amount") or "-")}
        rendered = render.render("notice", render.subject_for("dispute", context), context)
        parties = {"buyer": buyer, "seller": seller}
        for party, person in parties.items():
            if person is None or party == p.get("party"):
                continue
            key = idempotency_key("dispute", p["dispute_id"], str(job.id), person.email)
            queue_email(uow, key=key, topic=job.topic, to=person.email, rendered=rendered, now=now)
        _webhooks(uow, job, order, p, now)
        uow.commit()
