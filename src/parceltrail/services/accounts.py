"""Accounts for people: passwords (argon2id), web sessions and password reset by e-mail."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from parceltrail.domain.errors import NotAuthenticated, PermissionDenied, ValidationFailed
from parceltrail.domain.tokens import hash_secret
from parceltrail.domain.users import Role, User, normalize_email
from parceltrail.domain.words import N_, Words
from parceltrail.locale import DEFAULT, known, translations
from parceltrail.services.ports import AccountsUnitOfWork, Mailer, MailMessage, WebSession
from parceltrail.services.reading import checked_language, checked_time_zone
from parceltrail.services.users import create_user

MIN_PASSWORD = 10
MAX_PASSWORD = 256
SESSION_TTL = timedelta(days=14)
RESET_TTL = timedelta(hours=1)
SIGN_UP_TTL = timedelta(hours=24)
SIGN_UP_ROLES = (Role.BUYER, Role.SELLER)

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so both failures take the same time.
_DUMMY_HASH = _hasher.hash("parceltrail-dummy-password")


@dataclass(frozen=True, slots=True)
class NewSession:
    secret: str  # goes into the cookie; only its hash is stored
    csrf_token: str
    user: User


def checked_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password or "") <= MAX_PASSWORD:
        raise ValidationFailed(
            Words(
                "a password needs {least} to {most} characters",
                least=MIN_PASSWORD,
                most=MAX_PASSWORD,
            ),
            field="password",
        )
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(checked_password(password))


def set_password(*, uow: AccountsUnitOfWork, user: User, password: str) -> None:
    """Set a new password and end every session of the user."""
    uow.browse.set_password_hash(user.id, hash_password(password))
    uow.sessions.delete_for_user(user.id)


def save_settings(*, uow: AccountsUnitOfWork, user: User, language: str, time_zone: str) -> User:
    """The account's language and time zone, for its pages and its mails; an empty value
    leaves it to the browser (its languages, its time zone)."""
    chosen, zone = checked_language(language), checked_time_zone(time_zone)
    uow.users.set_settings(user.id, chosen, zone)
    return replace(user, language=chosen, time_zone=zone)


def sign_up(
    *,
    uow: AccountsUnitOfWork,
    mailer: Mailer,
    email: str,
    role: Role,
    now: datetime,
    name: str | None,
    base_url: str,
    approved: bool = True,
    language: str | None = None,
) -> None:
    """Start a buyer or seller account: the address gets a link to choose a password.

    The visitor sees the same answer whether or not the address has an account (or orders):
    a new address gets the account and the link; a known one a mail saying it already has
    an account, with a link to set a password. Only the mailbox's owner learns which, and
    nobody gets an account on an address they cannot read. Admins are made with
    `parceltrail users create`; ``approved`` False leaves a seller waiting for an admin.
    The mail is in ``language`` (the page's), or the known account's own.
    """
    if role not in SIGN_UP_ROLES:
        raise PermissionDenied(N_("only buyer and seller accounts can be created here"))
    address = normalize_email(email)
    existing = uow.users.by_email(address)
    if existing is None:
        waits = role is Role.SELLER and not approved
        user = create_user(
            uow=uow, email=address, role=role, now=now, name=_name(name), approved=not waits
        )
        link = _password_link(uow, user, now, SIGN_UP_TTL, base_url)
        words = (_WELCOME, N_("Finish creating your parceltrail account"))
    else:
        user = existing
        link = _password_link(uow, existing, now, SIGN_UP_TTL, base_url)
        words = (_ALREADY, N_("You already have a parceltrail account"))
        language = existing.language or language
    _mail(mailer, uow, user, words, language, link=link, login=f"{base_url}/login")


_WELCOME = N_(
    "Welcome to parceltrail. To finish creating your account, choose a password within 24 "
    "hours: {link}\n\nIf you did not ask for an account, ignore this mail; nothing more "
    "happens.\n"
)
_ALREADY = N_(
    "Someone asked to create a parceltrail account with this address, which already has one. "
    "Log in at {login}, or choose a new password within 24 hours: {link}\n\nIf it was not "
    "you, ignore this mail; your account stays as it is.\n"
)
_RESET = N_(
    "Someone asked to set a new password for your parceltrail account.\n\nChoose one within "
    "the hour: {link}\n\nIf it was not you, ignore this mail; your password stays as it is.\n"
)


def _mail(
    mailer: Mailer,
    uow: AccountsUnitOfWork,
    user: User,
    words: tuple[str, str],
    language: str | None,
    **values: str,
) -> None:
    """An account mail (text, subject) in the reader's language, its ``{name}``s filled."""
    say = translations(known(language) or DEFAULT).gettext
    text, subject = (say(part).format(**values) for part in words)
    mailer.send(uow, MailMessage(to=user.email, subject=subject, text=text))


def _password_link(
    uow: AccountsUnitOfWork, user: User, now: datetime, ttl: timedelta, base_url: str
) -> str:
    """A one-time link to choose the user's password; only its hash is stored."""
    secret = secrets.token_urlsafe(32)
    uow.resets.add(hash_secret(secret), user.id, now, now + ttl)
    return f"{base_url}/reset/{secret}"


def _name(name: str | None) -> str | None:
    text = " ".join((name or "").split())[:200]
    return text or None


def log_in(*, uow: AccountsUnitOfWork, email: str, password: str) -> User:
    wrong = NotAuthenticated("the e-mail address or the password is wrong")
    try:
        user = uow.users.by_email(normalize_email(email))
    except ValidationFailed:
        user = None
    stored = uow.browse.password_hash(user.id) if user else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, (password or "")[:MAX_PASSWORD])
    except (VerificationError, InvalidHashError):
        raise wrong from None
    if user is None or stored is None:
        raise wrong
    if _hasher.check_needs_rehash(stored):
        uow.browse.set_password_hash(user.id, _hasher.hash(password))
    return user


def start_session(*, uow: AccountsUnitOfWork, user: User, now: datetime) -> NewSession:
    secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    uow.sessions.add(hash_secret(secret), user.id, csrf, now, now + SESSION_TTL)
    return NewSession(secret=secret, csrf_token=csrf, user=user)


def find_session(
    *, uow: AccountsUnitOfWork, secret: str | None, now: datetime
) -> WebSession | None:
    if not secret or len(secret) > 100:
        return None
    return uow.sessions.find(hash_secret(secret), now)


def end_session(*, uow: AccountsUnitOfWork, secret: str | None) -> None:
    if secret and len(secret) <= 100:
        uow.sessions.delete(hash_secret(secret))


def request_reset(
    *,
    uow: AccountsUnitOfWork,
    mailer: Mailer,
    email: str,
    base_url: str,
    now: datetime,
    language: str | None = None,
) -> None:
    """Mail a one-hour reset link when the address has an account; silent otherwise."""
    try:
        user = uow.users.by_email(normalize_email(email))
    except ValidationFailed:
        return
    if user is None:
        return
    link = _password_link(uow, user, now, RESET_TTL, base_url)
    words = (_RESET, N_("Set your parceltrail password"))
    _mail(mailer, uow, user, words, user.language or language, link=link)


def reset_password(*, uow: AccountsUnitOfWork, secret: str, password: str, now: datetime) -> User:
    checked_password(password)
    user_id = uow.resets.use(hash_secret(secret), now) if 0 < len(secret) <= 100 else None
    user = uow.users.get(user_id) if user_id else None
    if user is None:
        raise ValidationFailed(N_("this reset link is unknown, used or expired; ask for a new one"))
    set_password(uow=uow, user=user, password=password)
    uow.resets.use_all(user.id, now)  # the other links mailed before this one die with it
    return user
