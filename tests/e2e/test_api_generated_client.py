"""A Python client generated from the server's own /openapi.json (openapi-python-client, never
written by hand) works against a real server on loopback: the OpenAPI document is a contract."""

from __future__ import annotations

import hashlib
import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories

NUMBER = "LK123456785CN"
PACKAGE = "parceltrail_client"
GENERATOR = Path(sys.executable).with_name("openapi-python-client")
# The attachment route answers with the image's own type; the generator reads any of them
# as bytes. No post-hooks: the generated code is imported, not committed or formatted.
CONFIG = {
    "content_type_overrides": dict.fromkeys(
        ("image/png", "image/jpeg", "image/gif", "image/webp"), "application/octet-stream"
    ),
    "post_hooks": [],
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Where each distinct OpenAPI document's client was generated (by its SHA-256)."""
    return {}


def client_package(spec: str, generated: dict[str, Path], work: Path) -> Path:
    digest = hashlib.sha256(spec.encode()).hexdigest()[:16]
    if digest not in generated:
        root = work / digest
        root.mkdir(parents=True)
        (root / "openapi.json").write_text(spec)
        (root / "config.yaml").write_text(json.dumps(CONFIG))  # JSON is YAML
        subprocess.run(
            [str(GENERATOR), "generate", "--path", str(root / "openapi.json"), "--meta", "none",
             "--config", str(root / "config.yaml"), "--output-path", str(root / PACKAGE)],
            check=True, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        generated[digest] = root
    return generated[digest]


def load(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, ModuleType]:
    """The generated package's modules that the test uses, imported afresh from ``root``."""
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.syspath_prepend(str(root))
    api = f"{PACKAGE}.api"
    names = {
        "client": PACKAGE,
        "models": f"{PACKAGE}.models",
        "create_order": f"{api}.orders.create_order_api_v1_orders_post",
        "dispatch": f"{api}.orders.dispatch_api_v1_orders_order_id_shipments_post",
        "get_order": f"{api}.orders.get_order_api_v1_orders_order_id_get",
        "post_events": f"{api}.events.post_events_api_v1_events_post",
        "get_tracking": f"{api}.trackings.get_tracking_api_v1_trackings_tracking_number_get",
        "detect": f"{api}.numbers.detect_number_api_v1_detect_get",
    }
    return {key: importlib.import_module(module) for key, module in names.items()}


@pytest.fixture
def seller_token(app: App) -> str:
    factories.user(app, "seller@example.com", Role.SELLER)
    return factories.token(app, "seller@example.com")


def test_a_client_generated_from_openapi_json_works_against_the_server(
    http: httpx.Client,
    base_url: str,
    seller_token: str,
    generated: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = http.get("/openapi.json")
    assert spec.status_code == 200
    root = client_package(spec.text, generated, tmp_path_factory.getbasetemp() / "clients")
    sdk = load(root, monkeypatch)
    client = sdk["client"].AuthenticatedClient(
        base_url=base_url, token=seller_token, raise_on_unexpected_status=True
    )
    with client:
        use_the_api(sdk, client)


def use_the_api(sdk: dict[str, ModuleType], client: Any) -> None:
    models: Any = sdk["models"]
    order = sdk["create_order"].sync(
        client=client,
        body=models.OrderIn(
            reference="AE-2001",
            buyer_email="buyer@example.com",
            lines=[models.LineIn(title="Bluetooth earbuds", quantity=2)],
            total="25.00",
        ),
    )
    assert isinstance(order, models.OrderOut)
    assert (order.reference, order.buyer_email, order.shipped) == (
        "AE-2001", "buyer@example.com", False,
    )  # fmt: skip
    assert [(line.title, line.quantity) for line in order.lines] == [("Bluetooth earbuds", 2)]

    body = models.ShipmentIn(tracking_number=NUMBER.lower(), carrier="china_post")
    dispatched = sdk["dispatch"].sync_detailed(client=client, order_id=order.id, body=body)
    assert dispatched.status_code == 201
    shipment = dispatched.parsed
    assert isinstance(shipment, models.DispatchedOut)
    assert (shipment.tracking_number, shipment.carrier) == (NUMBER, "china_post")
    again = sdk["dispatch"].sync_detailed(client=client, order_id=order.id, body=body)
    assert (again.status_code, again.parsed.id) == (200, shipment.id)

    event = {
        "tracking_number": NUMBER,
        "occurred_at": "2026-11-20T14:05:00+08:00",
        "description": "Departed from the origin country",
        "status": "departed_origin",
        "location": {"city": "Shenzhen", "country": "CN"},
    }
    ingested = sdk["post_events"].sync(client=client, body=models.EventsIn(events=[event]))
    assert isinstance(ingested, models.IngestOut)
    assert (ingested.accepted, ingested.duplicates, ingested.rejected) == (1, 0, 0)

    tracking = sdk["get_tracking"].sync(client=client, tracking_number=NUMBER)
    assert isinstance(tracking, models.TrackingOut)
    assert tracking.order.id == order.id
    assert tracking.status.value == "in_transit"
    assert [(e.description, e.location.city) for e in tracking.events] == [
        ("Departed from the origin country", "Shenzhen")
    ]

    detected = sdk["detect"].sync(client=client, number=NUMBER)
    assert isinstance(detected, models.DetectionOut)
    assert (detected.valid, detected.carriers, detected.s10.issuer) == (True, ["china_ems"], "CN")

    missing = sdk["get_order"].sync(client=client, order_id="ord_not_there")
    assert isinstance(missing, models.ErrorAnswer)
    assert missing.error.code == "order_not_found"
