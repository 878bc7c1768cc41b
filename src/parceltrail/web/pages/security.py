"""Who is visiting (session cookie), CSRF tokens, security headers and the lookup rate limit."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from starlette.responses import Response

from parceltrail.domain.errors import NotAuthenticated, PermissionDenied
from parceltrail.domain.users import User
from parceltrail.services import accounts
from parceltrail.web.api.deps import AppDep, UowDep

SESSION_COOKIE = "pt_session"
CSRF_COOKIE = "pt_csrf"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
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
            raise NotAuthenticated("log in to see this page")
        return self.user

    def check_csrf(self, token: str | None) -> None:
        if not token or not secrets.compare_digest(token.encode(), self.csrf.encode()):
            raise CsrfFailed(
                "this form has expired or did not come from parceltrail; reload the page and "
                "send it again"
            )


def visitor(request: Request, app: AppDep, uow: UowDep) -> Visitor:
    secure = app.settings.base_url.startswith("https://")
    secret = request.cookies.get(SESSION_COOKIE)
    found = accounts.find_session(uow=uow, secret=secret, now=app.clock())
    if found is not None:
        return Visitor(found.user, found.csrf_token, secret, False, secure)
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


class TokenBucket:
    """Per-key token buckets in memory: ``burst`` tokens, refilled at ``per_minute``.

    Process-local: behind several worker processes each keeps its own buckets.
    """

    def __init__(self, burst: int, per_minute: int, max_keys: int = 100_000) -> None:
        self.burst = float(burst)
        self.rate = per_minute / 60.0
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, cost: float = 1.0) -> float:
        """0 when allowed, else how many seconds to wait before ``cost`` tokens are there."""
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            cost = min(cost, self.burst)
            if tokens >= cost:
                self._remember(key, (tokens - cost, now))
                return 0.0
            self._remember(key, (tokens, now))
            return (cost - tokens) / self.rate

    def _remember(self, key: str, value: tuple[float, float]) -> None:
        if key not in self._buckets and len(self._buckets) >= self.max_keys:
            self._buckets.clear()  # crude but bounded; a flood of keys only resets buckets
        self._buckets[key] = value
