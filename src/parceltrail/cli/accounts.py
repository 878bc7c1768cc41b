"""Accounts from the command line: users and API tokens."""

from __future__ import annotations

from typing import Annotated

import typer

from parceltrail.cli.main import fail, open_app, tokens_app, users_app
from parceltrail.domain.errors import ParceltrailError
from parceltrail.domain.users import Role


@users_app.command("create")
def users_create(
    email: str,
    role: Annotated[Role, typer.Option(help="buyer, seller or admin.")] = Role.BUYER,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password: Annotated[
        bool, typer.Option("--password", help="Prompt (hidden) for a password to log in with.")
    ] = False,
) -> None:
    """Create a user."""
    from parceltrail.services import accounts
    from parceltrail.services import users as user_service

    secret = None
    if password:
        secret = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            user = user_service.create_user(
                uow=uow, email=email, role=role, name=name, now=parceltrail.clock()
            )
            if secret is not None:
                accounts.set_password(uow=uow, user=user, password=secret)
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(f"created {user.role.value} {user.email} ({user.id})")


@users_app.command("approve")
def users_approve(email: str) -> None:
    """Approve a seller who signed up, so they can create orders."""
    from parceltrail.services import users as user_service

    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            user = user_service.approve_seller(uow=uow, email=email, now=parceltrail.clock())
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(f"approved seller {user.email}")


@tokens_app.command("create")
def tokens_create(
    email: str, name: Annotated[str, typer.Option(help="What the token is for.")] = "cli"
) -> None:
    """Create an API token for a user and print only the token."""
    from parceltrail.services import users as user_service

    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            _, secret = user_service.create_token(
                uow=uow, email=email, name=name, now=parceltrail.clock()
            )
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(secret)
