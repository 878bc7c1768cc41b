"""Outbound HTTP clients that share one TLS context.

Building an ``httpx.Client`` loads the CA bundle into a new ``ssl.SSLContext`` each time
(about 25 ms of CPU on a quiet machine, several times that on a busy one), and parceltrail
opens a client for every polling round and every carrier listing. A verifying context is
safe to share between clients and threads, so every outbound client takes the one built here.
"""

from __future__ import annotations

import ssl
from functools import cache
from typing import Any

import httpx


@cache
def tls_context() -> ssl.SSLContext:
    """httpx's own verifying context (certifi's bundle, or SSL_CERT_FILE / SSL_CERT_DIR), once."""
    return httpx.create_ssl_context()


def outbound_client(*, timeout: float, **options: Any) -> httpx.Client:
    """An ``httpx.Client`` that verifies with the shared TLS context."""
    return httpx.Client(timeout=timeout, verify=tls_context(), **options)
