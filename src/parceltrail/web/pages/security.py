"""Who is visiting (session cookie), CSRF tokens and security headers."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from starlette.responses import Response

from parceltrail.domain.errors import NotAuthenticated, PermissionDenied
from parceltrail.domain.users import User
from parceltrail.domain.words import N_
from parceltrail.services import accounts
from parceltrail.web.api.deps import AppDep, UowDep

SESSION_COOKIE = "pt_session"
CSRF_COOKIE = "pt_csrf"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "manifest-src 'self'; worker-src 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


class CsrfFailed(PermissionDenied):
    code = "csrf_failed"


@dataclass
class Visitor:
    """The person behind a page request: a user with a session, or anonymous."""

    user: User | None
    csrf: str
    session_secret: str | None
    set_csrf_cookie: bool
    secure: bool

    def require(self) -> User:
        if self.user is None:
            raise NotAuthenticated(N_("log in to see this page"))
        return self.user

    def check_csrf(self, token: str | None) -> None:
        if not token or not secrets.compare_digest(token.encode(), self.csrf.encode()):
            raise CsrfFailed(
                N_(
                    "this form has expired or did not come from parceltrail; reload the page and "
                    "send it again"
                )
            )


def visitor(request: Request, app: AppDep, uow: UowDep) -> Visitor:
    secure = app.settings.base_url.startswith("https://")
    secret = request.cookies.get(SESSION_COOKIE)
    found = accounts.find_session(uow=uow, secret=secret, now=app.clock())
    if found is not None:
        return Visitor(found.user, found.csrf_token, secret, False, secure)
    return anonymous(request, secure)


def anonymous(request: Request, secure: bool) -> Visitor:
    """A visitor with no session: the token of their CSRF cookie, or a new one to set."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    fresh = not (20 <= len(cookie) <= 100)
    csrf = secrets.token_urlsafe(32) if fresh else cookie
    return Visitor(None, csrf, None, fresh, secure)


VisitorDep = Annotated[Visitor, Depends(visitor)]


def finish(response: Response, who: Visitor) -> Response:
    """Security headers on every page; the anonymous CSRF cookie where it is new."""
    response.headers.update(HEADERS)
    if who.set_csrf_cookie:
        response.set_cookie(
            CSRF_COOKIE, who.csrf, httponly=True, samesite="lax", secure=who.secure, path="/"
        )
    return response


def set_session(response: Response, secret: str, *, secure: bool) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=int(accounts.SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )


def clear_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
