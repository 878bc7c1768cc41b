"""The alerts form of the tracking page: e-mail alerts on one number, double opt-in."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import Response

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import ALERT_MILESTONES
from parceltrail.services import alerts
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.limits import limit_subscribe
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
                raise ValidationFailed("choose at least one kind of update", field="milestones")
            alerts.subscribe_number(
                uow=uow,
                email=email,
                tracking_number=number[:100],
                milestones=[m[:40] for m in milestones],
                now=app.clock(),
            )
    except ValidationFailed as exc:
        return page(
            request, who, "alerts.html", status_code=422, error=exc.message, sent=False, **form
        )
    return page(request, who, "alerts.html", error=None, sent=True, **form)
