"""Secrets stored to be read back (IMAP app passwords), encrypted with a key derived from the
secret key (Fernet: AES-128-CBC with HMAC-SHA256). A new secret key makes them unreadable:
the user connects the mailbox again."""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken


class SecretUnreadable(ValueError):
    """A stored secret that the current secret key cannot open (the key was changed)."""


class FernetBox:
    def __init__(self, secret_key: str) -> None:
        key = hashlib.sha256(b"parceltrail imap passwords\0" + secret_key.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def seal(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode())

    def open(self, sealed: bytes) -> str:
        try:
            return self._fernet.decrypt(sealed).decode()
        except InvalidToken as wrong:
            raise SecretUnreadable(
                "the stored password cannot be read with this secret key; connect the mailbox again"
            ) from wrong
