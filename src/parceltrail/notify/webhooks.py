"""Outbound webhooks: a signed POST per delivery, in the format parceltrail itself accepts.

Headers: ``X-Parceltrail-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>``
(the inbound generic connector's format), ``Idempotency-Key`` and ``X-Parceltrail-Delivery``
(the same per delivery across retries: receivers de-duplicate on it) and ``X-Parceltrail-Event``.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

import httpx

from parceltrail.notify.errors import DeliveryFailed

SIGNATURE_HEADER = "X-Parceltrail-Signature"
_RETRYABLE = {408, 425, 429}


def signature(body: bytes, secret: str, timestamp: int) -> str:
    digest = hmac.new(
        secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


class WebhookPoster:
    def __init__(self, *, timeout: float, transport: httpx.BaseTransport | None = None) -> None:
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=False, transport=transport,
            headers={"User-Agent": "parceltrail-webhooks/1"},
        )

    def close(self) -> None:
        self._client.close()

    def post(
        self, url: str, body: bytes, *, secret: str, key: str, topic: str, now: datetime
    ) -> int:
        """POST once; return the status; raise DeliveryFailed unless the receiver said 2xx."""
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: signature(body, secret, int(now.timestamp())),
            "Idempotency-Key": key,
            "X-Parceltrail-Delivery": key,
            "X-Parceltrail-Event": topic,
        }
        try:
            response = self._client.post(url, content=body, headers=headers)
        except httpx.TimeoutException:
            raise DeliveryFailed(f"{url} did not answer in time") from None
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{url} unreachable: {type(exc).__name__}: {exc}") from None
        return _judge(url, response)


def _judge(url: str, response: httpx.Response) -> int:
    status = response.status_code
    if 200 <= status < 300:
        return status
    if 300 <= status < 400:
        target = response.headers.get("location", "?")[:200]
        raise DeliveryFailed(
            f"{url} redirected ({status}) to {target}; redirects are not followed: "
            "register the final URL",
            permanent=True,
        )
    permanent = 400 <= status < 500 and status not in _RETRYABLE
    raise DeliveryFailed(f"{url} answered {status}", permanent=permanent)
