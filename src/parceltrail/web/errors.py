"""Every API error leaves as JSON: {"error": {"code", "message", "details"?}}; a 429 also
says Retry-After. (Pages answer in HTML: web/pages/__init__.py.)"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import Match

from parceltrail.domain.errors import NotAuthenticated, ParceltrailError
from parceltrail.domain.rate_limits import RateLimited

log = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    code: str = Field(description="Machine-readable, stable: not_found, invalid_request...")
    message: str = Field(description="What was wrong and what to do, for people")
    details: Any = Field(
        None, description="When given: the fields at fault, limits, the ids concerned"
    )


class ErrorAnswer(BaseModel):
    """Every error of the API answers with this body."""

    error: ErrorBody


_MEANINGS = {
    400: "The body could not be read (not UTF-8, not JSON)",
    401: "No valid API token: send `Authorization: Bearer <token>`",
    403: "The caller's role may not do this",
    404: "Not found, or not visible to the caller",
    409: "Conflicts with the current state",
    413: "The request body is over the size limit",
    422: "The request is not valid: the message and details say what to change",
    429: "Too many requests: Retry-After says in how many seconds to try again",
    503: "Not configured on this server",
}


def answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers a route can give, for its OpenAPI ``responses``."""
    return {status: {"model": ErrorAnswer, "description": _MEANINGS[status]} for status in statuses}


def error_response(
    status: int,
    code: str,
    message: str,
    details: Any = None,
    *,
    retry_after: int | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """The JSON error; ``headers`` are the exception's own (a 405's Allow) and are kept."""
    body = ErrorBody(code=code, message=message, details=details or None)
    sent = dict(headers or {})
    if status == 401:
        sent["WWW-Authenticate"] = "Bearer"
    if retry_after is not None:
        sent["Retry-After"] = str(retry_after)
    content = {"error": body.model_dump(exclude_none=True)}
    return JSONResponse(content, status_code=status, headers=sent or None)


def _location(error: dict[str, Any]) -> str:
    return ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ParceltrailError)
    if isinstance(exc, NotAuthenticated):
        log.info("rejected unauthenticated request to %s", request.url.path)
    retry_after = exc.retry_after if isinstance(exc, RateLimited) else None
    return error_response(
        exc.http_status, exc.code, exc.message, exc.details or None, retry_after=retry_after
    )


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"field": _location(err), "message": err.get("msg", "invalid")} for err in exc.errors()[:20]
    ]
    summary = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:3])
    return error_response(422, "invalid_request", f"the request is not valid: {summary}", problems)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> str:
    """The methods some route would serve at this path. Starlette's 405 names only the first
    route whose path matched (PATCH /subscriptions/{id} for /subscriptions, GET and POST)."""
    routes = request.app.router.routes
    served = [
        method
        for method in _METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes
        )
    ]
    return ", ".join(served)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    code = {
        400: "invalid_request",
        404: "not_found",
        405: "method_not_allowed",
        413: "payload_too_large",
        422: "invalid_request",
    }.get(exc.status_code, "http_error")
    return error_response(exc.status_code, code, _http_message(exc), headers=headers)


def _http_message(exc: StarletteHTTPException) -> str:
    """FastAPI's 400 for a body it could not decode says only "There was an error parsing the
    body"; say what failed and what to send."""
    if exc.status_code == 400 and exc.__cause__ is not None:
        return (
            f"the request body could not be read ({type(exc.__cause__).__name__}): send JSON, "
            "UTF-8 encoded, with Content-Type: application/json"
        )
    return str(exc.detail)


_Answer = TypeVar("_Answer", bound=Response)


def log_unexpected(request: Request, exc: Exception) -> None:
    """An error no handler expected, with its trace: the operator's one way to find it."""
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)


def closing(answer: _Answer) -> _Answer:
    """The answer to a fault no handler expected, saying the connection ends with it.

    The exception still reaches the server (Starlette re-raises it after the answer), and
    uvicorn then closes the connection: without ``Connection: close`` a keep-alive client
    would send its next request into the closed socket and get a reset instead of an answer.
    """
    answer.headers["connection"] = "close"
    return answer


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log_unexpected(request, exc)
    return closing(
        error_response(500, "internal_error", "parceltrail failed on this request; see its log")
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(ParceltrailError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
