"""Extra channels through Apprise (optional extra `apprise`): check, mask and send one URL.

Apprise knows a hundred services by URL scheme (``json://``, ``tgram://``, ``discord://``,
``ntfy://``, ...). Where the URL's host is where the request goes (self-hosted services), the
host must be public, as for outbound webhooks, unless ``allow_private`` (tests, trusted LANs).
"""

from __future__ import annotations

import logging
import warnings
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import MAX_CHANNEL_URL
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.notify.webhooks import non_public_address

# Schemes whose URL host is the server the notification is sent to.
HOST_SCHEMES = frozenset(
    {
        "json",
        "jsons",
        "form",
        "forms",
        "xml",
        "xmls",
        "gotify",
        "gotifys",
        "mmost",
        "mmosts",
        "apprise",
        "apprises",
        "rocket",
        "rockets",
        "ntfy",
        "ntfys",
        "matrix",
        "matrixs",
    }
)
MISSING = "extra channels need Apprise: install it with pip install 'parceltrail[apprise]'"
MAX_TITLE = 250
MAX_BODY = 4000


@cache
def _apprise() -> Any:
    """The apprise module with its plugins loaded (some of them import deprecated modules)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import apprise

            apprise.Apprise.instantiate("json://localhost", suppress_exceptions=True)
    except ImportError:
        return None
    return apprise


def available() -> bool:
    return _apprise() is not None


def _plugin(url: str) -> Any:
    apprise = _apprise()
    if apprise is None:
        return None
    with apprise.LogCapture(level=logging.ERROR):  # an unknown scheme is logged, not raised
        return apprise.Apprise.instantiate(url, suppress_exceptions=True)


class AppriseChannels:
    """The ChannelChecker of services/notify_ports.py, and the sender of channel deliveries."""

    def __init__(self, *, allow_private: bool = False) -> None:
        self._allow_private = allow_private

    def check(self, url: str) -> str:
        text = (url or "").strip()
        scheme = urlsplit(text).scheme.lower()
        if not text or len(text) > MAX_CHANNEL_URL or "://" not in text:
            raise ValidationFailed(
                "a channel is an Apprise URL such as ntfys://ntfy.example.com/parcels or "
                f"tgram://bottoken/chatid, at most {MAX_CHANNEL_URL} characters",
                field="channels",
            )
        if not available():
            raise ValidationFailed(MISSING, field="channels")
        plugin = _plugin(text)
        if plugin is None:
            raise ValidationFailed(
                f"{scheme or '?'}:// is not a channel Apprise knows, or the URL lacks what it "
                "needs; see https://github.com/caronc/apprise/wiki for each service's URL",
                field="channels",
            )
        refused = self._refused_host(plugin, text)
        if refused:
            raise ValidationFailed(refused, field="channels")
        return text

    def mask(self, url: str) -> str:
        """Secrets hidden by Apprise's privacy mode; the query (options) left out."""
        plugin = _plugin(url)
        if plugin is None:
            return f"{urlsplit(url).scheme or '?'}://…"
        return str(plugin.url(privacy=True)).split("?", 1)[0][:200]

    def _refused_host(self, plugin: Any, url: str) -> str | None:
        host = str(getattr(plugin, "host", "") or "").strip("[]")
        if self._allow_private or not host or urlsplit(url).scheme.lower() not in HOST_SCHEMES:
            return None
        reason = non_public_address(host)
        if reason is None:
            return None
        return (
            f"{reason}; parceltrail sends only to public hosts "
            "(PARCELTRAIL_APPRISE_ALLOW_PRIVATE=true allows private ones)"
        )

    def send(self, url: str, *, title: str, body: str) -> str:
        """Notify once; raise DeliveryFailed (retried unless permanent) when it did not work."""
        apprise = _apprise()
        if apprise is None:
            raise DeliveryFailed(MISSING, permanent=True)
        masked = self.mask(url)
        plugin = _plugin(url)
        if plugin is None:
            raise DeliveryFailed(f"{masked}: Apprise no longer accepts this URL", permanent=True)
        refused = self._refused_host(plugin, url)
        if refused:
            raise DeliveryFailed(f"{masked}: {refused}", permanent=True)
        sender = apprise.Apprise()
        sender.add(plugin)
        with apprise.LogCapture(level=logging.WARNING) as logs:
            ok = sender.notify(title=title[:MAX_TITLE], body=body[:MAX_BODY])
        if not ok:
            said = " ".join(str(logs.getvalue()).split())[-300:].replace(url, masked)
            raise DeliveryFailed(f"{masked}: {said or 'Apprise could not notify'}")
        return "apprise"
