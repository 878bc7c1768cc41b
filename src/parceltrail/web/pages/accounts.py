"""Accounts: sign-up, log-in, log-out, password reset, and the account page."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any
from zoneinfo import available_timezones

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from parceltrail.domain.errors import NotAuthenticated, ValidationFailed
from parceltrail.domain.users import Role
from parceltrail.services import accounts
from parceltrail.services import users as user_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.limits import (
    limit_log_in,
    limit_reset,
    limit_reset_use,
    limit_sign_up,
    remember_device,
)
from parceltrail.web.pages.i18n import LANG_COOKIE, language_of
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import (
    Visitor,
    VisitorDep,
    clear_session,
    finish,
    set_session,
)
from parceltrail.web.pages.times import ZONE_COOKIE

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form(max_length=20_000)]
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]


def safe_next(target: str | None) -> str:
    """Only a local path: never another site, never a scheme-relative URL."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target[:500]
    return "/orders"


def redirect(to: str, who: Visitor) -> Response:
    return finish(RedirectResponse(to, status_code=303), who)


@router.get("/login")
def login_form(request: Request, who: VisitorDep, next: str = "/orders") -> Response:
    return page(
        request, who, "login.html", next=safe_next(next), email="", error=None, message=None
    )


@router.post("/login", dependencies=[Depends(limit_log_in)])
def login(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    email: Text = "",
    password: Text = "",
    next: Text = "/orders",
) -> Response:
    who.check_csrf(csrf)
    try:
        user = accounts.log_in(uow=uow, email=email, password=password)
    except NotAuthenticated as exc:
        return page(
            request,
            who,
            "login.html",
            status_code=401,
            next=safe_next(next),
            email=email[:254],
            error=exc.words,
            message=None,
        )
    accounts.end_session(uow=uow, secret=who.session_secret)  # no session fixation
    session = accounts.start_session(uow=uow, user=user, now=app.clock())
    response = redirect(safe_next(next), who)
    set_session(response, session.secret, secure=who.secure)
    remember_device(response, app.settings.secret_key, email, secure=who.secure)
    return response


@router.post("/logout")
def logout(uow: UowDep, who: VisitorDep, csrf: Csrf = "") -> Response:
    who.check_csrf(csrf)
    accounts.end_session(uow=uow, secret=who.session_secret)
    response = redirect("/login", who)
    clear_session(response)
    return response


@router.get("/signup")
def signup_form(request: Request, app: AppDep, who: VisitorDep) -> Response:
    return page(
        request,
        who,
        "signup.html",
        name="",
        email="",
        role="buyer",
        error=None,
        approval=app.settings.seller_approval,
    )


@router.post("/signup", dependencies=[Depends(limit_sign_up)])
def signup(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    email: Text = "",
    name: Text = "",
    role: Text = "buyer",
) -> Response:
    """The same answer whether the address is new, has an account or has orders: a mail."""
    who.check_csrf(csrf)
    chosen = Role.SELLER if role == "seller" else Role.BUYER
    try:
        with uow.savepoint():
            accounts.sign_up(
                uow=uow,
                mailer=app.mailer,
                email=email,
                role=chosen,
                now=app.clock(),
                name=name,
                base_url=app.settings.base_url,
                approved=not app.settings.seller_approval,
                language=language_of(request),
            )
    except ValidationFailed as exc:
        return page(
            request,
            who,
            "signup.html",
            status_code=422,
            name=name[:200],
            email=email[:254],
            role=chosen.value,
            error=exc.words,
            approval=app.settings.seller_approval,
        )
    return page(request, who, "signup_sent.html", email=email[:254])


@router.get("/reset")
def reset_request_form(request: Request, who: VisitorDep) -> Response:
    return page(request, who, "reset_request.html", sent=False)


@router.post("/reset", dependencies=[Depends(limit_reset)])
def reset_request(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, csrf: Csrf = "", email: Text = ""
) -> Response:
    who.check_csrf(csrf)
    accounts.request_reset(
        uow=uow,
        mailer=app.mailer,
        email=email,
        base_url=app.settings.base_url,
        now=app.clock(),
        language=language_of(request),
    )
    return page(request, who, "reset_request.html", sent=True)


@router.get("/reset/{token}")
def reset_form(request: Request, who: VisitorDep, token: str) -> Response:
    return page(request, who, "reset_form.html", token=token[:100], error=None)


@router.post("/reset/{token}", dependencies=[Depends(limit_reset_use)])
def reset(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    token: str,
    csrf: Csrf = "",
    password: Text = "",
) -> Response:
    who.check_csrf(csrf)
    try:
        with uow.savepoint():
            accounts.reset_password(uow=uow, secret=token, password=password, now=app.clock())
    except ValidationFailed as exc:
        return page(
            request, who, "reset_form.html", status_code=422, token=token[:100], error=exc.words
        )
    return page(
        request,
        who,
        "login.html",
        next="/orders",
        email="",
        error=None,
        message="Your password is set; log in with it.",
    )


def account_page(
    request: Request, uow: UowDep, who: Visitor, *, status_code: int = 200, **shown: Any
) -> Response:
    """The account page: settings, tokens, data; ``shown`` adds a new token or an error."""
    user = who.require()
    context: dict[str, Any] = {
        "tokens": user_service.list_tokens(uow=uow, user=user),
        "new_secret": None,
        "zones": time_zones(),
        "browser_zone": request.cookies.get(ZONE_COOKIE, ""),
        "saved": False,
        "settings_error": None,
        "delete_error": None,
        **shown,
    }
    return page(request, who, "account.html", status_code=status_code, **context)


@router.get("/account")
def account(request: Request, uow: UowDep, who: VisitorDep, saved: bool = False) -> Response:
    return account_page(request, uow, who, saved=saved)


@router.post("/account/settings")
def account_settings(
    request: Request,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    language: Annotated[str, Form(max_length=20)] = "",
    time_zone: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """Language and time zone of the account: its pages and the mails it is sent."""
    user = who.require()
    who.check_csrf(csrf)
    try:
        accounts.save_settings(uow=uow, user=user, language=language, time_zone=time_zone)
    except ValidationFailed as exc:
        return account_page(request, uow, who, status_code=422, settings_error=exc.words)
    # the page after saving is in the saved language, whatever the switch picked before
    response = redirect("/account?saved=1#settings", who)
    response.delete_cookie(LANG_COOKIE)
    return response


@cache
def time_zones() -> list[str]:
    """Every IANA zone with a region ("Europe/Warsaw"), for the account's time zone setting."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
