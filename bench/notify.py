"""Outbox rows delivered per second: SMTP and webhooks, in-process runner and Dramatiq.

Baseline in the same run: a plain loop sending the same messages straight to the receiver.
Usage: python bench/notify.py [--rows 300] [--redis redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.integration.notify.conftest import Receiver, SmtpServer

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.notifications import WebhookEndpoint
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.notify import render
from parceltrail.notify.email import Mail, build_message
from parceltrail.services.deliveries import queue_email, queue_webhook
from parceltrail.storage import jobs_repository as store
from parceltrail.storage.migrate import upgrade


def _app(root: Path, name: str, smtp: SmtpServer) -> App:
    settings = Settings(
        database_url=f"sqlite:///{root / name}.db", smtp_url=smtp.url, webhook_allow_private=True
    )
    app = build(settings)
    upgrade(app.engine)
    return app


def _fill(app: App, rows: int, channel: str, receiver: Receiver) -> None:
    endpoint = WebhookEndpoint(
        "whe_bench", "usr_bench", receiver.url, "s3cret", ("*",), "active", 0, app.clock()
    )
    if channel == "webhook":
        with app.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO users (id, email, role, created_at) VALUES "
                "('usr_bench', 'b@example.com', 'seller', '2026-01-01 00:00:00')"
            )
        with app.uow() as uow:
            uow.alerts.add_endpoint(endpoint)
            uow.commit()
    rendered = render.render("order_confirmed", "Bench", {"reference": "R"})
    with app.uow() as uow:
        for n in range(rows):
            if channel == "email":
                queue_email(
                    uow,
                    key=f"b{n}",
                    topic="bench",
                    to="x@example.com",
                    rendered=rendered,
                    now=app.clock(),
                )
            else:
                queue_webhook(
                    uow, endpoint, topic="bench", source=str(n), data={"n": n}, now=app.clock()
                )
        uow.commit()


def _baseline(app: App, rows: int, channel: str, receiver: Receiver) -> float:
    started = time.perf_counter()
    rendered = render.render("order_confirmed", "Bench", {"reference": "R"})
    for n in range(rows):
        if channel == "email":
            mail = Mail(
                "x@example.com", "Bench", rendered.text, rendered.html, f"p{n}", app.clock()
            )
            app.jobs.mailer.send(build_message(mail, sender=app.settings.mail_from))
        else:
            app.jobs.poster.post(
                receiver.url, b'{"n":1}', secret="s", key=f"p{n}", topic="b", now=app.clock()
            )
    return rows / (time.perf_counter() - started)


def _in_process(app: App) -> float:
    started = time.perf_counter()
    InProcessRunner(app.jobs).run_once()
    return store.counts(app.engine).get("done", 0) / (time.perf_counter() - started)


def _dramatiq(app: App, redis_url: str, rows: int) -> float:
    from dramatiq.brokers.redis import RedisBroker

    from parceltrail.jobs.queue import DramatiqQueue

    broker = RedisBroker(url=redis_url, namespace=f"pt-bench-{time.time_ns()}")
    queue = DramatiqQueue(app.jobs, broker)
    worker = queue.worker(threads=8)
    worker.start()
    started = time.perf_counter()
    while store.counts(app.engine).get("done", 0) < rows:
        queue.relay_once()
        time.sleep(0.01)
    rate = rows / (time.perf_counter() - started)
    worker.stop()
    broker.flush_all()
    broker.close()
    return rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    smtp, receiver = SmtpServer(), Receiver()
    smtp.up()
    receiver.up()
    with tempfile.TemporaryDirectory() as tmp:
        for channel in ("email", "webhook"):
            base_app = _app(Path(tmp), f"{channel}-base", smtp)
            baseline = _baseline(base_app, args.rows, channel, receiver)
            runs = {}
            app = _app(Path(tmp), f"{channel}-inproc", smtp)
            _fill(app, args.rows, channel, receiver)
            runs["in-process runner"] = _in_process(app)
            app = _app(Path(tmp), f"{channel}-dramatiq", smtp)
            _fill(app, args.rows, channel, receiver)
            runs["dramatiq (redis, 8 threads)"] = _dramatiq(app, args.redis, args.rows)
            print(f"{channel}: plain send loop (baseline) {baseline:8.0f} /s")
            for name, rate in runs.items():
                print(f"{channel}: {name:28s} {rate:8.0f} /s  ({rate / baseline:.2f}x baseline)")
    smtp.down()
    receiver.down()


if __name__ == "__main__":
    main()
