"""The account page's API tokens: create one (its secret shown once), revoke one."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from parceltrail.services import users as user_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.accounts import Csrf, Text, account_page, redirect
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)


@router.post("/account/tokens")
def create_token(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, csrf: Csrf = "", name: Text = ""
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    _, secret = user_service.create_token(
        uow=uow, email=user.email, name=name[:100] or "web", now=app.clock()
    )
    return account_page(request, uow, who, new_secret=secret)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(
    app: AppDep, uow: UowDep, who: VisitorDep, token_id: str, csrf: Csrf = ""
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    user_service.revoke_token(uow=uow, user=user, token_id=token_id[:40], now=app.clock())
    return redirect("/account", who)
