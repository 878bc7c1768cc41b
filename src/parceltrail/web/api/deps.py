"""Request-scoped dependencies: the application, one unit of work, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from parceltrail.bootstrap import App
from parceltrail.domain.errors import NotAuthenticated
from parceltrail.domain.users import User
from parceltrail.services import users as user_service
from parceltrail.services.ports import UnitOfWork

_bearer = HTTPBearer(auto_error=False, description="An API token from `parceltrail tokens create`")


async def get_app(request: Request) -> App:
    # async: nothing here blocks, so it runs on the event loop instead of in a worker thread
    app: App = request.app.state.parceltrail
    return app


def get_uow(app: Annotated[App, Depends(get_app)]) -> Iterator[UnitOfWork]:
    """One transaction per request; endpoints that write call ``uow.commit()`` themselves."""
    with app.uow() as uow:
        yield uow


def token_secret(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None:
        raise NotAuthenticated(
            "this endpoint needs an API token: send `Authorization: Bearer <token>`; "
            "create one with `parceltrail tokens create EMAIL`"
        )
    return credentials.credentials


def current_user(
    app: Annotated[App, Depends(get_app)],
    uow: Annotated[UnitOfWork, Depends(get_uow)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    secret = token_secret(credentials)
    user = user_service.authenticate(uow=uow, secret=secret, now=app.clock())
    uow.commit()  # keeps the token's last-used time; nothing else has happened yet
    return user


def identify_reader(app: App, uow: UnitOfWork, secret: str) -> User:
    """The caller, found in a read-only transaction; when its token's last-used time is due
    (once a minute), that is written in a short transaction of its own."""
    token, user = user_service.identify(uow=uow, secret=secret)
    now = app.clock()
    if token.touch_due(now):
        with app.uow() as writer:
            user_service.touch(uow=writer, token=token, now=now)
            writer.commit()
    return user


# Numeric ids and offsets reach the database as 64-bit integers: a larger one is refused here
# with a 422 naming the field, instead of overflowing the driver (a 500).
BIGINT_MAX = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=BIGINT_MAX, description="A numeric id, as listed")]
Offset = Annotated[int, Query(ge=0, le=BIGINT_MAX, description="How many items to skip")]

AppDep = Annotated[App, Depends(get_app)]
UowDep = Annotated[UnitOfWork, Depends(get_uow)]
UserDep = Annotated[User, Depends(current_user)]
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
