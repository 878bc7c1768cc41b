"""Over-long and malformed fields on every form: an HTML page (never the API's JSON) that says
which field and what to do, keeps what was typed where sensible, and escapes it."""

from __future__ import annotations

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories
from tests.e2e.web import Browser, csrf, logged_in, person

SCRIPT = "<script>alert(1)</script>"
LONG = SCRIPT + "x" * 30_000  # over every text field's limit


def _refused(answer: httpx.Response, *words: str) -> str:
    assert answer.status_code == 422, answer.text[:300]
    assert answer.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert SCRIPT not in answer.text  # escaped wherever it is shown back
    for word in words:
        assert word in answer.text, word
    return answer.text


@pytest.fixture
def seller_order(app: App) -> str:
    person(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    return factories.order(app, seller, "AE-5").id


def test_the_tracking_box_keeps_the_text_that_fits_and_says_what_to_do(
    http: httpx.Client,
) -> None:
    token = csrf(http.get("/track"))
    text = _refused(
        http.post("/track", data={"csrf_token": token, "q": "RR123456785CN " + LONG}),
        "Tracking numbers is too long: at most 20,000 characters",
        "paste them a few at a time",
    )
    assert "RR123456785CN &lt;script&gt;" in text  # the start of the text stays in the box
    _refused(http.get("/track/RR123456785CN", params={"carrier": "c" * 65}), "Carrier is too long")
    many = "\n".join(f"RR{n:08d}CN" for n in range(3000))  # thousands pasted: bounded, no error
    bounded = http.post("/track", data={"csrf_token": token, "q": many[:20_000]})
    assert bounded.status_code == 200
    assert "Showing the first 20 numbers; 1519 more were left out" in bounded.text


def test_alerts_and_account_forms_are_drawn_again_with_the_message(
    app: App, http: httpx.Client
) -> None:
    token = csrf(http.get("/track/RR123456785CN"))
    alerts = _refused(
        http.post(
            "/track/RR123456785CN/alerts",
            data={"csrf_token": token, "email": "a" * 300, "milestones": "delivered"},
        ),
        "E-mail is too long: at most 254 characters, you sent 300",
        "Alerts for",
    )
    assert 'value="delivered" checked' in alerts
    login = _refused(
        http.post(
            "/login", data={"csrf_token": token, "email": "me@example.com", "password": LONG}
        ),
        "Password is too long",
        "Log in",
    )
    assert 'value="me@example.com"' in login  # the e-mail stays, the password never comes back
    assert "xxxxxxxxxx" not in login
    signup = _refused(
        http.post(
            "/signup",
            data={
                "csrf_token": token,
                "email": "new@example.com",
                "password": "long enough pw",
                "name": LONG,
            },
        ),
        "Name is too long",
        "Create an account",
    )
    assert 'value="new@example.com"' in signup
    _refused(
        http.post("/reset", data={"csrf_token": token, "email": LONG}),
        "E-mail is too long",
        "What you typed",
    )
    _refused(
        http.post("/reset/sometoken", data={"csrf_token": token, "password": LONG}),
        "Password is too long",
        "Choose a new password",
    )
    _refused(
        http.post("/login", data={"csrf_token": "t" * 300}),
        "security token is not valid: reload the page",
    )


def test_signed_in_forms_get_a_page_that_shows_what_was_typed(
    app: App, base_url: str, seller_order: str
) -> None:
    with logged_in(base_url, "seller@example.com") as client:
        browser = Browser(client)
        dispatch = f"/desk/orders/{seller_order}/dispatch"
        page = _refused(
            browser.form(dispatch, dispatch, tracking_number="RR123456785CN" + "9" * 1000),
            "Tracking number is too long: at most 1,000 characters",
            "What you typed",
            f'href="{dispatch}"',
        )
        assert "RR123456785CN999" in page
        _refused(
            browser.form("/account", "/account/tokens", name=LONG),
            "Name is too long",
            'href="/account"',
        )
    with logged_in(base_url, "buyer@example.com") as client:
        order = f"/orders/{seller_order}"
        token = csrf(client.get(order))
        message = "Where is my parcel? " + "please " * 1000
        page = _refused(
            client.post(
                f"{order}/messages",
                data={"csrf_token": token, "body": message},
                headers={"Referer": f"{base_url}{order}"},
            ),
            "Message is too long: at most 5,000 characters",
            f'href="{order}"',
        )
        assert "Where is my parcel? please please" in page  # nothing typed is lost
        _refused(
            client.post(f"{order}/disputes", data={"csrf_token": token, "reason": LONG}),
            "Reason is too long",
        )
