"""A poller for the carrier network simulator's batch tracking API (``parceltrail simulator``).

``POST {base}/v1/{carrier}/track`` with ``{"numbers": [...]}`` (at most ``batch_limit``);
each accepted number carries its scans newest first, with carrier-local times and the
simulator's own codes, mapped below onto parceltrail's sub-statuses. A handover scan names
the destination post's new number. Whole-request failures (timeouts, 429, 5xx, a refused
request) raise ``CarrierUnavailable`` so the scheduler backs off for this carrier only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx

from parceltrail.connectors.base import obj, parse_time, seq, text
from parceltrail.domain.errors import InvalidEvent
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event, normalize_tracking_number
from parceltrail.services.polling_ports import CarrierUnavailable, TrackedNumber

SOURCE = "simulator"

SUB_STATUS: dict[str, SubStatus] = {
    "INFO": SubStatus.INFO_RECEIVED,
    "ACCEPT": SubStatus.ACCEPTED,
    "SORT_IN": SubStatus.IN_TRANSIT,
    "SORT_OUT": SubStatus.IN_TRANSIT,
    "EXPORT_START": SubStatus.IN_TRANSIT,
    "EXPORT_DONE": SubStatus.IN_TRANSIT,
    "DEPART": SubStatus.DEPARTED_ORIGIN,
    "ARRIVE": SubStatus.ARRIVED_DESTINATION,
    "IMPORT_START": SubStatus.CUSTOMS_STARTED,
    "IMPORT_HOLD": SubStatus.CUSTOMS_HELD,
    "IMPORT_DONE": SubStatus.CUSTOMS_CLEARED,
    "HANDOVER": SubStatus.HANDED_OVER,
    "DEST_SORT": SubStatus.IN_TRANSIT,
    "DEST_OFFICE": SubStatus.IN_TRANSIT,
    "OFD": SubStatus.OUT_FOR_DELIVERY,
    "ATTEMPT": SubStatus.FAILED_ATTEMPT,
    "PICKUP_READY": SubStatus.AVAILABLE_FOR_PICKUP,
    "DELIVERED": SubStatus.DELIVERED,
    "RETURNING": SubStatus.RETURNING,
    "RETURNED": SubStatus.RETURNED,
    "LOST": SubStatus.LOST,
}


class SimulatorClient:
    """One carrier of the simulator, polled over HTTP like any carrier API."""

    def __init__(
        self, carrier: str, base_url: str, client: httpx.Client, *, batch_limit: int = 40
    ) -> None:
        self.carrier = carrier
        self.batch_limit = batch_limit
        self._url = f"{base_url.rstrip('/')}/v1/{carrier}/track"
        self._client = client

    def track(self, numbers: Sequence[str], *, now: datetime) -> list[TrackedNumber]:
        if len(numbers) > self.batch_limit:
            raise ValueError(f"at most {self.batch_limit} numbers per request")
        payload = self._post(list(numbers))
        answers = [self._tracked(obj(item), now) for item in seq(payload.get("accepted"))]
        for item in seq(payload.get("rejected")):
            error = obj(obj(item).get("error"))
            number = normalize_tracking_number(text(obj(item), "number") or "")
            answers.append(TrackedNumber(number, error=text(error, "code") or "error"))
        return answers

    def _post(self, numbers: list[str]) -> dict[str, Any]:
        try:
            response = self._client.post(self._url, json={"numbers": numbers})
        except httpx.HTTPError as exc:
            raise CarrierUnavailable(f"{self.carrier}: {type(exc).__name__}: {exc}") from None
        if response.status_code != httpx.codes.OK:
            raise CarrierUnavailable(
                f"{self.carrier} answered {response.status_code}: {response.text[:200]}",
                retry_after=_retry_after(response),
            )
        try:
            return obj(response.json())
        except ValueError:
            raise CarrierUnavailable(f"{self.carrier} answered with invalid JSON") from None

    def _tracked(self, item: dict[str, Any], now: datetime) -> TrackedNumber:
        number = normalize_tracking_number(text(item, "number") or "")
        events: list[TrackingEvent] = []
        handover: tuple[str, str] | None = None
        rejected = 0
        for scan in (obj(s) for s in seq(item.get("events"))):
            try:
                events.append(self._event(number, scan, now))
            except InvalidEvent:
                rejected += 1
                continue
            moved = obj(scan.get("handover"))
            new_number, new_carrier = text(moved, "number"), text(moved, "carrier")
            if new_number and new_carrier and handover is None:
                handover = (normalize_tracking_number(new_number), new_carrier)
        return TrackedNumber(number, events, handover, rejected_events=rejected)

    def _event(self, number: str, scan: dict[str, Any], now: datetime) -> TrackingEvent:
        code = text(scan, "code")
        where = obj(scan.get("location"))
        return new_event(
            tracking_number=number,
            occurred_at=parse_time(text(scan, "time")),
            description=text(scan, "description"),
            now=now,
            sub_status=SUB_STATUS.get(code or ""),
            city=text(where, "city"),
            country=text(where, "country"),
            carrier=self.carrier,
            raw_code=code,
            source=SOURCE,
            source_id=text(scan, "id"),
        )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


def discover(base_url: str, client: httpx.Client) -> dict[str, SimulatorClient]:
    """A client per carrier the simulator at ``base_url`` serves, with its batch limit."""
    try:
        response = client.get(f"{base_url.rstrip('/')}/v1/carriers")
        response.raise_for_status()
        listed = seq(obj(response.json()).get("carriers"))
    except (httpx.HTTPError, ValueError) as exc:
        raise CarrierUnavailable(f"the simulator at {base_url} cannot be reached: {exc}") from None
    clients = {}
    for item in (obj(entry) for entry in listed):
        code, limit = text(item, "code"), item.get("batch_limit")
        if code:
            size = limit if isinstance(limit, int) and limit > 0 else 40
            clients[code] = SimulatorClient(code, base_url, client, batch_limit=size)
    return clients
