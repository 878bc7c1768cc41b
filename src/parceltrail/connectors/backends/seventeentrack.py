"""17TRACK Tracking API v2.2 as a tracking backend: register, gettrackinfo, gettracklist,
changecarrier, stoptrack, retrack and getquota.

Docs: https://api.17track.net/en/doc?version=v2.2 (every endpoint is a POST of a JSON array of
at most 40 numbers, header ``17token``; answers ``{"code": 0, "data": {"accepted": [...],
"rejected": [{"number", "error": {"code", "message"}}]}}``); error codes:
https://help.17track.net/hc/en-us/articles/37570440168473-Error-Codes-and-Troubleshooting.
Events come back in the webhook's ``track_info`` shape and are read by the webhook's connector
(``connectors/seventeentrack.py``). Whether 17TRACK still tracks a number is not in
gettrackinfo's answer but in gettracklist's (``tracking_status``: ``Tracking`` or ``Stopped``).
17TRACK stops a number by itself only after a quiet spell (15 days after delivery without a
change, 30 days without an event change:
https://help.17track.net/hc/en-us/articles/37524573677721-Why-tracking-stopped-How-to-restart-it),
so a fetch asks gettracklist only for the numbers whose gettrackinfo answer shows such a spell
may have begun: no event at all, or none in ``MAY_HAVE_STOPPED_AFTER``. A number 17TRACK
stopped without its ``TRACKING_STOPPED`` push reaching parceltrail is then found stopped, and
retracked while its journey goes on here; a number with recent news costs one request, not
two. Carriers are 17TRACK's numeric keys, mapped to parceltrail's
ids by ``codes.carrier_codes("17track")``; a number without a mapped carrier is registered
without one and 17TRACK detects it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from parceltrail.connectors import seventeentrack as webhook
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

NAME = "17track"
DEFAULT_URL = "https://api.17track.net/track/v2.2"
KEY_SETTING = "PARCELTRAIL_17TRACK_API_KEY"
BATCH_LIMIT = 40  # numbers per request (error -18010014 beyond)
ALREADY_REGISTERED = -18019901
NOT_REGISTERED = -18019902
CARRIER_NOT_DETECTED = -18019903
# The daily cap set in the dashboard (max_track_daily), and the account's quota, used up.
DAILY_CAP_REACHED = -18019907
QUOTA_USED_UP = frozenset({DAILY_CAP_REACHED, -18019908})
KEY_REFUSED = frozenset({-18010001, -18010002, -18010004, -18010005})
STOPPED = "Stopped"  # gettracklist's tracking_status of a number 17TRACK no longer tracks
# 17TRACK's shortest quiet spell before it stops a number by itself is 15 days (after a
# delivery); a day less, so no stop is missed for a clock or a time zone's difference.
MAY_HAVE_STOPPED_AFTER = timedelta(days=14)


class SeventeenTrack(Account):
    """One 17TRACK account; ``requests_per_second`` keeps under its rate limit (429 beyond)."""

    name = NAME
    default_url = DEFAULT_URL
    default_requests_per_second = 3.0
    batch_limit = BATCH_LIMIT
    pushes = True

    def serves(self, carrier: str | None) -> bool:
        return True  # mapped, or left to 17TRACK's own detection

    # --- the port -------------------------------------------------------------------------

    def start(self, wanted: Sequence[Wanted], *, now: datetime) -> list[Started]:
        data = self._post("register", [self._item(w) for w in wanted])
        started = [
            Started(text(item, "number") or "", carrier=self._codes.ours(item.get("carrier")))
            for item in seq(data.get("accepted"))
            if isinstance(item, dict)
        ]
        for item in self._rejected(data):
            number, code, message = item
            if code == ALREADY_REGISTERED:
                started.append(Started(number=number))
            elif code == CARRIER_NOT_DETECTED:
                started.append(Started(number, error="carrier_not_detected", message=message))
            else:
                started.append(Started(number, error="rejected", message=message))
        return started

    def stop(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        data = self._post("stoptrack", [self._item(w) for w in wanted])
        stopped = [text(item, "number") or "" for item in seq(data.get("accepted")) if item]
        stopped += [number for number, code, _ in self._rejected(data) if code == NOT_REGISTERED]
        return stopped

    def fetch(self, wanted: Sequence[Wanted], *, now: datetime) -> list[TrackedNumber]:
        data = self._post("gettrackinfo", [self._item(w) for w in wanted])
        found = [
            self._tracked(item, now)
            for item in seq(data.get("accepted"))
            if isinstance(item, dict) and text(item, "number")
        ]
        stopped = self._stopped_there(
            [t.number for t in found if may_have_stopped(_newest(t), now)]
        )
        found = [replace(t, stopped=True) if t.number in stopped else t for t in found]
        for number, code, _ in self._rejected(data):
            error = "not_registered" if code == NOT_REGISTERED else "not_found"
            found.append(TrackedNumber(number=number, error=error))
        return found

    def quota(self) -> Quota | None:
        data = self._post("getquota", {})
        return Quota(
            total=_int(data.get("quota_total")),
            used=_int(data.get("quota_used")),
            remaining=_int(data.get("quota_remain")),
        )

    def _stopped_there(self, numbers: Sequence[str]) -> set[str]:
        """Which of ``numbers`` 17TRACK no longer tracks (gettracklist's ``tracking_status``;
        it takes the numbers comma-separated, as many as one page holds)."""
        if not numbers:
            return set()
        data = self._post("gettracklist", {"number": ",".join(numbers), "page_no": 1})
        return {
            text(item, "number") or ""
            for item in seq(data.get("accepted"))
            if isinstance(item, dict) and text(item, "tracking_status") == STOPPED
        }

    # --- 17TRACK's other calls --------------------------------------------------------------

    def retrack(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        """Track stopped numbers again (17TRACK allows it once a number); the numbers 17TRACK
        took back."""
        data = self._post("retrack", [self._item(w) for w in wanted])
        return [text(item, "number") or "" for item in seq(data.get("accepted")) if item]

    def change_carrier(self, wanted: Wanted, new: str | None, *, now: datetime) -> bool:
        """Tell 17TRACK the number's carrier is ``new`` (parceltrail ids; ``wanted.carrier``
        the old one); whether it took it. A carrier without a 17TRACK key cannot be named."""
        new_code = self._codes.theirs(new)
        if new_code is None:
            return False
        item: dict[str, Any] = {"number": wanted.number, "carrier_new": int(new_code)}
        old_code = self._codes.theirs(wanted.carrier)
        if old_code is not None:
            item["carrier_old"] = int(old_code)
        data = self._post("changecarrier", [item])
        return any(text(i, "number") == wanted.number for i in seq(data.get("accepted")) if i)

    # --- plumbing ---------------------------------------------------------------------------

    def _item(self, wanted: Wanted) -> dict[str, Any]:
        item: dict[str, Any] = {"number": wanted.number}
        code = self._codes.theirs(wanted.carrier)
        if code is not None:
            item["carrier"] = int(code)
        return item

    def _post(self, endpoint: str, body: Any) -> dict[str, Any]:
        if isinstance(body, list) and len(body) > BATCH_LIMIT:
            raise ValueError(f"17TRACK takes at most {BATCH_LIMIT} numbers a request")
        self._throttle.wait()
        _, payload = call(
            self._http,
            "POST",
            f"{self._url}/{endpoint}",
            provider="17TRACK",
            setting=KEY_SETTING,
            headers={"17token": self._key, "Content-Type": "application/json"},
            body=body,
        )
        answer = obj(payload)
        code = answer.get("code")
        data = obj(answer.get("data"))
        if code != 0:
            _raise_for(code, data)
        for _, error_code, message in self._rejected(data):
            if error_code in QUOTA_USED_UP:
                raise _quota_used_up(error_code, message)
        return data

    @staticmethod
    def _rejected(data: dict[str, Any]) -> list[tuple[str, int | None, str]]:
        found = []
        for item in seq(data.get("rejected")):
            error = obj(obj(item).get("error"))
            code = error.get("code")
            found.append(
                (
                    text(obj(item), "number") or "",
                    code if isinstance(code, int) else None,
                    (text(error, "message") or "rejected")[:300],
                )
            )
        return found

    def _tracked(self, item: dict[str, Any], now: datetime) -> TrackedNumber:
        number = text(item, "number") or ""
        track_info = obj(item.get("track_info"))
        events, rejections = webhook.tracking_events(
            track_info, number=number, carrier=text(item, "carrier"), now=now
        )
        return TrackedNumber(
            number=number,
            events=events,
            rejected_events=len(rejections),
            vouched=webhook.latest_status(track_info, now=now),
            carrier_eta=webhook.carrier_eta(track_info),
        )


def may_have_stopped(newest: datetime | None, now: datetime) -> bool:
    """Whether 17TRACK may have stopped by itself a number whose newest event is ``newest``:
    it has no event (None: 17TRACK counts the spell from the registration, which gettrackinfo
    does not give), or its newest event is ``MAY_HAVE_STOPPED_AFTER`` old or older. A number
    with newer news is still tracked there: each stop 17TRACK documents follows days without a
    change. (gettrackinfo's ``time_metrics.days_after_last_update`` is not used: the docs do
    not say from when it counts; the event times are the carrier's own.)"""
    return newest is None or now - newest >= MAY_HAVE_STOPPED_AFTER


def _newest(tracked: TrackedNumber) -> datetime | None:
    return max((event.occurred_at for event in tracked.events), default=None)


def _raise_for(code: object, data: dict[str, Any]) -> None:
    """A whole request refused: the key, the quota, or 17TRACK itself."""
    errors = [obj(e) for e in seq(data.get("errors"))]
    message = (text(errors[0], "message") if errors else None) or f"error code {code}"
    if code in KEY_REFUSED:
        raise BackendRefusedKey(f"17TRACK refused the API key: {message}; check {KEY_SETTING}")
    if code in QUOTA_USED_UP:
        raise _quota_used_up(code, message)
    raise BackendUnavailable(f"17TRACK: {message}")


def _quota_used_up(code: object, message: str) -> BackendQuotaExhausted:
    period = "day" if code == DAILY_CAP_REACHED else "plan"
    return BackendQuotaExhausted(f"17TRACK: {message}", period=period)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
