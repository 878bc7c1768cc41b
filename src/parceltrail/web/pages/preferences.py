"""Notification pages: a signed-in person's preferences, and one subscription's choices (its
owner's, or anyone holding the signed manage link of an alert mail). Plain forms; the one
script, static/push.js, turns this browser's notifications on (Web Push)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from starlette.responses import Response

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import (
    ALERT_MILESTONES,
    MAX_CHANNELS,
    DeliveryMode,
    Subscription,
    SubscriptionKind,
    channel_id,
)
from parceltrail.domain.words import N_, Words
from parceltrail.notify import webpush
from parceltrail.services import preferences
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.accounts import redirect
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Many = Annotated[list[str] | None, Form(max_length=20)]
Short = Annotated[str, Form(max_length=40)]
Url = Annotated[str, Form(max_length=1000)]
MODES = {
    DeliveryMode.IMMEDIATE.value: "Immediately, one e-mail per update",
    DeliveryMode.DIGEST.value: "Once a day, in a daily digest",
}


def _choices(
    milestones: list[str] | None,
    problems: str,
    mode: str,
    keep: list[str] | None,
    add: str,
    *,
    with_problems: bool,
) -> preferences.Choices:
    """The form's fields as choices: unchecked boxes are absent, so absent means off."""
    channels = [c[:40] for c in keep or []] + ([add] if add.strip() else [])
    return preferences.Choices(
        milestones=[m[:40] for m in milestones or []],
        mode=mode[:20] or None,
        problems=(problems == "on") if with_problems else None,
        channels=channels,
    )


def _form(app: AppDep, current: Any, **extra: Any) -> dict[str, Any]:
    return {
        "milestones": ALERT_MILESTONES,
        "modes": MODES,
        "max_channels": MAX_CHANNELS,
        "chosen": list(current.milestones),
        "mode": current.mode.value,
        "problems": current.problems,
        "channels": [(channel_id(url), app.channels.mask(url)) for url in current.channels],
        "error": None,
        "saved": False,
        "added": "",
        **extra,
    }


# --- a person's preferences ---------------------------------------------------------------


def _preferences_page(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: Visitor,
    status_code: int = 200,
    **extra: Any,
) -> Response:
    user = who.require()
    prefs = preferences.preferences_of(uow=uow, user=user)
    subs = [
        s for s in preferences.mine(uow=uow, user=user) if s.kind is not SubscriptionKind.SELLER
    ]
    seller = preferences.seller_problems_on(uow=uow, user=user) if user.can_sell else None
    return page(
        request,
        who,
        "preferences.html",
        status_code=status_code,
        **_form(app, prefs, **extra),
        seller_problems=seller,
        subscriptions=subs,
        push_key=app.channels.public_key,
    )


@router.post("/account/push")
def add_push(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    subscription: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """This browser's push subscription (static/push.js sends it) as one more alert channel."""
    user = who.require()
    who.check_csrf(csrf)
    try:
        found = json.loads(subscription)
        if not isinstance(found, dict):
            raise ValueError("not an object")
        with uow.savepoint():
            preferences.add_channel(
                uow=uow,
                user=user,
                url=webpush.channel_url(found),
                checker=app.channels,
                now=app.clock(),
            )
    except (ValueError, ValidationFailed) as exc:
        message = (
            exc.words
            if isinstance(exc, ValidationFailed)
            else Words(N_("This browser sent no push subscription parceltrail can use."))
        )
        return _preferences_page(request, app, uow, who, status_code=422, error=message)
    return redirect("/account/notifications?saved=1", who)


@router.get("/account/notifications")
def preferences_form(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    saved: str = Query("", max_length=1),
) -> Response:
    return _preferences_page(request, app, uow, who, saved=saved == "1")


@router.post("/account/notifications")
def save_preferences(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    milestones: Many = None,
    problems: Short = "",
    mode: Short = "",
    keep: Many = None,
    add: Url = "",
    seller_problems: Short = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    choices = _choices(milestones, problems, mode, keep, add, with_problems=True)
    try:
        with uow.savepoint():
            preferences.save_preferences(
                uow=uow,
                user=user,
                choices=choices,
                checker=app.channels,
                now=app.clock(),
                seller_problems=(seller_problems == "on") if user.can_sell else None,
            )
    except ValidationFailed as exc:
        return _preferences_page(
            request, app, uow, who, status_code=422, error=exc.words, added=add[:1000]
        )
    return redirect("/account/notifications?saved=1", who)


# --- one subscription: by its owner, or by the manage link -------------------------------


def _subscription_page(
    request: Request,
    app: AppDep,
    who: Visitor,
    sub: Subscription,
    action: str,
    status_code: int = 200,
    **extra: Any,
) -> Response:
    return page(
        request,
        who,
        "manage_alerts.html",
        status_code=status_code,
        **_form(app, sub, **extra),
        subscription=sub,
        action=action,
        with_problems=sub.kind is not SubscriptionKind.TRACKING,
    )


def _save(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: Visitor,
    sub: Subscription,
    action: str,
    form: tuple[list[str] | None, str, str, list[str] | None, str],
) -> Response:
    milestones, problems, mode, keep, add = form
    with_problems = sub.kind is not SubscriptionKind.TRACKING
    choices = _choices(milestones, problems, mode, keep, add, with_problems=with_problems)
    try:
        with uow.savepoint():
            changed = preferences.change(
                uow=uow, subscription=sub, choices=choices, checker=app.channels
            )
    except ValidationFailed as exc:
        return _subscription_page(
            request, app, who, sub, action, status_code=422, error=exc.words, added=add[:1000]
        )
    return _subscription_page(request, app, who, changed, action, saved=True)


@router.get("/alerts/manage")
def manage_form(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    token: str = Query("", max_length=400),
) -> Response:
    sub = preferences.by_manage_token(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    return _subscription_page(request, app, who, sub, f"/alerts/manage?token={token}")


@router.post("/alerts/manage")
def manage(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    token: str = Query("", max_length=400),
    csrf: Csrf = "",
    milestones: Many = None,
    problems: Short = "",
    mode: Short = "",
    keep: Many = None,
    add: Url = "",
) -> Response:
    who.check_csrf(csrf)
    sub = preferences.by_manage_token(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    return _save(
        request,
        app,
        uow,
        who,
        sub,
        f"/alerts/manage?token={token}",
        (milestones, problems, mode, keep, add),
    )


@router.get("/account/alerts/{subscription_id}")
def own_form(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, subscription_id: str
) -> Response:
    user = who.require()
    sub = preferences.own_subscription(uow=uow, user=user, subscription_id=subscription_id)
    return _subscription_page(request, app, who, sub, f"/account/alerts/{sub.id}")


@router.post("/account/alerts/{subscription_id}")
def own(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    subscription_id: str,
    csrf: Csrf = "",
    milestones: Many = None,
    problems: Short = "",
    mode: Short = "",
    keep: Many = None,
    add: Url = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    sub = preferences.own_subscription(uow=uow, user=user, subscription_id=subscription_id)
    return _save(
        request,
        app,
        uow,
        who,
        sub,
        f"/account/alerts/{sub.id}",
        (milestones, problems, mode, keep, add),
    )
