"""Request-scoped dependencies: the application, one unit of work, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from parceltrail.bootstrap import App
from parceltrail.domain.errors import NotAuthenticated
from parceltrail.domain.users import User
from parceltrail.services import users as user_service
from parceltrail.services.ports import UnitOfWork

_bearer = HTTPBearer(auto_error=False, description="An API token from `parceltrail tokens create`")


def get_app(request: Request) -> App:
    app: App = request.app.state.parceltrail
    return app


def get_uow(app: Annotated[App, Depends(get_app)]) -> Iterator[UnitOfWork]:
    """One transaction per request; endpoints that write call ``uow.commit()`` themselves."""
    with app.uow() as uow:
        yield uow


def current_user(
    app: Annotated[App, Depends(get_app)],
    uow: Annotated[UnitOfWork, Depends(get_uow)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    if credentials is None:
        raise NotAuthenticated(
            "this endpoint needs an API token: send `Authorization: Bearer <token>`; "
            "create one with `parceltrail tokens create EMAIL`"
        )
    user = user_service.authenticate(uow=uow, secret=credentials.credentials, now=app.clock())
    uow.commit()  # keeps the token's last-used time; nothing else has happened yet
    return user


AppDep = Annotated[App, Depends(get_app)]
UowDep = Annotated[UnitOfWork, Depends(get_uow)]
UserDep = Annotated[User, Depends(current_user)]
