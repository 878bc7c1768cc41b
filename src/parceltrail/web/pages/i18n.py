"""The pages' language: chosen in the URL (``?lang=``), else the account's setting, else an
earlier pick on this browser (the cookie the switch sets), else ``Accept-Language``; English
when nothing matches. The catalogues and the language list are parceltrail.locale's (mails
use the same ones)."""

from __future__ import annotations

from fastapi import Request

from parceltrail.domain.users import User
from parceltrail.locale import DEFAULT, LANGUAGES, N_, from_header, known, locale, translations

__all__ = ["DEFAULT", "LANGUAGES", "N_", "from_header", "language_of", "locale", "translations"]
LANG_COOKIE = "lang"


def language_of(request: Request, user: User | None = None) -> str:
    """The URL says what this page is in; then what the visitor told us (the account, or the
    switch on this browser); then what the browser asks for."""
    return (
        known(request.query_params.get("lang"))
        or known(user.language if user else None)
        or known(request.cookies.get(LANG_COOKIE))
        or from_header(request.headers.get("accept-language", ""))
        or DEFAULT
    )


# Labels the pages build from values (``x | label`` of a status, problem, dispute step, role,
# milestone...), marked here for extraction; tests/unit/test_locale.py checks none is missing.
LABELS = (
    N_("Pending"),
    N_("Info received"),
    N_("In transit"),
    N_("Out for delivery"),
    N_("Attempt fail"),
    N_("Available for pickup"),
    N_("Delivered"),
    N_("Exception"),
    N_("Expired"),
    N_("Accepted"),
    N_("Departed origin"),
    N_("Arrived destination"),
    N_("Customs started"),
    N_("Customs held"),
    N_("Customs cleared"),
    N_("Handed over"),
    N_("Failed attempt"),
    N_("Delayed"),
    N_("Address issue"),
    N_("Refused"),
    N_("Returning"),
    N_("Returned"),
    N_("Lost"),
    N_("Damaged"),
    N_("Cancelled"),
    N_("Not active yet"),
    N_("No information"),
    N_("Stale"),
    N_("Suspected lost"),
    N_("Pickup waiting"),
    N_("Carrier exception"),
    N_("Accept"),
    N_("Propose"),
    N_("Reject"),
    N_("Accept proposal"),
    N_("Revise"),
    N_("Escalate"),
    N_("Time out"),
    N_("Decide"),
    N_("Withdraw"),
    N_("Open"),
    N_("Proposed"),
    N_("Rejected"),
    N_("Escalated"),
    N_("Refunded"),
    N_("Closed no refund"),
    N_("Withdrawn"),
    N_("Buyer"),
    N_("Seller"),
    N_("Admin"),
    N_("System"),
    N_("Not received"),
    N_("Not as described"),
    N_("Active"),
    N_("Unsubscribed"),
    N_("Immediate"),
    N_("Digest"),
)
# My Orders' tabs and the alert modes (web/pages/orders.py, preferences.py)
OTHER_WORDS = (
    N_("All"),
    N_("Awaiting dispatch"),
    N_("Shipped"),
    N_("Delivered"),
    N_("Problems"),
    N_("Immediately, one e-mail per update"),
    N_("Once a day, in a daily digest"),
)
