"""Background work: tasks by outbox topic, periodic sweeps, and the runners that call them."""

from parceltrail.jobs import (  # noqa: F401 - registers their tasks
    deliver,
    fanout,
    mail_in,
    sweeps,
    webhooks,
)
