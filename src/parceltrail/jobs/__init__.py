"""Background work: tasks by outbox topic, periodic sweeps, and the runners that call them."""

from parceltrail.jobs import deliver, fanout, mail_in, sweeps  # noqa: F401 - registers their tasks
