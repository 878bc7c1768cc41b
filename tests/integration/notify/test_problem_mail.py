"""End to end: a parcel that stops moving is flagged stale, then suspected lost, at the right
times by the runner's health sweep, and both the buyer and the seller are told, once each."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import alerts
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.integration.notify.conftest import SmtpServer, run

NUMBER = factories.s10(7)


def _post(app: App, seller: Any, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(items, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def _problem_mail(smtp: SmtpServer) -> list[tuple[str, str]]:
    return [
        (str(m["To"]), str(m["Subject"]))
        for m in smtp.inbox.messages
        if NUMBER in str(m["Subject"])
        and ("updates" in str(m["Subject"]) or "lost" in str(m["Subject"]))
    ]


def test_stale_then_lost_reaches_buyer_and_seller_once(
    napp: App, smtp: SmtpServer, clock: Any
) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    with napp.uow() as uow:
        alerts.subscribe_seller_problems(uow=uow, seller=seller, now=clock.now)
    factories.shipped(napp, seller, NUMBER)
    _post(napp, seller, factories.raw_journey(NUMBER, clock.now - timedelta(days=8))[:4])
    run(napp)
    assert _problem_mail(smtp) == []
    clock.advance(days=11)
    run(napp)
    run(napp)
    stale = f"No updates for {NUMBER}"
    assert sorted(_problem_mail(smtp)) == [
        ("buyer@example.com", stale),
        ("seller@example.com", stale),
    ]
    clock.advance(days=25)
    run(napp)
    lost = f"Parcel {NUMBER} may be lost"
    told_lost = sorted(to for to, subject in _problem_mail(smtp) if subject == lost)
    assert told_lost == ["buyer@example.com", "seller@example.com"]
    run(napp)
    assert len(_problem_mail(smtp)) == 4  # two verdicts, two people, each once
