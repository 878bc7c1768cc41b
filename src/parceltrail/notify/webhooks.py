"""Outbound webhooks: a signed POST per delivery, in the format parceltrail itself accepts.

Headers: ``X-Parceltrail-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>``
(the inbound generic connector's format), ``Idempotency-Key`` and ``X-Parceltrail-Delivery``
(the same per delivery across retries: receivers de-duplicate on it) and ``X-Parceltrail-Event``.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import socket
import ssl
from datetime import datetime
from urllib.parse import urlsplit

import httpx

from parceltrail.notify.errors import DeliveryFailed
from parceltrail.notify.netguard import public_connections_only

SIGNATURE_HEADER = "X-Parceltrail-Signature"
_RETRYABLE = {408, 425, 429}


def signature(body: bytes, secret: str, timestamp: int) -> str:
    digest = hmac.new(
        secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


def _addresses(host: str) -> set[str]:
    """The addresses ``host`` resolves to; UnicodeError for a name IDNA cannot encode."""
    return {str(info[4][0]).split("%", 1)[0] for info in socket.getaddrinfo(host, None)}


def _any_non_public(addresses: set[str]) -> bool:
    return any(not ipaddress.ip_address(address).is_global for address in addresses)


def non_public_address(host: str) -> str | None:
    """Why ``host`` is not a public host (loopback, private, link-local, ...), or None.

    An account must not make parceltrail probe the network it runs in (SSRF). A host that
    does not resolve is not judged here: sending to it fails, and is retried."""
    try:
        addresses = _addresses(host)
    except UnicodeError:
        return f"{host!r} is not a valid host name"
    except OSError:
        return None
    return f"{host} is a private or local address" if _any_non_public(addresses) else None


def _public_only(url: str) -> None:
    """Refuse hosts that resolve to loopback, private, link-local or other non-public
    addresses: an account must not make parceltrail probe the network it runs in."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = _addresses(host)
    except UnicodeError:
        raise DeliveryFailed(
            f"{url}: {host!r} is not a valid host name; correct the webhook address",
            permanent=True,
        ) from None
    except OSError:
        raise DeliveryFailed(f"{url}: the host {host!r} does not resolve") from None
    if _any_non_public(addresses):
        raise DeliveryFailed(
            f"{url}: {host} is a private or local address; parceltrail posts only to "
            "public hosts (PARCELTRAIL_WEBHOOK_ALLOW_PRIVATE=true allows them)",
            permanent=True,
        )


class WebhookPoster:
    def __init__(
        self,
        *,
        timeout: float,
        transport: httpx.BaseTransport | None = None,
        allow_private: bool = False,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self._allow_private = allow_private
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
            verify=True if tls is None else tls,
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
        if self._allow_private:
            return _judge(url, self._send(url, body, headers))
        _public_only(url)
        with public_connections_only() as guard:  # the name may point elsewhere by now
            try:
                response = self._send(url, body, headers)
            except DeliveryFailed:
                if guard.refused:
                    raise DeliveryFailed(
                        f"{url}: {guard.refused} when connecting; parceltrail posts only to "
                        "public hosts",
                        permanent=True,
                    ) from None
                raise
        return _judge(url, response)

    def _send(self, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        try:
            return self._client.post(url, content=body, headers=headers)
        except httpx.TimeoutException:
            raise DeliveryFailed(f"{url} did not answer in time") from None
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{url} unreachable: {type(exc).__name__}: {exc}") from None


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
