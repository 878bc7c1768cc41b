"""/metrics as Prometheus scrapes it: requests by route, and the database's work in flight."""

from __future__ import annotations

import time
from datetime import timedelta

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert, select

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import backend_usage, shipments, tracking_registrations
from parceltrail.web.metrics import DATABASE_EVERY, may_scrape
from tests import factories
from tests.conftest import FrozenClock

NUMBER = "LK123456785CN"


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def _value(samples: dict, name: str, **labels: str) -> float:  # type: ignore[type-arg]
    return float(samples.get((name, tuple(sorted(labels.items()))), 0.0))


def test_requests_are_counted_by_route_template_not_by_path(http: httpx.Client) -> None:
    before = _samples(http.get("/metrics").text)
    for number in ("LK123456785CN", "1Z5R89390357567127", "not-a-number"):
        http.get(f"/api/v1/trackings/{number}")
    http.get("/no/such/page/" + "x" * 40)
    after = _samples(http.get("/metrics").text)
    route = "/api/v1/trackings/{tracking_number}"

    def answered(samples: dict) -> float:  # type: ignore[type-arg]
        return sum(
            value
            for (name, labels), value in samples.items()
            if name == "parceltrail_http_requests_total" and ("route", route) in labels
        )

    counted = answered(after) - answered(before)
    assert counted == 3
    assert not any("xxxx" in str(key) for key in after)  # an unknown path is "unmatched"
    assert (
        _value(after, "parceltrail_http_request_duration_seconds_count", method="GET", route=route)
        >= 3
    )


def test_the_database_figures_count_stored_events_and_queued_jobs(
    app: App, http: httpx.Client, clock: FrozenClock
) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.shipped(app, seller, NUMBER)
    journey = factories.raw_journey(NUMBER, clock.now - timedelta(days=8))[:4]
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(journey, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
    samples = _samples(http.get("/metrics").text)
    assert _value(samples, "parceltrail_jobs", status="pending") >= 1  # the dispatch's mail
    assert _value(samples, "parceltrail_events_stored_total") >= 4
    assert ("parceltrail_polls_due", ()) in samples
    with app.engine.begin() as connection:  # a number registered with 17TRACK today
        shipment_id = connection.execute(select(shipments.c.id)).scalar_one()
        connection.execute(
            insert(tracking_registrations).values(
                shipment_id=shipment_id,
                tracking_number=NUMBER,
                backend="17track",
                state="registered",
                priority=0,
                attempts=1,
                created_at=clock.now,
            )
        )
        connection.execute(
            insert(backend_usage).values(
                backend="17track", day=clock.now.strftime("%Y-%m-%d"), registered=1
            )
        )
    time.sleep(DATABASE_EVERY + 0.1)  # the database's figures are read at most this often
    samples = _samples(http.get("/metrics").text)
    assert (
        _value(samples, "parceltrail_tracking_registrations", backend="17track", state="registered")
        == 1
    )
    assert _value(samples, "parceltrail_backend_registered_today", backend="17track") == 1


def test_metrics_answer_in_prometheus_text_format(http: httpx.Client) -> None:
    answer = http.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=")
    assert "# TYPE parceltrail_http_requests_total counter" in answer.text


def test_with_a_token_set_only_its_bearer_may_scrape(app: App, http: httpx.Client) -> None:
    app.settings = app.settings.model_copy(update={"metrics_token": "s3cret-scraper"})
    refused = http.get("/metrics")
    assert refused.status_code == 403
    assert "PARCELTRAIL_METRICS_TOKEN" in refused.json()["error"]["message"]
    assert http.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 403
    allowed = http.get("/metrics", headers={"Authorization": "Bearer s3cret-scraper"})
    assert allowed.status_code == 200


@pytest.mark.parametrize(
    ("client", "allowed"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("::1", True),
        ("93.184.216.34", False),
        ("2a00:1450:4001::1", False),
        (None, False),
        ("testclient", False),
    ],
)
def test_without_a_token_only_loopback_and_private_networks_may_scrape(
    client: str | None, allowed: bool
) -> None:
    assert may_scrape(None, "", client) is allowed
