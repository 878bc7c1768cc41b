"""Integrators' webhook endpoints, redelivery and the admin's outbox view as use cases, on the
in-memory unit of work."""

from __future__ import annotations

import json
from typing import Any

import pytest

from parceltrail.domain.errors import NotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.events import BatchSummary
from parceltrail.domain.users import Role, User
from parceltrail.services import outbound
from tests.unit.services.conftest import T0, person
from tests.unit.services.fakes import FakeUnitOfWork

URL = "https://hooks.example.com/parceltrail"


def test_an_endpoint_gets_a_secret_and_its_owner_alone_sees_it(
    uow: FakeUnitOfWork, seller: User
) -> None:
    with uow:
        endpoint = outbound.register_endpoint(
            uow=uow,
            user=seller,
            url=f" {URL} ",
            events=["shipment.dispatched", "shipment.dispatched"],
            now=T0,
        )
    assert (endpoint.url, endpoint.events, endpoint.status) == (
        URL,
        ("shipment.dispatched",),
        "active",
    )
    assert endpoint.secret.startswith("whsec_")
    other = person(uow, "other@example.com", Role.SELLER)
    admin = person(uow, "admin@example.com", Role.ADMIN)
    with pytest.raises(NotFound), uow:
        outbound.own_endpoint(uow=uow, user=other, endpoint_id=endpoint.id)
    with uow:
        assert outbound.list_endpoints(uow=uow, user=other) == []
        assert outbound.list_endpoints(uow=uow, user=admin) == [endpoint]


@pytest.mark.parametrize(
    ("url", "events", "field"),
    [
        ("ftp://example.com/x", ["*"], "url"),
        ("http://example]com", ["*"], "url"),
        (URL, [], "events"),
        (URL, ["shipment.teleported"], "events"),
    ],
)
def test_a_url_or_event_the_endpoint_cannot_have_is_refused_naming_it(
    uow: FakeUnitOfWork, seller: User, url: str, events: list[str], field: str
) -> None:
    with pytest.raises(ValidationFailed) as refused, uow:
        outbound.register_endpoint(uow=uow, user=seller, url=url, events=events, now=T0)
    assert refused.value.details == {"field": field}
    assert uow.store.endpoints == {}


def test_disabling_and_enabling_again_clears_the_failures(
    uow: FakeUnitOfWork, seller: User
) -> None:
    with uow:
        endpoint = outbound.register_endpoint(uow=uow, user=seller, url=URL, events=["*"], now=T0)
        outbound.set_enabled(uow=uow, user=seller, endpoint_id=endpoint.id, enabled=False)
    assert uow.store.endpoints[endpoint.id].status == "disabled"
    uow.alerts.set_endpoint(endpoint.id, consecutive_failures=7)
    with uow:
        outbound.set_enabled(uow=uow, user=seller, endpoint_id=endpoint.id, enabled=True)
    stored = uow.store.endpoints[endpoint.id]
    assert (stored.status, stored.consecutive_failures) == ("active", 0)


def test_a_redelivery_sends_the_same_delivery_again_as_a_new_job(
    uow: FakeUnitOfWork, seller: User
) -> None:
    with uow:
        endpoint = outbound.register_endpoint(uow=uow, user=seller, url=URL, events=["*"], now=T0)
        delivery_id = uow.deliveries.add(
            channel="webhook",
            key="k-1",
            topic="shipment.dispatched",
            recipient=URL,
            subject=None,
            content={"a": 1},
            now=T0,
            endpoint_id=endpoint.id,
        )
    assert delivery_id is not None
    uow.deliveries.mark(delivery_id, status="dead", now=T0, error="HTTP 500")
    with uow:
        again = outbound.redeliver(
            uow=uow, user=seller, endpoint_id=endpoint.id, delivery_id=delivery_id, now=T0
        )
    assert (again.idempotency_key, uow.store.deliveries[delivery_id].status) == ("k-1", "pending")
    assert [(j["topic"], j["payload"]) for j in uow.store.jobs] == [
        ("delivery.send", {"delivery_id": delivery_id})
    ]
    with pytest.raises(NotFound), uow:
        outbound.redeliver(uow=uow, user=seller, endpoint_id=endpoint.id, delivery_id=99, now=T0)


def test_only_admins_see_and_retry_jobs_and_only_failed_or_dead_ones(
    uow: FakeUnitOfWork, seller: User
) -> None:
    admin = person(uow, "admin@example.com", Role.ADMIN)
    with uow:
        uow.deliveries.enqueue("delivery.send", {"delivery_id": 1}, T0)
        uow.deliveries.enqueue("delivery.send", {"delivery_id": 2}, T0)
    uow.store.jobs[0]["status"] = "dead"
    with pytest.raises(PermissionDenied), uow:
        outbound.list_jobs(uow=uow, user=seller, statuses=["dead"], limit=10)
    with pytest.raises(ValidationFailed, match="status must be among"), uow:
        outbound.list_jobs(uow=uow, user=admin, statuses=["lost"], limit=10)
    with uow:
        dead = outbound.list_jobs(uow=uow, user=admin, statuses=["dead"], limit=10)
        outbound.retry_job(uow=uow, user=admin, job_id=1, now=T0)
    assert [job["id"] for job in dead] == [1]
    assert uow.store.jobs[0]["status"] == "pending"
    with pytest.raises(NotFound, match="no failed or dead-lettered job 2"), uow:
        outbound.retry_job(uow=uow, user=admin, job_id=2, now=T0)


BATCH = {"fields": ["shipment_id", "tracking_number"], "rows": [["shp_1", "LK123456785CN"]]}


def _a_batch_row_and_a_send_job(uow: FakeUnitOfWork) -> tuple[User, dict[str, Any]]:
    """An admin, and two jobs: a batch row of one update (id 1), a mail's send (id 2)."""
    admin = person(uow, "admin@example.com", Role.ADMIN)
    with uow:
        uow.deliveries.enqueue("shipment.tracking_updated.batch", BATCH, T0)
        uow.deliveries.enqueue("delivery.send", {"delivery_id": 1}, T0)
    return admin, BATCH


def test_the_admin_list_sums_up_a_batch_row_and_shows_other_payloads_whole(
    uow: FakeUnitOfWork,
) -> None:
    admin, batch = _a_batch_row_and_a_send_job(uow)
    with uow:
        single, batched = outbound.list_jobs(uow=uow, user=admin, statuses=[], limit=10)
    assert (single["payload"], single["batch"]) == ({"delivery_id": 1}, None)
    assert batched["payload"] is None
    compact = '{"fields":["shipment_id","tracking_number"],"rows":[["shp_1","LK123456785CN"]]}'
    assert batched["batch"] == BatchSummary(1, ("LK123456785CN",), len(compact))
    assert uow.store.jobs[0]["payload"] == batch  # the row itself keeps its payload


def test_one_job_is_shown_to_admins_with_its_whole_payload_a_batch_rows_too(
    uow: FakeUnitOfWork, seller: User
) -> None:
    admin, batch = _a_batch_row_and_a_send_job(uow)
    with uow:
        batched = outbound.get_job(uow=uow, user=admin, job_id=1)
        single = outbound.get_job(uow=uow, user=admin, job_id=2)
    assert batched["payload"] == batch
    assert batched["batch"] == BatchSummary(
        1, ("LK123456785CN",), len(json.dumps(batch, separators=(",", ":")))
    )
    assert (single["payload"], single["batch"]) == ({"delivery_id": 1}, None)
    with pytest.raises(PermissionDenied), uow:
        outbound.get_job(uow=uow, user=seller, job_id=1)
    with pytest.raises(NotFound, match="no background job 3"), uow:
        outbound.get_job(uow=uow, user=admin, job_id=3)
