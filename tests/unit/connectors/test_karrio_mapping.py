"""karrio's statuses and incident reasons onto our sub-statuses (no karrio needed)."""

from __future__ import annotations

import pytest

from parceltrail.connectors.karrio._mapping import DECISIVE, REASONS, from_karrio
from parceltrail.connectors.karrio._zones import US_STATES, zone_of_place
from parceltrail.domain.status import SubStatus

# karrio 2026.1 core/units.py: TrackingStatus and TrackingIncidentReason, every name
KARRIO_STATUSES = [
    "pending",
    "picked_up",
    "on_hold",
    "cancelled",
    "delivered",
    "in_transit",
    "delivery_failed",
    "delivery_delayed",
    "out_for_delivery",
    "ready_for_pickup",
    "return_to_sender",
    "unknown",
]
KARRIO_REASONS = [
    "carrier_damaged_parcel",
    "carrier_sorting_error",
    "carrier_address_not_found",
    "carrier_parcel_lost",
    "carrier_not_enough_time",
    "carrier_vehicle_issue",
    "carrier_capacity_exceeded",
    "carrier_mechanical_delay",
    "retailer_cancelled",
    "retailer_incorrect_data",
    "retailer_not_ready",
    "retailer_incorrect_parcel",
    "retailer_incorrect_dimensions",
    "retailer_packaging_issue",
    "consignee_refused",
    "consignee_business_closed",
    "consignee_not_available",
    "consignee_not_home",
    "consignee_cancelled",
    "consignee_verification_failed",
    "consignee_incorrect_address",
    "consignee_access_restricted",
    "consignee_safe_place_unavailable",
    "customs_delay",
    "customs_documentation",
    "customs_duties_unpaid",
    "customs_prohibited",
    "customs_inspection",
    "weather_delay",
    "natural_disaster",
    "force_majeure",
    "parcel_being_researched",
    "security_issue",
    "regulatory_hold",
    "unknown",
]


def test_every_karrio_reason_but_unknown_has_a_sub_status():
    assert set(KARRIO_REASONS) - set(REASONS) == {"unknown"}


@pytest.mark.parametrize("status", KARRIO_STATUSES)
def test_every_karrio_status_maps_without_text(status):
    found = from_karrio(status, None, None)
    assert (found is None) == (status == "unknown")


@pytest.mark.parametrize(
    ("status", "reason", "text", "expected"),
    [
        ("delivered", "consignee_refused", "Delivered", SubStatus.DELIVERED),
        ("delivery_failed", "consignee_refused", "Refused", SubStatus.REFUSED),
        ("delivery_failed", None, "Arrived at facility", SubStatus.FAILED_ATTEMPT),
        ("on_hold", "customs_inspection", "Held", SubStatus.CUSTOMS_HELD),
        ("on_hold", None, "Released by customs", SubStatus.CUSTOMS_CLEARED),
        ("on_hold", None, "Zz", SubStatus.EXCEPTION),
        ("delivery_delayed", "carrier_parcel_lost", None, SubStatus.LOST),
        ("in_transit", "consignee_access_restricted", "Arrival Scan", SubStatus.IN_TRANSIT),
        ("in_transit", None, "Departed Facility", SubStatus.IN_TRANSIT),
        (None, "weather_delay", "Weather", SubStatus.DELAYED),
        (None, None, "Paket wurde zugestellt", SubStatus.DELIVERED),
        ("brand_new_status", None, "Out for delivery", SubStatus.OUT_FOR_DELIVERY),
        ("brand_new_status", None, "Qq", None),
        (None, None, None, None),
    ],
)
def test_status_reason_then_text(status, reason, text, expected):
    assert from_karrio(status, reason, text) is expected


def test_decisive_statuses_reach_milestones_or_ends():
    assert DECISIVE["picked_up"].is_milestone
    assert DECISIVE["delivered"].is_final


@pytest.mark.parametrize(
    ("place", "home", "offset_hours"),
    [
        ("HERNANDO, 34442, FL", "US", -5),
        ("Los Angeles, CA, 90001, US", "US", -8),
        ("JACKSONVILLE FL DISTRIBUTION CENTER", "US", -5),
        ("VANCOUVER, BC", "CA", -8),
        ("HALIFAX, NS, CA", "CA", -4),
        (None, "US", -6),
        ("LEIPZIG - DE", "", -6),  # no state codes read for DHL: its default
    ],
)
def test_the_zone_comes_from_the_state_or_province(place, home, offset_hours):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    chosen = zone_of_place(place, home=home, default=ZoneInfo("America/Chicago"))
    offset = datetime(2024, 11, 20, 12, tzinfo=chosen).utcoffset()
    assert offset is not None
    assert offset.total_seconds() == offset_hours * 3600


def test_every_state_zone_exists():
    from zoneinfo import ZoneInfo

    for name in set(US_STATES.values()):
        ZoneInfo(name)
