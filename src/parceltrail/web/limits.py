"""Limits on requests: bodies over a size are refused before they are read, and lookups are
rate-limited per client through the application's ``RateLimiter`` (in memory, or shared by
every worker on the database or Redis: ``PARCELTRAIL_RATE_LIMIT_BACKEND``).

The rate limits are route dependencies declared on the decorator, so they run before the
request's unit of work opens (on SQLite that transaction holds the write lock, which the
database limiter's own short transaction would otherwise wait for).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import math
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parceltrail.bootstrap import App
from parceltrail.config import Settings
from parceltrail.domain.rate_limits import Limit, RateLimited
from parceltrail.domain.tokens import hash_secret
from parceltrail.services.lookup import MAX_TEXT, numbers_in
from parceltrail.services.rate_limits import InProcessLimiter

SUBSCRIBE_COST = 5  # lookups an alert subscription costs: each one sends a mail
CHARACTERS_PER_LOOKUP = 500  # of a pasted box, read for the price of one lookup


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


def bearer_secret(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    secret = token.strip()
    return secret if scheme.lower() == "bearer" and 0 < len(secret) <= 200 else None


class VerifiedTokens:
    """Hashes of API tokens found active, remembered for a minute so the limiter does not
    read the database on every request; bounded, so made-up tokens cannot grow it."""

    def __init__(self, *, ttl: float = 60.0, max_keys: int = 10_000) -> None:
        self.ttl = ttl
        self.max_keys = max_keys
        self._until: dict[str, float] = {}

    def known(self, token_hash: str) -> bool:
        return self._until.get(token_hash, 0.0) > time.monotonic()

    def remember(self, token_hash: str) -> None:
        if len(self._until) >= self.max_keys:
            self._until.clear()
        self._until[token_hash] = time.monotonic() + self.ttl


def _is_active(app: App, token_hash: str) -> bool:
    with app.reader() as uow:
        return uow.tokens.find_active(token_hash) is not None


async def verified_token_or_ip(request: Request) -> str:
    """The API caller: its bearer token when the token is active, else its address. An
    unknown token counts against the address, so made-up tokens get no fresh allowance."""
    secret = bearer_secret(request)
    if secret is not None:
        token_hash = hash_secret(secret)
        verified: VerifiedTokens | None = getattr(request.app.state, "verified_tokens", None)
        if verified is None:
            verified = request.app.state.verified_tokens = VerifiedTokens()
        app: App = request.app.state.parceltrail
        if verified.known(token_hash):
            return "token:" + token_hash[:32]
        if await run_in_threadpool(_is_active, app, token_hash):
            verified.remember(token_hash)  # re-checked a minute later: a revoked one drops out
            return "token:" + token_hash[:32]
    return "ip:" + client_ip(request)


async def ip_key(request: Request) -> str:
    return "ip:" + client_ip(request)


async def box_text(request: Request) -> str:
    """The tracking box as sent: the query's ``q``, or the posted form's."""
    text = request.query_params.get("q", "")
    if request.method == "POST":
        posted = (await request.form()).get("q", "")
        text = posted if isinstance(posted, str) else ""
    return text


def reading_cost(text: str) -> int:
    """Lookups a box costs before it is read: a long paste costs by its length, so a client
    cannot make the server read megabytes for the price of one number."""
    return max(1, math.ceil(len(text) / CHARACTERS_PER_LOOKUP))


async def numbers_asked(request: Request) -> list[str]:
    """The numbers of the tracking box, found once per request in a worker thread (reading
    a long paste takes real CPU time, never the event loop's); the page reuses them."""
    found: list[str] | None = getattr(request.state, "numbers", None)
    if found is None:
        text = await box_text(request)
        numbers, request.state.left_out = await run_in_threadpool(numbers_in, text)
        request.state.numbers = found = numbers
    return found


async def spend(
    request: Request,
    limit: Limit,
    key: str,
    amount: int,
    *,
    what: str,
    why: str = "this protects parcels from being guessed",
) -> None:
    """Spend ``amount`` of ``limit`` for ``key``, or refuse with 429 and Retry-After."""
    app: App = request.app.state.parceltrail
    if isinstance(app.limiter, InProcessLimiter):
        # memory only, under a lock held for microseconds: a worker thread costs more
        wait = app.limiter.take(key, limit, max(1, amount))
    else:
        wait = await run_in_threadpool(app.limiter.take, key, limit, max(1, amount))
    if wait:
        raise RateLimited(
            f"too many {what} from you in a short time; {why}", retry_after=wait, what=what
        )


def rate_limit(
    limit_of: Callable[[Settings], Limit],
    *,
    what: str,
    key: Callable[[Request], Awaitable[str]] = ip_key,
    cost: int = 1,
) -> Callable[[Request], Awaitable[None]]:
    """A route dependency: spend ``cost`` of the limit, or refuse with 429 and Retry-After."""

    async def check(request: Request) -> None:
        app: App = request.app.state.parceltrail
        await spend(request, limit_of(app.settings), await key(request), cost, what=what)

    return check


async def limit_track_box(request: Request) -> None:
    """The box's price is asked before it is read (by its length), and its numbers beyond
    that price after they are found; a client out of allowance costs no reading at all."""
    app: App = request.app.state.parceltrail
    limit, key = page_limit(app.settings), await ip_key(request)
    text = await box_text(request)
    if len(text) > MAX_TEXT:  # refused as too long by the route: nothing to read
        request.state.numbers, request.state.left_out = [], 0
        await spend(request, limit, key, 1, what="lookups")
        return
    paid = reading_cost(text)
    await spend(request, limit, key, paid, what="lookups")
    more = len(await numbers_asked(request)) - paid
    if more > 0:
        await spend(request, limit, key, more, what="lookups")


def address_key(value: object) -> str:
    """An address (a form's or a body's ``email``) as the limits count it."""
    address = value.strip().lower()[:254] if isinstance(value, str) else ""
    return "address:" + hashlib.sha256(address.encode()).hexdigest()[:32]


async def form_address(request: Request) -> str:
    """The account a form names (its ``email``), as the limits count it."""
    return address_key((await request.form()).get("email", ""))


KNOWN_DEVICE_COOKIE = "pt_known_device"
KNOWN_DEVICE_TTL = timedelta(days=180)


def known_device_proof(secret_key: str, account_key: str) -> str:
    """What a browser that logged in to the account keyed ``account_key`` carries."""
    message = b"known-device:" + account_key.encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


async def log_in_account_key(request: Request) -> str:
    """The account a log-in names, as its limit counts it. A browser that logged in to that
    account before (it shows the proof) counts apart from everyone else, so strangers
    guessing from many addresses cannot lock the owner out; it is still limited itself."""
    account = await form_address(request)
    secret_key = request.app.state.parceltrail.settings.secret_key
    shown = request.cookies.get(KNOWN_DEVICE_COOKIE, "")
    if hmac.compare_digest(shown, known_device_proof(secret_key, account)):
        return account + ":known-device"
    return account


def remember_device(response: Response, secret_key: str, email: str, *, secure: bool) -> None:
    """After a successful log-in: this browser's later log-ins to the account count apart."""
    response.set_cookie(
        KNOWN_DEVICE_COOKIE,
        known_device_proof(secret_key, address_key(email)),
        max_age=int(KNOWN_DEVICE_TTL.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/login",
    )


async def json_address(request: Request) -> str:
    """The address a JSON body names (its ``email``), as the limits count it."""
    try:
        body = await request.json()
    except ValueError:
        body = None
    return address_key(body.get("email", "") if isinstance(body, dict) else "")


KeyOf = Callable[[Request], Awaitable[str]]


def account_guard(
    *limits: tuple[Callable[[Settings], Limit], KeyOf], what: str, why: str
) -> Callable[[Request], Awaitable[None]]:
    """A route dependency spending one of each limit (per IP, per account) before the work:
    a password hash, a mail."""

    async def check(request: Request) -> None:
        settings = request.app.state.parceltrail.settings
        for limit_of, key in limits:
            await spend(request, limit_of(settings), await key(request), 1, what=what, why=why)

    return check


def _quarter_hour(name: str, amount: int) -> Limit:
    return Limit(name, amount, timedelta(minutes=15))


def _hour(name: str, amount: int) -> Limit:
    return Limit(name, amount, timedelta(hours=1))


limit_log_in = account_guard(
    (lambda s: _quarter_hour("log-in-ip", s.log_in_per_ip), ip_key),
    (lambda s: _quarter_hour("log-in-account", s.log_in_per_account), log_in_account_key),
    what="log-in attempts",
    why="this protects accounts from password guessing",
)
limit_reset = account_guard(
    (lambda s: _hour("account-mail-ip", s.account_mail_per_ip), ip_key),
    (lambda s: _hour("account-mail-address", s.account_mail_per_address), form_address),
    what="requests for account mail",
    why="this protects mailboxes from unwanted mail",
)
limit_sign_up = limit_reset  # the same mail, the same allowance
limit_reset_use = account_guard(
    (lambda s: _quarter_hour("log-in-ip", s.log_in_per_ip), ip_key),
    what="password changes",
    why="this protects accounts from guessed links",
)
limit_password_check = account_guard(
    (lambda s: _quarter_hour("log-in-ip", s.log_in_per_ip), ip_key),
    what="password checks",
    why="this protects accounts from password guessing",
)
limit_track_one = rate_limit(page_limit, what="lookups")
_subscribe_lookups = rate_limit(page_limit, what="lookups", cost=SUBSCRIBE_COST)


def _alert_mail_guard(address: KeyOf) -> Callable[[Request], Awaitable[None]]:
    """Per-IP and per-address allowance of alert requests, the address read by `address`."""
    return account_guard(
        (lambda s: _hour("alert-mail-ip", s.alert_requests_per_ip), ip_key),
        (lambda s: _hour("alert-mail-address", s.alert_mail_per_address), address),
        what="alert requests",
        why="each one mails a confirmation link, and this protects mailboxes from unwanted mail",
    )


_alert_mail_by_form = _alert_mail_guard(form_address)
limit_subscribe_api = _alert_mail_guard(json_address)


async def limit_subscribe(request: Request) -> None:
    """The page's alert form: lookups (it names a number) and alert mail."""
    await _subscribe_lookups(request)
    await _alert_mail_by_form(request)


limit_api_lookup = rate_limit(api_limit, what="API lookups", key=verified_token_or_ip)


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
