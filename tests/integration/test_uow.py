"""The unit of work's repositories (storage/uow.py ``_Repository``): each made on its first use
in a block, the same object for the rest of the block, and a new one in the next block."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from parceltrail.config import Settings
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.engine import build_engine
from parceltrail.storage.shipments_repository import SqlShipmentRepository
from parceltrail.storage.uow import SqlUnitOfWork


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    built = build_engine(Settings(database_url=f"sqlite:///{tmp_path / 'uow.db'}"))
    yield built
    built.dispose()


def _uow(engine: Engine) -> SqlUnitOfWork:
    return SqlUnitOfWork(engine, lambda: datetime(2026, 12, 6, tzinfo=UTC))


def test_a_repository_is_made_on_first_use_and_kept_for_the_block(engine: Engine) -> None:
    uow = _uow(engine)
    with uow:
        assert "shipments" not in vars(uow)
        first = uow.shipments
        assert isinstance(first, SqlShipmentRepository)
        assert uow.shipments is first
        assert "shipments" in vars(uow)
        assert "orders" not in vars(uow)  # only what the block used was made
    assert "shipments" not in vars(uow)  # a block's repositories end with it
    with uow:
        assert uow.shipments is not first


def test_outside_a_block_a_repository_is_an_attribute_error(engine: Engine) -> None:
    uow = _uow(engine)
    with pytest.raises(AttributeError, match="inside a with block"):
        _ = uow.shipments
    with uow:
        pass
    with pytest.raises(AttributeError, match="inside a with block"):
        _ = uow.shipments


def test_every_repository_of_the_port_is_made(engine: Engine) -> None:
    names = list(UnitOfWork.__annotations__)
    assert "users" in names
    assert "analytics" in names
    uow = _uow(engine)
    with uow:
        made = {name: getattr(uow, name) for name in names}
        assert all(made[name] is getattr(uow, name) for name in names)
    assert not set(names) & set(vars(uow))
