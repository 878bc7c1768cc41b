"""Apprise channels to a real receiver on loopback (Apprise's json:// posts to it): queued
through the outbox, retried, never stored or shown with their secrets, private hosts refused."""

from __future__ import annotations

import json
import socket

import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.users import Role
from parceltrail.notify.channels import AppriseChannels, public_connections_only
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.services import preferences
from parceltrail.storage import jobs_repository as store
from parceltrail.storage.tables import deliveries
from tests import factories
from tests.integration.notify.conftest import Receiver, SmtpServer, run, served

NUMBER = "1Z999AA10123456784"
SECRET = "s3cret-pass-word"


def _channel(receiver: Receiver) -> str:
    return f"json://apprise:{SECRET}@127.0.0.1:{receiver.port}/hooks"


def _buyer_with_channel(app: App, url: str) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    buyer = factories.user(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        preferences.save_preferences(
            uow=uow,
            user=buyer,
            choices=preferences.Choices(channels=[url]),
            checker=app.channels,
            now=app.clock(),
        )
    factories.shipped(app, seller, NUMBER)


def _posted(receiver: Receiver) -> list[dict]:
    return [json.loads(body) for _, body in receiver.requests]


def test_an_update_reaches_the_channel_as_well_as_the_mailbox(
    napp: App, receiver: Receiver, smtp
) -> None:
    _buyer_with_channel(napp, _channel(receiver))
    stats = run(napp)
    assert (stats.failed, stats.dead) == (0, 0)
    [posted] = _posted(receiver)
    assert posted["title"] == f"Your order R-1 has shipped: {NUMBER}"
    assert f"/track/{NUMBER}" in posted["message"]
    assert f"Your order R-1 has shipped: {NUMBER}" in smtp.inbox.subjects()
    with napp.engine.connect() as connection:
        rows = connection.execute(
            select(deliveries.c.recipient, deliveries.c.content, deliveries.c.status).where(
                deliveries.c.channel == "apprise"
            )
        ).all()
    [(recipient, content, status)] = rows
    assert status == "sent"
    assert SECRET not in recipient + json.dumps(content)  # the row names the channel by id


def test_a_failing_channel_is_retried_and_delivered_once(
    napp: App, receiver: Receiver, clock
) -> None:
    receiver.mode = "500"
    _buyer_with_channel(napp, _channel(receiver))
    stats = run(napp)
    assert stats.failed == 1  # the channel; the mails went out
    receiver.mode = "ok"
    clock.advance(minutes=5)
    run(napp)
    clock.advance(hours=1)
    run(napp)
    assert len(receiver.requests) == 2  # one refused, one accepted, nothing after
    assert store.counts(napp.engine).keys() == {"done"}


def test_a_removed_channel_is_skipped(napp: App, receiver: Receiver) -> None:
    receiver.down()
    _buyer_with_channel(napp, _channel(receiver))
    run(napp)  # the receiver is down: retried later
    with napp.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
        assert buyer is not None
        preferences.save_preferences(
            uow=uow,
            user=buyer,
            choices=preferences.Choices(channels=[]),
            checker=napp.channels,
            now=napp.clock(),
        )
    receiver.up()
    napp.clock.advance(hours=1)  # type: ignore[attr-defined]
    run(napp)
    assert receiver.requests == []
    with napp.engine.connect() as connection:
        status = connection.execute(
            select(deliveries.c.status).where(deliveries.c.channel == "apprise")
        ).scalar_one()
    assert status == "skipped"


def test_private_hosts_and_unknown_schemes_are_refused_with_a_reason(receiver: Receiver) -> None:
    strict = AppriseChannels(allow_private=False)
    with pytest.raises(ValidationFailed, match="private or local address") as refused:
        strict.check(_channel(receiver))
    assert SECRET not in refused.value.message
    with pytest.raises(ValidationFailed, match="PARCELTRAIL_APPRISE_ALLOW_PRIVATE"):
        strict.check("jsons://10.1.2.3/hooks")
    with pytest.raises(DeliveryFailed) as at_send:
        strict.send(_channel(receiver), title="t", body="b")
    assert at_send.value.permanent
    assert receiver.requests == []
    with pytest.raises(ValidationFailed, match="not a channel Apprise knows"):
        strict.check(f"nosuchservice://user:{SECRET}@example.com/")
    with pytest.raises(ValidationFailed, match="Apprise URL"):
        strict.check("just some text")
    assert strict.check("tgram://123456789:abcdefghij_klmnop/12315544/")


def test_the_api_masks_channel_secrets_and_keeps_channels_by_id(
    napp: App, receiver: Receiver
) -> None:
    factories.user(napp, "buyer@example.com", Role.BUYER)
    auth = {"Authorization": f"Bearer {factories.token(napp, 'buyer@example.com')}"}
    with served(napp) as client:
        bad = client.put(
            "/api/v1/preferences", headers=auth, json={"channels": [f"nope://x:{SECRET}@h/"]}
        )
        assert bad.status_code == 422
        assert "not a channel Apprise knows" in bad.json()["error"]["message"]
        assert SECRET not in bad.text
        saved = client.put(
            "/api/v1/preferences",
            headers=auth,
            json={"channels": [_channel(receiver)], "mode": "digest"},
        )
        assert saved.status_code == 200, saved.text
        [channel] = saved.json()["channels"]
        assert SECRET not in saved.text
        assert channel["url"].startswith(f"json://apprise:****@127.0.0.1:{receiver.port}")
        kept = client.put("/api/v1/preferences", headers=auth, json={"channels": [channel["id"]]})
        assert kept.json()["channels"] == [channel]
        assert client.get("/api/v1/preferences", headers=auth).json()["mode"] == "digest"
        too_many = client.put(
            "/api/v1/preferences",
            headers=auth,
            json={"channels": [f"json://127.0.0.1:{receiver.port}/{n}" for n in range(6)]},
        )
        assert too_many.status_code == 422
        assert "at most 5 channels" in too_many.text


@pytest.mark.parametrize(
    "template",
    [
        "mailto://user:{secret}@127.0.0.1:{port}?to=a@example.com&from=b@example.com",
        "mailto://user:{secret}@example.com?smtp=127.0.0.1&to=a@example.com",
        "ncloud://admin:{secret}@127.0.0.1:{port}/bob",
        "hassio://127.0.0.1:{port}/{secret}",
        "rsyslog://127.0.0.1:{port}",
        "signal://127.0.0.1:{port}/12345678901/12345678902",
    ],
)
def test_every_scheme_that_names_its_server_is_held_to_public_hosts(
    template: str, smtp: SmtpServer
) -> None:
    """Not only the HTTP schemes: mail servers, Nextcloud, Home Assistant, syslog, ... too."""
    url = template.format(secret=SECRET, port=smtp.port)
    strict = AppriseChannels(allow_private=False)
    with pytest.raises(ValidationFailed, match="private or local address") as refused:
        strict.check(url)
    assert SECRET not in refused.value.message
    with pytest.raises(DeliveryFailed) as at_send:
        strict.send(url, title="t", body="b")
    assert at_send.value.permanent
    assert smtp.inbox.messages == []


def test_rsyslog_is_refused_even_to_a_public_host() -> None:
    """Its socket resolves the host inside the C library, past the connect-time guard: a name
    that is public when checked could be private when the mail is sent."""
    strict = AppriseChannels(allow_private=False)
    with pytest.raises(ValidationFailed, match="cannot check the address"):
        strict.check("rsyslog://93.184.216.34:514")
    with pytest.raises(DeliveryFailed, match="cannot check the address") as at_send:
        strict.send("rsyslog://93.184.216.34:514", title="t", body="b")
    assert at_send.value.permanent
    assert AppriseChannels(allow_private=True).check("rsyslog://10.0.0.5:514")


def test_connections_to_private_addresses_are_refused_while_a_channel_sends(
    receiver: Receiver,
) -> None:
    """The last guard, at connect time: a name that resolved to a public address when the
    channel was checked, a redirect, or a server named where the check does not look."""
    with public_connections_only() as guard, pytest.raises(OSError, match="private or local"):
        socket.create_connection(("127.0.0.1", receiver.port), timeout=2)
    assert guard.refused == "127.0.0.1 is a private or local address"
    socket.create_connection(("127.0.0.1", receiver.port), timeout=2).close()  # outside: free
