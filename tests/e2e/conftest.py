"""A real uvicorn server on a loopback port, per test, over each database."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.web.app import create_app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _LoopbackServer(uvicorn.Server):
    """uvicorn's server, stopping in milliseconds: uvicorn looks at its exit flag every 0.1 s,
    then gives open connections a fixed 0.1 s more, 0.2 s a server and so of every test."""

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):  # every 10th tick refreshes the Date header
            counter += 1
            await asyncio.sleep(0.01)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()  # an idle keep-alive connection closes at once
        deadline = time.monotonic() + 10
        while self.server_state.connections or self.server_state.tasks:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server's connections did not close")
            await asyncio.sleep(0.005)
        for server in self.servers:
            await server.wait_closed()
        await self.lifespan.shutdown()


@contextmanager
def serve(app: App) -> Iterator[str]:
    """The web app of ``app`` on a free loopback port, until the block ends."""
    port = _free_port()
    config = uvicorn.Config(create_app(app), host="127.0.0.1", port=port, log_level="warning")
    server = _LoopbackServer(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def base_url(app: App) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with outbound_client(base_url=base_url, timeout=30) as client:
        yield client
