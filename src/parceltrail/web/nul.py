"""Refuse NUL characters at the edge: no text parceltrail keeps can hold one, and PostgreSQL
refuses them in text columns (a NUL reaching a query failed the request with a 500).

The URL (path and query) is checked by a dependency of every route; JSON and form bodies by a
middleware as they stream in, so the error answers like any other: JSON for the API, a page
for pages."""

from __future__ import annotations

import re

from fastapi import Request
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# A JSON string escape for U+0000: \u0000 after an even number of backslashes (\\u0000 is
# the six characters "\u0000", which are fine).
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_FORM_NUL = re.compile(rb"%00")


class NulInRequest(HTTPException):
    def __init__(self, where: str) -> None:
        super().__init__(
            422,
            f"the request's {where} contains a NUL character (U+0000, %00 or \\u0000); "
            "no field accepts one: remove it and send the request again",
        )


async def refuse_nul_in_url(request: Request) -> None:
    """A route dependency: 422 when the path or a query parameter holds a NUL."""
    if "\x00" in request.url.path:
        raise NulInRequest("path")
    if b"%00" in request.scope["query_string"] or b"\x00" in request.scope["query_string"]:
        raise NulInRequest("query string")


def _body_pattern(scope: Scope) -> re.Pattern[bytes] | None:
    content_type = dict(scope["headers"]).get(b"content-type", b"").lower()
    if b"json" in content_type:
        return _JSON_NUL
    if content_type.startswith(b"application/x-www-form-urlencoded"):
        return _FORM_NUL
    return None  # multipart carries files, whose bytes may be anything


class RefuseNulInBody:
    """ASGI middleware: 422 when a JSON or form body escapes a NUL. It reads the whole body
    before the app sees its end (bodies are bounded by ``BodySizeLimit``, outside it)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        pattern = _body_pattern(scope) if scope["type"] == "http" else None
        if pattern is None:
            await self.app(scope, receive, send)
            return
        seen = bytearray()

        async def checked_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                seen.extend(message.get("body", b""))
                if not message.get("more_body", False) and pattern.search(seen):
                    raise NulInRequest("body")
            return message

        await self.app(scope, checked_receive, send)
