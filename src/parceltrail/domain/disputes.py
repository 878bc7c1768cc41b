"""Buyer protection and disputes, modelled on the marketplace flow.

An order is protected from dispatch until its protection window ends (extendable by the
seller). Inside the dispute window the buyer can open a dispute asking for a full or partial
refund, with the tracking timeline attached as evidence. Then::

    OPEN --seller accepts-----------------------> REFUNDED
    OPEN --seller proposes another amount-------> PROPOSED --buyer accepts--> REFUNDED
    OPEN --seller rejects with evidence---------> REJECTED
    PROPOSED | REJECTED --buyer revises request-> OPEN
    OPEN | PROPOSED | REJECTED --buyer escalates, or nobody answers in time--> ESCALATED
    ESCALATED --admin decides--> REFUNDED | CLOSED_NO_REFUND
    OPEN | PROPOSED | REJECTED --buyer withdraws--> WITHDRAWN

``TRANSITIONS`` is the only place that says which move is allowed from which state, by whom.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from parceltrail.domain import events as domain_events
from parceltrail.domain.errors import Conflict, PermissionDenied, ValidationFailed
from parceltrail.domain.words import N_, Words


class DisputeState(StrEnum):
    OPEN = "open"  # waiting for the seller
    PROPOSED = "proposed"  # the seller offered another refund; waiting for the buyer
    REJECTED = "rejected"  # the seller rejected with evidence; waiting for the buyer
    ESCALATED = "escalated"  # waiting for an admin
    REFUNDED = "refunded"
    CLOSED_NO_REFUND = "closed_no_refund"
    WITHDRAWN = "withdrawn"

    @property
    def is_final(self) -> bool:
        return self in (
            DisputeState.REFUNDED,
            DisputeState.CLOSED_NO_REFUND,
            DisputeState.WITHDRAWN,
        )


FINAL_STATES = tuple(state.value for state in DisputeState if state.is_final)


class Party(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    ADMIN = "admin"
    SYSTEM = "system"  # the escalation sweep


class Action(StrEnum):
    ACCEPT = "accept"  # seller accepts the buyer's request
    PROPOSE = "propose"  # seller offers another amount
    REJECT = "reject"  # seller rejects, with evidence
    ACCEPT_PROPOSAL = "accept_proposal"  # buyer takes the seller's offer
    REVISE = "revise"  # buyer changes the request and hands it back to the seller
    ESCALATE = "escalate"  # buyer asks an admin
    TIME_OUT = "time_out"  # nobody answered within the negotiation period
    DECIDE = "decide"  # admin's final decision (an amount, possibly zero)
    WITHDRAW = "withdraw"  # buyer withdraws


S, A, P = DisputeState, Action, Party
_NEGOTIATING = (S.OPEN, S.PROPOSED, S.REJECTED)

# (state, action) -> (who may do it, the next state); anything absent is refused.
TRANSITIONS: dict[tuple[DisputeState, Action], tuple[Party, DisputeState]] = {
    (S.OPEN, A.ACCEPT): (P.SELLER, S.REFUNDED),
    (S.OPEN, A.PROPOSE): (P.SELLER, S.PROPOSED),
    (S.OPEN, A.REJECT): (P.SELLER, S.REJECTED),
    (S.PROPOSED, A.ACCEPT_PROPOSAL): (P.BUYER, S.REFUNDED),
    (S.PROPOSED, A.REVISE): (P.BUYER, S.OPEN),
    (S.REJECTED, A.REVISE): (P.BUYER, S.OPEN),
    **{(state, A.ESCALATE): (P.BUYER, S.ESCALATED) for state in _NEGOTIATING},
    **{(state, A.TIME_OUT): (P.SYSTEM, S.ESCALATED) for state in _NEGOTIATING},
    **{(state, A.WITHDRAW): (P.BUYER, S.WITHDRAWN) for state in _NEGOTIATING},
    (S.ESCALATED, A.DECIDE): (P.ADMIN, S.REFUNDED),  # CLOSED_NO_REFUND when the amount is 0
}


def actions_for(state: DisputeState, party: Party) -> tuple[Action, ...]:
    """What ``party`` may do to a dispute in ``state`` (from ``TRANSITIONS``; no time-outs)."""
    return tuple(
        action
        for (at, action), (who, _) in TRANSITIONS.items()
        if at is state and who is party and action is not Action.TIME_OUT
    )


class Reason(StrEnum):
    NOT_RECEIVED = "not_received"
    DELAYED = "delayed"
    NOT_AS_DESCRIBED = "not_as_described"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class Periods:
    """Every period of buyer protection; all are settings (bootstrap.periods_from), passed in
    as values and never defaulted here, so no path can use a period of its own."""

    protection: timedelta  # from dispatch until auto-confirmation
    open_after_dispatch: timedelta  # earliest "not received" dispute
    open_until_after_window: timedelta  # how long after the window a dispute may still open
    seller_response: timedelta  # the seller's time to answer a dispute
    negotiation: timedelta  # the time for each later answer
    max_extension: timedelta  # the most a seller may extend protection, in total


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the audit trail."""

    at: datetime
    party: Party
    action: str
    state: DisputeState
    amount: Decimal | None = None
    note: str | None = None


@dataclass
class Dispute:
    id: str
    order_id: str
    reason: Reason
    requested: Decimal
    order_total: Decimal
    opened_at: datetime
    state: DisputeState = DisputeState.OPEN
    offered: Decimal | None = None
    refund: Decimal | None = None
    state_since: datetime | None = None
    trail: list[Step] = field(default_factory=list)
    events: list[domain_events.DomainEvent] = field(default_factory=list)

    @classmethod
    def opened(
        cls,
        *,
        id: str,
        order_id: str,
        reason: Reason,
        requested: Decimal | None,
        order_total: Decimal,
        at: datetime,
        note: str | None = None,
    ) -> Dispute:
        """A new dispute asking for ``requested`` (the whole order when None)."""
        amount = checked_amount(order_total if requested is None else requested, order_total)
        dispute = cls(id, order_id, reason, amount, order_total, at, state_since=at)
        dispute._record(Step(at, Party.BUYER, "open", DisputeState.OPEN, amount, _clip(note)))
        return dispute

    def _record(self, step: Step) -> None:
        self.trail.append(step)
        self.events.append(
            domain_events.DisputeChanged(
                self.id,
                self.order_id,
                step.action,
                step.party.value,
                step.state.value,
                None if step.amount is None else str(step.amount),
            )
        )

    def act(
        self,
        party: Party,
        action: Action,
        at: datetime,
        *,
        amount: Decimal | None = None,
        note: str | None = None,
    ) -> None:
        """Apply one move, if ``TRANSITIONS`` allows it for ``party``; record it in the trail."""
        allowed = TRANSITIONS.get((self.state, action))
        if allowed is None:
            raise Conflict(
                Words(
                    "a dispute that is {state} cannot {action}",
                    state=self.state.value,
                    action=action.value,
                )
            )
        who, next_state = allowed
        if party is not who and not (party is Party.ADMIN and who is Party.SYSTEM):
            raise PermissionDenied(
                Words(
                    "only the {party} can {action} this dispute",
                    party=who.value,
                    action=action.value,
                )
            )
        amount = self._amount_for(action, amount, note)
        if action is Action.DECIDE and amount == 0:
            next_state = DisputeState.CLOSED_NO_REFUND
        self.state, self.state_since = next_state, at
        self._record(Step(at, party, action.value, next_state, amount, _clip(note)))

    def _amount_for(
        self, action: Action, amount: Decimal | None, note: str | None
    ) -> Decimal | None:
        if action is Action.ACCEPT:
            self.refund = self.requested
            return self.requested
        if action is Action.ACCEPT_PROPOSAL:
            self.refund = self.offered
            return self.offered
        if action is Action.REJECT and not (note or "").strip():
            raise ValidationFailed(
                N_("a rejection needs evidence: say why, with the tracking facts")
            )
        if action in (Action.PROPOSE, Action.REVISE, Action.DECIDE):
            checked = checked_amount(amount, self.order_total, allow_zero=action is Action.DECIDE)
            if action is Action.PROPOSE:
                self.offered = checked
            elif action is Action.REVISE:
                self.requested = checked
            else:
                self.refund = checked
            return checked
        return None

    def answer_due(self, periods: Periods) -> datetime | None:
        """When the escalation sweep steps in if nobody acts; None when no one is awaited."""
        if self.state not in _NEGOTIATING:
            return None
        since = self.state_since or self.opened_at
        wait = periods.seller_response if self.state is DisputeState.OPEN else periods.negotiation
        return since + wait


def _clip(note: str | None) -> str | None:
    return (note or "").strip()[:2000] or None


def checked_amount(amount: Decimal | None, total: Decimal, *, allow_zero: bool = False) -> Decimal:
    if amount is None:
        raise ValidationFailed(N_("an amount is required"), field="amount")
    low = Decimal(0) if allow_zero else Decimal("0.01")
    if not low <= amount <= total:
        raise ValidationFailed(
            Words(
                "the amount must be between {least} and the order total {total}",
                least=low,
                total=total,
            )
        )
    return amount.quantize(Decimal("0.01"))


def dispute_window(
    dispatched_at: datetime, protection_ends: datetime, periods: Periods
) -> tuple[datetime, datetime]:
    """From when until when a dispute may be opened."""
    return (
        dispatched_at + periods.open_after_dispatch,
        protection_ends + periods.open_until_after_window,
    )


def can_open(
    *,
    now: datetime,
    dispatched_at: datetime | None,
    protection_ends: datetime | None,
    reason: Reason,
    confirmed: bool,
    periods: Periods,
) -> str | None:
    """None when a dispute may be opened now; otherwise the reason it may not, in words."""
    if dispatched_at is None or protection_ends is None:
        return "the order has not been dispatched yet: ask the seller, or cancel the order"
    opens, closes = dispute_window(dispatched_at, protection_ends, periods)
    early_ok = reason in (Reason.DAMAGED, Reason.NOT_AS_DESCRIBED)
    if now < opens and not early_ok:
        return f"the parcel is still on time: this dispute can be opened from {opens:%Y-%m-%d}"
    if now > closes:
        return f"the dispute period ended on {closes:%Y-%m-%d}"
    if confirmed and reason in (Reason.NOT_RECEIVED, Reason.DELAYED):
        return "you confirmed receipt of this order"
    return None
