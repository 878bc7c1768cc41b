"""People's accounts and API tokens as use cases, on the in-memory unit of work: sign-up and
reset links by mail, log-in, web sessions, tokens."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from parceltrail.domain.errors import NotAuthenticated, NotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.tokens import TOKEN_PREFIX, hash_secret
from parceltrail.domain.users import Role, User
from parceltrail.services import accounts, users
from tests.unit.services.conftest import T0
from tests.unit.services.fake_accounts import KeptMailer
from tests.unit.services.fakes import FakeUnitOfWork

BASE = "https://parcels.example"
PASSWORD = "correct horse battery"


def link_secret(mailer: KeptMailer) -> str:
    found = re.search(rf"{BASE}/reset/(\S+)", mailer.sent[-1].text)
    assert found is not None, mailer.sent[-1].text
    return found.group(1)


def test_a_sign_up_mails_a_link_that_sets_the_password_once(uow: FakeUnitOfWork) -> None:
    mailer = KeptMailer()
    with uow:
        accounts.sign_up(
            uow=uow,
            mailer=mailer,
            email="New@Example.com",
            role=Role.BUYER,
            now=T0,
            name="  Ada   Lovelace ",
            base_url=BASE,
        )
    [user] = uow.store.users.values()
    assert (user.email, user.name, mailer.sent[0].to) == (
        "new@example.com",
        "Ada Lovelace",
        "new@example.com",
    )
    secret = link_secret(mailer)
    with uow:
        accounts.reset_password(uow=uow, secret=secret, password=PASSWORD, now=T0)
    with pytest.raises(ValidationFailed, match="unknown, used or expired"), uow:
        accounts.reset_password(uow=uow, secret=secret, password=PASSWORD, now=T0)
    with uow:
        assert accounts.log_in(uow=uow, email="NEW@example.com", password=PASSWORD) == user


def test_signing_up_again_tells_the_owner_and_makes_no_second_account(
    uow: FakeUnitOfWork, buyer: User
) -> None:
    mailer = KeptMailer()
    with uow:
        accounts.sign_up(
            uow=uow,
            mailer=mailer,
            email=buyer.email,
            role=Role.SELLER,
            now=T0,
            name=None,
            base_url=BASE,
        )
    assert list(uow.store.users) == [buyer.id]
    assert mailer.sent[0].subject == "You already have a parceltrail account"
    with pytest.raises(PermissionDenied), uow:
        accounts.sign_up(
            uow=uow,
            mailer=mailer,
            email="x@example.com",
            role=Role.ADMIN,
            now=T0,
            name=None,
            base_url=BASE,
        )


def test_a_reset_link_expires_after_the_hour_and_a_new_password_ends_sessions(
    uow: FakeUnitOfWork, buyer: User
) -> None:
    mailer = KeptMailer()
    with uow:
        accounts.request_reset(uow=uow, mailer=mailer, email=buyer.email, base_url=BASE, now=T0)
        accounts.request_reset(
            uow=uow, mailer=mailer, email="nobody@example.com", base_url=BASE, now=T0
        )
    assert len(mailer.sent) == 1  # silent for an unknown address
    late = T0 + accounts.RESET_TTL + timedelta(seconds=1)
    with pytest.raises(ValidationFailed), uow:
        accounts.reset_password(uow=uow, secret=link_secret(mailer), password=PASSWORD, now=late)
    with uow:
        session = accounts.start_session(uow=uow, user=buyer, now=T0)
        accounts.reset_password(uow=uow, secret=link_secret(mailer), password=PASSWORD, now=T0)
        assert accounts.find_session(uow=uow, secret=session.secret, now=T0) is None


def test_a_session_lasts_its_time_and_ends_on_log_out(uow: FakeUnitOfWork, buyer: User) -> None:
    with uow:
        session = accounts.start_session(uow=uow, user=buyer, now=T0)
    with uow:
        found = accounts.find_session(uow=uow, secret=session.secret, now=T0)
        expired = accounts.find_session(
            uow=uow, secret=session.secret, now=T0 + accounts.SESSION_TTL
        )
    assert found is not None
    assert (found.user, found.csrf_token, expired) == (buyer, session.csrf_token, None)
    assert list(uow.store.sessions) == [hash_secret(session.secret)]  # only its hash is stored
    with uow:
        accounts.end_session(uow=uow, secret=session.secret)
        assert accounts.find_session(uow=uow, secret=session.secret, now=T0) is None


def test_a_wrong_password_and_an_unknown_address_fail_alike(
    uow: FakeUnitOfWork, buyer: User
) -> None:
    with uow:
        accounts.set_password(uow=uow, user=buyer, password=PASSWORD)
    for email, password in ((buyer.email, "wrong password!"), ("nobody@example.com", PASSWORD)):
        with pytest.raises(NotAuthenticated, match="e-mail address or the password is wrong"):
            accounts.log_in(uow=uow, email=email, password=password)


def test_a_token_authenticates_until_revoked_and_its_use_is_written_when_due(
    uow: FakeUnitOfWork, seller: User
) -> None:
    with uow:
        token, secret = users.create_token(uow=uow, email=seller.email, name=" ci ", now=T0)
    assert (token.name, secret.startswith(TOKEN_PREFIX)) == ("ci", True)
    assert uow.store.tokens[token.id][1] == hash_secret(secret)  # only its hash is stored
    with uow:
        assert users.authenticate(uow=uow, secret=secret, now=T0) == seller
    assert uow.store.tokens[token.id][0].last_used_at == T0
    with uow:  # within the minute: not written again
        users.authenticate(uow=uow, secret=secret, now=T0 + timedelta(seconds=30))
    assert uow.store.tokens[token.id][0].last_used_at == T0
    with uow:
        users.revoke_token(uow=uow, user=seller, token_id=token.id, now=T0)
    with pytest.raises(NotAuthenticated), uow:
        users.authenticate(uow=uow, secret=secret, now=T0)
    with pytest.raises(NotFound), uow:
        users.revoke_token(uow=uow, user=seller, token_id=token.id, now=T0)
