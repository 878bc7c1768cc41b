"""The registry of pollable carriers: a slow simulator never holds up the pages that ask it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from parceltrail.connectors.pollers import SimulatorSource


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def test_while_one_caller_waits_on_the_simulator_the_others_answer_at_once(silent_server):
    source = SimulatorSource(silent_server, timeout=3)
    first = threading.Thread(target=source.carriers)
    first.start()
    time.sleep(0.2)  # the first caller is now waiting for the silent simulator
    assert source.carriers() == frozenset()  # the last answer: nothing known yet
    assert first.is_alive()  # answered while the first caller still waits: it did not queue
    first.join()
    assert source.carriers() == frozenset()  # failed: retried later, not on every request
