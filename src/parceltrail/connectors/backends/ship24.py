"""Ship24 Tracking API (``/public/v1``) as a tracking backend: bulk-create trackers, read a
tracker's results, unsubscribe.

Docs: https://docs.ship24.com (the OpenAPI file docs.ship24.com/assets/openapi/
ship24-tracking-api.yaml). The key goes in ``Authorization: Bearer <key>``. Errors come as
``{"errors": [{"code", "message"}], "data": null}``; bulk creation answers 201, 207 (some
items refused) or 400 (all refused) with one ``itemStatus`` per number, and 403
``quota_limit_reached`` when the plan's trackers are used up. A tracker is addressed by its
``trackerId`` (kept as the registration's external id). Rate limits: 3 bulk calls a second,
10 for the rest (docs.ship24.com/rate-limits).

Ship24 detects the courier from the number itself (``courierCode`` is optional). A carrier
with a code in ``codes.carrier_codes("ship24")`` (Ship24's courier list, GET /couriers) is sent
with it; every other number goes without one and Ship24's detection decides. The ``tracking``
object of the results is the webhook's, read by ``connectors/ship24.py`` (event times, the
status Ship24 vouches for, its couriers mapped back).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from parceltrail.connectors import ship24 as webhook
from parceltrail.connectors.backends._http import Account, call
from parceltrail.connectors.base import obj, seq, text
from parceltrail.services.backend_ports import (
    BackendQuotaExhausted,
    BackendRefusedKey,
    BackendUnavailable,
    Quota,
    Started,
    Wanted,
)
from parceltrail.services.polling_ports import TrackedNumber

NAME = "ship24"
DEFAULT_URL = "https://api.ship24.com/public/v1"
KEY_SETTING = "PARCELTRAIL_SHIP24_API_KEY"
BULK_LIMIT = 100  # trackers per bulk call (docs: "up to 100 new Trackers")
QUOTA_USED_UP = "quota_limit_reached"
NO_SUBSCRIPTION = "no_active_subscription"
NOT_FOUND = "tracker_not_found"


class Ship24(Account):
    """One Ship24 account; up to 100 numbers a bulk call, ``requests_per_second`` apart."""

    name = NAME
    default_url = DEFAULT_URL
    default_requests_per_second = 3.0
    batch_limit = BULK_LIMIT
    pushes = True  # POST /api/v1/webhooks/ship24

    def serves(self, carrier: str | None) -> bool:
        return True  # mapped, or left to Ship24's detection from the number

    def start(self, wanted: Sequence[Wanted], *, now: datetime) -> list[Started]:
        if not wanted:
            return []
        body = [self._item(w) for w in wanted[:BULK_LIMIT]]
        status, payload = self._request("POST", "/trackers/bulk", body=body, ok=(201, 207))
        if status not in (201, 207, 400):
            raise BackendUnavailable(f"Ship24 answered {status}: {_message(payload)}")
        items = {_item_number(item): obj(item) for item in seq(payload.get("data"))}
        return [_started(w.number, items.get(w.number)) for w in wanted[:BULK_LIMIT]]

    def stop(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        stopped = []
        for w in wanted:
            tracker_id = w.external_id or self._find_id(w.number)
            if tracker_id is None:
                stopped.append(w.number)  # Ship24 does not know it
                continue
            status, payload = self._request(
                "PATCH", f"/trackers/{tracker_id}", body={"isSubscribed": False}
            )
            if status == 200 or _code(payload) == NOT_FOUND:
                stopped.append(w.number)
        return stopped

    def fetch(self, wanted: Sequence[Wanted], *, now: datetime) -> list[TrackedNumber]:
        found = []
        for w in wanted:
            tracking = self._results(w)
            if tracking is None:
                found.append(TrackedNumber(number=w.number, error="not_registered"))
            else:
                found.append(tracked(w.number, tracking, now=now))
        return found

    def quota(self) -> Quota | None:
        return None  # the API does not say; the local budget counts

    # --- plumbing ---------------------------------------------------------------------------

    def _item(self, wanted: Wanted) -> dict[str, Any]:
        item: dict[str, Any] = {"trackingNumber": wanted.number}
        code = self._codes.theirs(wanted.carrier)
        if code is not None:
            item["courierCode"] = [code]
        return item

    def _results(self, wanted: Wanted) -> dict[str, Any] | None:
        path = (
            f"/trackers/{wanted.external_id}/results"
            if wanted.external_id
            else f"/trackers/search/{wanted.number}/results"
        )
        status, payload = self._request("GET", path)
        if status != 200:
            return None
        trackings = seq(obj(payload.get("data")).get("trackings"))
        return obj(trackings[0]) if trackings else None

    def _find_id(self, number: str) -> str | None:
        tracking = self._results(Wanted(number))
        return text(obj(tracking.get("tracker")), "trackerId") if tracking else None

    def _request(
        self, method: str, path: str, *, body: Any = None, ok: tuple[int, ...] = (200, 201)
    ) -> tuple[int, dict[str, Any]]:
        self._throttle.wait()
        status, payload = call(
            self._http,
            method,
            f"{self._url}{path}",
            provider="Ship24",
            setting=KEY_SETTING,
            headers={
                "Authorization": f"Bearer {self._key}",
                "Content-Type": "application/json; charset=utf-8",
            },
            body=body,
            ok=ok,
            refused=(401,),  # Ship24's 403 says why in its body (quota, subscription)
        )
        envelope = obj(payload)
        if status == 403:
            _raise_forbidden(envelope)
        return status, envelope


def tracked(number: str, tracking: dict[str, Any], *, now: datetime) -> TrackedNumber:
    """One ``tracking`` object of a results answer as a fetched number."""
    events, rejections = webhook.tracking_events(tracking, number=number, now=now)
    return TrackedNumber(
        number=number,
        events=events,
        rejected_events=len(rejections),
        vouched=webhook.tracking_status(tracking, now=now),
    )


def _started(number: str, item: dict[str, Any] | None) -> Started:
    if item is None:
        return Started(number, error="rejected", message="Ship24 did not answer for this number")
    tracker = obj(item.get("tracker"))
    if text(item, "itemStatus") in ("created", "existing") and text(tracker, "trackerId"):
        return Started(number, external_id=text(tracker, "trackerId"))
    return Started(number, error="rejected", message=_message({"errors": item.get("errors")}))


def _item_number(item: Any) -> str | None:
    return text(obj(obj(item).get("inputData")), "trackingNumber")


def _code(envelope: dict[str, Any]) -> str | None:
    """The first error code: ``errors[0].code``, or bulk's ``error.code``."""
    first = obj(next(iter(seq(envelope.get("errors"))), None))
    return text(first, "code") or text(obj(envelope.get("error")), "code")


def _message(envelope: dict[str, Any]) -> str:
    first = obj(next(iter(seq(envelope.get("errors"))), None))
    found = text(first, "message") or text(obj(envelope.get("error")), "message")
    return (found or "refused")[:300]


def _raise_forbidden(envelope: dict[str, Any]) -> None:
    code, message = _code(envelope), _message(envelope)
    if code == QUOTA_USED_UP:  # the plan's trackers for the period are used up
        raise BackendQuotaExhausted(f"Ship24: {message}", period="plan")
    if code == NO_SUBSCRIPTION:
        raise BackendRefusedKey(f"Ship24: {message}; check the plan of {KEY_SETTING}")
    raise BackendRefusedKey(f"Ship24 refused the request (403); check {KEY_SETTING}")
