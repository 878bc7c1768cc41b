"""A push service stand-in on loopback: what FCM or Mozilla's autopush check, done by hand.

It takes RFC 8030 pushes (POST to the subscription's endpoint), checks the VAPID token
(RFC 8292: ``Authorization: vapid t=<JWT>, k=<key>``, ES256 over the claims, ``aud`` the
endpoint's origin, ``exp`` within 24 hours) and decrypts the body as the browser would
(RFC 8291 over RFC 8188 ``aes128gcm``) with the subscription's own private key and auth
secret. Written from the RFCs, not with the library under test, so the two can disagree.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _hkdf(salt: bytes, ikm: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


@dataclass
class Browser:
    """A browser's push subscription: its key pair and auth secret (RFC 8291 §2)."""

    private: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth: bytes = field(default_factory=lambda: b"0123456789abcdef")

    @property
    def public(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )

    def subscription(self, endpoint: str) -> dict[str, Any]:
        return {"endpoint": endpoint, "keys": {"p256dh": b64(self.public), "auth": b64(self.auth)}}

    def decrypt(self, body: bytes) -> bytes:
        """RFC 8188 header (salt, record size, key id = the sender's public key), then
        RFC 8291's key derivation, one AES-128-GCM record, padding delimiter 0x02."""
        salt, record_size, id_length = body[:16], int.from_bytes(body[16:20], "big"), body[20]
        sender = body[21 : 21 + id_length]
        ciphertext = body[21 + id_length :]
        assert len(ciphertext) <= record_size
        shared = self.private.exchange(
            ec.ECDH(), ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), sender)
        )
        ikm = _hkdf(self.auth, shared, b"WebPush: info\x00" + self.public + sender, 32)
        key = _hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
        nonce = _hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
        padded = AESGCM(key).decrypt(nonce, ciphertext, None).rstrip(b"\x00")
        assert padded.endswith(b"\x02"), "the last record ends with delimiter 0x02"
        return padded[:-1]


@dataclass
class Push:
    path: str
    headers: dict[str, str]
    claims: dict[str, Any]
    key: str  # the VAPID public key the token names
    payload: bytes


def check_vapid(authorization: str, origin: str) -> tuple[dict[str, Any], str]:
    """The claims and key of an RFC 8292 Authorization header, the signature verified."""
    scheme, _, params = authorization.partition(" ")
    assert scheme.lower() == "vapid", authorization
    fields = dict(part.strip().split("=", 1) for part in params.split(","))
    token, key = fields["t"], fields["k"]
    header_b64, claims_b64, signature_b64 = token.split(".")
    assert json.loads(unb64(header_b64)) == {"typ": "JWT", "alg": "ES256"}
    claims = json.loads(unb64(claims_b64))
    signature = unb64(signature_b64)
    assert len(signature) == 64, "ES256 signatures are r || s, 32 bytes each"
    der = encode_dss_signature(
        int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
    )
    public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64(key))
    public.verify(der, f"{header_b64}.{claims_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    assert claims["aud"] == origin, (claims["aud"], origin)
    assert time.time() < claims["exp"] <= time.time() + 86_400
    assert str(claims["sub"]).startswith(("mailto:", "https:"))
    return claims, key


class PushService:
    """Endpoints ``/push/<name>``; ``/gone/<name>`` answers 410 as for an expired one."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.received: list[Push] = []
        self.errors: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"

    def endpoint(self, name: str, *, gone: bool = False) -> str:
        return f"{self.origin}/{'gone' if gone else 'push'}/{name}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.path.startswith("/gone/"):
                    self._answer(410)
                    return
                try:
                    service.received.append(service.accept(self.path, dict(self.headers), body))
                except Exception as exc:  # the test reads why, the sender gets a 400
                    service.errors.append(repr(exc))
                    self._answer(400)
                    return
                self._answer(201)

            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        return Handler

    def accept(self, path: str, headers: dict[str, str], body: bytes) -> Push:
        headers = {k.lower(): v for k, v in headers.items()}
        assert headers.get("content-encoding") == "aes128gcm"
        assert int(headers["ttl"]) > 0
        claims, key = check_vapid(headers["authorization"], self.origin)
        return Push(path, headers, claims, key, self.browser.decrypt(body))


@contextmanager
def push_service(browser: Browser) -> Iterator[PushService]:
    service = PushService(browser)
    thread = threading.Thread(target=service._server.serve_forever, daemon=True)
    thread.start()
    try:
        yield service
    finally:
        service._server.shutdown()
        service._server.server_close()
