"""Accounts and API tokens."""

from __future__ import annotations

import secrets
from datetime import datetime

from parceltrail.domain.errors import (
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    UserExists,
    UserNotFound,
)
from parceltrail.domain.ids import new_id
from parceltrail.domain.tokens import TOKEN_PREFIX, ApiToken, hash_secret
from parceltrail.domain.users import Role, User, normalize_email
from parceltrail.domain.words import N_, Words
from parceltrail.services.ports import TokensUnitOfWork, UsersUnitOfWork


def create_user(
    *,
    uow: UsersUnitOfWork,
    email: str,
    role: Role,
    now: datetime,
    name: str | None = None,
    approved: bool = True,
) -> User:
    """A new account; ``approved`` False only for a seller who signed up themselves."""
    address = normalize_email(email)
    if uow.users.by_email(address) is not None:
        raise UserExists(
            Words("a user with e-mail {email} already exists", email=address), email=address
        )
    user = User(
        id=new_id("usr"), email=address, role=role, created_at=now, name=name, approved=approved
    )
    uow.users.add(user)
    return user


def find_or_create(*, uow: UsersUnitOfWork, email: str, role: Role, now: datetime) -> User:
    """The user with this e-mail, or a new one with ``role`` (an existing user keeps theirs)."""
    address = normalize_email(email)
    return uow.users.by_email(address) or create_user(uow=uow, email=address, role=role, now=now)


def find_or_create_buyer(*, uow: UsersUnitOfWork, email: str, now: datetime) -> User:
    return find_or_create(uow=uow, email=email, role=Role.BUYER, now=now)


def find_seller(*, uow: TokensUnitOfWork, email: str) -> User:
    """The seller (or admin) account with this e-mail; say what is wrong otherwise."""
    user = uow.users.by_email(normalize_email(email))
    if user is None:
        raise UserNotFound(f"no account {email[:80]!r}; create it with `users create`")
    if not user.can_sell:
        raise PermissionDenied(f"{user.email} is a {user.role.value}; only sellers import")
    return user


def approve_seller(
    *, uow: TokensUnitOfWork, email: str, now: datetime, admin: User | None = None
) -> User:
    """Let a signed-up seller create orders: an admin on the web, or the operator (no
    ``admin``) at the command line."""
    if admin is not None and not admin.is_admin:
        raise PermissionDenied(N_("only administrators approve sellers"))
    user = uow.users.by_email(normalize_email(email))
    if user is None or not uow.users.approve(user.id, now):
        raise NotFound(
            Words("no seller {email!r} is waiting for approval", email=email[:80]),
            email=email[:80],
        )
    return user


def waiting_sellers(*, uow: TokensUnitOfWork, admin: User, limit: int = 200) -> list[User]:
    if not admin.is_admin:
        raise PermissionDenied(N_("only administrators approve sellers"))
    return uow.users.waiting_for_approval(limit)


def create_token(
    *, uow: TokensUnitOfWork, email: str, name: str, now: datetime
) -> tuple[ApiToken, str]:
    """A new API token for the user; the secret is returned once and never stored."""
    user = uow.users.by_email(normalize_email(email))
    if user is None:
        raise UserNotFound(
            f"no user with e-mail {email}; create one with `parceltrail users create`"
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        id=new_id("tok"),
        user_id=user.id,
        name=(name or "api").strip()[:100],
        created_at=now,
        last_used_at=None,
        revoked_at=None,
    )
    uow.tokens.add(token, hash_secret(secret))
    return token, secret


def authenticate(*, uow: TokensUnitOfWork, secret: str, now: datetime) -> User:
    token, user = identify(uow=uow, secret=secret)
    if token.touch_due(now):
        uow.tokens.touch(token.id, now)
    return user


def identify(*, uow: TokensUnitOfWork, secret: str) -> tuple[ApiToken, User]:
    """The active token and its owner, reading only; the caller keeps its last-used time
    (``ApiToken.touch_due``)."""
    found = uow.tokens.find_active(hash_secret(secret)) if secret else None
    if found is None:
        raise NotAuthenticated(
            "the API token is unknown or revoked; send `Authorization: Bearer <token>` "
            "with a token from `parceltrail tokens create EMAIL`"
        )
    return found


def touch(*, uow: TokensUnitOfWork, token: ApiToken, now: datetime) -> None:
    uow.tokens.touch(token.id, now)


def list_tokens(*, uow: TokensUnitOfWork, user: User) -> list[ApiToken]:
    return uow.tokens.list_for(user.id)


def revoke_token(*, uow: TokensUnitOfWork, user: User, token_id: str, now: datetime) -> None:
    if not uow.tokens.revoke(token_id, user.id, now):
        raise NotFound(
            Words("no active token {token} among yours", token=token_id), token_id=token_id
        )
