"""The dispute state machine, every move from every state by every party, and the windows."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from parceltrail.domain.disputes import (
    Action,
    Dispute,
    DisputeState,
    Party,
    Periods,
    Reason,
    can_open,
)
from parceltrail.domain.errors import Conflict, PermissionDenied, ValidationFailed

T0 = datetime(2026, 11, 1, tzinfo=UTC)
# The settings' defaults (config.py), passed in as the application does.
PERIODS = Periods(
    protection=timedelta(days=60),
    open_after_dispatch=timedelta(days=7),
    open_until_after_window=timedelta(days=15),
    seller_response=timedelta(days=5),
    negotiation=timedelta(days=10),
    max_extension=timedelta(days=30),
)
S, A, P = DisputeState, Action, Party

# Written out by hand, independently of TRANSITIONS: (state, action, party) -> next state.
ALLOWED = {
    (S.OPEN, A.ACCEPT, P.SELLER): S.REFUNDED,
    (S.OPEN, A.PROPOSE, P.SELLER): S.PROPOSED,
    (S.OPEN, A.REJECT, P.SELLER): S.REJECTED,
    (S.OPEN, A.ESCALATE, P.BUYER): S.ESCALATED,
    (S.OPEN, A.WITHDRAW, P.BUYER): S.WITHDRAWN,
    (S.OPEN, A.TIME_OUT, P.SYSTEM): S.ESCALATED,
    (S.OPEN, A.TIME_OUT, P.ADMIN): S.ESCALATED,
    (S.PROPOSED, A.ACCEPT_PROPOSAL, P.BUYER): S.REFUNDED,
    (S.PROPOSED, A.REVISE, P.BUYER): S.OPEN,
    (S.PROPOSED, A.ESCALATE, P.BUYER): S.ESCALATED,
    (S.PROPOSED, A.WITHDRAW, P.BUYER): S.WITHDRAWN,
    (S.PROPOSED, A.TIME_OUT, P.SYSTEM): S.ESCALATED,
    (S.PROPOSED, A.TIME_OUT, P.ADMIN): S.ESCALATED,
    (S.REJECTED, A.REVISE, P.BUYER): S.OPEN,
    (S.REJECTED, A.ESCALATE, P.BUYER): S.ESCALATED,
    (S.REJECTED, A.WITHDRAW, P.BUYER): S.WITHDRAWN,
    (S.REJECTED, A.TIME_OUT, P.SYSTEM): S.ESCALATED,
    (S.REJECTED, A.TIME_OUT, P.ADMIN): S.ESCALATED,
    (S.ESCALATED, A.DECIDE, P.ADMIN): S.REFUNDED,
}


def dispute_in(state: DisputeState) -> Dispute:
    dispute = Dispute("dsp_1", "ord_1", Reason.NOT_RECEIVED, Decimal("20.00"), Decimal("25.00"), T0)
    dispute.state, dispute.offered = state, Decimal("10.00")
    return dispute


def move(dispute: Dispute, action: Action, party: Party) -> None:
    dispute.act(
        party,
        action,
        T0 + timedelta(days=1),
        amount=Decimal("12.00"),
        note="tracking shows delivered",
    )


@pytest.mark.parametrize(("state", "action", "party"), list(itertools.product(S, A, P)))
def test_every_move_is_allowed_or_refused_exactly_as_the_table_says(
    state: DisputeState, action: Action, party: Party
) -> None:
    dispute = dispute_in(state)
    expected = ALLOWED.get((state, action, party))
    if expected is None:
        with pytest.raises((Conflict, PermissionDenied)):
            move(dispute, action, party)
        assert dispute.state is state
        assert dispute.trail == []
    else:
        move(dispute, action, party)
        assert dispute.state is expected
        assert dispute.trail[-1].party is party


def test_a_whole_negotiation_is_audited_and_ends_with_the_agreed_refund() -> None:
    dispute = dispute_in(S.OPEN)
    dispute.act(P.SELLER, A.PROPOSE, T0 + timedelta(days=1), amount=Decimal("8"))
    dispute.act(P.BUYER, A.REVISE, T0 + timedelta(days=2), amount=Decimal("15"))
    dispute.act(P.SELLER, A.PROPOSE, T0 + timedelta(days=3), amount=Decimal("12.5"))
    dispute.act(P.BUYER, A.ACCEPT_PROPOSAL, T0 + timedelta(days=4))
    assert (dispute.state, dispute.refund) == (S.REFUNDED, Decimal("12.50"))
    assert [step.action for step in dispute.trail] == [
        "propose",
        "revise",
        "propose",
        "accept_proposal",
    ]


def test_an_admin_decision_of_zero_closes_without_refund() -> None:
    dispute = dispute_in(S.ESCALATED)
    dispute.act(P.ADMIN, A.DECIDE, T0, amount=Decimal("0"), note="delivered with signature")
    assert (dispute.state, dispute.refund) == (S.CLOSED_NO_REFUND, Decimal("0.00"))


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-1"), Decimal("25.01"), None])
def test_proposals_must_be_a_real_part_of_the_order_total(amount: Decimal | None) -> None:
    dispute = dispute_in(S.OPEN)
    with pytest.raises(ValidationFailed):
        dispute.act(P.SELLER, A.PROPOSE, T0, amount=amount)
    assert dispute.state is S.OPEN


def test_a_rejection_needs_evidence() -> None:
    with pytest.raises(ValidationFailed, match="evidence"):
        dispute_in(S.OPEN).act(P.SELLER, A.REJECT, T0, note="  ")


def test_silence_is_escalated_after_the_set_period() -> None:
    periods = PERIODS
    dispute = dispute_in(S.OPEN)
    dispute.state_since = T0
    assert dispute.answer_due(periods) == T0 + periods.seller_response
    dispute.act(P.SELLER, A.PROPOSE, T0 + timedelta(days=1), amount=Decimal("5"))
    assert dispute.answer_due(periods) == T0 + timedelta(days=1) + periods.negotiation
    dispute.act(P.BUYER, A.ACCEPT_PROPOSAL, T0 + timedelta(days=2))
    assert dispute.answer_due(periods) is None


@pytest.mark.parametrize(
    ("days_after_dispatch", "reason", "confirmed", "allowed"),
    [
        (3, Reason.NOT_RECEIVED, False, False),  # too early: still on time
        (3, Reason.DAMAGED, False, True),  # damage can be reported at once
        (10, Reason.NOT_RECEIVED, False, True),
        (10, Reason.NOT_RECEIVED, True, False),  # receipt confirmed
        (74, Reason.DELAYED, False, True),  # within 15 days after the 60-day window
        (76, Reason.DELAYED, False, False),
    ],
)
def test_the_dispute_window(
    days_after_dispatch: int, reason: Reason, confirmed: bool, allowed: bool
) -> None:
    periods = PERIODS
    refusal = can_open(
        now=T0 + timedelta(days=days_after_dispatch),
        dispatched_at=T0,
        protection_ends=T0 + periods.protection,
        reason=reason,
        confirmed=confirmed,
        periods=periods,
    )
    assert (refusal is None) is allowed
    if refusal is not None:
        assert refusal


def test_an_order_not_dispatched_cannot_be_disputed_yet() -> None:
    refusal = can_open(
        now=T0,
        dispatched_at=None,
        protection_ends=None,
        reason=Reason.NOT_RECEIVED,
        confirmed=False,
        periods=PERIODS,
    )
    assert refusal is not None
    assert "not been dispatched" in refusal
