"""A loopback TCP relay in front of PostgreSQL that counts round trips: the times the server
answers after the client has sent something. A round trip is what a batch waits for on a
remote database, whatever the driver does in between, so the tests that pin how many a unit
of work takes count them here rather than in psycopg's internals."""

from __future__ import annotations

import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class TurnCountingRelay:
    """Relays every connection made to ``port`` to ``target``; ``turns`` counts, over all
    connections, each answer of the server that follows something the client sent."""

    def __init__(self, target: tuple[str, int]) -> None:
        self._target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.turns = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        self._spawn(self._accept)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        self._listener.settimeout(0.1)
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.create_connection(self._target)
            self._pairs.append((client, server))
            self._spawn(self._relay, client, server)

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        client_spoke = False
        while not self._stopping.is_set():
            try:
                readable, _, _ = select.select([client, server], [], [], 0.1)
            except (OSError, ValueError):
                return
            for side in readable:
                try:
                    data = side.recv(65536)
                except OSError:
                    data = b""
                other = server if side is client else client
                if not data:
                    for end in (client, server):
                        _close(end)
                    return
                if side is client:
                    client_spoke = True
                elif client_spoke:
                    client_spoke = False
                    with self._lock:
                        self.turns += 1
                try:
                    other.sendall(data)
                except OSError:
                    for end in (client, server):
                        _close(end)
                    return

    def cut(self) -> None:
        """Close every relayed connection, as a server restart or a network fault would."""
        for client, server in self._pairs:
            _close(client)
            _close(server)
        self._pairs.clear()

    def stop(self) -> None:
        self._stopping.set()
        self.cut()
        _close(self._listener)
        for thread in self._threads:
            thread.join(timeout=1)


def _close(end: socket.socket) -> None:
    with suppress(OSError):
        end.shutdown(socket.SHUT_RDWR)
    end.close()


@contextmanager
def turn_counting_relay(target: tuple[str, int]) -> Iterator[TurnCountingRelay]:
    relay = TurnCountingRelay(target)
    relay.start()
    try:
        yield relay
    finally:
        relay.stop()
