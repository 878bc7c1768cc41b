"""The protection window's rules: start at the first dispatch, extend within the maximum,
confirm once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from parceltrail.domain.errors import Conflict, ValidationFailed
from parceltrail.domain.protection import Protection

T0 = datetime(2026, 11, 1, tzinfo=UTC)
NEW = Protection.new("ord_1", Decimal("20.00"), "USD")


def test_the_window_runs_the_given_period_from_the_first_dispatch_only() -> None:
    started = NEW.start(T0, timedelta(days=21))
    assert started.ends_at == T0 + timedelta(days=21)
    assert started.start(T0 + timedelta(days=3), timedelta(days=90)) == started
    assert not NEW.started


def test_the_seller_extends_up_to_the_maximum_in_total() -> None:
    started = NEW.start(T0, timedelta(days=60))
    once = started.extend(20, timedelta(days=30))
    assert (once.ends_at, once.extended_days) == (T0 + timedelta(days=80), 20)
    assert once.extension_left(timedelta(days=30)) == 10
    with pytest.raises(ValidationFailed, match="by 1 to 10 more days"):
        once.extend(11, timedelta(days=30))
    with pytest.raises(ValidationFailed, match="by 1 to 10 more days"):
        once.extend(0, timedelta(days=30))
    assert once.extend(10, timedelta(days=30)).ends_at == T0 + timedelta(days=90)


def test_nothing_extends_or_confirms_before_dispatch() -> None:
    with pytest.raises(Conflict, match="starts when it is dispatched"):
        NEW.extend(5, timedelta(days=30))
    with pytest.raises(Conflict, match="starts when it is dispatched"):
        NEW.confirm(T0)


def test_a_confirmation_keeps_its_first_time_and_ends_the_expiry() -> None:
    started = NEW.start(T0, timedelta(days=10))
    assert started.expired(T0 + timedelta(days=10))
    assert not started.expired(T0 + timedelta(days=9))
    confirmed = started.confirm(T0 + timedelta(days=2))
    assert confirmed.confirm(T0 + timedelta(days=5)).confirmed_at == T0 + timedelta(days=2)
    assert not confirmed.expired(T0 + timedelta(days=30))
