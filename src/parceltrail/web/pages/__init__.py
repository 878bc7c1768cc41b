"""Server-rendered pages (Jinja2): public tracking, My Orders, seller desk, admin, accounts."""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from parceltrail.domain.errors import NotAuthenticated, ParceltrailError
from parceltrail.domain.rate_limits import RateLimited
from parceltrail.domain.words import N_, Words
from parceltrail.web.errors import closing, log_unexpected
from parceltrail.web.pages import (
    accounts,
    admin,
    alerts,
    analytics,
    bulk,
    desk,
    disputes,
    messages,
    orders,
    parcels,
    personal_data,
    preferences,
    problems,
    text_lessons,
    tokens,
    trackings,
)
from parceltrail.web.pages.invalid import html_invalid
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import SESSION_COOKIE, Visitor, anonymous, visitor

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
_LIMITED = N_(
    "You looked up many numbers in a short time. This protects parcels from being guessed."
)
_LOG_IN = N_("Log in first.")
_NO_PAGE = N_("There is no such page.")
_JSON_PREFIXES = (
    "/api/",
    "/webhooks",
    "/docs",
    "/openapi",
    "/redoc",
    "/healthz",
    "/readyz",
    "/metrics",
    "/feeds/",  # read by calendar apps and scripts: errors as the OpenAPI document says, JSON
)
_TITLES = {
    401: N_("Please log in"),
    403: N_("Not allowed"),
    404: N_("Not found"),
    409: N_("Conflict"),
    422: N_("Please check your input"),
    429: N_("Too many lookups"),
}
_TOO_MANY = N_("Too many requests")
_FAILED = N_(
    "parceltrail could not show this page because of a fault on the server. Try again in a moment."
)
_WENT_WRONG = N_("Something went wrong")


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(_JSON_PREFIXES)


def _error_page(
    request: Request,
    who: Visitor,
    status: int,
    message: Words | str,
    retry_after: int | None = None,
    title: str | None = None,
) -> Response:
    """The error as a page in the visitor's language; ``title`` is a marked (N_) string."""
    if isinstance(message, str):
        message = Words(message)
    if status == 401:
        target = request.url.path if request.method == "GET" else "/orders"
        return page(
            request,
            who,
            "login.html",
            status_code=401,
            next=target,
            email="",
            error=message,
            message=None,
        )
    title = title or _TITLES.get(status, _WENT_WRONG)
    response = page(
        request,
        who,
        "error.html",
        status_code=status,
        title=title,
        message=message,
        retry_after=retry_after,
    )
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _visitor_of(request: Request) -> Visitor:
    """The visitor, for a page drawn outside a route (its CSRF token must stay the same)."""
    app = request.app.state.parceltrail
    with app.uow() as uow:
        return visitor(request, app, uow)


async def _who(request: Request) -> Visitor:
    """The visitor of an error page, found as every page finds it: a logged-in person keeps
    their header, language, time zone and their session's CSRF token (the header's Log out
    form needs it). The error may come before any route ran (no route, a 405), so the session
    is looked up here; without a session cookie, no database is touched (a flood of refused
    lookups or of scanned paths costs none)."""
    if not request.cookies.get(SESSION_COOKIE):
        return _anonymous(request)
    return await run_in_threadpool(_visitor_of, request)


async def _who_despite_the_fault(request: Request) -> Visitor:
    """The visitor of a 500 page; anonymous when the session cannot be looked up (the
    database may be what failed), so the page is drawn all the same."""
    try:
        return await _who(request)
    except Exception:  # any: this page reports a fault and must not raise another
        log.warning("the visitor of a failed page could not be looked up", exc_info=True)
        return _anonymous(request)


def _anonymous(request: Request) -> Visitor:
    """A visitor without a session, on this deployment's scheme (its cookies' Secure flag)."""
    secure = request.app.state.parceltrail.settings.base_url.startswith("https://")
    return anonymous(request, secure)


async def _call(handler: Any, request: Request, exc: Exception) -> Response:
    result = handler(request, exc)
    answer: Response = await result if inspect.isawaitable(result) else result
    return answer


def install(web: FastAPI) -> None:
    """Mount the static files and the pages; errors on pages answer in HTML, API stays JSON."""
    json_domain = web.exception_handlers[ParceltrailError]
    json_http = web.exception_handlers[StarletteHTTPException]
    json_invalid = web.exception_handlers[RequestValidationError]
    json_unexpected = web.exception_handlers[Exception]

    async def domain_error(request: Request, exc: Exception) -> Response:
        if not _wants_html(request):
            return await _call(json_domain, request, exc)
        assert isinstance(exc, ParceltrailError)
        message = exc.words if not isinstance(exc, NotAuthenticated) else Words(_LOG_IN)
        who = await _who(request)
        if isinstance(exc, RateLimited) and exc.what == "lookups":
            return _error_page(request, who, 429, _LIMITED, exc.retry_after)
        if isinstance(exc, RateLimited):
            return _error_page(request, who, 429, exc.words, exc.retry_after, _TOO_MANY)
        return _error_page(request, who, exc.http_status, message)

    async def http_error(request: Request, exc: Exception) -> Response:
        if not _wants_html(request):
            return await _call(json_http, request, exc)
        assert isinstance(exc, StarletteHTTPException)
        message = _NO_PAGE if exc.status_code == 404 else str(exc.detail)
        return _error_page(request, await _who(request), exc.status_code, message)

    async def invalid_request(request: Request, exc: Exception) -> Response:
        if not _wants_html(request):
            return await _call(json_invalid, request, exc)
        assert isinstance(exc, RequestValidationError)
        return html_invalid(request, exc, await _who(request))

    async def unexpected(request: Request, exc: Exception) -> Response:
        if not _wants_html(request):
            return await _call(json_unexpected, request, exc)
        log_unexpected(request, exc)
        return closing(_error_page(request, await _who_despite_the_fault(request), 500, _FAILED))

    web.add_exception_handler(ParceltrailError, domain_error)
    web.add_exception_handler(Exception, unexpected)
    web.add_exception_handler(StarletteHTTPException, http_error)
    web.add_exception_handler(RequestValidationError, invalid_request)
    web.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages = (
        trackings,
        alerts,
        accounts,
        personal_data,
        tokens,
        preferences,
        orders,
        parcels,
        messages,
        disputes,
        desk,
        problems,
        bulk,
        admin,
        text_lessons,
        analytics,
    )
    for module in pages:
        web.include_router(module.router)
