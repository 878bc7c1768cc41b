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


# Labels the pages build from values (``label`` of a milestone), marked here for extraction.
MILESTONE_LABELS = (
    N_("Customs started"), N_("Customs held"), N_("Customs cleared"), N_("Out for delivery"),
    N_("Failed attempt"), N_("Available for pickup"), N_("Delivered"),
)
