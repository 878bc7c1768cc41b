"""Admin pages: system status (outbox), users, the carrier directory, the dev mailbox."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from parceltrail.services import browse
from parceltrail.services import users as user_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep, finish
from parceltrail.web.pages.trackings import carriers

router = APIRouter(include_in_schema=False)


@router.get("/admin")
def status(request: Request, app: AppDep, uow: UowDep, who: VisitorDep) -> Response:
    counts = browse.outbox_counts(uow=uow, user=who.require())
    database = app.engine.url.get_backend_name()
    return page(request, who, "admin.html", outbox=counts, database=database)


@router.get("/admin/users")
def users(request: Request, uow: UowDep, who: VisitorDep) -> Response:
    found = browse.users(uow=uow, user=who.require())
    return page(request, who, "admin_users.html", users=found)


@router.post("/admin/users/approve")
def approve(
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
) -> Response:
    """Let a seller who signed up create orders."""
    admin = who.require()
    who.check_csrf(csrf)
    user_service.approve_seller(uow=uow, admin=admin, email=email, now=app.clock())
    return finish(RedirectResponse("/admin/users", status_code=303), who)


@router.get("/admin/carriers")
def carrier_directory(request: Request, uow: UowDep, who: VisitorDep) -> Response:
    browse.require_admin(who.require())
    return page(request, who, "admin_carriers.html", carriers=carriers())


@router.get("/admin/mail")
def mail(who: VisitorDep) -> Response:
    """Sent mail lives in the development inbox (when no SMTP server is configured)."""
    browse.require_admin(who.require())
    return RedirectResponse("/dev/inbox", status_code=303)
