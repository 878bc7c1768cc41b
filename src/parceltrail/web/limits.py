"""Limits on requests: bodies over a size are refused before they are read, and lookups are
rate-limited per client through the application's ``RateLimiter`` (in memory, or shared by
every worker on the database or Redis: ``PARCELTRAIL_RATE_LIMIT_BACKEND``).

The rate limits are route dependencies declared on the decorator, so they run before the
request's unit of work opens (on SQLite that transaction holds the write lock, which the
database limiter's own short transaction would otherwise wait for).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from collections.abc import Awaitable, Callable

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parceltrail.bootstrap import App
from parceltrail.config import Settings
from parceltrail.domain.rate_limits import Limit, RateLimited
from parceltrail.services.lookup import numbers_in
from parceltrail.services.rate_limits import InProcessLimiter

SUBSCRIBE_COST = 5  # lookups an alert subscription costs: each one sends a mail


def client_ip(request: Request) -> str:
    """The client as the limits count it: its IPv4 address, or its IPv6 /64 network (one
    subscriber's block: an address per request is free within it). Behind a proxy, run
    uvicorn with --proxy-headers and --forwarded-allow-ips set to the proxy's address."""
    host = request.client.host if request.client else "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def page_limit(settings: Settings) -> Limit:
    return Limit.per_minute(
        "track", burst=settings.track_burst, per_minute=settings.track_per_minute
    )


def api_limit(settings: Settings) -> Limit:
    return Limit.per_minute(
        "api-lookup", burst=settings.api_lookup_burst, per_minute=settings.api_lookup_per_minute
    )


def token_or_ip(request: Request) -> str:
    """The API caller: its bearer token (hashed) when it sends one, else its address."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return "token:" + hashlib.sha256(token.strip().encode()).hexdigest()[:32]
    return "ip:" + client_ip(request)


async def numbers_asked(request: Request) -> list[str]:
    """The numbers of the tracking box (the query's ``q``, or the posted form's), found once
    per request: the rate limit counts them and the page reuses them."""
    found: list[str] | None = getattr(request.state, "numbers", None)
    if found is None:
        text = request.query_params.get("q", "")
        if request.method == "POST":
            posted = (await request.form()).get("q", "")
            text = posted if isinstance(posted, str) else ""
        found, request.state.left_out = numbers_in(text[:20_000])
        request.state.numbers = found
    return found


async def _one(request: Request) -> int:
    return 1


async def _box(request: Request) -> int:
    return len(await numbers_asked(request))


async def _subscription(request: Request) -> int:
    return SUBSCRIBE_COST


def rate_limit(
    limit_of: Callable[[Settings], Limit],
    *,
    what: str,
    key: Callable[[Request], str] = lambda request: "ip:" + client_ip(request),
    cost: Callable[[Request], Awaitable[int]] = _one,
) -> Callable[[Request], Awaitable[None]]:
    """A route dependency: spend ``cost`` of the limit, or refuse with 429 and Retry-After."""

    async def check(request: Request) -> None:
        app: App = request.app.state.parceltrail
        spend = max(1, await cost(request))
        limit = limit_of(app.settings)
        if isinstance(app.limiter, InProcessLimiter):
            # memory only, under a lock held for microseconds: a worker thread costs more
            wait = app.limiter.take(key(request), limit, spend)
        else:
            wait = await run_in_threadpool(app.limiter.take, key(request), limit, spend)
        if wait:
            raise RateLimited(
                f"too many {what} from you in a short time; this protects parcels from being "
                "guessed",
                retry_after=wait,
            )

    return check


limit_track_box = rate_limit(page_limit, what="lookups", cost=_box)
limit_track_one = rate_limit(page_limit, what="lookups")
limit_subscribe = rate_limit(page_limit, what="lookups", cost=_subscription)
limit_api_lookup = rate_limit(api_limit, what="API lookups", key=token_or_ip)


class BodyTooLarge(HTTPException):
    """Raised while the body streams in; FastAPI lets HTTPExceptions through its body parser."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over {limit} bytes; send smaller batches")


class BodySizeLimit:
    """ASGI middleware: 413 when Content-Length, or the bytes actually sent, exceed ``limit``."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise BodyTooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            {
                "error": {
                    "code": "payload_too_large",
                    "message": f"the request body is over {self.limit} bytes; send smaller batches",
                }
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
