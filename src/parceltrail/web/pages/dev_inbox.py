"""The development inbox: with no SMTP server configured, sent mail is shown here."""

from __future__ import annotations

from functools import cache

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from parceltrail.domain.errors import NotFound
from parceltrail.services.browse import require_admin
from parceltrail.web.api.deps import AppDep, RowId, UowDep
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(prefix="/dev/inbox", include_in_schema=False)
# The mail's HTML is shown in a sandboxed iframe: no scripts, no same-origin access.
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
# Reset links are in these mails: never cached, never sent on as a Referer, never framed.
_HEADERS = {
    "Content-Security-Policy": _CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("parceltrail.web.pages", "templates"),
        autoescape=select_autoescape(default=True),
    )


def _page(name: str, **values: object) -> HTMLResponse:
    html = _env().get_template(name).render(values)
    return HTMLResponse(html, headers=_HEADERS)


def _require_dev(app: AppDep, who: Visitor) -> None:
    """Admins only: the inbox holds every mail, password-reset links included."""
    require_admin(who.require())
    if app.settings.smtp_url:
        raise NotFound("the development inbox is off: mail goes to the SMTP server")


@router.get("")
def inbox(app: AppDep, uow: UowDep, who: VisitorDep) -> HTMLResponse:
    _require_dev(app, who)
    return _page("dev_inbox.html", mails=uow.deliveries.inbox(200), mail=None)


@router.get("/{delivery_id}")
def one(delivery_id: RowId, app: AppDep, uow: UowDep, who: VisitorDep) -> HTMLResponse:
    _require_dev(app, who)
    mail = uow.deliveries.get(delivery_id)
    if mail is None or mail.channel != "email":
        raise NotFound(f"no mail {delivery_id}")
    return _page("dev_inbox.html", mails=uow.deliveries.inbox(200), mail=mail)
