"""Dispute rules read back: the amounts, notes and events of each step, who may do what, and the
dispute window at its exact edges."""

from __future__ import annotations

from dataclasses import replace
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
    Step,
    actions_for,
    can_open,
    checked_amount,
    dispute_window,
)
from parceltrail.domain.errors import Conflict, PermissionDenied, ValidationFailed
from parceltrail.domain.events import DisputeChanged

T0 = datetime(2026, 11, 1, 8, 30, tzinfo=UTC)
DAY = timedelta(days=1)
# The settings' default periods, passed in as the application does (Periods has no defaults of
# its own; tests/unit/test_config.py checks that the settings give these).
SETTINGS_PERIODS = Periods(
    protection=60 * DAY,
    open_after_dispatch=7 * DAY,
    open_until_after_window=15 * DAY,
    seller_response=5 * DAY,
    negotiation=10 * DAY,
    max_extension=30 * DAY,
)
TINY = timedelta(microseconds=1)
S, A, P = DisputeState, Action, Party


def opened(requested: Decimal | None = Decimal("20"), note: str | None = None) -> Dispute:
    return Dispute.opened(
        id="dsp_1",
        order_id="ord_1",
        reason=Reason.NOT_RECEIVED,
        requested=requested,
        order_total=Decimal("25.00"),
        at=T0,
        note=note,
    )


def test_a_new_dispute_without_an_amount_asks_for_the_whole_order() -> None:
    dispute = opened(requested=None)
    assert dispute.requested == Decimal("25.00")
    assert dispute.trail[0].amount == Decimal("25.00")
    assert dispute.events[0].amount == "25.00"  # type: ignore[attr-defined]


def test_a_new_dispute_records_what_was_asked_who_asked_and_when() -> None:
    dispute = opened(requested=Decimal("12.5"), note="  nothing arrived  ")
    assert (dispute.state, dispute.requested, dispute.order_total) == (
        S.OPEN,
        Decimal("12.50"),
        Decimal("25.00"),
    )
    assert (dispute.id, dispute.order_id, dispute.reason) == ("dsp_1", "ord_1", Reason.NOT_RECEIVED)
    assert (dispute.opened_at, dispute.state_since) == (T0, T0)
    assert (dispute.offered, dispute.refund) == (None, None)
    assert dispute.trail == [
        Step(T0, P.BUYER, "open", S.OPEN, Decimal("12.50"), "nothing arrived"),
    ]
    assert dispute.events == [
        DisputeChanged("dsp_1", "ord_1", "open", "buyer", "open", "12.50"),
    ]


@pytest.mark.parametrize("requested", [Decimal("0"), Decimal("25.01")])
def test_a_new_dispute_cannot_ask_for_nothing_or_more_than_the_order(requested: Decimal) -> None:
    with pytest.raises(ValidationFailed, match=r"between 0\.01 and the order total 25\.00"):
        opened(requested=requested)


def test_a_sellers_acceptance_refunds_the_request_and_says_so() -> None:
    dispute = opened(requested=Decimal("20"))
    dispute.act(P.SELLER, A.ACCEPT, T0 + DAY, note="sorry, refunding")
    assert (dispute.state, dispute.refund, dispute.state_since) == (
        S.REFUNDED,
        Decimal("20.00"),
        T0 + DAY,
    )
    assert dispute.trail[-1] == Step(
        T0 + DAY, P.SELLER, "accept", S.REFUNDED, Decimal("20.00"), "sorry, refunding"
    )
    assert dispute.events[-1] == DisputeChanged(
        "dsp_1", "ord_1", "accept", "seller", "refunded", "20.00"
    )


def test_a_proposal_records_the_offer_and_its_acceptance_refunds_it() -> None:
    dispute = opened(requested=Decimal("20"))
    dispute.act(P.SELLER, A.PROPOSE, T0 + DAY, amount=Decimal("7.5"), note="half, parcel is late")
    assert (dispute.offered, dispute.requested, dispute.refund) == (
        Decimal("7.50"),
        Decimal("20.00"),
        None,
    )
    assert dispute.trail[-1] == Step(
        T0 + DAY, P.SELLER, "propose", S.PROPOSED, Decimal("7.50"), "half, parcel is late"
    )
    assert dispute.events[-1] == DisputeChanged(
        "dsp_1", "ord_1", "propose", "seller", "proposed", "7.50"
    )
    dispute.act(P.BUYER, A.ACCEPT_PROPOSAL, T0 + 2 * DAY)
    assert (dispute.state, dispute.refund) == (S.REFUNDED, Decimal("7.50"))
    assert dispute.trail[-1] == Step(
        T0 + 2 * DAY, P.BUYER, "accept_proposal", S.REFUNDED, Decimal("7.50"), None
    )
    assert dispute.events[-1].amount == "7.50"  # type: ignore[attr-defined]


def test_a_revision_changes_the_request_and_hands_it_back_to_the_seller() -> None:
    dispute = opened(requested=Decimal("20"))
    dispute.act(P.SELLER, A.REJECT, T0 + DAY, note="delivered to the mailbox on 3 Nov")
    assert dispute.trail[-1] == Step(
        T0 + DAY, P.SELLER, "reject", S.REJECTED, None, "delivered to the mailbox on 3 Nov"
    )
    assert dispute.events[-1] == DisputeChanged(
        "dsp_1", "ord_1", "reject", "seller", "rejected", None
    )
    dispute.act(P.BUYER, A.REVISE, T0 + 2 * DAY, amount=Decimal("10"), note="box was empty")
    assert (dispute.state, dispute.requested, dispute.state_since) == (
        S.OPEN,
        Decimal("10.00"),
        T0 + 2 * DAY,
    )
    assert dispute.trail[-1].amount == Decimal("10.00")
    assert dispute.trail[-1].note == "box was empty"
    dispute.act(P.SELLER, A.ACCEPT, T0 + 3 * DAY)
    assert dispute.refund == Decimal("10.00")


def test_an_admin_decision_refunds_the_decided_amount() -> None:
    dispute = opened(requested=Decimal("20"))
    dispute.act(P.BUYER, A.ESCALATE, T0 + DAY)
    assert dispute.trail[-1] == Step(T0 + DAY, P.BUYER, "escalate", S.ESCALATED, None, None)
    dispute.act(P.ADMIN, A.DECIDE, T0 + 2 * DAY, amount=Decimal("4"), note="partly late")
    assert (dispute.state, dispute.refund) == (S.REFUNDED, Decimal("4.00"))
    assert dispute.trail[-1] == Step(
        T0 + 2 * DAY, P.ADMIN, "decide", S.REFUNDED, Decimal("4.00"), "partly late"
    )
    assert dispute.events[-1] == DisputeChanged(
        "dsp_1", "ord_1", "decide", "admin", "refunded", "4.00"
    )


def test_a_decision_of_zero_is_recorded_as_closed_with_a_zero_amount() -> None:
    dispute = opened()
    dispute.act(P.BUYER, A.ESCALATE, T0 + DAY)
    dispute.act(P.ADMIN, A.DECIDE, T0 + 2 * DAY, amount=Decimal("0"))
    assert dispute.trail[-1].state is S.CLOSED_NO_REFUND
    assert dispute.events[-1] == DisputeChanged(
        "dsp_1", "ord_1", "decide", "admin", "closed_no_refund", "0.00"
    )


def test_a_time_out_by_the_sweep_is_recorded_as_the_systems() -> None:
    dispute = opened()
    dispute.act(P.SYSTEM, A.TIME_OUT, T0 + 6 * DAY)
    assert dispute.trail[-1] == Step(T0 + 6 * DAY, P.SYSTEM, "time_out", S.ESCALATED, None, None)
    assert dispute.events[-1].party == "system"  # type: ignore[attr-defined]


def test_notes_are_trimmed_bounded_and_blank_notes_dropped() -> None:
    dispute = opened(note="   ")
    assert dispute.trail[0].note is None
    dispute.act(P.BUYER, A.ESCALATE, T0, note=" " + "x" * 2500 + " ")
    assert dispute.trail[-1].note == "x" * 2000


@pytest.mark.parametrize("note", [None, "", " \n "])
def test_a_rejection_without_evidence_is_refused_and_changes_nothing(note: str | None) -> None:
    dispute = opened()
    with pytest.raises(ValidationFailed) as refused:
        dispute.act(P.SELLER, A.REJECT, T0, note=note)
    assert refused.value.message == "a rejection needs evidence: say why, with the tracking facts"
    assert (dispute.state, len(dispute.trail), len(dispute.events)) == (S.OPEN, 1, 1)


def test_a_refused_move_says_what_the_dispute_is_and_what_was_asked() -> None:
    dispute = opened()
    dispute.act(P.SELLER, A.ACCEPT, T0)
    with pytest.raises(Conflict) as conflict:
        dispute.act(P.BUYER, A.ESCALATE, T0)
    assert conflict.value.message == "a dispute that is refunded cannot escalate"


def test_a_move_by_the_wrong_party_names_who_may_make_it() -> None:
    dispute = opened()
    with pytest.raises(PermissionDenied) as denied:
        dispute.act(P.BUYER, A.ACCEPT, T0)
    assert denied.value.message == "only the seller can accept this dispute"
    with pytest.raises(PermissionDenied):
        dispute.act(P.SELLER, A.TIME_OUT, T0)  # only the sweep, or an admin for it


def test_an_admin_may_not_act_for_the_seller_or_the_buyer() -> None:
    dispute = opened()
    for action in (A.ACCEPT, A.ESCALATE, A.WITHDRAW):
        with pytest.raises(PermissionDenied):
            dispute.act(P.ADMIN, action, T0)


# Written out by hand, independently of TRANSITIONS; time-outs are the sweep's, never offered.
OFFERED = {
    (S.OPEN, P.SELLER): {A.ACCEPT, A.PROPOSE, A.REJECT},
    (S.OPEN, P.BUYER): {A.ESCALATE, A.WITHDRAW},
    (S.PROPOSED, P.BUYER): {A.ACCEPT_PROPOSAL, A.REVISE, A.ESCALATE, A.WITHDRAW},
    (S.REJECTED, P.BUYER): {A.REVISE, A.ESCALATE, A.WITHDRAW},
    (S.ESCALATED, P.ADMIN): {A.DECIDE},
}


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("party", list(P))
def test_actions_for_offers_exactly_the_allowed_moves(state: DisputeState, party: Party) -> None:
    offered = actions_for(state, party)
    assert set(offered) == OFFERED.get((state, party), set())
    assert len(offered) == len(set(offered))


@pytest.mark.parametrize(
    ("state", "final"),
    [
        (S.OPEN, False),
        (S.PROPOSED, False),
        (S.REJECTED, False),
        (S.ESCALATED, False),
        (S.REFUNDED, True),
        (S.CLOSED_NO_REFUND, True),
        (S.WITHDRAWN, True),
    ],
)
def test_which_states_are_final(state: DisputeState, final: bool) -> None:
    assert state.is_final is final


def test_the_answer_is_due_from_the_opening_when_no_state_time_is_stored() -> None:
    periods = replace(SETTINGS_PERIODS, seller_response=3 * DAY, negotiation=8 * DAY)
    dispute = Dispute("dsp_1", "ord_1", Reason.DELAYED, Decimal(5), Decimal(25), T0)
    assert dispute.answer_due(periods) == T0 + 3 * DAY
    dispute.state = S.REJECTED
    assert dispute.answer_due(periods) == T0 + 8 * DAY
    dispute.state = S.ESCALATED
    assert dispute.answer_due(periods) is None


def test_the_buyer_has_the_negotiation_period_after_a_rejection() -> None:
    periods = replace(SETTINGS_PERIODS, seller_response=3 * DAY, negotiation=8 * DAY)
    dispute = opened()
    dispute.act(P.SELLER, A.REJECT, T0 + DAY, note="signed for")
    assert dispute.answer_due(periods) == T0 + 9 * DAY


@pytest.mark.parametrize(
    ("amount", "allow_zero", "expected"),
    [
        (Decimal("0.01"), False, Decimal("0.01")),
        (Decimal("25"), False, Decimal("25.00")),
        (Decimal("0"), True, Decimal("0.00")),
        (Decimal("12.345"), False, Decimal("12.34")),  # rounded to cents, half to even
        (Decimal("12.355"), False, Decimal("12.36")),
    ],
)
def test_checked_amounts_are_within_the_order_and_in_cents(
    amount: Decimal, allow_zero: bool, expected: Decimal
) -> None:
    checked = checked_amount(amount, Decimal("25.00"), allow_zero=allow_zero)
    assert checked == expected
    assert checked.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("amount", "allow_zero", "low"),
    [
        (Decimal("0.009"), False, "0.01"),
        (Decimal("0"), False, "0.01"),
        (Decimal("-0.01"), True, "0"),
        (Decimal("25.001"), True, "0"),
    ],
)
def test_amounts_outside_the_order_are_refused_with_the_bounds(
    amount: Decimal, allow_zero: bool, low: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        checked_amount(amount, Decimal("25.00"), allow_zero=allow_zero)
    assert refused.value.message == f"the amount must be between {low} and the order total 25.00"


def test_a_missing_amount_names_the_field() -> None:
    with pytest.raises(ValidationFailed) as refused:
        checked_amount(None, Decimal("25.00"))
    assert (refused.value.message, refused.value.details) == (
        "an amount is required",
        {"field": "amount"},
    )


PERIODS = SETTINGS_PERIODS
DISPATCHED = datetime(2026, 11, 1, 15, 45, tzinfo=UTC)
PROTECTION_ENDS = DISPATCHED + PERIODS.protection
OPENS = datetime(2026, 11, 8, 15, 45, tzinfo=UTC)  # dispatch + 7 days
CLOSES = datetime(2027, 1, 15, 15, 45, tzinfo=UTC)  # protection end (31 Dec) + 15 days


def refusal(
    now: datetime, reason: Reason = Reason.NOT_RECEIVED, confirmed: bool = False
) -> str | None:
    return can_open(
        now=now,
        dispatched_at=DISPATCHED,
        protection_ends=PROTECTION_ENDS,
        reason=reason,
        confirmed=confirmed,
        periods=PERIODS,
    )


def test_the_dispute_window_runs_from_a_week_after_dispatch_to_15_days_after_protection() -> None:
    assert dispute_window(DISPATCHED, PROTECTION_ENDS, PERIODS) == (OPENS, CLOSES)


def test_a_not_received_dispute_opens_at_the_exact_moment_the_window_opens() -> None:
    assert refusal(OPENS - TINY) == (
        "the parcel is still on time: this dispute can be opened from 2026-11-08"
    )
    assert refusal(OPENS) is None


def test_a_dispute_can_be_opened_until_the_exact_moment_the_window_closes() -> None:
    assert refusal(CLOSES) is None
    assert refusal(CLOSES + TINY) == "the dispute period ended on 2027-01-15"
    assert refusal(CLOSES + TINY, Reason.DAMAGED) == "the dispute period ended on 2027-01-15"


@pytest.mark.parametrize(
    ("reason", "early_ok"),
    [
        (Reason.NOT_RECEIVED, False),
        (Reason.DELAYED, False),
        (Reason.DAMAGED, True),
        (Reason.NOT_AS_DESCRIBED, True),
    ],
)
def test_only_a_received_parcels_problems_can_be_reported_before_the_window(
    reason: Reason, early_ok: bool
) -> None:
    assert (refusal(DISPATCHED + DAY, reason) is None) is early_ok


@pytest.mark.parametrize(
    ("reason", "refused"),
    [
        (Reason.NOT_RECEIVED, True),
        (Reason.DELAYED, True),
        (Reason.DAMAGED, False),
        (Reason.NOT_AS_DESCRIBED, False),
    ],
)
def test_a_confirmed_receipt_refuses_only_not_received_and_delayed(
    reason: Reason, refused: bool
) -> None:
    answer = refusal(OPENS + DAY, reason, confirmed=True)
    assert answer == ("you confirmed receipt of this order" if refused else None)


@pytest.mark.parametrize(
    ("dispatched_at", "protection_ends"),
    [(None, None), (DISPATCHED, None), (None, PROTECTION_ENDS)],
)
def test_without_dispatch_and_protection_times_no_dispute_opens(
    dispatched_at: datetime | None, protection_ends: datetime | None
) -> None:
    answer = can_open(
        now=OPENS + DAY,
        dispatched_at=dispatched_at,
        protection_ends=protection_ends,
        reason=Reason.DAMAGED,
        confirmed=False,
        periods=PERIODS,
    )
    assert answer == "the order has not been dispatched yet: ask the seller, or cancel the order"
