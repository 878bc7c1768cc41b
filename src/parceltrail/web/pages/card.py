"""What a tracking card shows: the journey as steps, the route, one status, one thing to do.

Built from a ``services.lookup.Lookup`` for the page; the words for buyers come from
``domain.explain``, the technical ones (how the number was recognised, what the ETA is based
on) are kept apart so the page can put them behind a "details" toggle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from babel import Locale

from parceltrail.domain.eta import Eta
from parceltrail.domain.numbers import explained
from parceltrail.domain.shipments import ShipmentState
from parceltrail.domain.status import SubStatus
from parceltrail.domain.words import Words
from parceltrail.services.lookup import Lookup
from parceltrail.services.standalone import Polling
from parceltrail.services.views import TrackingView
from parceltrail.web.pages.i18n import N_

# A journey's steps, in order, and the sub-statuses that reach each one.
_JOURNEY: tuple[tuple[str, str, frozenset[SubStatus]], ...] = (
    ("accepted", N_("Handed to the carrier"), frozenset({SubStatus.ACCEPTED})),
    ("departed", N_("Left the origin country"), frozenset({SubStatus.DEPARTED_ORIGIN})),
    ("arrived", N_("In the destination country"), frozenset({SubStatus.ARRIVED_DESTINATION})),
    (
        "customs",
        N_("Customs"),
        frozenset({SubStatus.CUSTOMS_STARTED, SubStatus.CUSTOMS_HELD, SubStatus.CUSTOMS_CLEARED}),
    ),
    (
        "last_mile",
        N_("Out for delivery"),
        frozenset(
            {
                SubStatus.HANDED_OVER,
                SubStatus.OUT_FOR_DELIVERY,
                SubStatus.FAILED_ATTEMPT,
                SubStatus.AVAILABLE_FOR_PICKUP,
            }
        ),
    ),
    ("delivered", N_("Delivered"), frozenset({SubStatus.DELIVERED})),
)
_INTERNATIONAL_ONLY = frozenset({"departed", "arrived", "customs"})
# Where the journey leaves its usual path: the step shown instead of the rest.
_DETOURS: dict[SubStatus, str] = {
    SubStatus.RETURNING: N_("Returning to the sender"),
    SubStatus.RETURNED: N_("Back with the sender"),
    SubStatus.LOST: N_("Reported lost"),
    SubStatus.DAMAGED: N_("Reported damaged"),
    SubStatus.REFUSED: N_("Refused"),
    SubStatus.CANCELLED: N_("Cancelled"),
}
# A step whose name changes with how it was reached.
_RENAMED: dict[SubStatus, str] = {
    SubStatus.AVAILABLE_FOR_PICKUP: N_("Ready for pickup"),
    SubStatus.FAILED_ATTEMPT: N_("Delivery attempt failed"),
    SubStatus.CUSTOMS_HELD: N_("Held by customs"),
    SubStatus.CUSTOMS_CLEARED: N_("Cleared customs"),
}
_TROUBLE = frozenset({SubStatus.CUSTOMS_HELD, SubStatus.FAILED_ATTEMPT})
# No delivery date makes sense once a parcel is delivered, waits to be collected or goes back.
_NO_ETA = frozenset(
    {
        SubStatus.DELIVERED,
        SubStatus.AVAILABLE_FOR_PICKUP,
        SubStatus.RETURNING,
        SubStatus.RETURNED,
        SubStatus.LOST,
        SubStatus.DAMAGED,
        SubStatus.REFUSED,
        SubStatus.CANCELLED,
        SubStatus.EXPIRED,
    }
)


@dataclass(frozen=True, slots=True)
class Step:
    key: str
    label: str
    state: str  # "reached", "current", "problem" (current and in trouble), "upcoming"
    at: datetime | None = None

    @property
    def is_current(self) -> bool:
        return self.state in ("current", "problem")


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str

    @property
    def flag(self) -> str:
        """The country's flag emoji, made of two regional-indicator letters."""
        return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in self.code)


@dataclass(frozen=True, slots=True)
class Route:
    origin: Place | None
    destination: Place | None


@dataclass(frozen=True, slots=True)
class Card:
    lookup: Lookup
    headline: str
    tone: str  # ok, wait, problem, done, unknown, invalid
    meaning: str | Words | None
    advice: str | None  # what to do, unless ``wait_for`` gives the one timing instead
    wait_for: Polling | None  # polling that says when to look again, before any carrier scan
    steps: tuple[Step, ...]
    route: Route | None
    eta: Eta | None
    technical: tuple[str | Words, ...]  # for the "details" toggle
    values: dict[str, int | str] = field(default_factory=dict)  # for ``meaning``'s placeholders

    @property
    def number(self) -> str:
        return self.lookup.number

    @property
    def trackable(self) -> bool:
        """Whether alerts and another carrier make sense: known, or at least a valid number."""
        return self.lookup.tracking is not None or self.lookup.detection.valid


@lru_cache(maxsize=512)
def country(code: str | None) -> Place | None:
    """An ISO country code in words (English for now), or None when unknown."""
    if not code or len(code) != 2 or not code.isalpha():
        return None
    name = Locale("en").territories.get(code.upper())
    return Place(code.upper(), name) if name else None


def build(found: Lookup) -> Card:
    """The card of one looked-up number."""
    tracking = found.tracking
    if tracking is None:
        return _unknown(found)
    state = tracking.shipment.state
    health = tracking.health
    route = _route(
        found, health.lane.origin if health else None, health.lane.destination if health else None
    )
    explanation = found.explanation
    assert explanation is not None  # every tracking has one
    eta = eta_shown(tracking)
    technical: list[str | Words] = [found.detection.message]
    if health and health.eta:
        technical.append(health.eta.words())
    wait_for = _wait_for(found.polling, scanned=state.last_event_at is not None)
    return Card(
        lookup=found,
        headline=explanation.headline,
        tone=explanation.tone,
        meaning=explanation.meaning,
        advice=None if wait_for else explanation.advice,
        wait_for=wait_for,
        steps=steps(state, domestic=_domestic(route)),
        route=route,
        eta=eta,
        technical=tuple(technical),
        values=explanation.values,
    )


def eta_shown(tracking: TrackingView) -> Eta | None:
    """The delivery date to show, if one makes sense in the parcel's state."""
    health = tracking.health
    if health is None or tracking.shipment.state.sub_status in _NO_ETA:
        return None
    return health.eta


def domestic_lane(tracking: TrackingView) -> bool:
    health = tracking.health
    return bool(health and health.lane.origin and health.lane.origin == health.lane.destination)


def _unknown(found: Lookup) -> Card:
    valid = found.detection.valid
    wait_for = _wait_for(found.polling, scanned=False)
    return Card(
        lookup=found,
        headline=N_("Not known to parceltrail yet") if valid else N_("Not a valid tracking number"),
        tone="unknown" if valid else "invalid",
        meaning=None if valid else explained(found.detection),
        advice=None if wait_for or not valid else _UNKNOWN_ADVICE,
        wait_for=wait_for,
        steps=(),
        route=_route(found, None, None) if valid else None,
        eta=None,
        technical=(found.detection.message,) if valid else (),
    )


_UNKNOWN_ADVICE = N_(
    "It appears here when the seller dispatches it or the carrier reports it; meanwhile the "
    "carrier's own page may know more."
)


def _wait_for(polling: Polling | None, *, scanned: bool) -> Polling | None:
    """Before the carrier's first scan, the time polling gives is the one timing to show."""
    if polling is None or polling.look_again_at is None or scanned:
        return None
    return polling


def _route(found: Lookup, origin: str | None, destination: str | None) -> Route | None:
    """Origin and destination from the lane; an S10 number names the post that issued it."""
    s10 = found.detection.s10
    start = country(origin) or (country(s10.issuer) if s10 and not s10.pseudo else None)
    end = country(destination)
    return Route(start, end) if start or end else None


def _domestic(route: Route | None) -> bool:
    return bool(
        route and route.origin and route.destination and route.origin.code == route.destination.code
    )


def steps(state: ShipmentState, *, domestic: bool = False) -> tuple[Step, ...]:
    """Every step of the journey: reached, current (or current in trouble), to come.

    A step later than the furthest reached one is to come; earlier ones count as reached
    even when the carrier skipped their scan. A return, a loss or a refusal replaces the
    steps still to come with that step.
    """
    journey = [j for j in _JOURNEY if not (domestic and j[0] in _INTERNATIONAL_ONLY)]
    reached_at = [_first(state, subs) for _, _, subs in journey]
    furthest = max((i for i, at in enumerate(reached_at) if at), default=-1)
    current_sub = state.sub_status
    detour = _DETOURS.get(current_sub)
    built: list[Step] = []
    for index, (key, label, subs) in enumerate(journey):
        if detour and index > furthest:
            break
        name = _step_label(label, subs, state)
        if index < furthest or (index == furthest and detour):
            built.append(Step(key, name, "reached", reached_at[index]))
        elif index == furthest:
            trouble = current_sub in _TROUBLE and current_sub in subs
            built.append(Step(key, name, "problem" if trouble else "current", reached_at[index]))
        else:
            built.append(Step(key, name, "upcoming"))
    if detour:
        built.append(Step(current_sub.value, detour, "problem", state.milestones.get(current_sub)))
    if furthest < 0 and not detour:
        return (Step("shipped", N_("Shipped"), "current", None), *built)
    return tuple(built)


def _first(state: ShipmentState, subs: frozenset[SubStatus]) -> datetime | None:
    times = [at for sub, at in state.milestones.items() if sub in subs]
    return min(times) if times else None


def _step_label(label: str, subs: frozenset[SubStatus], state: ShipmentState) -> str:
    """The step's name as reached: N_("Ready for pickup") rather than N_("Out for delivery")."""
    latest = [(at, sub) for sub, at in state.milestones.items() if sub in subs and sub in _RENAMED]
    if state.sub_status in subs and state.sub_status in _RENAMED:
        return _RENAMED[state.sub_status]
    return _RENAMED[max(latest)[1]] if latest else label
