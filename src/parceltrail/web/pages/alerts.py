"""Alerts pages: the tracking page's form (e-mail alerts on one number, double opt-in) and
where the links of alert mails land (confirm, unsubscribe)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import Response

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import ALERT_MILESTONES
from parceltrail.domain.words import N_
from parceltrail.services import alerts, preferences
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.limits import limit_subscribe
from parceltrail.web.pages import i18n, times
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)


@router.post("/track/{number}/alerts", dependencies=[Depends(limit_subscribe)])
def subscribe(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    number: str,
    csrf: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
    milestones: Annotated[list[str] | None, Form(max_length=20)] = None,
) -> Response:
    """Alerts by e-mail on one number: double opt-in, the confirmation mail leaves by the outbox."""
    who.check_csrf(csrf)
    form: dict[str, Any] = {
        "number": number[:64],
        "email": email[:254],
        "chosen": milestones or [],
        "milestones": ALERT_MILESTONES,
    }
    try:
        with uow.savepoint():
            if not milestones:
                raise ValidationFailed(N_("choose at least one kind of update"), field="milestones")
            alerts.subscribe_number(
                uow=uow,
                email=email,
                tracking_number=number[:100],
                milestones=[m[:40] for m in milestones],
                now=app.clock(),
                language=i18n.language_of(request, who.user),  # its mails speak as this page
                time_zone=times.zone_name(request, who.user),
            )
    except ValidationFailed as exc:
        return page(
            request, who, "alerts.html", status_code=422, error=exc.words, sent=False, **form
        )
    return page(request, who, "alerts.html", error=None, sent=True, **form)


# The links in alert mails land here, on pages (the API's endpoints answer JSON, for programs).
# The token is the capability: no log-in, no CSRF token (RFC 8058 one-click posts none).
Token = Annotated[str, Query(max_length=400)]


@router.get("/alerts/confirm")
def confirm_page(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, token: Token
) -> Response:
    """The confirmation link of a double opt-in: alerts start; the page says which."""
    sub = alerts.confirm(uow=uow, secret=app.settings.secret_key, token=token, now=app.clock())
    manage = preferences.manage_token(
        secret=app.settings.secret_key, subscription_id=sub.id, now=app.clock()
    )
    return page(request, who, "alert_link.html", done="confirmed", sub=sub, manage_token=manage)


@router.get("/alerts/unsubscribe")
@router.post("/alerts/unsubscribe")
def unsubscribe_page(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, token: Token
) -> Response:
    """Every alert mail's unsubscribe link (POST: the List-Unsubscribe one-click)."""
    sub = alerts.unsubscribe(uow=uow, secret=app.settings.secret_key, token=token, now=app.clock())
    return page(request, who, "alert_link.html", done="unsubscribed", sub=sub, manage_token=None)


@router.get("/alerts/unsubscribe-digest")
@router.post("/alerts/unsubscribe-digest")
def unsubscribe_digest_page(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, token: Token
) -> Response:
    """The daily digest's unsubscribe link: every alert of that address held for digests."""
    stopped = preferences.unsubscribe_digest(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    return page(
        request, who, "alert_link.html", done="digest", sub=None, manage_token=None, stopped=stopped
    )
