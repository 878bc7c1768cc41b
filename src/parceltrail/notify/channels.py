"""Extra channels through Apprise (optional extra `apprise`): check, mask and send one URL.

Apprise knows a hundred services by URL scheme (``json://``, ``tgram://``, ``discord://``,
``ntfy://``, ...). Where the URL names the server the notification goes to (self-hosted
services, a mail server, syslog, ...: Apprise's templates for the scheme hold a ``{host}``),
that server must be public, as for outbound webhooks, unless ``allow_private`` (tests, trusted
LANs). The check is made when a URL is given and again before each send, and while a channel
sends, its connections to non-public addresses are refused (``public_connections_only``): a
redirect, or a name that resolves elsewhere by then, cannot reach the private network either.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import MAX_CHANNEL_URL
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.notify.netguard import Guard, public_connections_only
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
# Schemes whose plugin resolves its host outside ``socket.getaddrinfo`` (rsyslog sends with
# ``sendto((host, port))``, resolved inside the C library), where the connect-time guard cannot
# see it: refused unless private hosts are allowed.
UNGUARDED_SCHEMES = frozenset({"rsyslog"})
# Attributes of Apprise plugins naming another server they connect to (mailto's ``smtp=``).
SERVER_ATTRIBUTES = ("smtp_host", "xmpp_host")
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


def _servers(plugin: Any, url: str) -> list[str]:
    """The servers a plugin connects to that its URL names (none for a cloud service)."""
    names = [str(getattr(plugin, attribute, "") or "") for attribute in SERVER_ATTRIBUTES]
    templates = " ".join(str(t) for t in getattr(type(plugin), "templates", ()) or ())
    if "{host}" in templates or urlsplit(url).scheme.lower() in HOST_SCHEMES:
        names.append(str(getattr(plugin, "host", "") or ""))
    return [name.strip("[]") for name in names if name.strip("[]")]


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
        if self._allow_private:
            return None
        for server in _servers(plugin, url):
            reason = non_public_address(server)
            if reason is not None:
                return _refusal(reason)
        scheme = urlsplit(url).scheme.lower()
        if scheme in UNGUARDED_SCHEMES:
            return _refusal(
                f"{scheme}:// resolves its server where parceltrail cannot check the address "
                "it connects to"
            )
        return None

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
        # The plugin's own notify() sends in this thread (Apprise's would use a worker thread),
        # so the connection guard applies to it.
        with self._connections() as guard, apprise.LogCapture(level=logging.WARNING) as logs:
            ok = plugin.notify(title=title[:MAX_TITLE], body=body[:MAX_BODY])
        if guard is not None and guard.refused:
            raise DeliveryFailed(f"{masked}: {_refusal(guard.refused)}", permanent=True)
        if not ok:
            said = " ".join(str(logs.getvalue()).split())[-300:].replace(url, masked)
            raise DeliveryFailed(f"{masked}: {said or 'Apprise could not notify'}")
        return "apprise"

    @contextmanager
    def _connections(self) -> Iterator[Guard | None]:
        if self._allow_private:
            yield None
            return
        with public_connections_only() as guard:
            yield guard


def _refusal(reason: str) -> str:
    return (
        f"{reason}; parceltrail sends only to public hosts "
        "(PARCELTRAIL_APPRISE_ALLOW_PRIVATE=true allows private ones)"
    )
