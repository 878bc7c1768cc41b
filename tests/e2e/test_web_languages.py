"""What services say to people reaches a Polish page in Polish: their errors, the health
verdict and the ETA's details, numbers and dates written the Polish way. (The API keeps
answering in English: the same errors, the same words as before.)"""

from __future__ import annotations

import httpx
from babel.numbers import format_decimal

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import lookup
from tests import factories
from tests.e2e.web import Browser, logged_in, person

NUMBER = "LK123456785CN"
POLISH = {"Accept-Language": "pl-PL,pl;q=0.9"}


def test_the_health_verdict_and_the_eta_details_are_in_polish(app: App, http: httpx.Client) -> None:
    factories.quiet_since_customs(app, NUMBER)  # now is 28 Nov
    page = http.get(f"/track/{NUMBER}", headers=POLISH)
    assert '<html lang="pl"' in page.text
    assert "Brak wieści od przewoźnika od 9 dni, dłużej niż zwykle trwa ten etap." in page.text
    assert "longer than this step usually takes" not in page.text
    assert "na tej trasie było jeszcze mało doręczeń" in page.text  # the ETA's details
    assert "few deliveries on this lane yet" not in page.text
    english = http.get(f"/track/{NUMBER}", params={"lang": "en"})
    assert "No carrier update for 9 days, longer than this step usually takes." in english.text


def test_a_services_refusal_is_shown_in_polish_at_its_field(app: App, base_url: str) -> None:
    person(app, "seller@example.com", Role.SELLER)
    factories.order(app, factories.user(app, "other@example.com"), "AE-1")
    with logged_in(base_url, "seller@example.com") as client:
        client.headers.update(POLISH)
        browser = Browser(client)
        fields = {
            "reference": "AE-1",
            "buyer_email": "buyer@example.com",
            "title": "Etui",
            "quantity": "1",
            "total": "10",
            "currency": "PLN",
        }
        assert browser.form("/desk/orders/new", "/desk/orders/new", **fields).status_code == 303
        again = browser.form("/desk/orders/new", "/desk/orders/new", **fields)
        assert again.status_code == 409
        assert 'id="reference-error">masz już zamówienie o numerze &#39;AE-1&#39;</p>' in again.text
        wrong = browser.form(
            "/desk/orders/new",
            "/desk/orders/new",
            **{**fields, "reference": "AE-2", "language": "xx"},
        )
        assert wrong.status_code == 422
        assert "nie ma tu języka &#39;xx&#39;" in wrong.text
        missing = client.get("/orders/ord_nope")
        assert missing.status_code == 404
        assert "<h1>Nie znaleziono</h1>" in missing.text
        assert "nie masz zamówienia ord_nope" in missing.text


def test_a_refused_form_says_its_limits_with_polish_numbers(http: httpx.Client) -> None:
    sent = lookup.MAX_TEXT + 1000
    page = http.get("/track", params={"q": "x" * sent}, headers=POLISH)
    assert page.status_code == 422
    most, typed = (format_decimal(n, locale="pl") for n in (lookup.MAX_TEXT, sent))
    assert f"Numery przesyłek: za długie; najwyżej {most} znaków, wysłano {typed}." in page.text


def test_the_api_answers_the_same_refusal_in_english(app: App, http: httpx.Client) -> None:
    factories.user(app, "seller@example.com", Role.SELLER)
    token = factories.token(app, "seller@example.com")
    order = {"reference": "AE-1", "buyer_email": "buyer@example.com", "lines": [{"title": "x"}]}
    auth = {"Authorization": f"Bearer {token}", **POLISH}
    assert http.post("/api/v1/orders", json=order, headers=auth).status_code == 201
    again = http.post("/api/v1/orders", json=order, headers=auth)
    assert again.json()["error"] == {
        "code": "duplicate_order",
        "message": "you already have an order with reference 'AE-1'",
        "details": {"reference": "AE-1"},
    }
