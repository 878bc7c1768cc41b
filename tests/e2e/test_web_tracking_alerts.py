"""The public page over real HTTP: ETA and the health verdict, and the alerts form."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.storage.tables import outbox
from tests import factories
from tests.e2e.web import csrf

NUMBER = "LK123456785CN"


@pytest.fixture
def quiet(app: App) -> None:
    """A parcel cleared by customs on 18 Nov and silent since (now is 28 Nov)."""
    factories.quiet_since_customs(app, NUMBER)


def test_the_page_shows_the_eta_and_one_explanation_from_the_health_verdict(
    quiet: None, http: httpx.Client
) -> None:
    page = http.get(f"/track/{NUMBER}")
    assert page.status_code == 200
    assert "Expected delivery" in page.text
    assert "few deliveries on this lane yet: a default estimate for the destination" in page.text
    assert "No updates for a while" in page.text
    assert "longer than this step usually takes" in page.text  # the verdict's words
    assert "The carrier has reported nothing for" not in page.text  # not the heuristic's too


def test_alerts_are_double_opt_in_through_the_outbox(
    app: App, quiet: None, http: httpx.Client
) -> None:
    token = csrf(http.get(f"/track/{NUMBER}"))
    path = f"/track/{NUMBER}/alerts"
    fields = {"email": "fan@example.com", "milestones": ["delivered", "out_for_delivery"]}
    assert http.post(path, data=fields).status_code == 403  # no CSRF token
    none = http.post(path, data={"csrf_token": token, "email": "fan@example.com"})
    assert (none.status_code, "choose at least one" in none.text) == (422, True)
    bad = http.post(path, data={"csrf_token": token, "email": "<b>x", "milestones": "delivered"})
    assert bad.status_code == 422
    assert "<b>x" not in bad.text
    sent = http.post(path, data={"csrf_token": token, **fields})
    assert sent.status_code == 200
    assert "Check your inbox" in sent.text
    with app.engine.connect() as connection:
        topics = connection.execute(select(outbox.c.topic)).scalars().all()
    assert topics.count("subscription.requested") == 1
