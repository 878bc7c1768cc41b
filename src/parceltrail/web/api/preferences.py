"""API v1: changing a subscription's choices after subscribing (its owner, or the signed manage
link of the mails), a person's notification preferences, and the digest's unsubscribe link."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field, StrictBool, WithJsonSchema

from parceltrail.domain.notifications import MAX_CHANNEL_URL, DeliveryMode
from parceltrail.domain.users import User
from parceltrail.services import preferences
from parceltrail.services.ports import UnitOfWork
from parceltrail.web.api.deps import AppDep, BodyIn, Milestone, SubscriptionId, UowDep, UserDep
from parceltrail.web.api.schemas import Answer, PreferencesOut, SubscriptionOut
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")
# A plain string checked by the service (which names the choices), documented as the enum.
Mode = Annotated[str, WithJsonSchema({"type": "string", "enum": [m.value for m in DeliveryMode]})]
Token = Query(max_length=400, description="The signed token of the link in the e-mail")


class ChoicesIn(BodyIn):
    milestones: list[Milestone] | None = Field(None, max_length=20, examples=[["delivered"]])
    mode: Mode | None = Field(
        None,
        max_length=20,
        examples=["digest"],
        description="immediate: a mail per event; digest: one a day",
    )
    problems: StrictBool | None = Field(None, description="Order and seller subscriptions only")
    channels: list[str] | None = Field(
        None,
        max_length=10,
        description="Apprise URLs to add, and the ids (ch_...) of stored channels to keep; "
        "a stored channel left out is removed",
        examples=[["ntfys://ntfy.example.com/parcels"]],
    )

    def choices(self) -> preferences.Choices:
        return preferences.Choices(
            milestones=[m[:40] for m in self.milestones] if self.milestones is not None else None,
            mode=self.mode,
            problems=self.problems,
            channels=[c[: MAX_CHANNEL_URL + 1] for c in self.channels]
            if self.channels is not None
            else None,
        )


class SubscriptionListOut(Answer):
    subscriptions: list[SubscriptionOut]


class DigestStoppedOut(Answer):
    status: str = Field(description="unsubscribed")
    subscriptions: int = Field(description="How many alerts stopped")


class PreferencesIn(ChoicesIn):
    seller_problems: StrictBool | None = Field(
        None, description="Sellers: mail about problems on every shipment you sold"
    )


@router.get(
    "/subscriptions/manage",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(404, 422),
)
def managed(app: AppDep, uow: UowDep, token: str = Token) -> SubscriptionOut:
    """The subscription behind the manage link of an alert mail (no login needed)."""
    sub = preferences.by_manage_token(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    return SubscriptionOut.of(sub, app.channels)


@router.patch(
    "/subscriptions/manage",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(400, 404, 413, 422),
)
def manage(body: ChoicesIn, app: AppDep, uow: UowDep, token: str = Token) -> SubscriptionOut:
    """Change milestones, mode (immediate or daily digest) and channels through the link."""
    sub = preferences.by_manage_token(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    changed = preferences.change(
        uow=uow, subscription=sub, choices=body.choices(), checker=app.channels
    )
    return SubscriptionOut.of(changed, app.channels)


@router.get(
    "/subscriptions",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(401, 422),
)
def my_subscriptions(app: AppDep, uow: UowDep, user: UserDep) -> SubscriptionListOut:
    """Your subscriptions: automatic ones for your orders, and problems if you sell."""
    found = preferences.mine(uow=uow, user=user)
    return SubscriptionListOut(subscriptions=[SubscriptionOut.of(s, app.channels) for s in found])


@router.patch(
    "/subscriptions/{subscription_id:subscription_id}",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(400, 401, 404, 413, 422),
)
def change(
    subscription_id: SubscriptionId, body: ChoicesIn, app: AppDep, uow: UowDep, user: UserDep
) -> SubscriptionOut:
    sub = preferences.own_subscription(uow=uow, user=user, subscription_id=subscription_id)
    changed = preferences.change(
        uow=uow, subscription=sub, choices=body.choices(), checker=app.channels
    )
    return SubscriptionOut.of(changed, app.channels)


@router.get(
    "/preferences",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(401, 422),
)
def my_preferences(app: AppDep, uow: UowDep, user: UserDep) -> PreferencesOut:
    prefs = preferences.preferences_of(uow=uow, user=user)
    return PreferencesOut.of(prefs, app.channels, _seller_problems(uow, user))


def _seller_problems(uow: UnitOfWork, user: User) -> bool | None:
    return preferences.seller_problems_on(uow=uow, user=user) if user.can_sell else None


@router.put(
    "/preferences",
    tags=["alerts"],
    response_model_exclude_unset=True,
    responses=answers(400, 401, 413, 422),
)
def save_preferences(
    body: PreferencesIn, app: AppDep, uow: UowDep, user: UserDep
) -> PreferencesOut:
    """Your choices, applied to every order (and seller) subscription of yours, and to new ones."""
    prefs = preferences.save_preferences(
        uow=uow,
        user=user,
        choices=body.choices(),
        checker=app.channels,
        now=app.clock(),
        seller_problems=body.seller_problems,
    )
    return PreferencesOut.of(prefs, app.channels, _seller_problems(uow, user))


@router.get("/subscriptions/unsubscribe-digest", tags=["alerts"], responses=answers(404, 422))
@router.post("/subscriptions/unsubscribe-digest", tags=["alerts"], responses=answers(404, 422))
def unsubscribe_digest(app: AppDep, uow: UowDep, token: str = Token) -> DigestStoppedOut:
    """The daily digest's link (POST: RFC 8058 one-click): stops every alert in the digest."""
    stopped = preferences.unsubscribe_digest(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    return DigestStoppedOut(status="unsubscribed", subscriptions=stopped)
