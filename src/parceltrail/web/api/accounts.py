"""API v1: accounts, the caller's own account."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.encoders import jsonable_encoder
from pydantic import Field

from parceltrail.domain.users import Role, User
from parceltrail.services import personal_data
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.api.schemas import Answer
from parceltrail.web.errors import answers
from parceltrail.web.limits import limit_password_check

router = APIRouter(prefix="/api/v1")


class MeOut(Answer):
    id: str
    email: str
    role: Role
    name: str | None

    @classmethod
    def of(cls, user: User) -> MeOut:
        return cls(id=user.id, email=user.email, role=user.role, name=user.name)


@router.get("/me", tags=["account"], responses=answers(401, 422))
def me(user: UserDep) -> MeOut:
    return MeOut.of(user)


Rows = list[dict[str, Any]]


class PersonalDataOut(Answer):
    """Everything parceltrail holds about the caller (secrets left out), table by table."""

    format: str
    exported_at: str
    account: Rows
    orders_as_buyer: Rows
    orders_as_seller: list[str]
    messages_written: Rows
    alert_subscriptions: Rows
    notification_preferences: Rows
    api_tokens: Rows
    sessions: Rows
    webhook_endpoints: Rows
    mail_sent_to_you: Rows
    my_parcels: Rows
    mail_in: dict[str, Rows]
    kept_webhook_deliveries: Rows = Field(
        description="Carrier deliveries about your parcels kept because some of their events "
        "were rejected, as the carrier sent them (deleted after "
        "PARCELTRAIL_DEAD_JOB_RETENTION_DAYS); one also about someone else's parcel without "
        "its body"
    )


class DeletionIn(Answer):
    password: str = Field(max_length=1000, description="The account's password, to confirm")


class DeletionOut(Answer):
    deleted: bool
    touched: dict[str, int]


@router.get("/me/data", tags=["account"], responses=answers(401, 422))
def my_data(app: AppDep, uow: UowDep, user: UserDep) -> PersonalDataOut:
    """Download everything parceltrail holds about you."""
    exported = personal_data.export(uow=uow, user=user, now=app.clock())
    return PersonalDataOut.model_validate(jsonable_encoder(exported))


@router.post(
    "/me/delete",
    tags=["account"],
    dependencies=[Depends(limit_password_check)],
    responses=answers(400, 401, 403, 409, 422, 429),
)
def delete_me(body: DeletionIn, app: AppDep, uow: UowDep, user: UserDep) -> DeletionOut:
    """Delete your account: what only you need goes, what others must keep is anonymised."""
    erased = personal_data.delete_account(
        uow=uow, user=user, password=body.password, now=app.clock()
    )
    return DeletionOut(deleted=True, touched=erased.touched)
