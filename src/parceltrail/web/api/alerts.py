"""API v1: alerts, e-mail alerts on a tracking number and sellers' problem alerts."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, status
from pydantic import Field, StrictBool

from parceltrail.services import alerts
from parceltrail.web.api.deps import AppDep, BodyIn, Email, Milestone, NonBlank, UowDep, UserDep
from parceltrail.web.api.schemas import Answer, SubscriptionOut
from parceltrail.web.errors import answers
from parceltrail.web.limits import limit_subscribe_api

router = APIRouter(prefix="/api/v1")


class SubscriptionIn(BodyIn):
    email: Email = Field(min_length=1, max_length=254, examples=["me@example.com"])
    tracking_number: NonBlank = Field(min_length=1, max_length=200, examples=["LK123456785CN"])
    milestones: list[Milestone] | None = Field(None, max_length=20, examples=[["delivered"]])
    problems: StrictBool = Field(False, description="Sellers: problems on every shipment you sold")
    language: str | None = Field(
        None,
        max_length=8,
        examples=["pl"],
        description="The mails' language (en, de, es, fr, it, nl, pl, pt, ru, zh) unless the "
        "address has an account that sets one; default: the shop's",
    )
    time_zone: str | None = Field(
        None,
        max_length=64,
        examples=["Europe/Warsaw"],
        description="The IANA time zone the mails write times in; default: UTC",
    )


class ConfirmationSentOut(Answer):
    status: str = Field(description="confirmation_sent")
    message: str


@router.post(
    "/subscriptions",
    status_code=status.HTTP_202_ACCEPTED,
    tags=["alerts"],
    dependencies=[Depends(limit_subscribe_api)],
    responses=answers(400, 413, 422, 429),
)
def subscribe(body: SubscriptionIn, app: AppDep, uow: UowDep) -> ConfirmationSentOut:
    """Alerts on a tracking number by e-mail; a confirmation link is mailed first."""
    alerts.subscribe_number(
        uow=uow,
        email=body.email,
        tracking_number=body.tracking_number,
        milestones=body.milestones,
        now=app.clock(),
        language=body.language,
        time_zone=body.time_zone,
    )
    return ConfirmationSentOut(
        status="confirmation_sent",
        message="check your mailbox and follow the link to confirm the alerts",
    )


@router.post(
    "/subscriptions/problems",
    status_code=201,
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(401, 403, 422),
)
def subscribe_problems(app: AppDep, uow: UowDep, user: UserDep) -> SubscriptionOut:
    """Sellers: an e-mail when one of your shipments has a problem."""
    sub = alerts.subscribe_seller_problems(uow=uow, seller=user, now=app.clock())
    return SubscriptionOut.of(sub, app.channels)


@router.get(
    "/subscriptions/confirm",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(404, 422),
)
def confirm(app: AppDep, uow: UowDep, token: str = Query(max_length=400)) -> SubscriptionOut:
    sub = alerts.confirm(uow=uow, secret=app.settings.secret_key, token=token, now=app.clock())
    return SubscriptionOut.of(sub, app.channels)


@router.get(
    "/subscriptions/unsubscribe",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(404, 422),
)
@router.post(
    "/subscriptions/unsubscribe",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(404, 422),
)
def unsubscribe(app: AppDep, uow: UowDep, token: str = Query(max_length=400)) -> SubscriptionOut:
    """The link in every mail; POST is RFC 8058 one-click (List-Unsubscribe-Post)."""
    sub = alerts.unsubscribe(uow=uow, secret=app.settings.secret_key, token=token, now=app.clock())
    return SubscriptionOut.of(sub, app.channels)
