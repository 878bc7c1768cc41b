"""Mails are kept only until read (or never, with ``mail_keep=none``), are the user's alone,
and go with the account: every table of My parcels is deleted with its user."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from parceltrail.bootstrap import App
from parceltrail.domain.mail_in import MailLimits
from parceltrail.domain.users import Role
from parceltrail.services import mail_in
from parceltrail.services.parcels import ParcelCaps
from parceltrail.storage.tables import imap_accounts, inbound_mails, mail_inboxes, parcels, users
from tests import factories

MAIL = Path(__file__).resolve().parent.parent / "data" / "mails" / "mp_gls_delivered.eml"


def _intake(app: App, keep: mail_in.Keep) -> mail_in.Intake:
    return mail_in.Intake(app.pollers, ParcelCaps(50, 50), MailLimits(), keep)


def test_with_keep_none_a_mail_is_read_on_arrival_and_never_stored(app: App) -> None:
    user = factories.user(app, "me@example.com", Role.BUYER)
    with app.uow() as uow:
        mail = mail_in.receive(
            uow=uow,
            user_id=user.id,
            raw=MAIL.read_bytes(),
            via="smtp",
            intake=_intake(app, "none"),
            now=app.clock(),
        )
    assert mail is not None
    assert (mail.status, mail.numbers) == ("found", ("90346692444",))
    with app.engine.connect() as connection:
        stored = connection.execute(
            select(inbound_mails.c.raw, inbound_mails.c.status, inbound_mails.c.size)
        ).one()
        parcel_count = connection.execute(select(func.count()).select_from(parcels)).scalar_one()
    assert stored.raw is None
    assert stored.status == "found"
    assert stored.size == len(MAIL.read_bytes())
    assert parcel_count == 1


def test_a_queued_mail_is_deleted_once_read(app: App) -> None:
    user = factories.user(app, "me@example.com", Role.BUYER)
    with app.uow() as uow:
        queued = mail_in.receive(
            uow=uow,
            user_id=user.id,
            raw=MAIL.read_bytes(),
            via="smtp",
            intake=_intake(app, "until_parsed"),
            now=app.clock(),
        )
    assert queued is not None
    with app.uow() as uow:
        assert uow.mails.raw(queued.id)[1] == MAIL.read_bytes()  # kept until read
        mail_in.process(
            uow=uow, mail_id=queued.id, intake=_intake(app, "until_parsed"), now=app.clock()
        )
    with app.uow() as uow:
        mail, raw = uow.mails.raw(queued.id)
        assert (mail.status, raw) == ("found", None)
        again = mail_in.process(
            uow=uow, mail_id=queued.id, intake=_intake(app, "until_parsed"), now=app.clock()
        )
    assert again is None  # read once


def test_everything_of_my_parcels_goes_with_the_account(app: App) -> None:
    user = factories.user(app, "me@example.com", Role.BUYER)
    other = factories.user(app, "other@example.com", Role.BUYER)
    for who in (user, other):
        with app.uow() as uow:
            mail_in.inbox_of(uow=uow, user_id=who.id, now=app.clock())
            mail_in.receive(
                uow=uow,
                user_id=who.id,
                raw=MAIL.read_bytes(),
                via="smtp",
                intake=_intake(app, "none"),
                now=app.clock(),
            )
    with app.engine.begin() as connection:
        connection.execute(
            imap_accounts.insert().values(
                user_id=user.id,
                host="imap.example.com",
                port=993,
                username="me",
                secret=b"sealed",
                folder="INBOX",
                security="tls",
                last_uid=0,
                created_at=app.clock(),
            )
        )
        connection.execute(delete(users).where(users.c.id == user.id))
    with app.engine.connect() as connection:
        for table in (parcels, mail_inboxes, inbound_mails, imap_accounts):
            owners = connection.execute(select(table.c.user_id)).scalars().all()
            assert user.id not in owners
        assert connection.execute(select(parcels.c.user_id)).scalars().all() == [other.id]
