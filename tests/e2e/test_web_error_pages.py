"""Error pages over real HTTP: a logged-in person keeps their header, language and session's
CSRF token on every error status; the API keeps its JSON errors."""

from __future__ import annotations

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import accounts, browse
from parceltrail.services import orders as order_service
from tests import factories
from tests.e2e.web import csrf, logged_in, person

LOGGED_IN = ('action="/logout"', "My parcels")
LOGGED_OUT = ('href="/login"', 'href="/signup"')


def _shows_the_persons_header(answer: httpx.Response) -> None:
    assert answer.headers["content-type"].startswith("text/html"), answer.text
    for mark in LOGGED_IN:
        assert mark in answer.text, (answer.status_code, answer.request.url)
    for mark in LOGGED_OUT:
        assert mark not in answer.text, (answer.status_code, answer.request.url)


def _too_many_lookups(client: httpx.Client) -> httpx.Response:
    many = "\n".join(f"RR{n:08d}CN" for n in range(20))
    for _ in range(4):
        answer = client.get("/track", params={"q": many})
    return answer


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/no-such-page", 404),  # no route: Starlette's HTTPException
        ("GET", "/orders/ord_nope", 404),  # a route's NotFound (a ParceltrailError)
        ("GET", "/admin", 403),  # PermissionDenied: a buyer is not an admin
        ("POST", "/account/settings", 403),  # the form without its CSRF token
        ("PUT", "/orders", 405),  # no route for this method
    ],
)
def test_an_error_page_shows_the_logged_in_persons_header(
    app: App, base_url: str, method: str, path: str, status: int
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        answer = client.request(method, path)
        assert answer.status_code == status, answer.text
        _shows_the_persons_header(answer)


def test_the_429_page_shows_the_logged_in_persons_header(app: App, base_url: str) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        limited = _too_many_lookups(client)
        assert limited.status_code == 429
        assert "Too many lookups" in limited.text
        _shows_the_persons_header(limited)


def test_an_error_page_speaks_the_accounts_language_and_its_log_out_works(
    app: App, base_url: str
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        account = client.get("/account")
        saved = client.post(
            "/account/settings",
            data={"csrf_token": csrf(account), "language": "pl", "time_zone": "Europe/Warsaw"},
        )
        assert saved.status_code == 303
        missing = client.get("/no-such-page", headers={"accept-language": "de"})
        assert missing.status_code == 404
        assert '<html lang="pl"' in missing.text  # the account's language, as on every page
        assert "Nie znaleziono" in missing.text
        assert 'data-zone="Europe/Warsaw"' in missing.text
        # The header's Log out form carries the session's token: it logs out from here.
        out = client.post("/logout", data={"csrf_token": csrf(missing)})
        assert out.status_code == 303
        assert client.get("/orders").status_code == 401


def test_a_logged_out_visitor_still_gets_the_logged_out_header(http: httpx.Client) -> None:
    missing = http.get("/no-such-page")
    assert missing.status_code == 404
    for mark in LOGGED_OUT:
        assert mark in missing.text
    assert 'action="/logout"' not in missing.text
    assert "pt_csrf=" in missing.headers["set-cookie"]  # a first visit gets its CSRF cookie


def test_the_api_keeps_json_errors_for_a_logged_in_person(app: App, base_url: str) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        missing = client.get("/api/v1/no-such-thing")
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "not_found"


def _fails(**_: object) -> None:
    raise RuntimeError("a fault no handler expected")


def test_an_unexpected_failure_on_a_page_is_a_500_page_with_the_persons_header(
    app: App, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        monkeypatch.setattr(browse, "orders", _fails)
        failed = client.get("/orders")
        assert failed.status_code == 500
        assert "Something went wrong" in failed.text
        _shows_the_persons_header(failed)
        assert failed.headers["content-security-policy"].startswith("default-src 'none'")
        # uvicorn closes the connection after a fault; the answer says so, so this client
        # opens a new one for the next request instead of meeting a reset
        assert failed.headers["connection"] == "close"
        polish = client.get("/orders", params={"lang": "pl"})
        assert "z powodu awarii serwera" in polish.text
    monkeypatch.setattr(order_service, "list_orders", _fails)
    token = factories.token(app, "buyer@example.com")
    api = httpx.get(f"{base_url}/api/v1/orders", headers={"authorization": f"Bearer {token}"})
    assert api.status_code == 500
    assert api.json()["error"]["code"] == "internal_error"  # the API's stay JSON
    assert api.headers["connection"] == "close"


def test_a_500_page_is_drawn_even_when_the_session_cannot_be_looked_up(
    app: App, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fault is in the session look-up itself (as when the database is down): the page
    is drawn for no one rather than failing again."""
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        monkeypatch.setattr(accounts, "find_session", _fails)
        failed = client.get("/orders")
        assert failed.status_code == 500
        assert "Something went wrong" in failed.text
        assert 'href="/login"' in failed.text
