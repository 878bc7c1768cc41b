"""Push new scans to a parceltrail as webhooks in its generic signed format.

The body and ``X-Parceltrail-Signature`` follow ``connectors/generic.py``; the signature's
timestamp is the simulated time, so a parceltrail running on the same accelerated clock (the
live demo) accepts it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime

import httpx

from parceltrail.connectors.generic import SIGNATURE_HEADER, signature_header
from parceltrail.connectors.simulator import SUB_STATUS
from parceltrail.simulator.network import Network
from parceltrail.simulator.scans import Scan


def body_for(number: str, carrier: str, scans: list[Scan]) -> bytes:
    events = [
        {
            "occurred_at": s.local_time.isoformat(),
            "description": s.description,
            "status": SUB_STATUS[s.code].value,
            "code": s.code,
            "id": s.id,
            "location": {"city": s.city, "country": s.country},
        }
        for s in scans
    ]
    payload = {"tracking_number": number, "carrier": carrier, "events": events}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


class WebhookPusher:
    """Posts every scan that happened since the last push, one delivery per number."""

    def __init__(
        self, network: Network, url: str, secret: str, client: httpx.Client, since: datetime
    ) -> None:
        self.network, self.url, self.secret, self.client = network, url, secret, client
        self.since = since
        self.failures = 0

    def push(self, until: datetime) -> int:
        """Deliver scans in (since, until]; returns the deliveries accepted."""
        grouped: dict[tuple[str, str], list[Scan]] = defaultdict(list)
        for scan in self.network.scans_between(self.since, until):
            grouped[(scan.number, scan.carrier)].append(scan)
        sent = 0
        for (number, carrier), scans in grouped.items():
            body = body_for(number, carrier, scans)
            stamp = int(until.timestamp())
            headers = {
                SIGNATURE_HEADER: signature_header(body, self.secret, timestamp=stamp),
                "Content-Type": "application/json",
            }
            try:
                response = self.client.post(self.url, content=body, headers=headers)
            except httpx.HTTPError:
                self.failures += 1
                continue
            sent += response.is_success
        self.since = until
        return sent
