"""A ``CarrierClient`` for one carrier, polled through karrio as a library.

karrio answers ``Tracking.fetch(...).from_(gateway).parse()`` with (details, messages) and
never raises: timeouts, HTTP errors and its own parse failures all come back as messages.
The exchanges noted by ``_transport`` tell them apart::

    ParceltrailError
    ├── KarrioNotInstalled (500)       the extra is missing: pip install 'parceltrail[karrio]'
    └── CarrierUnavailable (503)       timeout, 5xx, 429, an answer karrio could not read
        └── CarrierRefusedCredentials  401/403 or an authentication message: fix the setting

A message about one number that says it is unknown becomes ``TrackedNumber(error=
"not_found")``; numbers the carrier said nothing about are left out (polled again later).
Events whose time cannot be read, is before 1990 or more than a day ahead are counted in
``rejected_events`` and dropped; the others are kept.
"""

from __future__ import annotations

import asyncio
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from types import ModuleType
from typing import Any, cast
from urllib.parse import urlsplit

from parceltrail.connectors.base import MAX_EVENTS, parse_time
from parceltrail.connectors.karrio import _transport
from parceltrail.connectors.karrio._carriers import OWN_KEYS, KarrioCarrier
from parceltrail.connectors.karrio._mapping import from_karrio
from parceltrail.connectors.karrio._zones import zone, zone_of_place
from parceltrail.domain.errors import InvalidEvent, ParceltrailError
from parceltrail.domain.tracking import TrackingEvent, new_event, normalize_tracking_number
from parceltrail.services.polling_ports import CarrierUnavailable, TrackedNumber

SOURCE = "karrio"
_NOT_FOUND = re.compile(
    r"not[ ._-]?found|no result|cannot be found|no pin history|no (tracking )?information"
    r"|TW0001|does not exist",
    re.IGNORECASE,
)
_AUTH = re.compile(
    r"invalid_client|unauthori[sz]ed|authenticat|credential|access license|forbidden"
    r"|invalid api key|NOT\.AUTHORIZED",
    re.IGNORECASE,
)
_WALL_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z?")
_CLOCK = re.compile(r"\d{2}:\d{2}")


class KarrioNotInstalled(ParceltrailError):
    code = "karrio_not_installed"
    http_status = 500


class CarrierRefusedCredentials(CarrierUnavailable):
    code = "carrier_credentials_refused"


def load_karrio(extension: str, package: str) -> ModuleType:
    """karrio's SDK with ``extension`` available, imported on first use; quiet and bounded."""
    try:
        from loguru import logger

        logger.disable("karrio")  # karrio logs every request to stderr at import-time level
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # PyPDF2, imported by karrio
            import karrio.sdk as sdk
    except ImportError:
        raise KarrioNotInstalled(
            "carrier polling through karrio needs the karrio extra: "
            f"pip install 'parceltrail[karrio]' (or karrio and {package})"
        ) from None
    _transport.install()
    if extension not in sdk.gateway.providers:
        raise KarrioNotInstalled(
            f"karrio's {extension} extension is missing: pip install {package}"
        )
    return cast(ModuleType, sdk)


class KarrioClient:
    """One of parceltrail's carriers, tracked through one karrio gateway."""

    def __init__(
        self,
        spec: KarrioCarrier,
        credentials: Mapping[str, Any],
        *,
        carrier: str | None = None,
        batch_limit: int | None = None,
        default_zone: str | None = None,
    ) -> None:
        self._sdk = load_karrio(spec.extension, spec.package)
        self._spec = spec
        self.carrier = carrier or spec.carrier
        self.batch_limit = batch_limit or spec.batch_limit
        self._default_zone = zone(default_zone or spec.default_zone)
        settings = {k: v for k, v in credentials.items() if k not in OWN_KEYS}
        try:
            self._gateway = self._sdk.gateway[spec.extension].create(settings)
        except Exception as exc:  # karrio wraps the missing field in ShippingSDKError
            cause = exc.__cause__ or exc
            raise ParceltrailError(
                f"{spec.setting} is not usable for karrio's {spec.extension} "
                f"({type(cause).__name__}: {str(cause)[:200]}); it needs {', '.join(spec.required)}"
            ) from None
        self._host = urlsplit(self._gateway.settings.server_url).hostname or ""

    def track(self, numbers: Sequence[str], *, now: datetime) -> list[TrackedNumber]:
        if len(numbers) > self.batch_limit:
            raise ValueError(f"at most {self.batch_limit} numbers per request")
        wanted = [normalize_tracking_number(n) for n in numbers]
        asked = wanted * 2 if len(wanted) == 1 and self._spec.ask_twice_when_alone else wanted
        request = {"tracking_numbers": asked}
        with _transport.capture(self._host) as record:
            try:
                details, messages = _off_event_loop(
                    lambda: self._sdk.Tracking.fetch(request).from_(self._gateway).parse()
                )
            except Exception as exc:  # karrio turns its errors into messages; a last guard
                raise CarrierUnavailable(
                    f"{self.carrier}: karrio failed: {type(exc).__name__}: {str(exc)[:200]}"
                ) from None
        details, messages = list(details or []), list(messages or [])
        self._raise_for_carrier(record.exchanges, messages, answered=bool(details))
        return self._answers(wanted, details, messages, record.exchanges, now)

    # --- the carrier as a whole ------------------------------------------------------------

    def _raise_for_carrier(
        self, exchanges: list[_transport.Exchange], messages: list[Any], *, answered: bool
    ) -> None:
        for exchange in exchanges:
            if exchange.error:
                raise CarrierUnavailable(f"{self.carrier}: no answer: {exchange.error}")
            if exchange.status and (exchange.status >= 500 or exchange.status == 429):
                raise CarrierUnavailable(
                    f"{self.carrier} answered {exchange.status}{_first_text(messages)}",
                    retry_after=exchange.retry_after,
                )
        refused = any(e.status in (401, 403) for e in exchanges)
        if refused or any(_AUTH.search(_message_text(m)) for m in messages):
            raise CarrierRefusedCredentials(
                f"{self.carrier} refused the credentials in {self._spec.setting}"
                f"{_first_text(messages)}; check them (and test_mode) against the carrier's "
                "developer account"
            )
        unexplained = [m for m in messages if not _NOT_FOUND.search(_message_text(m))]
        if unexplained and not answered:
            raise CarrierUnavailable(
                f"{self.carrier}: the answer could not be used{_first_text(unexplained)}"
            )

    # --- each number -----------------------------------------------------------------------

    def _answers(
        self,
        wanted: list[str],
        details: list[Any],
        messages: list[Any],
        exchanges: list[_transport.Exchange],
        now: datetime,
    ) -> list[TrackedNumber]:
        by_number = {normalize_tracking_number(str(d.tracking_number or "")): d for d in details}
        unknown = self._not_found(wanted, messages, exchanges)
        answers = []
        for number in wanted:
            if number in by_number:
                answers.append(self._tracked(number, by_number[number], now))
            elif number in unknown:
                answers.append(TrackedNumber(number, error="not_found"))
        return answers

    def _not_found(
        self, wanted: list[str], messages: list[Any], exchanges: list[_transport.Exchange]
    ) -> set[str]:
        """Numbers the carrier said it does not know, by message or by a 404 on their URL."""
        unknown = {n for n in wanted for e in exchanges if e.status == 404 and n in e.url}
        for message in messages:
            if not _NOT_FOUND.search(_message_text(message)):
                continue
            about = (getattr(message, "details", None) or {}).get("tracking_number")
            named = normalize_tracking_number(str(about)) if about else None
            # UPS names no number in its warning: it can only be about a lone number
            if named in wanted or (named is None and len(wanted) == 1):
                unknown.add(named or wanted[0])
        return unknown

    def _tracked(self, number: str, detail: Any, now: datetime) -> TrackedNumber:
        events: list[TrackingEvent] = []
        rejected = 0
        karrio_events = list(getattr(detail, "events", None) or [])
        for item in karrio_events[:MAX_EVENTS]:
            try:
                events.append(self._event(number, item, now))
            except InvalidEvent:
                rejected += 1
        rejected += max(0, len(karrio_events) - MAX_EVENTS)
        return TrackedNumber(number, events, rejected_events=rejected)

    def _event(self, number: str, item: Any, now: datetime) -> TrackingEvent:
        status, reason = _word(item, "status"), _word(item, "reason")
        description, place = _word(item, "description"), _word(item, "location")
        return new_event(
            tracking_number=number,
            occurred_at=self._time(item, place),
            description=description,
            now=now,
            sub_status=from_karrio(status, reason, description),
            city=place,
            carrier=self.carrier,
            raw_code=_word(item, "code") or status,
            source=SOURCE,
        )

    def _time(self, item: Any, place: str | None) -> datetime:
        """The carrier's wall clock, in the zone of the place it names (see ``_zones``)."""
        local = zone_of_place(place, home=self._spec.home, default=self._default_zone)
        return parse_time(_wall_clock(item), naive_zone=local)


def _off_event_loop(call: Callable[[], Any]) -> Any:
    """Run ``call`` where no event loop runs: karrio's extensions call ``asyncio.run``."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return call()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="karrio") as pool:
        return pool.submit(call).result()


def _wall_clock(item: Any) -> str | None:
    """karrio's timestamp without its misleading ``Z``, else its date and time, else the day."""
    stamp, day, clock = _word(item, "timestamp"), _word(item, "date"), _word(item, "time")
    found = _WALL_CLOCK.fullmatch(stamp or "")
    if found:
        return f"{found.group(1)}T{found.group(2)}"
    if day and clock and _CLOCK.match(clock):
        return f"{day}T{clock[:5]}"
    return day


def _word(item: Any, name: str) -> str | None:
    value = getattr(item, name, None)
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def _message_text(message: Any) -> str:
    return f"{getattr(message, 'code', '') or ''} {getattr(message, 'message', '') or ''}"[:500]


def _first_text(messages: Iterable[Any]) -> str:
    for message in messages:
        text = _message_text(message).strip()
        if text:
            return f": {text[:200]}"
    return ""
