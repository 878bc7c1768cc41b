"""A provider's API on loopback, answering with its documented bodies (tests/data/backends).

Each route is a method and a path suffix; its answers are served in order, the last one
repeated. Every request is kept (method, path, headers, JSON body) for the test to read back.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def fixture(name: str) -> Any:
    """A documented body from tests/data/backends (or webhooks/...)."""
    path = DATA / "backends" / name if "/" not in name else DATA / name
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class Answer:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class StandIn:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Answer]] = {}
        self.seen: list[Seen] = []
        self._server: ThreadingHTTPServer | None = None
        self.url = ""

    def answer(self, method: str, path: str, status: int, body: Any, **headers: str) -> StandIn:
        self.routes.setdefault((method, path), []).append(Answer(status, body, headers))
        return self

    def calls(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path.split("?")[0].endswith(path)]

    def _reply(self, method: str, path: str) -> Answer:
        bare = path.split("?")[0]
        for (m, suffix), answers in self.routes.items():
            if m == method and bare.endswith(suffix):
                return answers.pop(0) if len(answers) > 1 else answers[0]
        return Answer(404, {"error": f"no stand-in answer for {method} {path}"})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                standin.seen.append(Seen(self.command, self.path, dict(self.headers), body))
                answer = standin._reply(self.command, self.path)
                data = json.dumps(answer.body).encode()
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in answer.headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve  # noqa: N815

            def log_message(self, *args: Any) -> None:
                return

        return Handler

    @contextmanager
    def running(self) -> Iterator[StandIn]:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)
