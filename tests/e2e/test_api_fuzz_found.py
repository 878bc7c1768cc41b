"""Inputs schemathesis found that broke the API, over real HTTP on SQLite and PostgreSQL:
each must now get a 4xx JSON error that says what was wrong."""

from __future__ import annotations

import base64
import re

import httpx
import jsonschema_rs
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories

TOO_BIG = 2**64  # past a 64-bit integer: overflowed the SQLite driver (a 500)
BIGGEST = 2**63 - 1


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def admin_token(app: App) -> str:
    factories.user(app, "admin@example.com", Role.ADMIN)
    return factories.token(app, "admin@example.com")


def refused_field(response: httpx.Response) -> str:
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"].startswith("the request is not valid: ")
    assert "less than or equal to 9223372036854775807" in error["message"]
    return str(error["details"][0]["field"])


def test_an_offset_past_64_bits_is_refused_naming_it(http: httpx.Client, admin_token: str) -> None:
    refused = http.get(f"/api/v1/orders?offset={TOO_BIG}&limit=21", headers=auth(admin_token))
    assert refused_field(refused) == "query.offset"
    at_the_edge = http.get(f"/api/v1/orders?offset={BIGGEST}", headers=auth(admin_token))
    assert at_the_edge.status_code == 200, at_the_edge.text
    assert at_the_edge.json()["orders"] == []


def test_numeric_ids_past_64_bits_are_refused_naming_them(
    http: httpx.Client, admin_token: str
) -> None:
    job = http.post(f"/api/v1/admin/outbox/{TOO_BIG}/retry", headers=auth(admin_token))
    delivery = http.post(
        f"/api/v1/webhooks/endpoints/wh_x/deliveries/{TOO_BIG}/redeliver",
        headers=auth(admin_token),
    )
    assert (refused_field(job), refused_field(delivery)) == ("path.job_id", "path.delivery_id")
    missing = http.post(f"/api/v1/admin/outbox/{BIGGEST}/retry", headers=auth(admin_token))
    assert missing.status_code == 404, missing.text


def test_an_unsupported_method_says_which_ones_are_allowed(http: httpx.Client) -> None:
    response = http.request("TRACE", "/healthz")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_the_documented_example_of_a_standalone_tracking_passes_validation(
    http: httpx.Client, admin_token: str
) -> None:
    schema = http.get("/openapi.json").json()["components"]["schemas"]["TrackingIn"]
    example = {name: field["examples"][0] for name, field in schema["properties"].items()}
    assert example == {"tracking_number": "LK123456785CN", "carrier": "china_post"}
    started = http.post("/api/v1/trackings", json=example, headers=auth(admin_token))
    # Refused only because this server polls no carrier: the number and carrier are fine.
    assert started.status_code == 422, started.text
    assert started.json()["error"]["code"] == "carrier_not_pollable"


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def thread(app: App, http: httpx.Client) -> tuple[str, str]:
    """(the messages path of an order, its buyer's token)."""
    factories.user(app, "seller@example.com", Role.SELLER)
    factories.user(app, "buyer@example.com", Role.BUYER)
    order = http.post(
        "/api/v1/orders",
        headers=auth(factories.token(app, "seller@example.com")),
        json={"reference": "AE-9", "buyer_email": "buyer@example.com", "lines": [{"title": "x"}]},
    )
    assert order.status_code == 201, order.text
    return f"/api/v1/orders/{order.json()['id']}/messages", factories.token(
        app, "buyer@example.com"
    )


def post_image(
    http: httpx.Client, thread: tuple[str, str], filename: str, data: str
) -> httpx.Response:
    path, token = thread
    attachment = {"filename": filename, "data_base64": data}
    return http.post(path, headers=auth(token), json={"body": "photo", "attachments": [attachment]})


def test_an_image_named_outside_latin_1_is_served_with_its_name(
    http: httpx.Client, thread: tuple[str, str]
) -> None:
    posted = post_image(http, thread, "Ürün 日本.png", base64.b64encode(PNG).decode())
    assert posted.status_code == 201, posted.text
    [attachment] = posted.json()["attachments"]
    assert attachment["id"] is not None  # the answer said /api/v1/attachments/None
    image = http.get(attachment["url"], headers=auth(thread[1]))
    assert image.status_code == 200, image.text  # the header failed to encode: a 500
    assert image.content == PNG
    assert image.headers["content-disposition"] == (
        "inline; filename=\"_r_n __.png\"; filename*=UTF-8''%C3%9Cr%C3%BCn%20%E6%97%A5%E6%9C%AC.png"
    )


def test_an_attachment_that_is_not_base64_is_refused_saying_which_field(
    http: httpx.Client, thread: tuple[str, str]
) -> None:
    refused = post_image(http, thread, "label.png", "not base64!")
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["details"] == {"field": "attachments"}
    assert error["message"].startswith("the data_base64 of attachment 'label.png' is not valid")


@pytest.mark.parametrize(
    ("occurred_at", "reason"),
    [
        ("9999-12-31T23:59:59-14:00", "time_in_future"),
        ("0001-01-01T00:00:00+14:00", "time_too_old"),
    ],
)
def test_an_event_time_with_no_utc_instant_is_rejected_not_a_crash(
    http: httpx.Client, admin_token: str, occurred_at: str, reason: str
) -> None:
    event = {"tracking_number": "LK123456785CN", "occurred_at": occurred_at, "description": "x"}
    answer = http.post("/api/v1/events", json={"events": [event]}, headers=auth(admin_token))
    assert answer.status_code == 200, answer.text  # converting to UTC overflowed: a 500
    assert [r["reason"] for r in answer.json()["rejections"]] == [reason]


def test_a_dispatch_time_with_no_utc_instant_is_refused_naming_it(
    http: httpx.Client, thread: tuple[str, str], app: App
) -> None:
    order_path = thread[0].removesuffix("/messages")
    answer = http.post(
        f"{order_path}/shipments",
        json={"tracking_number": "LK123456785CN", "dispatched_at": "9999-12-31T23:59:59-14:00"},
        headers=auth(factories.token(app, "seller@example.com")),
    )
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["details"] == {"field": "dispatched_at"}
    assert "outside the years 1-9999 once converted to UTC" in error["message"]


def test_a_nul_anywhere_in_the_request_is_refused_before_the_database(
    http: httpx.Client, thread: tuple[str, str]
) -> None:
    # PostgreSQL refuses NUL in text (a 500); SQLite stored it. Now both answer 422 first.
    path, token = thread
    order_path = path.removesuffix("/messages")
    refusals = {
        "body": http.post(path, headers=auth(token), json={"body": "hi\x00there"}),
        "path": http.get(f"{order_path}%00", headers=auth(token)),
        "query string": http.get("/api/v1/detect?number=LK1%00", headers=auth(token)),
    }
    for where, refused in refusals.items():
        assert refused.status_code == 422, refused.text
        error = refused.json()["error"]
        assert error["code"] == "invalid_request"
        assert error["message"].startswith(f"the request's {where} contains a NUL character")
    literal = http.post(path, headers=auth(token), json={"body": "a backslash: \\u0000"})
    assert literal.status_code == 201, literal.text
    assert literal.json()["body"] == "a backslash: \\u0000"


def test_a_nul_in_a_page_form_gets_a_page(http: httpx.Client) -> None:
    refused = http.post("/track", data={"q": "LK123456785CN\x00"})
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("text/html")
    assert "contains a NUL character" in refused.text


def test_an_outbound_webhook_endpoint_can_be_registered(
    http: httpx.Client, admin_token: str
) -> None:
    # POST /webhooks/{provider} was routed first and answered "no webhook named 'endpoints'".
    body = {"url": "https://example.com/parceltrail-hooks", "events": ["shipment.dispatched"]}
    registered = http.post("/api/v1/webhooks/endpoints", json=body, headers=auth(admin_token))
    assert registered.status_code == 201, registered.text
    assert registered.json()["secret"]
    listed = http.get("/api/v1/webhooks/endpoints", headers=auth(admin_token)).json()
    assert [e["url"] for e in listed["endpoints"]] == [body["url"]]


def test_a_webhook_url_with_an_unbalanced_bracket_is_refused_not_a_crash(
    http: httpx.Client, admin_token: str
) -> None:
    # urlsplit raised "Invalid IPv6 URL" and the API answered 500 (schemathesis, ST101).
    body = {"url": "http://example]com/hooks", "events": ["shipment.dispatched"]}
    refused = http.post("/api/v1/webhooks/endpoints", json=body, headers=auth(admin_token))
    assert refused.status_code == 422
    assert refused.json()["error"]["details"] == {"field": "url"}
    assert "url must be an http(s) URL" in refused.json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/api/v1/subscriptions", "GET, POST"),
        # PATCH /subscriptions/{id} takes subscription ids only, so these paths are not
        # taken for one (schemathesis ST205: the Allow named a PATCH they do not document).
        ("/api/v1/subscriptions/confirm", "GET"),
        ("/api/v1/subscriptions/unsubscribe", "GET, POST"),
        ("/api/v1/subscriptions/manage", "GET, PATCH"),
        ("/api/v1/subscriptions/problems", "POST"),
        # likewise PATCH and DELETE /parcels/{id} take parcel ids only (ST204 on PATCH)
        ("/api/v1/parcels/address", "GET"),
        ("/api/v1/parcels/imap", "GET, PUT, DELETE"),
        ("/api/v1/parcels/mails", "GET"),
    ],
)
def test_allow_lists_every_method_of_the_path(http: httpx.Client, path: str, allowed: str) -> None:
    # Starlette named the first route whose path matched: PATCH for /subscriptions/confirm.
    response = http.request("OPTIONS", path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed


def test_a_body_that_is_not_utf_8_says_what_to_send(http: httpx.Client, admin_token: str) -> None:
    refused = http.post(
        "/api/v1/orders",
        content=b"BWk\xff\x02j7n",
        headers={**auth(admin_token), "Content-Type": "application/json"},
    )
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"] == (
        "the request body could not be read (UnicodeDecodeError): send JSON, UTF-8 encoded, "
        "with Content-Type: application/json"
    )


def test_a_text_padded_past_its_declared_length_is_refused_naming_it(
    http: httpx.Client, thread: tuple[str, str], app: App
) -> None:
    """The document says at most 64 characters: counted as sent, before spaces are stripped."""
    order_path = thread[0].removesuffix("/messages")
    seller = auth(factories.token(app, "seller@example.com"))
    padded = {"tracking_number": "LK123456785CN", "carrier": "china_post" + " " * 60}
    refused = http.post(f"{order_path}/shipments", json=padded, headers=seller)
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["details"][0]["field"] == "carrier"
    stripped = {"tracking_number": " LK123456785CN ", "carrier": " china_post "}
    dispatched = http.post(f"{order_path}/shipments", json=stripped, headers=seller)
    assert dispatched.status_code == 201, dispatched.text
    assert (dispatched.json()["tracking_number"], dispatched.json()["carrier"]) == (
        "LK123456785CN",
        "china_post",
    )


def test_a_blank_line_title_is_refused_by_the_order_rules(
    http: httpx.Client, app: App, admin_token: str
) -> None:
    factories.user(app, "seller@example.com", Role.SELLER)
    order = {"reference": "AE-10", "buyer_email": "buyer@example.com", "lines": [{"title": "\f"}]}
    refused = http.post(
        "/api/v1/orders", json=order, headers=auth(factories.token(app, "seller@example.com"))
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"] == {
        "code": "invalid_order",
        "message": "lines[0].title must have 1 to 300 characters",
        "details": {"field": "lines[0].title"},
    }


def test_the_document_states_which_texts_must_not_be_blank(http: httpx.Client) -> None:
    """A pattern JSON Schema checks as ECMA regex: Python's whitespace (what strip removes) is
    spelt out, U+001C-1F and U+0085 included, which ECMA's \\s leaves out."""
    schemas = http.get("/openapi.json").json()["components"]["schemas"]
    patterns = {
        schemas["LineIn"]["properties"]["title"]["pattern"],
        schemas["OrderIn"]["properties"]["reference"]["pattern"],
        schemas["MessageIn"]["properties"]["body"]["pattern"],
    }
    assert len(patterns) == 1
    [pattern] = patterns
    assert re.search(pattern, "\x1c\x1f\x85\u3000\f") is None
    assert re.search(pattern, " x ") is not None


def test_the_outbox_status_list_is_declared_as_the_service_reads_it(
    http: httpx.Client, admin_token: str
) -> None:
    [status] = [
        parameter
        for parameter in http.get("/openapi.json").json()["paths"]["/api/v1/admin/outbox"]["get"][
            "parameters"
        ]
        if parameter["name"] == "status"
    ]
    pattern = status["schema"]["pattern"]
    for accepted in ("", "dead", " dead , failed", "pending,queued,running,done"):
        assert re.fullmatch(pattern, accepted), accepted
        answer = http.get(
            "/api/v1/admin/outbox", params={"status": accepted}, headers=auth(admin_token)
        )
        assert answer.status_code == 200, answer.text
    for refused in ("dead;failed", "deadx"):
        assert re.fullmatch(pattern, refused) is None
        answer = http.get(
            "/api/v1/admin/outbox", params={"status": refused}, headers=auth(admin_token)
        )
        assert answer.status_code == 422, answer.text


def test_true_or_false_is_not_taken_for_a_number(
    http: httpx.Client, thread: tuple[str, str], app: App
) -> None:
    order_path = thread[0].removesuffix("/messages")
    seller = auth(factories.token(app, "seller@example.com"))
    dispatched = http.post(
        f"{order_path}/shipments", json={"tracking_number": "LK123456785CN"}, headers=seller
    )
    assert dispatched.status_code == 201, dispatched.text
    extended = http.post(f"{order_path}/protection/extend", json={"days": True}, headers=seller)
    assert extended.status_code == 422, extended.text  # was taken as 1 day
    assert extended.json()["error"]["details"][0]["field"] == "days"
    line = {"title": "Mug", "quantity": False}
    order = {"reference": "AE-11", "buyer_email": "buyer@example.com", "lines": [line]}
    refused = http.post("/api/v1/orders", json=order, headers=seller)
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["details"][0]["field"] == "lines.0.quantity"


@pytest.mark.parametrize("suffix", ["ics", "json"])
def test_a_feed_with_an_unknown_token_answers_in_json_as_documented(
    http: httpx.Client, suffix: str
) -> None:
    missing = http.get(f"/feeds/parcels/usr_x/{'0' * 40}.{suffix}")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/json"  # an HTML page before (ST105)
    traced = http.request("TRACE", f"/feeds/parcels/usr_x/{'0' * 40}.{suffix}")
    assert (traced.status_code, traced.headers["allow"]) == (405, "GET")


UPS = "1Z999AA10123456784"


def test_a_parcel_body_is_valid_by_the_document_exactly_when_it_is_taken(
    http: httpx.Client, app: App
) -> None:
    """ST202 on POST /parcels: "exactly one of tracking_number, url or text" is stated as a
    oneOf, and a blank text by its pattern, so the document and the service agree."""
    factories.user(app, "me@example.com", Role.BUYER)
    me = auth(factories.token(app, "me@example.com"))
    document = jsonschema_rs.validator_for(
        http.get("/openapi.json").json()["components"]["schemas"]["ParcelIn"]
    )
    cases = [
        ({"tracking_number": UPS, "label": "Headphones"}, True),
        ({"tracking_number": None, "url": None, "text": f"Tracking number: {UPS}"}, True),
        ({"carrier": "", "text": "0", "tracking_number": "0", "url": "0"}, False),  # the finding
        ({"tracking_number": UPS, "url": None, "text": "y"}, False),
        ({"label": "Headphones"}, False),
        ({"tracking_number": " \u3000\x1c"}, False),
        ({"tracking_number": UPS, "label": "x" * 121}, False),
    ]
    for body, valid in cases:
        assert document.is_valid(body) is valid, body
        answer = http.post("/api/v1/parcels", json=body, headers=me)
        assert (answer.status_code == 201) is valid, (body, answer.text)
        assert answer.status_code in (201, 422), answer.text


def test_an_imap_host_is_valid_by_the_document_exactly_when_it_is_taken(
    http: httpx.Client, app: App
) -> None:
    """ST202 on PUT /parcels/imap: the host's rule is declared as the service checks it,
    spaces around it allowed (they are stripped)."""
    factories.user(app, "me@example.com", Role.BUYER)
    me = auth(factories.token(app, "me@example.com"))
    document = jsonschema_rs.validator_for(
        http.get("/openapi.json").json()["components"]["schemas"]["ImapIn"]
    )
    for host, valid in [
        (" imap.example.com\t", True),
        ("a" * 253, True),
        ("W\U00093e696\U00098cc2", False),  # the finding: letters outside ASCII
        ("bad host!", False),
        ("-imap.example.com", False),
    ]:
        body = {"host": host, "username": "me@example.com", "password": "app-pw-1"}
        assert document.is_valid(body) is valid, host
        answer = http.put("/api/v1/parcels/imap", json=body, headers=me)
        assert (answer.status_code == 200) is valid, (host, answer.text)
    assert http.get("/api/v1/parcels/imap", headers=me).json()["host"] == "a" * 253


def test_a_text_that_must_not_be_blank_keeps_its_declared_length(http: httpx.Client) -> None:
    """The not-blank pattern is added to a text's schema, beside its bounds: a schema-valid
    reference of 101 characters was refused while the document stated no bound."""
    schemas = http.get("/openapi.json").json()["components"]["schemas"]
    reference = schemas["OrderIn"]["properties"]["reference"]
    assert (reference["minLength"], reference["maxLength"]) == (1, 100)
    assert "pattern" in reference
    assert schemas["LineIn"]["properties"]["title"]["maxLength"] == 300


def test_the_events_body_refuses_a_field_it_does_not_know(
    http: httpx.Client, admin_token: str
) -> None:
    """Every request body is a BodyIn: `POST /events` took any other field and dropped it."""
    sent = {"events": [], "event": [{"tracking_number": "LK123456785CN"}]}
    refused = http.post("/api/v1/events", json=sent, headers=auth(admin_token))
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["details"][0]["field"] == "event"
    schema = http.get("/openapi.json").json()["components"]["schemas"]["EventsIn"]
    assert schema["additionalProperties"] is False
