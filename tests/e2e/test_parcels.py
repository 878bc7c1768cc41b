"""My parcels over HTTP: add by number, link and text; label, archive, delete; orders beside."""

from __future__ import annotations

import httpx

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories

UPS = "1Z999AA10123456784"
DHL_PAKET = "00340435073630130811"


def _caller(app: App, email: str = "me@example.com") -> dict[str, str]:
    factories.user(app, email, Role.BUYER)
    return {"Authorization": f"Bearer {factories.token(app, email)}"}


def test_a_number_becomes_a_tracked_parcel_of_mine(app: App, http: httpx.Client) -> None:
    me = _caller(app)
    added = http.post("/api/v1/parcels", json={"tracking_number": UPS.lower()}, headers=me)
    assert added.status_code == 201, added.text
    [parcel] = added.json()["parcels"]
    assert parcel["tracking_number"] == UPS
    assert parcel["carrier"] == "ups"
    assert parcel["source"] == "number"
    assert parcel["status"] == "pending"
    listed = http.get("/api/v1/parcels", headers=me).json()["parcels"]
    assert [p["tracking_number"] for p in listed] == [UPS]
    again = http.post("/api/v1/parcels", json={"tracking_number": UPS}, headers=me)
    assert again.json()["parcels"][0]["id"] == parcel["id"]  # never a duplicate


def test_a_carrier_link_and_pasted_text_give_their_numbers(app: App, http: httpx.Client) -> None:
    me = _caller(app)
    link = (
        f"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={DHL_PAKET}"
    )
    by_link = http.post("/api/v1/parcels", json={"url": link}, headers=me).json()["parcels"]
    assert [(p["tracking_number"], p["carrier"], p["source"]) for p in by_link] == [
        (DHL_PAKET, "dhl_paket", "url")
    ]
    text = f"Hello, your order shipped. Tracking number: {UPS}. Thanks!"
    by_text = http.post("/api/v1/parcels", json={"text": text}, headers=me).json()["parcels"]
    assert [p["tracking_number"] for p in by_text] == [UPS]


def test_what_cannot_be_read_is_refused_with_the_reason(app: App, http: httpx.Client) -> None:
    me = _caller(app)
    unknown_link = http.post("/api/v1/parcels", json={"url": "https://example.com/"}, headers=me)
    assert unknown_link.status_code == 422
    assert "tracking_number" in unknown_link.json()["error"]["message"]
    two = http.post("/api/v1/parcels", json={"url": "https://x.example", "text": "y"}, headers=me)
    assert two.status_code == 422
    assert "exactly one" in two.json()["error"]["message"]
    bad = http.post("/api/v1/parcels", json={"tracking_number": "hello"}, headers=me)
    assert bad.status_code == 422


def test_label_archive_restore_delete(app: App, http: httpx.Client) -> None:
    me = _caller(app)
    [parcel] = http.post("/api/v1/parcels", json={"tracking_number": UPS}, headers=me).json()[
        "parcels"
    ]
    path = f"/api/v1/parcels/{parcel['id']}"
    labelled = http.patch(path, json={"label": "  Headphones   from AliExpress "}, headers=me)
    assert labelled.json()["label"] == "Headphones from AliExpress"
    archived = http.patch(path, json={"archived": True}, headers=me).json()
    assert archived["archived_at"] is not None
    assert http.get("/api/v1/parcels", headers=me).json()["parcels"] == []
    old = http.get("/api/v1/parcels", params={"archived": "true"}, headers=me).json()["parcels"]
    assert [p["id"] for p in old] == [parcel["id"]]
    assert http.patch(path, json={"archived": False}, headers=me).json()["archived_at"] is None
    assert http.delete(path, headers=me).status_code == 204
    assert http.delete(path, headers=me).status_code == 404


def test_others_never_see_nor_change_my_parcels(app: App, http: httpx.Client) -> None:
    me = _caller(app)
    other = _caller(app, "other@example.com")
    [parcel] = http.post("/api/v1/parcels", json={"tracking_number": UPS}, headers=me).json()[
        "parcels"
    ]
    assert http.get("/api/v1/parcels", headers=other).json()["parcels"] == []
    path = f"/api/v1/parcels/{parcel['id']}"
    assert http.patch(path, json={"label": "mine"}, headers=other).status_code == 404
    assert http.delete(path, headers=other).status_code == 404


def test_my_marketplace_orders_show_in_the_same_list(app: App, http: httpx.Client) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.shipped(app, seller, factories.s10(1), buyer="me@example.com")
    me = {"Authorization": f"Bearer {factories.token(app, 'me@example.com')}"}
    http.post("/api/v1/parcels", json={"tracking_number": UPS}, headers=me)
    listed = http.get("/api/v1/parcels", headers=me).json()["parcels"]
    by_source = {p["source"]: p for p in listed}
    assert set(by_source) == {"number", "order"}
    assert by_source["order"]["order"]["reference"] == "R-1"
    assert by_source["order"]["tracking_number"] == factories.s10(1)


def test_the_forwarding_address_and_its_rotation(app: App, http: httpx.Client) -> None:
    me = _caller(app)
    off = http.get("/api/v1/parcels/address", headers=me)
    assert off.status_code == 404
    assert "PARCELTRAIL_MAIL_IN_DOMAIN" in off.json()["error"]["message"]
    app.settings = app.settings.model_copy(update={"mail_in_domain": "in.example.test"})
    first = http.get("/api/v1/parcels/address", headers=me).json()
    assert set(first) == {"address"}
    assert first["address"].endswith("@in.example.test")
    assert http.get("/api/v1/parcels/address", headers=me).json() == first
    rotated = http.post("/api/v1/parcels/address/rotate", headers=me).json()
    assert rotated["address"] != first["address"]
    assert http.get("/api/v1/parcels/mails", headers=me).json() == {"mails": []}


def test_a_mailbox_is_connected_without_its_password_ever_shown(
    app: App, http: httpx.Client
) -> None:
    me = _caller(app)
    assert http.get("/api/v1/parcels/imap", headers=me).status_code == 404
    body = {"host": "imap.example.com", "username": "me@example.com", "password": "app-pw-1"}
    connected = http.put("/api/v1/parcels/imap", json=body, headers=me)
    assert connected.status_code == 200, connected.text
    assert connected.json() == {
        "host": "imap.example.com",
        "port": 993,
        "username": "me@example.com",
        "folder": "INBOX",
        "last_polled_at": None,
        "last_error": None,
    }
    assert "app-pw-1" not in http.get("/api/v1/parcels/imap", headers=me).text
    bad = http.put("/api/v1/parcels/imap", json={**body, "host": "bad host!"}, headers=me)
    assert bad.status_code == 422
    assert http.delete("/api/v1/parcels/imap", headers=me).status_code == 204
    assert http.get("/api/v1/parcels/imap", headers=me).status_code == 404
