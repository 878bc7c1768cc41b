"""Mail content from Jinja2 templates; what each message says is data, not code.

Adding a milestone or problem message is one entry in MILESTONES or PROBLEMS; a new kind of
message is a pair of templates (``name.html`` autoescaped, ``name.txt``) and a subject.
"""

from __future__ import annotations

from functools import cache
from gettext import NullTranslations
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from parceltrail.locale import DEFAULT, N_, known, locale, translations, zone_named
from parceltrail.services.notify_ports import Rendered

MAX_CARRIER_TEXT = 300  # carrier text is untrusted: bounded here, escaped by the HTML template

SUBJECTS: dict[str, str] = {
    "order_confirmed": N_("Order {reference} confirmed"),
    "dispatched": N_("Your order {reference} has shipped: {tracking_number}"),
    "confirm_subscription": N_("Confirm alerts for parcel {tracking_number}"),
    "endpoint_disabled": N_("Webhook endpoint disabled"),
    "message": N_("New message about order {reference}"),
    "dispute": N_("Dispute on order {reference}: {state}"),
    "digest": N_("Your parcel digest of {day}: {count}"),
}

# dispute action -> what the other side is told
DISPUTE_NEWS: dict[str, str] = {
    "open": N_("The buyer opened a dispute and asks for a refund of {amount}."),
    "accept": N_("The seller accepted the refund of {amount}."),
    "propose": N_("The seller proposes a refund of {amount}."),
    "reject": N_("The seller rejected the dispute, with evidence."),
    "accept_proposal": N_("The buyer accepted the refund of {amount}."),
    "revise": N_("The buyer changed the request to {amount}."),
    "escalate": N_("The buyer asked parceltrail's team to decide."),
    "time_out": N_("Nobody answered in time: parceltrail's team will decide."),
    "decide": N_("parceltrail's team decided: a refund of {amount}."),
    "withdraw": N_("The buyer withdrew the dispute."),
}

# milestone -> (subject, explanation)
MILESTONES: dict[str, tuple[str, str]] = {
    "customs_started": (
        N_("Parcel {tracking_number} is in customs"),
        N_("Your parcel has reached customs; clearance usually takes a few days."),
    ),
    "customs_held": (
        N_("Parcel {tracking_number} is held in customs"),
        N_("Customs is holding your parcel; they may need a document or a payment."),
    ),
    "customs_cleared": (
        N_("Parcel {tracking_number} cleared customs"),
        N_("Your parcel has cleared customs and continues its way."),
    ),
    "out_for_delivery": (
        N_("Parcel {tracking_number} is out for delivery"),
        N_("Your parcel is out for delivery today."),
    ),
    "failed_attempt": (
        N_("Delivery attempt failed for {tracking_number}"),
        N_(
            "The carrier tried to deliver your parcel but could not; check the "
            "carrier's page for a new attempt or a pickup."
        ),
    ),
    "available_for_pickup": (
        N_("Parcel {tracking_number} is ready for pickup"),
        N_("Your parcel is waiting for you at a pickup point."),
    ),
    "delivered": (N_("Parcel {tracking_number} was delivered"), N_("Your parcel was delivered.")),
}

# problem -> (subject, explanation), for the health sweep's `shipment.problem_changed`.
PROBLEMS: dict[str, tuple[str, str]] = {
    "not_active_yet": (
        N_("No carrier information yet for {tracking_number}"),
        N_("The carrier has not reported this parcel yet; 24 to 48 hours is normal."),
    ),
    "no_information": (
        N_("Still no information for {tracking_number}"),
        N_(
            "Several days without carrier information: the parcel may not have been "
            "handed over, or the number may be wrong. The seller has been asked to "
            "check."
        ),
    ),
    "stale": (
        N_("No updates for {tracking_number}"),
        N_("This parcel has had no carrier update for longer than usual on its route."),
    ),
    "suspected_lost": (
        N_("Parcel {tracking_number} may be lost"),
        N_(
            "This parcel has not moved for far longer than usual; it may be lost. "
            "Contact the seller."
        ),
    ),
    "delayed": (
        N_("Parcel {tracking_number} is delayed"),
        N_("This parcel is later than the usual delivery time on its route."),
    ),
}
GENERIC_PROBLEM = (
    N_("A problem with parcel {tracking_number}"),
    N_("Something unusual happened to this parcel; see its tracking page."),
)


_FRAME: dict[str, Any] = {
    "unsubscribe_url": None,
    "manage_url": None,
    "order": None,
    "eta": None,
    "button_url": None,
    "button_label": None,
}
# template -> the button's label, and which link it takes (the first one the context has)
BUTTONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "order_confirmed": (N_("See your order"), ("order_url",)),
    "dispatched": (N_("Track your order"), ("order_url", "track_url")),
    "milestone": (N_("See where it is"), ("order_url", "track_url")),
    "problem": (N_("See what happened"), ("order_url", "track_url")),
    "confirm_subscription": (N_("Confirm the alerts"), ("confirm_url",)),
    "notice": (N_("Open the order"), ("order_url",)),
}


# Words the fan-out hands over as the mail's explanation (services/fanout.py)
OTHER_WORDS = (N_("You have a new message."),)


def button(template: str, context: dict[str, Any]) -> dict[str, Any]:
    """The mail's one button: its label (translated) and the first link of its kind."""
    label, keys = BUTTONS.get(template, ("", ()))
    url = next((context[k] for k in keys if context.get(k)), None)
    if not url:
        return {}
    return {"button_url": url, "button_label": _say(context).gettext(label)}


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


def _language(context: dict[str, Any]) -> str:
    """The recipient's language (``language`` in the context, from their account), else
    English: mail to an address without an account cannot know better."""
    return known(context.get("language")) or DEFAULT


def _say(context: dict[str, Any]) -> NullTranslations:
    return translations(_language(context))


def _worded(context: dict[str, Any], text: str) -> str:
    """One of our texts in the recipient's language, its ``{name}`` fields filled."""
    return _say(context).gettext(text).format(**_fields(context))


def subject_for(template: str, context: dict[str, Any]) -> str:
    return _worded(context, SUBJECTS[template])


def _eta_words(context: dict[str, Any]) -> str | None:
    """The expected delivery window (``eta_window``: two datetimes) as days in the
    recipient's language and time zone ("wt., 1 gru 2026 – czw., 3 gru 2026")."""
    window = context.get("eta_window")
    if not window:
        return None
    zone = zone_named(context.get("time_zone"))
    where = locale(_language(context))
    first, last = (
        format_date(moment.astimezone(zone), "EEE d MMM", locale=where) for moment in window
    )
    return first if first == last else f"{first} – {last}"


def render(template: str, subject: str, context: dict[str, Any]) -> Rendered:
    """Text and HTML parts of ``template``, in the recipient's language (``language``). Every
    mail has the same frame (base.html/.txt): the order and its items (``order``), the
    expected delivery (``eta_window``), one button (``button_url``, ``button_label``) and the
    manage and unsubscribe links; each is optional."""
    values = {**_FRAME, **context, "subject": subject, "language": _language(context)}
    if values.get("explanation"):
        values["explanation"] = _worded(context, values["explanation"])
    if context.get("eta_window"):
        values["eta"] = _eta_words(context)
    if not values["button_url"]:
        values.update(button(template, values))
    values["_"] = _say(context).gettext
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
    return render("milestone", _worded(context, subject), {**context, "explanation": explanation})


def problem_message(problem: str, context: dict[str, Any]) -> Rendered:
    subject, explanation = PROBLEMS.get(problem, GENERIC_PROBLEM)
    return render("problem", _worded(context, subject), {**context, "explanation": explanation})
