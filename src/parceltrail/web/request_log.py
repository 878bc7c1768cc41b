"""Every request gets an id (the proxy's ``X-Request-ID`` when it sent a plain one), answered
in ``X-Request-ID`` and carried by every log record made while it is served; one access line
per request says what was asked, the answer and how long it took, and the same is counted for
``/metrics`` by route (the route's template, so a stranger's paths cannot multiply the series)."""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parceltrail.logs import accepted_request_id, bound_request_id
from parceltrail.web.metrics import record_request

access = logging.getLogger("parceltrail.access")


class RequestLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        offered = dict(scope.get("headers", [])).get(b"x-request-id", b"")
        rid = accepted_request_id(offered.decode("latin-1"))
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before answering

        async def with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", rid.encode("ascii")))
                message = {**message, "headers": headers}
            await send(message)

        with bound_request_id(rid):
            try:
                await self.app(scope, receive, with_id)
            finally:
                seconds = time.perf_counter() - started
                route = getattr(scope.get("route"), "path", "unmatched")
                record_request(scope["method"], route, status, seconds)
                access.info(
                    "%s %s %d",
                    scope["method"],
                    scope["path"],
                    status,
                    extra={
                        "method": scope["method"],
                        "path": scope["path"][:300],
                        "status": status,
                        "duration_ms": round(seconds * 1000, 1),
                        "client": (scope.get("client") or ("-",))[0],
                    },
                )
