"""Mail content from Jinja2 templates; what each message says is data, not code.

Adding a milestone or problem message is one entry in MILESTONES or PROBLEMS; a new kind of
message is a pair of templates (``name.html`` autoescaped, ``name.txt``) and a subject.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from parceltrail.services.notify_ports import Rendered

MAX_CARRIER_TEXT = 300  # carrier text is untrusted: bounded here, escaped by the HTML template

SUBJECTS: dict[str, str] = {
    "order_confirmed": "Order {reference} confirmed",
    "dispatched": "Your order {reference} has shipped: {tracking_number}",
    "confirm_subscription": "Confirm alerts for parcel {tracking_number}",
    "endpoint_disabled": "Webhook endpoint disabled",
    "message": "New message about order {reference}",
    "dispute": "Dispute on order {reference}: {state}",
    "digest": "Your parcel digest of {day}: {count}",
}

# dispute action -> what the other side is told
DISPUTE_NEWS: dict[str, str] = {
    "open": "The buyer opened a dispute and asks for a refund of {amount}.",
    "accept": "The seller accepted the refund of {amount}.",
    "propose": "The seller proposes a refund of {amount}.",
    "reject": "The seller rejected the dispute, with evidence.",
    "accept_proposal": "The buyer accepted the refund of {amount}.",
    "revise": "The buyer changed the request to {amount}.",
    "escalate": "The buyer asked parceltrail's team to decide.",
    "time_out": "Nobody answered in time: parceltrail's team will decide.",
    "decide": "parceltrail's team decided: a refund of {amount}.",
    "withdraw": "The buyer withdrew the dispute.",
}

# milestone -> (subject, explanation)
MILESTONES: dict[str, tuple[str, str]] = {
    "customs_started": ("Parcel {tracking_number} is in customs",
                        "Your parcel has reached customs; clearance usually takes a few days."),
    "customs_held": ("Parcel {tracking_number} is held in customs",
                     "Customs is holding your parcel; they may need a document or a payment."),
    "customs_cleared": ("Parcel {tracking_number} cleared customs",
                        "Your parcel has cleared customs and continues its way."),
    "out_for_delivery": ("Parcel {tracking_number} is out for delivery",
                         "Your parcel is out for delivery today."),
    "failed_attempt": ("Delivery attempt failed for {tracking_number}",
                       "The carrier tried to deliver your parcel but could not; check the "
                       "carrier's page for a new attempt or a pickup."),
    "available_for_pickup": ("Parcel {tracking_number} is ready for pickup",
                             "Your parcel is waiting for you at a pickup point."),
    "delivered": ("Parcel {tracking_number} was delivered", "Your parcel was delivered."),
}

# problem -> (subject, explanation), for the health sweep's `shipment.problem_changed`.
PROBLEMS: dict[str, tuple[str, str]] = {
    "not_active_yet": ("No carrier information yet for {tracking_number}",
                       "The carrier has not reported this parcel yet; 24 to 48 hours is normal."),
    "no_information": ("Still no information for {tracking_number}",
                       "Several days without carrier information: the parcel may not have been "
                       "handed over, or the number may be wrong. The seller has been asked to "
                       "check."),
    "stale": ("No updates for {tracking_number}",
              "This parcel has had no carrier update for longer than usual on its route."),
    "suspected_lost": ("Parcel {tracking_number} may be lost",
                       "This parcel has not moved for far longer than usual; it may be lost. "
                       "Contact the seller."),
    "delayed": ("Parcel {tracking_number} is delayed",
                "This parcel is later than the usual delivery time on its route."),
}
GENERIC_PROBLEM = ("A problem with parcel {tracking_number}",
                   "Something unusual happened to this parcel; see its tracking page.")


_FRAME: dict[str, Any] = {
    "unsubscribe_url": None, "manage_url": None, "order": None, "eta": None,
    "button_url": None, "button_label": None,
}
# template -> the button's label, and which link it takes (the first one the context has)
BUTTONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "order_confirmed": ("See your order", ("order_url",)),
    "dispatched": ("Track your order", ("order_url", "track_url")),
    "milestone": ("See where it is", ("order_url", "track_url")),
    "problem": ("See what happened", ("order_url", "track_url")),
    "confirm_subscription": ("Confirm the alerts", ("confirm_url",)),
    "notice": ("Open the order", ("order_url",)),
}


def button(template: str, context: dict[str, Any]) -> dict[str, Any]:
    """The mail's one button: its label and the first link of its kind the context has."""
    label, keys = BUTTONS.get(template, ("", ()))
    url = next((context[k] for k in keys if context.get(k)), None)
    return {"button_url": url, "button_label": label} if url else {}


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("parceltrail.notify", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def bounded(text: str | None, limit: int = MAX_CARRIER_TEXT) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _fields(context: dict[str, Any]) -> dict[str, str]:
    return {k: bounded(str(v), 80) for k, v in context.items() if isinstance(v, str | int)}


def subject_for(template: str, context: dict[str, Any]) -> str:
    return SUBJECTS[template].format(**_fields(context))


def render(template: str, subject: str, context: dict[str, Any]) -> Rendered:
    """Text and HTML parts of ``template``. Every mail has the same frame (base.html/.txt): the
    order and its items (``order``), the expected delivery (``eta``), one button
    (``button_url``, ``button_label``) and the manage and unsubscribe links; each is optional."""
    values = {**_FRAME, **context, "subject": subject}
    if not values["button_url"]:
        values.update(button(template, values))
    env = _environment()
    return Rendered(
        subject=subject,
        text=env.get_template(f"{template}.txt").render(values),
        html=env.get_template(f"{template}.html").render(values),
    )


def milestone_message(milestone: str, context: dict[str, Any]) -> Rendered | None:
    entry = MILESTONES.get(milestone)
    if entry is None:
        return None
    subject, explanation = entry
    return render(
        "milestone", subject.format(**_fields(context)), {**context, "explanation": explanation}
    )


def problem_message(problem: str, context: dict[str, Any]) -> Rendered:
    subject, explanation = PROBLEMS.get(problem, GENERIC_PROBLEM)
    return render(
        "problem", subject.format(**_fields(context)), {**context, "explanation": explanation}
    )
