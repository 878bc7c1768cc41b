"""`parceltrail worker`: until SIGTERM/SIGINT, or one pass with --once."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType

from parceltrail.jobs.context import JobContext
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.storage import jobs_repository as store


def _stop_on_signals(stop: threading.Event) -> None:
    def handler(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def run_worker(ctx: JobContext, *, once: bool, threads: int, echo: Callable[[str], None]) -> int:
    if ctx.settings.queue_url:
        return _run_dramatiq(ctx, once=once, threads=threads, echo=echo)
    runner = InProcessRunner(ctx)
    if once:
        stats = runner.run_once()
        echo(
            f"done {stats.done}, retrying {stats.failed}, dead {stats.dead}; "
            f"sweeps: {', '.join(stats.sweeps) or 'none'}"
        )
        return 0
    stop = threading.Event()
    _stop_on_signals(stop)
    echo("in-process job runner started; stop with Ctrl-C or SIGTERM")
    runner.run_forever(stop)
    echo("job runner stopped")
    return 0


def _run_dramatiq(ctx: JobContext, *, once: bool, threads: int, echo: Callable[[str], None]) -> int:
    from parceltrail.jobs.queue import DramatiqQueue, build_broker

    assert ctx.settings.queue_url is not None
    queue = DramatiqQueue(
        ctx, build_broker(ctx.settings.queue_url), queue_name=ctx.settings.queue_name
    )
    worker = queue.worker(threads)
    worker.start()
    stop = threading.Event()
    try:
        if once:
            sent = queue.relay_once()
            queue.broker.join(queue.actor.queue_name)
            worker.join()
            echo(f"relayed {sent} job(s); outbox: {store.counts(ctx.engine)}")
            return 0
        _stop_on_signals(stop)
        echo(f"Dramatiq workers started ({threads} threads); stop with Ctrl-C or SIGTERM")
        queue.relay_forever(stop)
    finally:
        worker.stop()
        queue.broker.close()
    return 0
