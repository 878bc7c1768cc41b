"""What every aggregator client shares: a request throttle and one mapping of HTTP failures.

Timeouts, refused connections, 5xx and 429 become ``BackendUnavailable`` (with the server's
``Retry-After``); 401 and 403 become ``BackendRefusedKey`` naming the setting to fix; a body
that is not JSON becomes ``BackendUnavailable``. No key is ever echoed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, ClassVar

import httpx

from parceltrail.connectors.backends.codes import CarrierCodes, carrier_codes
from parceltrail.connectors.http import outbound_client
from parceltrail.services.backend_ports import BackendRefusedKey, BackendUnavailable


class Throttle:
    """At most ``per_second`` calls a second from this process (a provider's rate limit)."""

    def __init__(
        self,
        per_second: float,
        *,
        timer: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._gap = 1.0 / per_second if per_second > 0 else 0.0
        self._timer, self._sleep = timer, sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = self._timer()
            start = max(now, self._next)
            self._next = start + self._gap
        if start > now:
            self._sleep(start - now)


class Account:
    """An aggregator account as every client holds it: its key, base URL (a proxy's or a
    test stand-in's), HTTP client, throttle and carrier codes; each client names its defaults."""

    name: str  # the provider's name, as its carrier codes are filed
    default_url: ClassVar[str]
    default_requests_per_second: ClassVar[float]

    def __init__(
        self,
        api_key: str,
        *,
        url: str | None = None,
        http: httpx.Client | None = None,
        requests_per_second: float | None = None,
        timeout: float = 20.0,
    ) -> None:
        self._key = api_key
        self._url = (url or self.default_url).rstrip("/")
        self._http = http or outbound_client(timeout=timeout)
        rate = requests_per_second
        self._throttle = Throttle(self.default_requests_per_second if rate is None else rate)

    @cached_property
    def _codes(self) -> CarrierCodes:
        """Its carrier codes, read on first use."""
        return carrier_codes(self.name)

    def lists(self, carrier: str | None) -> bool:
        """Whether the provider's carrier list has ``carrier`` (by a code or per country)."""
        return self._codes.lists(carrier)


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def call(
    http: httpx.Client,
    method: str,
    url: str,
    *,
    provider: str,
    setting: str,
    headers: Mapping[str, str],
    body: Any = None,
    params: Mapping[str, str] | None = None,
    ok: tuple[int, ...] = (200, 201),
    refused: tuple[int, ...] = (401, 403),
) -> tuple[int, Any]:
    """One request; its status and JSON body for a status in ``ok`` or a 4xx the caller reads
    (``BackendUnavailable``/``BackendRefusedKey`` for the rest; ``refused``: the statuses that
    mean the key itself is wrong)."""
    try:
        response = http.request(method, url, headers=dict(headers), json=body, params=params)
    except httpx.HTTPError as exc:
        raise BackendUnavailable(f"{provider} did not answer: {type(exc).__name__}") from None
    status = response.status_code
    if status in refused:
        raise BackendRefusedKey(
            f"{provider} refused the API key ({status}); check {setting}", retry_after=None
        )
    if status == 429 or status >= 500:
        raise BackendUnavailable(
            f"{provider} answered {status}; trying again later", retry_after=retry_after(response)
        )
    try:
        payload = response.json()
    except ValueError:
        raise BackendUnavailable(f"{provider} answered {status} without JSON") from None
    if status not in ok and not 400 <= status < 500:
        raise BackendUnavailable(f"{provider} answered {status}")
    return status, payload
