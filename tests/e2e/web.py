"""Helpers for the web-page tests: people with passwords, logged-in clients, CSRF tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.users import Role
from parceltrail.services import accounts
from tests import factories

PASSWORD = "correct horse battery"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def person(app: App, email: str, role: Role) -> None:
    user = factories.user(app, email, role)
    with app.uow() as uow:
        accounts.set_password(uow=uow, user=user, password=PASSWORD)


def csrf(response: httpx.Response) -> str:
    found = _CSRF.search(response.text)
    assert found, "no CSRF token on the page"
    return found.group(1)


@dataclass
class Browser:
    client: httpx.Client

    def form(self, page: str, target: str, /, **fields: str) -> httpx.Response:
        token = csrf(self.client.get(page))
        return self.client.post(target, data={"csrf_token": token, **fields})


@contextmanager
def logged_in(base_url: str, email: str) -> Iterator[httpx.Client]:
    with outbound_client(base_url=base_url, timeout=30) as client:
        answer = Browser(client).form("/login", "/login", email=email, password=PASSWORD)
        assert answer.status_code == 303, answer.text
        yield client


def read_tracking(app: App, http: httpx.Client, number: str) -> dict[str, Any]:
    """A tracking as a new admin reads it over the API (once a test: the admin is made here)."""
    factories.user(app, "ops@example.com", Role.ADMIN)
    token = factories.token(app, "ops@example.com")
    answer = http.get(f"/api/v1/trackings/{number}", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body
