"""Request bodies of API v1, with examples for the OpenAPI page."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LineIn(_Body):
    title: str = Field(min_length=1, max_length=300, examples=["Bluetooth earbuds"])
    quantity: int = Field(1, ge=1, le=100_000)
    sku: str | None = Field(None, max_length=100)


class OrderIn(_Body):
    reference: str = Field(min_length=1, max_length=100, examples=["AE-8161-2231"])
    buyer_email: str = Field(max_length=254, examples=["buyer@example.com"])
    lines: list[LineIn] = Field(min_length=1, max_length=200)
    total: Decimal = Field(Decimal(0), ge=0, description="Order total, the most a refund can be")
    currency: str = Field("USD", min_length=3, max_length=3, examples=["USD"])


class ShipmentIn(_Body):
    tracking_number: str = Field(min_length=1, max_length=200, examples=["LK123456785CN"])
    carrier: str | None = Field(None, max_length=64, examples=["china_post"])
    service: str | None = Field(
        None,
        max_length=32,
        examples=["standard"],
        description="The carrier's service (standard, economy, epacket...): ETAs learn per service",
    )
    dispatched_at: datetime | None = Field(
        None, description="For imported history; ISO 8601 with offset"
    )
    skip_number_check: bool = Field(
        False, description="Accept a number whose format parceltrail does not know (give carrier)"
    )


class LegIn(_Body):
    tracking_number: str = Field(min_length=1, max_length=200)
    carrier: str | None = Field(None, max_length=64)
    skip_number_check: bool = False


EVENT_EXAMPLE: dict[str, Any] = {
    "tracking_number": "LK123456785CN",
    "occurred_at": "2026-11-20T14:05:00+08:00",
    "description": "Departed from the origin country",
    "status": "departed_origin",
    "location": {"city": "Shenzhen", "country": "CN"},
    "carrier": "china_post",
    "code": "DEP",
    "id": "evt-1",
}


class EventsIn(BaseModel):
    """Events are checked one by one, so one bad event does not lose the rest of the batch."""

    events: list[Any] = Field(
        description="Each: tracking_number, occurred_at (ISO 8601 with offset), description, "
        "and optionally status, code, location {city, country, postal_code}, carrier, id",
        examples=[[EVENT_EXAMPLE]],
    )


class TrackingIn(_Body):
    tracking_number: str = Field(min_length=1, max_length=100, examples=["LK123456785CN"])
    carrier: str | None = Field(
        None,
        max_length=64,
        description="The carrier, when detection cannot tell it",
        examples=["china_post"],
    )
