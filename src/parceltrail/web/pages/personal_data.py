"""The account page's own-data actions: download everything, delete the account."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.encoders import jsonable_encoder
from starlette.responses import Response

from parceltrail.domain.errors import NotAuthenticated, ParceltrailError
from parceltrail.domain.words import N_, Words
from parceltrail.services import accounts, personal_data
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.limits import limit_password_check
from parceltrail.web.pages.accounts import account_page
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep, clear_session, finish

router = APIRouter(include_in_schema=False)
Password = Annotated[str, Form(max_length=1000)]
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]


@router.get("/account/data")
def download_my_data(app: AppDep, uow: UowDep, who: VisitorDep) -> Response:
    """Everything held about the visitor, as a JSON file to keep."""
    user = who.require()
    exported = personal_data.export(uow=uow, user=user, now=app.clock())
    body = json.dumps(jsonable_encoder(exported), ensure_ascii=False, indent=2)
    stamp = app.clock().strftime("%Y-%m-%d")
    response = Response(
        body,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="parceltrail-data-{stamp}.json"',
            "Cache-Control": "no-store",
        },
    )
    return finish(response, who)


@router.post("/account/delete", dependencies=[Depends(limit_password_check)])
def delete_my_account(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    password: Password = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        with uow.savepoint():
            personal_data.delete_account(uow=uow, user=user, password=password, now=app.clock())
    except ParceltrailError as exc:
        message = (
            Words(N_("That password is wrong; your account is unchanged."))
            if isinstance(exc, NotAuthenticated)
            else exc.words
        )
        return account_page(request, uow, who, status_code=exc.http_status, delete_error=message)
    accounts.end_session(uow=uow, secret=who.session_secret)
    response = page(request, who, "account_deleted.html", user_gone=True)
    clear_session(response)
    return response
