"""Web Push as an alert channel (RFC 8030 delivery, RFC 8291 encryption, RFC 8292 VAPID).

A browser that allows notifications gives a push subscription: the push service's endpoint
and the keys to encrypt for it (``p256dh``, ``auth``). parceltrail keeps it as a channel URL,
``webpush://<endpoint host>/#<base64url of the subscription's JSON>``, beside the Apprise URLs
of the same preferences, so the fan-out, the retries and the masking treat it as any other
channel. pywebpush (web-push-libs) encrypts (aes128gcm) and signs the VAPID token with the
deployment's key pair (``parceltrail webpush-keys`` makes one).

Push services are public hosts (FCM, Mozilla, Apple); an endpoint on a private or loopback
address is refused unless ``allow_private`` (tests, with a local push-service stand-in).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any, NoReturn
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from py_vapid import Vapid02
from pywebpush import WebPushException, webpush

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import MAX_CHANNEL_URL
from parceltrail.notify.channels import AppriseChannels
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.notify.webhooks import non_public_address

SCHEME = "webpush"
TTL_SECONDS = 86_400  # a parcel's news older than a day is better read on the page
TIMEOUT_SECONDS = 10
MAX_PAYLOAD = 3000  # RFC 8291 leaves 3993 bytes of plaintext in one 4096-byte record
# Push services answer 404 or 410 for a subscription that is gone: it never comes back.
GONE = (404, 410)


@dataclass(frozen=True, slots=True)
class VapidKeys:
    """A deployment's VAPID key pair: the private key (base64url of the raw 32-byte scalar,
    kept secret) and the public key browsers subscribe with (``applicationServerKey``)."""

    private_key: str
    public_key: str


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def generate_keys() -> VapidKeys:
    """A new P-256 key pair for VAPID."""
    private = ec.generate_private_key(ec.SECP256R1())
    return keys_of(private)


def keys_of(private: ec.EllipticCurvePrivateKey) -> VapidKeys:
    scalar = private.private_numbers().private_value.to_bytes(32, "big")
    point = private.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return VapidKeys(private_key=b64url(scalar), public_key=b64url(point))


def public_key_of(private_key: str) -> str:
    """The public key (``applicationServerKey``) of a configured private key."""
    scalar = int.from_bytes(unb64url(private_key), "big")
    return keys_of(ec.derive_private_key(scalar, ec.SECP256R1())).public_key


def channel_url(subscription: dict[str, Any]) -> str:
    """The channel URL of a browser's push subscription, checked for shape."""
    endpoint = str(subscription.get("endpoint") or "")
    keys = subscription.get("keys") or {}
    parts = urlsplit(endpoint)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationFailed("a push subscription's endpoint is an https URL", field="push")
    if not isinstance(keys, dict) or not keys.get("p256dh") or not keys.get("auth"):
        raise ValidationFailed("a push subscription needs its p256dh and auth keys", field="push")
    kept = {
        "endpoint": endpoint,
        "keys": {"p256dh": str(keys["p256dh"]), "auth": str(keys["auth"])},
    }
    url = f"{SCHEME}://{parts.hostname}/#" + b64url(json.dumps(kept).encode("utf-8"))
    if len(url) > MAX_CHANNEL_URL:
        raise ValidationFailed("this push subscription is too long to keep", field="push")
    return url


def subscription_of(url: str) -> dict[str, Any]:
    """The push subscription a channel URL holds."""
    try:
        found = json.loads(unb64url(url.split("#", 1)[1]))
    except (IndexError, ValueError) as exc:
        raise ValidationFailed("not a web push channel", field="channels") from exc
    if not isinstance(found, dict) or "endpoint" not in found:
        raise ValidationFailed("not a web push channel", field="channels")
    return found


def is_webpush(url: str) -> bool:
    return url.startswith(f"{SCHEME}://")


class AlertChannels(AppriseChannels):
    """The extra channels of alerts: Web Push for ``webpush://`` URLs, Apprise for the rest.
    Without a VAPID key configured, Web Push channels are refused (and never sent)."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        vapid_private_key: str | None = None,
        vapid_subject: str = "mailto:parceltrail@localhost",
    ) -> None:
        super().__init__(allow_private=allow_private)
        self._allow_private_push = allow_private
        self._vapid = Vapid02.from_raw(vapid_private_key.encode()) if vapid_private_key else None
        self._subject = vapid_subject
        self.public_key = public_key_of(vapid_private_key) if vapid_private_key else None

    def check(self, url: str) -> str:
        if not is_webpush(url):
            return super().check(url)
        self._refusal(subscription_of(url), permanent=False)
        return url

    def mask(self, url: str) -> str:
        if not is_webpush(url):
            return super().mask(url)
        return f"{SCHEME}://{urlsplit(url).hostname or '?'} (browser notifications)"

    def send(self, url: str, *, title: str, body: str) -> str:
        if not is_webpush(url):
            return super().send(url, title=title, body=body)
        subscription = subscription_of(url)
        self._refusal(subscription, permanent=True)
        payload = json.dumps({"title": title[:200], "body": body[:2000]}, ensure_ascii=False)
        try:
            with self._connections() as guard:  # no private address, even after a redirect
                webpush(
                    subscription_info=subscription,
                    data=payload.encode("utf-8")[:MAX_PAYLOAD].decode("utf-8", "ignore"),
                    vapid_private_key=self._vapid,
                    vapid_claims={"sub": self._subject},
                    ttl=TTL_SECONDS,
                    timeout=TIMEOUT_SECONDS,
                )
            if guard is not None and guard.refused:
                raise DeliveryFailed(f"{self.mask(url)}: {guard.refused}", permanent=True)
        except WebPushException as exc:
            status = exc.response.status_code if exc.response is not None else None
            raise DeliveryFailed(
                f"{self.mask(url)}: the push service answered {status or exc.message}",
                permanent=status in GONE,
            ) from exc
        return SCHEME

    def _refusal(self, subscription: dict[str, Any], *, permanent: bool) -> None:
        """Refuse a push channel when this deployment has no VAPID key, or the endpoint is
        not a public host (as webhooks)."""
        if self._vapid is None:
            message = (
                "browser notifications need a VAPID key: run `parceltrail webpush-keys` "
                "and set PARCELTRAIL_VAPID_PRIVATE_KEY"
            )
            self._fail(message, permanent)
        host = urlsplit(str(subscription["endpoint"])).hostname or ""
        reason = None if self._allow_private_push else non_public_address(host)
        if reason is not None:
            self._fail(f"{reason}; push services are public hosts", permanent)

    @staticmethod
    def _fail(message: str, permanent: bool) -> NoReturn:
        if permanent:
            raise DeliveryFailed(message, permanent=True)
        raise ValidationFailed(message, field="channels")
