"""Abuse and probing over real HTTP on both databases: what a security probe found, held."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import lookup
from parceltrail.storage.tables import deliveries
from parceltrail.web import limits
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import Browser, person


def _reset_links(app: App) -> list[str]:
    with app.engine.connect() as connection:
        contents = connection.execute(
            select(deliveries.c.content)
            .where(deliveries.c.topic == "account.mail")
            .order_by(deliveries.c.id)
        ).scalars()
        links = [
            next(word for word in content["text"].split() if "/reset/" in word)
            for content in contents
        ]
    return [link.split("127.0.0.1:8000", 1)[1] for link in links]


def test_using_one_reset_link_voids_the_older_ones(
    app: App, base_url: str, clock: FrozenClock
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with httpx.Client(base_url=base_url) as client:
        browser = Browser(client)
        browser.form("/reset", "/reset", email="buyer@example.com")
        clock.advance(minutes=5)
        browser.form("/reset", "/reset", email="buyer@example.com")
        older, newer = _reset_links(app)
        done = browser.form(newer, newer, password="another long password")
        assert "Your password is set" in done.text
        stale = browser.form(older, older, password="an attacker's password")
        assert stale.status_code == 422
        assert "unknown, used or expired" in stale.text

