"""What the health sweep stores: a shipment's lane read from its events, milestone times, and
the stored record's JSON, field by field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.eta import Basis, Eta, Lane
from parceltrail.domain.health import Health, Problem
from parceltrail.domain.health_records import HealthRecord, lane_of, milestone_times
from parceltrail.domain.shipments import Leg, Shipment, ShipmentState
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import Location, TrackingEvent

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def event(day: int, country: str | None, sub: SubStatus | None = None) -> TrackingEvent:
    return TrackingEvent(
        "LK123456785CN",
        T0 + day * DAY,
        "scan",
        sub,
        f"k{day}",
        location=Location(country=country),
    )


def shipment(*legs: Leg, service: str | None = "economy") -> Shipment:
    return Shipment("shp_1", "ord_1", list(legs), T0, service=service)


CAINIAO = Leg(1, "LP00123456789012", "cainiao")
POST_NL = Leg(2, "3SABCD1234567", "postnl")


def test_the_lane_runs_from_the_first_country_to_where_the_parcel_arrived() -> None:
    history = [
        event(0, None),
        event(1, "CN"),
        event(3, "NL", SubStatus.ARRIVED_DESTINATION),
        event(5, "BE"),
    ]
    assert lane_of(shipment(CAINIAO, POST_NL), history) == Lane("CN", "NL", "cainiao", "economy")


def test_without_an_arrival_the_destination_is_the_last_other_country() -> None:
    history = [event(1, "CN"), event(2, "HK"), event(3, "CN"), event(4, "DE"), event(5, "CN")]
    assert lane_of(shipment(CAINIAO), history).destination == "DE"


def test_an_arrival_without_a_country_does_not_name_the_destination() -> None:
    history = [event(1, "CN"), event(2, None, SubStatus.ARRIVED_DESTINATION), event(3, "FR")]
    assert lane_of(shipment(CAINIAO), history).destination == "FR"


def test_a_lane_with_no_countries_and_no_legs_is_unknown() -> None:
    assert lane_of(shipment(service=None), []) == Lane(None, None, None, None)
    assert lane_of(shipment(CAINIAO), [event(1, "CN")]) == Lane("CN", None, "cainiao", "economy")


def test_milestone_times_by_name() -> None:
    ship = shipment(CAINIAO)
    ship.state = ShipmentState(
        Status.IN_TRANSIT,
        SubStatus.DEPARTED_ORIGIN,
        {SubStatus.ACCEPTED: T0, SubStatus.DEPARTED_ORIGIN: T0 + DAY},
    )
    assert milestone_times(ship) == {"accepted": T0, "departed_origin": T0 + DAY}


LANE = Lane("CN", "DE", "cainiao", "standard")


def test_a_record_with_a_problem_and_an_eta_as_json() -> None:
    health = Health(Problem.STALE, T0 + DAY, "No carrier update for 10 days.", T0 + 30 * DAY)
    eta = Eta(T0, T0 + DAY, T0 + 9 * DAY, Basis.LANE_HISTORY, "accepted", 40, LANE, False)
    record = HealthRecord("shp_1", health, eta, LANE, T0 + 2 * DAY)
    assert record.to_json() == {
        "health": {
            "problem": "stale",
            "trouble": True,
            "since": "2026-11-02T08:00:00+00:00",
            "explanation": "No carrier update for 10 days.",
        },
        "eta": {
            "earliest": "2026-11-01T08:00:00+00:00",
            "likely": "2026-11-02T08:00:00+00:00",
            "latest": "2026-11-10T08:00:00+00:00",
            "basis": "lane_history",
            "measured_from": "accepted",
            "samples": 40,
            "lane": "CN-DE-cainiao-standard",
            "overdue": False,
            "explanation": eta.explanation(),
        },
        "lane": {"origin": "CN", "destination": "DE", "carrier": "cainiao", "service": "standard"},
        "lane_context": None,
    }


def test_a_healthy_record_without_an_eta_as_json() -> None:
    health = Health(None, None, "The parcel is moving as expected.", T0 + DAY)
    default_eta = Eta(T0, T0, T0 + DAY, Basis.DEFAULT, "dispatched", 0, None, True)
    record = HealthRecord("shp_1", health, None, Lane(None, None), T0)
    assert record.to_json()["health"] == {
        "problem": None,
        "trouble": False,
        "since": None,
        "explanation": "The parcel is moving as expected.",
    }
    assert record.to_json()["eta"] is None
    assert record.to_json()["lane"] == {
        "origin": None,
        "destination": None,
        "carrier": None,
        "service": None,
    }
    with_default = HealthRecord("shp_1", health, default_eta, LANE, T0).to_json()["eta"]
    assert (with_default["lane"], with_default["overdue"]) == (None, True)


def test_a_record_carries_its_lane_context() -> None:
    from parceltrail.domain.eta import Spread
    from parceltrail.domain.stages import StageContext

    stage = StageContext("customs", T0, 2.0, Spread(1, 2, 4, 30), LANE, "Customs ...")
    health = Health(None, None, "The parcel is moving as expected.", T0 + DAY)
    record = HealthRecord("shp_1", health, None, LANE, T0, stage)
    assert record.to_json()["lane_context"] == stage.to_json()
