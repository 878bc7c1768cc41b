"""Forms sent with fields the routes refuse (over-long, too many values, malformed): an HTML
answer that says which field was wrong and what to do, instead of the API's JSON.

The forms whose page can be drawn again from what was sent (log in, sign up, a new password,
alerts, the tracking box) are re-rendered with the message and the user's text, cut to what
fits; every other form gets a page that lists the problems, shows what was typed (never
passwords or tokens) so nothing is lost, and links back to the form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.datastructures import FormData, UploadFile
from starlette.responses import Response
from starlette.routing import Match

from parceltrail.domain.notifications import ALERT_MILESTONES
from parceltrail.domain.words import N_, Words
from parceltrail.locale import spoken
from parceltrail.services import lookup
from parceltrail.web.pages import i18n
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor

_SECRET = ("password", "csrf_token")
_LABELS = {
    "q": N_("Tracking numbers"),
    "email": N_("E-mail"),
    "password": N_("Password"),
    "name": N_("Name"),
    "csrf_token": N_("The form's security token"),
    "tracking_number": N_("Tracking number"),
    "carrier": N_("Carrier"),
    "body": N_("Message"),
    "milestones": N_("Kinds of update"),
    "next": N_("The page to return to"),
    "role": N_("Role"),
    "reason": N_("Reason"),
}
SHOWN = 5_000  # characters of a refused field shown back to the user
Renderer = Callable[[Request, Visitor, Mapping[str, str], str], Response]


def field_name(error: Mapping[str, Any]) -> str:
    location = [str(part) for part in error.get("loc", ())]
    if location and location[0] in ("body", "query", "path", "header", "cookie"):
        location = location[1:]
    return location[0] if location else "form"


def _label(name: str) -> Words:
    return Words(_LABELS.get(name, name.replace("_", " ").capitalize()))


def problem(error: Mapping[str, Any], values: Mapping[str, str]) -> Words:
    """One refused field in words: what was wrong and what to do."""
    name = field_name(error)
    label = _label(name)
    context = error.get("ctx") or {}
    kind = error.get("type", "")
    if name == "csrf_token":
        return Words("{label} is not valid: reload the page and send the form again.", label=label)
    if kind == "string_too_long":
        return Words(
            "{label} is too long: at most {limit:,} characters, you sent {sent:,}. Shorten it "
            "and send the form again.",
            label=label,
            limit=int(context.get("max_length") or 0),
            sent=len(values.get(name, "")),
        )
    if kind == "too_long":
        return Words(
            "{label}: too many values, at most {limit}. Choose fewer and send the form again.",
            label=label,
            limit=int(context.get("max_length") or 0),
        )
    return Words(
        "{label}: {reason}. Correct it and send the form again.",
        label=label,
        reason=str(error.get("msg", "not valid")),
    )


def typed_values(body: Any) -> dict[str, str]:
    """The form's text fields as sent (files left out)."""
    if not isinstance(body, FormData | Mapping):
        return {}
    values: dict[str, str] = {}
    items = body.multi_items() if isinstance(body, FormData) else body.items()
    for key, value in items:
        if isinstance(value, UploadFile) or not isinstance(value, str):
            continue
        values[key] = values[key] + ", " + value if key in values else value
    return values


def html_invalid(request: Request, exc: RequestValidationError, who: Visitor) -> Response:
    errors = list(exc.errors())[:10]
    values = typed_values(exc.body)
    if request.method == "GET" and request.url.path == "/track":
        values = {"q": request.query_params.get("q", "")}
    language = i18n.language_of(request, who.user)
    problems = [spoken(problem(error, values), language) for error in errors]
    message = " ".join(problems)
    for method, pattern, render in _RENDERERS:
        if request.method == method and pattern.fullmatch(request.url.path):
            return render(request, who, values, message)
    shown = [
        (spoken(_label(key), language), value[:SHOWN], len(value) > SHOWN)
        for key, value in values.items()
        if key not in _SECRET and value.strip()
    ]
    return page(
        request,
        who,
        "invalid.html",
        status_code=422,
        title=N_("Please check your input"),
        problems=problems,
        shown=shown,
        back=_back(request),
    )


def _back(request: Request) -> str:
    """Where the form was: this path or the one above it when that is a page, else the
    tracking page. Never the Referer: the visitor's browser, or a page that linked here,
    chose it (``//elsewhere.example`` would be another site)."""
    path = request.url.path
    for candidate in (path, path.rsplit("/", 1)[0]):
        if candidate and _is_page(request, candidate):
            return candidate
    return "/track"


def _is_page(request: Request, path: str) -> bool:
    scope = {**request.scope, "method": "GET", "path": path}
    return any(route.matches(scope)[0] is Match.FULL for route in request.app.routes)


def _login(request: Request, who: Visitor, values: Mapping[str, str], message: str) -> Response:
    from parceltrail.web.pages.accounts import safe_next

    return page(
        request,
        who,
        "login.html",
        status_code=422,
        next=safe_next(values.get("next", "")[:500]),
        email=values.get("email", "")[:254],
        error=message,
        message=None,
    )


def _signup(request: Request, who: Visitor, values: Mapping[str, str], message: str) -> Response:
    role = "seller" if values.get("role") == "seller" else "buyer"
    return page(
        request,
        who,
        "signup.html",
        status_code=422,
        name=values.get("name", "")[:200],
        email=values.get("email", "")[:254],
        role=role,
        error=message,
    )


def _new_password(
    request: Request, who: Visitor, values: Mapping[str, str], message: str
) -> Response:
    token = request.url.path.rsplit("/", 1)[-1][:100]
    return page(request, who, "reset_form.html", status_code=422, token=token, error=message)


def _alerts(request: Request, who: Visitor, values: Mapping[str, str], message: str) -> Response:
    number = request.url.path.split("/")[2][:64]
    chosen = [m for m in values.get("milestones", "").split(", ") if m][:20]
    return page(
        request,
        who,
        "alerts.html",
        status_code=422,
        number=number,
        email=values.get("email", "")[:254],
        chosen=chosen,
        milestones=ALERT_MILESTONES,
        error=message,
        sent=False,
    )


def _track(request: Request, who: Visitor, values: Mapping[str, str], message: str) -> Response:
    from parceltrail.web.pages.trackings import track_page

    text = values.get("q", "")[: lookup.MAX_TEXT]
    error = (
        f"{message} Each search tracks at most {lookup.MAX_NUMBERS} numbers: paste them "
        "a few at a time."
    )
    return track_page(
        request,
        who,
        text=text,
        results=[],
        left_out=0,
        now=request.app.state.parceltrail.clock(),
        error=error,
        status_code=422,
    )


_RENDERERS: list[tuple[str, re.Pattern[str], Renderer]] = [
    ("POST", re.compile(r"/login"), _login),
    ("POST", re.compile(r"/signup"), _signup),
    ("POST", re.compile(r"/reset/[^/]+"), _new_password),
    ("POST", re.compile(r"/track/[^/]+/alerts"), _alerts),
    ("GET", re.compile(r"/track"), _track),
    ("POST", re.compile(r"/track"), _track),
]
