"""Domain events -> deliveries: who is told what, decided in one transaction per event.

Each delivery's idempotency key names the facts (message, shipment, milestone, recipient), so
running a fan-out twice, or a replayed event, queues nothing new. The job runner's tasks
(jobs/fanout.py) open the transaction and call ``TELL[topic]``; the templates say it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.events import TRACKING_UPDATED_BATCH, TrackingUpdated, batch_payloads
from parceltrail.domain.notifications import Subscription, idempotency_key
from parceltrail.domain.numbers import carrier_tracking_url
from parceltrail.domain.orders import Order
from parceltrail.domain.users import User
from parceltrail.domain.words import N_, Words
from parceltrail.locale import spoken
from parceltrail.services import alerts
from parceltrail.services.alerting import Fact, Links, RenderFn, tell
from parceltrail.services.deliveries import queue_email, queue_webhook
from parceltrail.services.notify_ports import Rendered, Templates
from parceltrail.services.ports import FanoutUnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Told:
    """One domain event to tell, read from the outbox, with what wording and links need."""

    topic: str
    source: str  # the outbox row's id: names this fact in webhook and dispute-mail keys
    payload: dict[str, Any]
    links: Links
    templates: Templates
    now: datetime
    language: str = "en"  # the shop's (PARCELTRAIL_DEFAULT_LANGUAGE): when nothing says better


def _links(links: Links, number: str, carrier: str | None) -> dict[str, Any]:
    return {
        "tracking_number": number,
        "carrier_name": carrier_name(carrier) if carrier else None,
        "carrier_url": carrier_tracking_url(carrier, number) if carrier else None,
        "track_url": links.track(number),
    }


MAX_ITEMS_IN_MAIL = 10


def _order_facts(links: Links, order: Order) -> dict[str, Any]:
    """What a mail to the buyer says of the order: its reference, link and items."""
    return {
        "reference": order.reference,
        "order_url": links.order(order.id),
        "order": {
            "reference": order.reference,
            "items": [
                {"quantity": line.quantity, "title": " ".join(line.title.split())[:120]}
                for line in order.lines[:MAX_ITEMS_IN_MAIL]
            ],
            "more": max(0, len(order.lines) - MAX_ITEMS_IN_MAIL),
        },
    }


def _eta_words(uow: FanoutUnitOfWork, shipment_id: str) -> dict[str, Any]:
    """The expected delivery window, when one is known and due; the mail writes it as days
    in the recipient's language and time zone."""
    record = uow.health.many([shipment_id]).get(shipment_id)
    eta = record.eta if record else None
    if eta is None or eta.overdue:
        return {}
    return {"eta_window": (eta.earliest, eta.latest)}


def _reader(
    event: Told,
    user: User | None,
    *,
    sub: Subscription | None = None,
    order: Order | None = None,
) -> dict[str, Any]:
    """How the recipient reads: their account's language and time zone; else what they used
    when they asked for the alerts (the page's language, the browser's zone); else, for the
    order's buyer, the language the seller gave the order; else the shop's default (UTC)."""
    language = (
        (user.language if user else None)
        or (sub.language if sub else None)
        or (order.language if order else None)
        or event.language
    )
    time_zone = (user.time_zone if user else None) or (sub.time_zone if sub else None)
    return {"language": language, "time_zone": time_zone}


def _subscriber(
    uow: FanoutUnitOfWork, event: Told, sub: Subscription, order: Order | None
) -> dict[str, Any]:
    user = uow.users.get(sub.user_id) if sub.user_id else uow.users.by_email(sub.email)
    bought = order if order is not None and sub.order_id == order.id else None
    return _reader(event, user, sub=sub, order=bought)


def _for(sub: Subscription, order: Order | None, facts: dict[str, Any]) -> dict[str, Any]:
    """The order's facts for its own subscribers only: a number's public follower sees none."""
    return facts if order is not None and sub.order_id == order.id else {}


def _order_parties(uow: FanoutUnitOfWork, order_id: str | None) -> tuple[Order | None, User | None]:
    order = uow.orders.get(order_id) if order_id else None
    buyer = uow.users.get(order.buyer_id) if order else None
    return order, buyer


def _webhooks(
    uow: FanoutUnitOfWork, event: Told, order: Order | None, data: dict[str, Any]
) -> None:
    if order is None:
        return
    for endpoint in uow.alerts.endpoints_for([order.seller_id, order.buyer_id]):
        if endpoint.wants(event.topic):
            queue_webhook(
                uow, endpoint, topic=event.topic, source=event.source, data=data, now=event.now
            )


def order_created(uow: FanoutUnitOfWork, event: Told) -> None:
    say = event.templates
    now = event.now
    order, buyer = _order_parties(uow, event.payload["order_id"])
    if order is None or buyer is None:
        return
    sub = alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=now)
    context = {**_order_facts(event.links, order), **_reader(event, buyer, order=order)}
    rendered = say.render("order_confirmed", say.subject_for("order_confirmed", context), context)
    queue_email(
        uow,
        key=idempotency_key("order_confirmed", order.id, buyer.email),
        topic=event.topic,
        to=buyer.email,
        rendered=rendered,
        now=now,
        unsubscribe_url=event.links.unsubscribe(sub.id),
    )
    _webhooks(uow, event, order, event.payload)


def shipment_dispatched(uow: FanoutUnitOfWork, event: Told) -> None:
    say = event.templates
    p, now = event.payload, event.now
    order, buyer = _order_parties(uow, p.get("order_id"))
    if order is not None and buyer is not None:
        sub = alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=now)
        if sub.status.value == "active":
            context = {
                **_order_facts(event.links, order),
                **_links(event.links, p["tracking_number"], p.get("carrier")),
                **_reader(event, buyer, sub=sub, order=order),
            }
            subject = say.subject_for("dispatched", context)
            fact = Fact(
                key=idempotency_key(
                    "dispatched", p["shipment_id"], p["tracking_number"], buyer.email
                ),
                topic=event.topic,
                kind="dispatched",
                tracking_number=p["tracking_number"],
                detail=spoken(
                    Words(
                        N_("Order {reference} has shipped."),
                        reference=say.bounded(order.reference, 80),
                    ),
                    context["language"],
                ),
                link=context["track_url"],
            )
            tell(
                event.links,
                uow,
                sub,
                fact,
                lambda links: say.render("dispatched", subject, {**context, **links}),
                now,
            )
    _webhooks(uow, event, order, p)


def _latest_text(uow: FanoutUnitOfWork, templates: Templates, shipment_id: str) -> str:
    found = uow.events.for_shipment(shipment_id)
    if not found:
        return ""
    return templates.bounded(max(found, key=lambda e: e.occurred_at).description)


def tracking_updated(uow: FanoutUnitOfWork, event: Told) -> None:
    p = event.payload
    reached = [m for m, _ in p.get("milestones", []) if m in event.templates.MILESTONES]
    shipment = uow.shipments.get(p["shipment_id"])
    if shipment is None:
        return
    order, _ = _order_parties(uow, shipment.order_id)
    if reached:
        subs = uow.alerts.subscribers(
            order_id=shipment.order_id, tracking_number=p["tracking_number"], seller_id=None
        )
        context = {
            **_links(event.links, p["tracking_number"], shipment.carrier),
            "latest": _latest_text(uow, event.templates, shipment.id),
            "shipment_id": shipment.id,
            **_eta_words(uow, shipment.id),
        }
        facts = _order_facts(event.links, order) if order else {}
        for milestone in reached:
            for sub in subs:
                if sub.wants(milestone):
                    told = {
                        **context,
                        **_for(sub, order, facts),
                        **_subscriber(uow, event, sub, order),
                    }
                    _tell_milestone(uow, event, sub, milestone, told)
    _webhooks(uow, event, order, p)


SOURCE_KEY = "outbox_source"
"""A re-queued update's payload names, under this key, the fact it was in the batch row (the
job runner takes it out as ``Told.source``), so its webhook keys stay those of the batch."""


def tracking_updated_batch(uow: FanoutUnitOfWork, event: Told) -> None:
    """Tell each update of one ingest batch's row (``TrackingUpdated.batch_name``) as its own
    row would be told, each in a savepoint. An update that fails is rolled back alone and
    re-queued as a row of its own (``shipment.tracking_updated``, with the same source), so
    one parcel's failure neither holds back nor repeats the others' mail: that row is retried
    and dead-lettered by itself. Running the whole row twice queues nothing new (every key
    names its facts, webhooks' the batch row and the update's place in it)."""
    for index, update in enumerate(batch_payloads(event.payload)):
        told = replace(
            event, topic=TrackingUpdated.name, source=f"{event.source}.{index}", payload=update
        )
        try:
            with uow.savepoint():
                tracking_updated(uow, told)
        except Exception:
            log.exception(
                "telling update %s of outbox row %s failed; re-queued alone", index, event.source
            )
            uow.deliveries.enqueue(
                TrackingUpdated.name, {**update, SOURCE_KEY: told.source}, event.now
            )


def _detail(explanation: str, latest: str | None, language: str) -> str:
    """What a digest entry and an extra channel say of a fact, in the reader's language."""
    if not latest:
        return spoken(explanation, language)
    return spoken(
        Words(
            N_("{explanation} Latest carrier event: {latest}"),
            explanation=Words(explanation),
            latest=latest,
        ),
        language,
    )


def _tell_milestone(
    uow: FanoutUnitOfWork, event: Told, sub: Subscription, milestone: str, context: dict[str, Any]
) -> None:
    say = event.templates
    explanation = say.MILESTONES[milestone][1]
    latest = context.get("latest")
    fact = Fact(
        key=idempotency_key("milestone", context["shipment_id"], milestone, sub.email),
        topic=event.topic,
        kind="milestone",
        tracking_number=context["tracking_number"],
        detail=_detail(explanation, latest, context["language"]),
        link=context["track_url"],
    )

    def rendered(links: dict[str, Any]) -> Rendered:
        message = say.milestone_message(milestone, {**context, **links})
        assert message is not None  # reached milestones are those render knows
        return message

    tell(event.links, uow, sub, fact, rendered, event.now)


def shipment_problem(uow: FanoutUnitOfWork, event: Told) -> None:
    """The health sweep's verdict changed (payload of ``ProblemChanged``): integrators always
    hear of it; subscribers get mail only for trouble, not for normal waiting or a recovery."""
    say = event.templates
    p, now = event.payload, event.now
    problem = str(p.get("problem") or "")[:64]
    shipment = uow.shipments.get(p["shipment_id"])
    if shipment is None:
        return
    order, _ = _order_parties(uow, shipment.order_id)
    # Carrier-reported troubles (customs held, failed attempt, ...) already get their
    # milestone mail; problem mail is for what only the sweep can see: silence and delay.
    if not (problem in say.PROBLEMS and p.get("trouble")):
        _webhooks(uow, event, order, p)
        return
    subs = uow.alerts.subscribers(
        order_id=shipment.order_id,
        tracking_number=p["tracking_number"],
        seller_id=order.seller_id if order else None,
    )
    context = {
        **_links(event.links, p["tracking_number"], shipment.carrier),
        "latest": _latest_text(uow, event.templates, shipment.id),
    }
    facts = _order_facts(event.links, order) if order else {}
    explanation = say.PROBLEMS.get(problem, say.GENERIC_PROBLEM)[1]
    for sub in subs:
        if not sub.wants_problems():
            continue
        told = {**context, **_for(sub, order, facts), **_subscriber(uow, event, sub, order)}
        fact = Fact(
            key=idempotency_key("problem", shipment.id, problem, str(p.get("since")), sub.email),
            topic=event.topic,
            kind="problem",
            tracking_number=p["tracking_number"],
            detail=_detail(explanation, None, told["language"]),
            link=context["track_url"],
        )
        tell(event.links, uow, sub, fact, _problem_render(say, problem, told), now)
    _webhooks(uow, event, order, p)


def _problem_render(say: Templates, problem: str, told: dict[str, Any]) -> RenderFn:
    return lambda links: say.problem_message(problem, {**told, **links})


def subscription_requested(uow: FanoutUnitOfWork, event: Told) -> None:
    say = event.templates
    p, now = event.payload, event.now
    sub = uow.alerts.subscription(p["subscription_id"])
    if sub is None:  # removed since (its person's data erased): nobody to ask
        return
    context = {
        "tracking_number": p["tracking_number"],
        "confirm_url": event.links.confirm(p["subscription_id"]),
        **_reader(event, uow.users.by_email(p["email"]), sub=sub),
    }
    rendered = say.render(
        "confirm_subscription", say.subject_for("confirm_subscription", context), context
    )
    queue_email(
        uow,
        key=idempotency_key("confirm", p["subscription_id"]),
        topic=event.topic,
        to=p["email"],
        rendered=rendered,
        now=now,
    )


def message_posted(uow: FanoutUnitOfWork, event: Told) -> None:
    """Tell the other side of the thread, with the start of the message."""
    say = event.templates
    p, now = event.payload, event.now
    order, _ = _order_parties(uow, p["order_id"])
    recipient = uow.users.get(p["recipient_id"])
    message = uow.messages.get(p["message_id"]) if order else None
    if order is None or recipient is None or message is None:
        return
    bought = order if recipient.id == order.buyer_id else None  # the order's language: its buyer's
    context = {
        **_order_facts(event.links, order),
        **_reader(event, recipient, order=bought),
        "explanation": "You have a new message.",
        "quote": say.bounded(message.body),
    }
    rendered = say.render("notice", say.subject_for("message", context), context)
    key = idempotency_key("message", message.id, recipient.email)
    queue_email(uow, key=key, topic=event.topic, to=recipient.email, rendered=rendered, now=now)
    _webhooks(uow, event, order, p)


def dispute_changed(uow: FanoutUnitOfWork, event: Told) -> None:
    """Tell the buyer and the seller of every move in a dispute, except the one who made it."""
    say = event.templates
    p, now = event.payload, event.now
    news = say.DISPUTE_NEWS.get(p.get("action", ""))
    order, buyer = _order_parties(uow, p["order_id"])
    seller = uow.users.get(order.seller_id) if order else None
    if order is None or news is None:
        return
    facts = {
        **_order_facts(event.links, order),
        "state": str(p.get("state", "")).replace("_", " "),
        "quote": "",
        "explanation": news,
        "amount": str(p.get("amount") or "-"),
    }
    parties = {"buyer": buyer, "seller": seller}
    for party, person in parties.items():
        if person is None or party == p.get("party"):
            continue
        # each party reads it in their own language (the order's is the buyer's)
        context = {**facts, **_reader(event, person, order=order if party == "buyer" else None)}
        rendered = say.render("notice", say.subject_for("dispute", context), context)
        key = idempotency_key("dispute", p["dispute_id"], event.source, person.email)
        queue_email(uow, key=key, topic=event.topic, to=person.email, rendered=rendered, now=now)
    _webhooks(uow, event, order, p)


TELL: dict[str, Callable[[FanoutUnitOfWork, Told], None]] = {
    "order.created": order_created,
    "shipment.dispatched": shipment_dispatched,
    "shipment.tracking_updated": tracking_updated,
    TRACKING_UPDATED_BATCH: tracking_updated_batch,
    "shipment.problem_changed": shipment_problem,
    "subscription.requested": subscription_requested,
    "order.message_posted": message_posted,
    "dispute.changed": dispute_changed,
}
