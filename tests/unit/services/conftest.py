"""The fast tier's fixtures: an in-memory unit of work, people, and the settings' periods."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.disputes import Periods
from parceltrail.domain.users import Role, User
from tests.unit.services.fakes import FakeUnitOfWork

T0 = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)
# Not the settings' defaults, so that a rule reading a default of its own would show.
PERIODS = Periods(
    protection=timedelta(days=21),
    open_after_dispatch=timedelta(days=7),
    open_until_after_window=timedelta(days=15),
    seller_response=timedelta(days=5),
    negotiation=timedelta(days=10),
    max_extension=timedelta(days=30),
)


class Pollable:
    """The ``PollableCarriers`` port: the carriers a configured connector polls."""

    def __init__(self, *carriers: str) -> None:
        self._carriers = set(carriers)

    def can_poll(self, carrier: str) -> bool:
        return carrier in self._carriers


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


def person(uow: FakeUnitOfWork, email: str, role: Role) -> User:
    user = User(id=f"usr_{email.split('@')[0]}", email=email, role=role, created_at=T0)
    uow.store.users[user.id] = user
    return user


@pytest.fixture
def seller(uow: FakeUnitOfWork) -> User:
    return person(uow, "seller@example.com", Role.SELLER)


@pytest.fixture
def buyer(uow: FakeUnitOfWork) -> User:
    return person(uow, "buyer@example.com", Role.BUYER)
