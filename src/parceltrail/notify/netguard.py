"""The last guard against requests into parceltrail's own network (SSRF), at connect time.

A host is checked when an account gives it and before each send, but a name can resolve to a
public address then and to a private one a moment later (DNS rebinding). Inside
``public_connections_only`` the thread's every name lookup (all client libraries resolve
through ``socket.getaddrinfo``) refuses non-public addresses, so no connection reaches them.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Guard(threading.local):
    active = False
    refused: str | None = None


_guard = Guard()
_install_lock = threading.Lock()
_system_getaddrinfo = socket.getaddrinfo


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    """``socket.getaddrinfo``; inside ``public_connections_only`` on this thread, a name that
    resolves to a non-public address is refused (every client library resolves through it)."""
    found = _system_getaddrinfo(host, *args, **kwargs)
    if _guard.active:
        for info in found:
            address = str(info[4][0]).split("%", 1)[0]
            if not ipaddress.ip_address(address).is_global:
                name = host.decode() if isinstance(host, bytes) else str(host)
                _guard.refused = f"{name[:100]} is a private or local address"
                raise OSError(_guard.refused)
    return found


@contextmanager
def public_connections_only() -> Iterator[Guard]:
    """While the block runs, this thread connects only to public addresses; ``refused`` says
    which name was refused, if any."""
    with _install_lock:
        if socket.getaddrinfo is not _guarded_getaddrinfo:
            socket.getaddrinfo = _guarded_getaddrinfo
    _guard.active, _guard.refused = True, None
    try:
        yield _guard
    finally:
        _guard.active = False
