"""AfterShip Tracking API (versioned, ``/tracking/<version>``) as a tracking backend: create,
get, retrack and delete trackings.

Docs: https://www.aftership.com/docs/tracking (header ``as-api-key``; every answer is the
envelope ``{"meta": {"code", "message", "type"}, "data": {...}}``; since 2024-04 a tracking is
addressed by its ``id`` and is the ``data`` itself, where the v4 API, whose answers AfterShip's
own SDK recorded, wrapped it as ``data.tracking``: both are read). Meta codes as in
AfterShip's official SDK (github.com/AfterShip/tracking-sdk-nodejs ``src/error/meta_code.ts``):
4003 tracking already exists, 4004 does not exist, 4005/4017 number invalid, 4012 the courier
cannot be detected. The tracking object is the webhook's ``msg`` and is read by
``connectors/aftership.py``. Carriers are AfterShip slugs, mapped by
``codes.carrier_codes("aftership")``; a number without a mapped carrier is created without a
slug and AfterShip detects it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from parceltrail.connectors import aftership as webhook
from parceltrail.connectors.backends._http import Account, call
from parceltrail.connectors.base import obj, seq, text
from parceltrail.services.backend_ports import BackendUnavailable, Quota, Started, Wanted
from parceltrail.services.polling_ports import TrackedNumber

NAME = "aftership"
DEFAULT_URL = "https://api.aftership.com/tracking/2026-07"
KEY_SETTING = "PARCELTRAIL_AFTERSHIP_API_KEY"
ALREADY_EXISTS = 4003
DOES_NOT_EXIST = 4004
NUMBER_INVALID = frozenset({4005, 4017})
BAD_COURIER = 4012


class AfterShip(Account):
    """One AfterShip account; one tracking a request, ``requests_per_second`` apart."""

    name = NAME
    default_url = DEFAULT_URL
    default_requests_per_second = 10.0
    batch_limit = 20  # numbers per round of the sweep (AfterShip creates one per request)
    pushes = True

    def serves(self, carrier: str | None) -> bool:
        return True  # mapped, or left to AfterShip's own detection

    def start(self, wanted: Sequence[Wanted], *, now: datetime) -> list[Started]:
        return [self._create(w) for w in wanted]

    def stop(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        stopped = []
        for w in wanted:
            tracking_id = w.external_id or self._find_id(w.number)
            if tracking_id is None:
                stopped.append(w.number)  # AfterShip no longer has it
                continue
            code, _ = self._request("DELETE", f"/trackings/{tracking_id}")
            if code in (200, DOES_NOT_EXIST):
                stopped.append(w.number)
        return stopped

    def fetch(self, wanted: Sequence[Wanted], *, now: datetime) -> list[TrackedNumber]:
        found = []
        for w in wanted:
            tracking = self._get(w)
            if tracking is None:
                found.append(TrackedNumber(number=w.number, error="not_registered"))
            else:
                found.append(self._tracked(w.number, tracking, now))
        return found

    def quota(self) -> Quota | None:
        return None  # AfterShip's API does not say; the local budget counts

    def retrack(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        """Track expired trackings again (AfterShip allows it once); the numbers it took."""
        taken = []
        for w in wanted:
            tracking_id = w.external_id or self._find_id(w.number)
            if tracking_id is None:
                continue
            code, _ = self._request("POST", f"/trackings/{tracking_id}/retrack")
            if code == 200:
                taken.append(w.number)
        return taken

    # --- plumbing ---------------------------------------------------------------------------

    def _create(self, wanted: Wanted) -> Started:
        body: dict[str, Any] = {"tracking_number": wanted.number}
        slug = self._codes.theirs(wanted.carrier)
        if slug is not None:
            body["slug"] = slug
        code, payload = self._request("POST", "/trackings", body=body)
        data, message = _tracking(payload), _message(payload)
        if code in (200, 201):
            return Started(
                wanted.number,
                carrier=self._codes.ours(text(data, "slug")),
                external_id=text(data, "id"),
            )
        if code == ALREADY_EXISTS:
            return Started(wanted.number, external_id=self._find_id(wanted.number))
        if code == BAD_COURIER:
            return Started(wanted.number, error="carrier_not_detected", message=message)
        return Started(wanted.number, error="rejected", message=message)

    def _get(self, wanted: Wanted) -> dict[str, Any] | None:
        if wanted.external_id:
            code, payload = self._request("GET", f"/trackings/{wanted.external_id}")
            return _tracking(payload) if code == 200 else None
        return self._by_number(wanted.number)

    def _by_number(self, number: str) -> dict[str, Any] | None:
        code, payload = self._request("GET", "/trackings", params={"tracking_numbers": number})
        if code != 200:
            return None
        for tracking in seq(obj(payload.get("data")).get("trackings")):
            if text(obj(tracking), "tracking_number") == number:
                return obj(tracking)
        return None

    def _find_id(self, number: str) -> str | None:
        tracking = self._by_number(number)
        return text(tracking, "id") if tracking else None

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """The envelope's meta code (the HTTP status where it has none) and the envelope."""
        self._throttle.wait()
        status, payload = call(
            self._http,
            method,
            f"{self._url}{path}",
            provider="AfterShip",
            setting=KEY_SETTING,
            headers={"as-api-key": self._key, "Content-Type": "application/json"},
            body=body,
            params=params,
        )
        envelope = obj(payload)
        meta_code = obj(envelope.get("meta")).get("code")
        code = meta_code if isinstance(meta_code, int) else status
        if status == 400 and code == 400:
            raise BackendUnavailable(f"AfterShip refused the request: {_message(envelope)}")
        return code, envelope

    def _tracked(self, number: str, tracking: dict[str, Any], now: datetime) -> TrackedNumber:
        events, rejections = webhook.tracking_events(tracking, number=number, now=now)
        return TrackedNumber(
            number=number,
            events=events,
            rejected_events=len(rejections),
            vouched=webhook.tracking_status(tracking, now=now),
            carrier_eta=webhook.carrier_eta(tracking),
            # AfterShip stops a tracking by itself after 30 days without news.
            stopped=tracking.get("active") is False,
        )


def _tracking(envelope: dict[str, Any]) -> dict[str, Any]:
    """The tracking of an answer: ``data`` (since 2024-04) or ``data.tracking`` (v4)."""
    data = obj(envelope.get("data"))
    wrapped = data.get("tracking")
    return obj(wrapped) if isinstance(wrapped, dict) else data


def _message(envelope: dict[str, Any]) -> str:
    return (text(obj(envelope.get("meta")), "message") or "refused")[:300]
