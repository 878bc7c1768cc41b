"""Read-only units of work, on both databases: they never take SQLite's write lock, PostgreSQL
refuses their writes, they cannot commit, and they leave pooled connections writable."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import users as user_service
from parceltrail.storage.uow import ReadOnlyUnitOfWork
from tests import factories
from tests.conftest import FrozenClock


def test_a_reader_cannot_commit(app: App) -> None:
    with app.reader() as uow, pytest.raises(ReadOnlyUnitOfWork, match="opened to read only"):
        uow.commit()


def test_a_writer_proceeds_while_a_reader_is_open(app: App, clock: FrozenClock) -> None:
    factories.user(app, "seller@example.com", Role.SELLER)
    with app.reader() as reader:
        assert reader.users.by_email("seller@example.com") is not None  # a snapshot is held
        # On SQLite a reader that had taken the write lock would make this wait 10 s and fail.
        with app.uow() as writer:
            user_service.create_user(
                uow=writer, email="buyer@example.com", role=Role.BUYER, now=clock.now
            )
        assert reader.users.by_email("seller@example.com") is not None
    with app.reader() as later:
        assert later.users.by_email("buyer@example.com") is not None


def test_postgresql_refuses_a_readers_writes_and_the_connection_writes_again_afterwards(
    app: App, clock: FrozenClock
) -> None:
    if app.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no READ ONLY transactions; there the reader only cannot commit")
    factories.user(app, "seller@example.com", Role.SELLER)
    with app.reader() as reader, pytest.raises(DBAPIError, match="read-only transaction"):
        user_service.create_user(
            uow=reader, email="other@example.com", role=Role.BUYER, now=clock.now
        )
    for index in range(3):  # the reader's pooled connection among them
        factories.user(app, f"w{index}@example.com", Role.BUYER)
    with app.reader() as reader:
        assert reader.users.by_email("w2@example.com") is not None
