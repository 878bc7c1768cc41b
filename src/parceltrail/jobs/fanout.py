"""The fan-out tasks: one per domain-event topic, each one transaction around the use case
that decides who is told what (services/fanout.py), worded by notify/render.py."""

from __future__ import annotations

from parceltrail.jobs.context import JobContext
from parceltrail.jobs.registry import in_transaction, task
from parceltrail.notify import render
from parceltrail.services.alerting import Links
from parceltrail.services.fanout import SOURCE_KEY, TELL, Told
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job


def links_of(ctx: JobContext) -> Links:
    return Links(base_url=ctx.settings.base_url, secret=ctx.settings.secret_key, now=ctx.clock())


@in_transaction
def fan_out(ctx: JobContext, job: Job, uow: UnitOfWork) -> None:
    payload = dict(job.payload)
    # An update re-queued from a batch row keeps the batch's name of its fact.
    source = payload.pop(SOURCE_KEY, None) or str(job.id)
    told = Told(
        topic=job.topic,
        source=str(source),
        payload=payload,
        links=links_of(ctx),
        templates=render,
        now=ctx.clock(),
        language=ctx.settings.default_language,
    )
    TELL[job.topic](uow, told)


for _topic in TELL:
    task(_topic)(fan_out)
