"""Why a delivery did not happen; the job runner retries or dead-letters by ``permanent``.

DeliveryFailed
├── permanent=False: receiver down, slow, 5xx, 429, SMTP 4xx: retried with backoff
└── permanent=True: invalid address, 4xx, redirect, SMTP 5xx: dead-lettered at once
"""

from __future__ import annotations


class DeliveryFailed(Exception):
    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
