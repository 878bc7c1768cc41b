"""API v1: changing a subscription's choices after subscribing (its owner, or the signed manage
link of the mails), a person's notification preferences, and the digest's unsubscribe link."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.notifications import (
    MAX_CHANNEL_URL,
    Preferences,
    Subscription,
    SubscriptionKind,
    channel_id,
)
from parceltrail.notify.channels import AppriseChannels
from parceltrail.services import preferences
from parceltrail.web.api.deps import AppDep, UowDep, UserDep

router = APIRouter(prefix="/api/v1")
Token = Query(max_length=400, description="The signed token of the link in the e-mail")


class ChoicesIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    milestones: list[str] | None = Field(None, max_length=20, examples=[["delivered"]])
    mode: str | None = Field(
        None,
        max_length=20,
        examples=["digest"],
        description="immediate: a mail per event; digest: one a day",
    )
    problems: bool | None = Field(None, description="Order and seller subscriptions only")
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


class PreferencesIn(ChoicesIn):
    seller_problems: bool | None = Field(
        None, description="Sellers: mail about problems on every shipment you sold"
    )


def channels_json(channels: tuple[str, ...], masker: AppriseChannels) -> list[dict[str, str]]:
    """Stored channels by id and masked URL: a secret is never sent back in full."""
    return [{"id": channel_id(url), "url": masker.mask(url)} for url in channels]


def subscription_json(sub: Subscription, masker: AppriseChannels) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": sub.id,
        "kind": sub.kind.value,
        "status": sub.status.value,
        "tracking_number": sub.tracking_number,
        "order_id": sub.order_id,
        "milestones": list(sub.milestones),
        "mode": sub.mode.value,
        "channels": channels_json(sub.channels, masker),
    }
    if sub.kind is not SubscriptionKind.TRACKING:
        body["problems"] = sub.problems
    return body


def preferences_json(prefs: Preferences, masker: AppriseChannels) -> dict[str, Any]:
    return {
        "milestones": list(prefs.milestones),
        "problems": prefs.problems,
        "mode": prefs.mode.value,
        "channels": channels_json(prefs.channels, masker),
    }


@router.get("/subscriptions/manage", tags=["alerts"])
def managed(app: AppDep, uow: UowDep, token: str = Token) -> dict[str, Any]:
    """The subscription behind the manage link of an alert mail (no login needed)."""
    sub = preferences.by_manage_token(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    return subscription_json(sub, app.channels)


@router.patch("/subscriptions/manage", tags=["alerts"])
def manage(body: ChoicesIn, app: AppDep, uow: UowDep, token: str = Token) -> dict[str, Any]:
    """Change milestones, mode (immediate or daily digest) and channels through the link."""
    sub = preferences.by_manage_token(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    changed = preferences.change(
        uow=uow, subscription=sub, choices=body.choices(), checker=app.channels
    )
    uow.commit()
    return subscription_json(changed, app.channels)


@router.get("/subscriptions", tags=["alerts"])
def my_subscriptions(app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Your subscriptions: automatic ones for your orders, and problems if you sell."""
    found = preferences.mine(uow=uow, user=user)
    return {"subscriptions": [subscription_json(s, app.channels) for s in found]}


@router.patch("/subscriptions/{subscription_id}", tags=["alerts"])
def change(
    subscription_id: str, body: ChoicesIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    sub = preferences.own_subscription(uow=uow, user=user, subscription_id=subscription_id)
    changed = preferences.change(
        uow=uow, subscription=sub, choices=body.choices(), checker=app.channels
    )
    uow.commit()
    return subscription_json(changed, app.channels)


@router.get("/preferences", tags=["alerts"])
def my_preferences(app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    prefs = preferences.preferences_of(uow=uow, user=user)
    body = preferences_json(prefs, app.channels)
    if user.can_sell:
        body["seller_problems"] = preferences.seller_problems_on(uow=uow, user=user)
    return body


@router.put("/preferences", tags=["alerts"])
def save_preferences(
    body: PreferencesIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    """Your choices, applied to every order (and seller) subscription of yours, and to new ones."""
    prefs = preferences.save_preferences(
        uow=uow,
        user=user,
        choices=body.choices(),
        checker=app.channels,
        now=app.clock(),
        seller_problems=body.seller_problems,
    )
    uow.commit()
    answer = preferences_json(prefs, app.channels)
    if user.can_sell:
        answer["seller_problems"] = preferences.seller_problems_on(uow=uow, user=user)
    return answer


@router.get("/subscriptions/unsubscribe-digest", tags=["alerts"])
@router.post("/subscriptions/unsubscribe-digest", tags=["alerts"])
def unsubscribe_digest(app: AppDep, uow: UowDep, token: str = Token) -> dict[str, Any]:
    """The daily digest's link (POST: RFC 8058 one-click): stops every alert in the digest."""
    stopped = preferences.unsubscribe_digest(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    uow.commit()
    return {"status": "unsubscribed", "subscriptions": stopped}
