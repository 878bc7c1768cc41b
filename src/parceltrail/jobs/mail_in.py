"""Mail in and My parcels in the background: read each received mail (``mail.received``),
archive delivered parcels, read connected mailboxes."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import timedelta

from parceltrail.config import Settings
from parceltrail.connectors.pollers import Pollers
from parceltrail.domain.mail_in import MailLimits
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.registry import in_transaction, sweep, sweep_in_transaction, task
from parceltrail.services import mail_in, mail_in_imap, parcels
from parceltrail.services.parcels import ParcelCaps
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job


def caps_from(settings: Settings) -> ParcelCaps:
    return ParcelCaps(settings.parcels_active_per_user, settings.parcels_per_user_per_day)


def intake_from(settings: Settings, pollers: Pollers) -> mail_in.Intake:
    """How mails are read here, from the settings."""
    return mail_in.Intake(
        pollable=pollers,
        caps=caps_from(settings),
        limits=MailLimits(max_bytes=settings.mail_in_max_bytes),
        keep=settings.mail_keep,
    )


@task("mail.received")
@in_transaction
def read_mail(ctx: JobContext, job: Job, uow: UnitOfWork) -> None:
    mail_in.process(
        uow=uow,
        mail_id=int(job.payload["mail_id"]),
        intake=intake_from(ctx.settings, ctx.pollers),
        now=ctx.clock(),
    )


@sweep("imap", every=timedelta(minutes=1))
def imap_sweep(ctx: JobContext) -> int:
    """Read the connected mailboxes that are due (PARCELTRAIL_IMAP_POLL_MINUTES)."""
    from parceltrail.connectors.imap import ImapMailbox
    from parceltrail.notify.netguard import public_connections_only
    from parceltrail.storage.secret_box import FernetBox

    settings = ctx.settings
    mailbox = ImapMailbox(
        guard=nullcontext if settings.imap_allow_private else public_connections_only
    )
    return mail_in_imap.visit_due(
        uow_factory=ctx.uow,
        every=timedelta(minutes=settings.imap_poll_minutes),
        mailbox=mailbox,
        box=FernetBox(settings.secret_key),
        intake=intake_from(settings, ctx.pollers),
        now=ctx.clock(),
    )


@sweep("parcels-archive", every=timedelta(hours=1))
@sweep_in_transaction
def archive_sweep(ctx: JobContext, uow: UnitOfWork) -> int:
    after = timedelta(days=ctx.settings.parcels_archive_after_days)
    return parcels.archive_delivered(uow=uow, now=ctx.clock(), after=after)
