"""The hot path's way to the database: values in the driver's own form, no per-value processing.

SQLAlchemy's ``executemany`` runs every bound value through its type's processors (for a time:
``UTCDateTime.process_bind_param`` and then SQLite's DATETIME formatter), about a microsecond
per value; result rows go through the same machinery in reverse. That is most of the cost of
ingesting a batch. Here the few bulk statements of ingest are written once per dialect as plain
SQL and executed with rows already converted to what the driver takes natively:

===========  =====================================  ==================================
column       SQLite (sqlite3)                       PostgreSQL (psycopg)
===========  =====================================  ==================================
UTCDateTime  ``'2026-11-10 20:00:00.000000'`` text   aware ``datetime`` (timestamptz)
JSON         ``json.dumps`` text                    the same text, cast by the server
===========  =====================================  ==================================

The SQLite text is byte for byte what SQLAlchemy's DATETIME writes (UTC, fixed width, so it
sorts as time does); rows written either way read back the same, so no migration is needed.
Only storage uses this module; everything else keeps using Core statements.

On PostgreSQL a batch of ``BULK_ROWS`` rows or more travels by ``COPY``: straight into the
table for a plain insert, through a temporary staging table of the statement's columns for an
insert that skips conflicts or an update (``INSERT ... SELECT ... ON CONFLICT DO NOTHING``,
``UPDATE ... FROM``). psycopg's pipelined ``executemany`` costs about 0.1 ms of client time
per row; ``COPY`` a few microseconds. A driver error raised by ``COPY`` is wrapped the way
SQLAlchemy wraps every other (a unique violation is an ``IntegrityError``).

A staged statement takes two round trips: the ``COPY``, then the statement and the emptying of
the staging table sent together. The staging table is made once per database session (it is
remembered in the pooled connection's ``info``); a rollback may undo the making, so engines
built by ``build_engine`` forget what was made at every rollback (``forget_staged``), and on
an engine without that listener every staged statement makes sure of its table first.

On PostgreSQL a statement is sent with what is queued before it, in one psycopg pipeline (one
round trip), and three things are queued rather than sent alone:

* the transaction's ``BEGIN`` (``begin_later``: psycopg sits in autocommit, so it sends none
  of its own; SQLAlchemy's ``begin`` queues ours, ``BEGIN READ ONLY`` for a reader);
* writes whose outcome nothing reads at once (``later``: a batch's events, its parcels'
  states, the outbox rows, the text lessons' tallies), sent with the next statement or with
  the ``COMMIT``; their errors surface there, translated as every other;
* reads asked for ahead (``read_ahead_paired``: a batch's text lessons, with its parcels).

So a parcel's first batch waits for two round trips where it waited for eight (a pre-ping,
``BEGIN``, the parcel, its lessons, the events' pipeline, the state, the outbox row, the
commit). The engine's listeners (``watch_queued``, installed by ``build_engine``) send and drop
the queue: any other statement sends it first, a commit sends it with itself, a rollback (of
the transaction, or of the savepoint it was queued in) drops it. On an engine without them,
and on SQLite (in process: no round trip to save), everything is sent at once. Bare SQL (no
parameters, possibly two statements) goes alone after the queue: a pipeline takes one
statement at a time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Sequence
from contextlib import suppress
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    String,
    Table,
    and_,
    any_,
    bindparam,
    cast,
    event,
    func,
    literal_column,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql.elements import Label
from sqlalchemy.types import NULLTYPE

Row = Sequence[Any]
InList = Callable[[ColumnElement[Any]], ColumnElement[bool]]
"""``in_list(column)``: the condition "column is one of the values", as one bound parameter."""
ListQuery = Callable[[InList], Select[Any]]
InPairs = Callable[[ColumnElement[Any], ColumnElement[Any]], ColumnElement[bool]]
"""``in_pairs(a, b)``: the condition "(a, b) is one of the pairs", as one bound parameter."""
PairQuery = Callable[[InPairs], Select[Any] | CompoundSelect[Any]]
Query = Callable[[], Select[Any]]


def _utc(value: datetime) -> datetime:
    if value.tzinfo is UTC:
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("refusing to store a naive datetime; times must carry a UTC offset")
    return value.astimezone(UTC)


def sqlite_time(value: datetime | None) -> str | None:
    """An aware time as SQLite stores it: UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``.

    That is ``isoformat(" ", "microseconds")[:26]``, printf-style from its fields: a third
    cheaper than ``isoformat`` (which formats the offset, only to be cut off); not remembered,
    since a cache's hashing and bookkeeping cost more than formatting again.
    """
    if value is None:
        return None
    moment = value if value.tzinfo is UTC else _utc(value)
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 (an f-string is slower)
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
        moment.microsecond,
    )


def postgres_time(value: datetime | None) -> datetime | None:
    """An aware time as psycopg binds it to timestamptz (refusing naive times)."""
    return None if value is None else _utc(value)


def read_sqlite_time(value: str | None) -> datetime | None:
    """A stored time (UTC, no offset) as an aware UTC time.

    The offset is appended to the text rather than set with ``replace(tzinfo=UTC)``, whose
    keyword call cost 0.85 of the 1.05 us a time took (min of 5 x 50,000). A text that does
    not read as UTC that way (one naming an offset already, a bare date) is read as before.
    """
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value + "+00:00")
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is not UTC:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return moment


def read_postgres_time(value: datetime | None) -> datetime | None:
    # psycopg returns timestamptz in the session's zone; the domain wants UTC.
    return None if value is None else value.astimezone(UTC)


_SCAN_JSON: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def read_json(value: Any) -> Any:
    """A JSON column's value: sqlite3 returns the stored text, psycopg the decoded value.

    Text is decoded with the json module's C scanner directly, which skips ``json.loads``'s
    Python-level wrapping (most of its cost on small objects); anything the scanner does not
    consume whole goes through ``json.loads``, so the result and the errors are the same.
    """
    if not isinstance(value, str):
        return value
    try:
        decoded, end = _SCAN_JSON(value, 0)
    except StopIteration:
        return json.loads(value)
    return decoded if end == len(value) else json.loads(value)


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
BULK_ROWS = 64
"""From this many rows on, PostgreSQL writes go by COPY (fewer: pipelined executemany)."""


class Driver:
    """Bulk statements and value conversion for one connection's dialect.

    ``time``/``read_time`` turn domain times into driver values and back, ``read_json`` reads
    a JSON column; ``insert``, ``upsert`` and ``update`` execute many pre-converted rows in
    one driver call.
    """

    def __init__(self, connection: Connection) -> None:
        self._db = connection
        dialect = connection.dialect
        self._dialect = dialect
        sqlite = dialect.name == "sqlite"
        self.time: Callable[[datetime | None], Any] = sqlite_time if sqlite else postgres_time
        self.read_time: Callable[[Any], datetime | None] = (
            read_sqlite_time if sqlite else read_postgres_time
        )
        self.read_json = read_json
        self._positional = dialect.positional
        self.bulk_rows = BULK_ROWS if dialect.name == "postgresql" else None
        self._engine_events = connection.engine.dispatch
        self._queues = dialect.name == "postgresql" and event.contains(
            connection.engine, "commit", send_queued_and_commit
        )
        self.reads_ahead = self._queues
        """Whether ``read_ahead_paired`` sends a read ahead (else it does nothing)."""

    def insert(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Sequence[Row],
        *,
        skip_conflicts: bool = False,
        later: bool = False,
    ) -> int:
        """Insert ``rows`` (values in ``columns`` order); the number of rows inserted.

        ``skip_conflicts`` adds ``ON CONFLICT DO NOTHING`` (both dialects), so rows that would
        break a unique constraint are left out and not counted instead of raising. ``later``:
        the rows may be queued (see the module's docstring), and then 0 is returned.
        """
        conflict = " ON CONFLICT DO NOTHING" if skip_conflicts else ""
        return self._insert(table, tuple(columns), rows, conflict, later=later)

    def upsert(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Sequence[Row],
        *,
        keys: Sequence[str],
        add: Sequence[str] = (),
        replace: Sequence[str] = (),
        later: bool = False,
    ) -> int:
        """Insert ``rows``; where a row's ``keys`` are already stored, add its ``add`` columns
        to the stored values and overwrite its ``replace`` columns instead (``INSERT ... ON
        CONFLICT (keys) DO UPDATE``, both dialects). ``rows`` must not repeat a key: PostgreSQL
        refuses to update one row twice in a statement. ``later`` as for ``insert``."""
        conflict = _upsert_clause(self._dialect, table, tuple(keys), tuple(add), tuple(replace))
        return self._insert(table, tuple(columns), rows, conflict, order=tuple(keys), later=later)

    def _insert(
        self,
        table: Table,
        columns: tuple[str, ...],
        rows: Sequence[Row],
        conflict: str,
        order: tuple[str, ...] = (),
        *,
        later: bool = False,
    ) -> int:
        if not rows:
            return 0
        if self._bulk(rows):
            return self._copy_insert(table, columns, rows, conflict, order)
        sql = _insert_sql(self._dialect, table, columns, conflict)
        if later and self._queues:
            self._queue(sql, rows)
            return 0
        return self._run(sql, rows)

    def update(
        self,
        table: Table,
        key: str,
        columns: Sequence[str],
        rows: Sequence[Row],
        *,
        later: bool = False,
    ) -> int:
        """``UPDATE table SET columns... WHERE key = ?`` per row; each row ends with the key.
        ``later`` as for ``insert``."""
        if not rows:
            return 0
        if self._bulk(rows):
            return self._copy_update(table, key, tuple(columns), rows)
        sql = _update_sql(self._dialect, table, key, tuple(columns))
        if later and self._queues:
            self._queue(sql, rows)
            return 0
        return self._run(sql, rows)

    def _queue(self, sql: str, rows: Sequence[Row]) -> None:
        """Keep ``sql`` for ``rows`` to send with the connection's next statement or commit."""
        db = self._begun()
        queued = _queued(db, create=True)
        assert queued is not None
        many = len(rows) > 1
        queued.append((sql, list(rows) if many else rows[0], many, None))

    def read_ahead_paired(
        self, query: PairQuery, pairs: Collection[tuple[str, str]]
    ) -> ReadAhead | None:
        """``select_paired``'s read, queued like a ``later`` write: sent with the connection's
        next statement, in one round trip with it, its rows kept for ``ReadAhead.rows``. None
        where nothing is queued (SQLite, an engine without the listeners, no pairs)."""
        if not (self._queues and pairs):
            return None
        sql, parameters = self._paired(query, pairs)
        db = self._begun()
        queued = _queued(db, create=True)
        assert queued is not None
        ahead = ReadAhead(self, sql, parameters)
        queued.append((sql, parameters, False, ahead))
        return ahead

    def select_listed(
        self, query: ListQuery, values: Collection[str], **params: Any
    ) -> Sequence[Row]:
        """Rows of ``query(in_list)`` for ``values``, however many, in one statement.

        The list travels as a single parameter (a JSON array read by ``json_each`` on SQLite,
        a text array compared with ``= ANY`` on PostgreSQL), so the SQL text is the same for
        every list: it is compiled once per dialect, not expanded per call, and needs no
        chunking. A list of one is compared as a plain value (a parcel's webhook names one
        number): the JSON's encoding and reading were a fifth of such a statement. Rows carry
        raw driver values (see ``raw``). ``query`` must be a module-level function: its
        compiled SQL is cached by identity. Its other bound parameters, if any, are named and
        given in ``params``.
        """
        if not values:
            return []
        if len(values) == 1:
            sql, names = _listed_sql(self._dialect, query, one=True)
            return self._rows(sql, self._bound(names, {_LIST: next(iter(values)), **params}))
        sql, names = _listed_sql(self._dialect, query)
        listed: Any = json.dumps(list(values)) if self._dialect.name == "sqlite" else list(values)
        return self._rows(sql, self._bound(names, {_LIST: listed, **params}))

    def select_paired(self, query: PairQuery, pairs: Collection[tuple[str, str]]) -> Sequence[Row]:
        """Rows of ``query(in_pairs)`` for ``pairs``, in one statement, like ``select_listed``.

        The pairs travel as one JSON array of two-item arrays on both dialects (a single pair
        as two plain values); a two-column index answers the condition with one probe per
        pair. The query may test the pairs in several places (a UNION of two tables): they
        travel once per place on SQLite.
        """
        if not pairs:
            return []
        return self._rows(*self._paired(query, pairs))

    def _paired(self, query: PairQuery, pairs: Collection[tuple[str, str]]) -> tuple[str, Any]:
        """``select_paired``'s statement and parameters."""
        if len(pairs) == 1:
            sql, names = _listed_sql(self._dialect, query, paired=True, one=True)
            first, second = next(iter(pairs))
            return sql, self._bound(names, {_FIRST: first, _SECOND: second})
        sql, names = _listed_sql(self._dialect, query, paired=True)
        return sql, self._bound(names, {_LIST: json.dumps(list(pairs))})

    def _bound(self, names: tuple[str, ...], given: dict[str, Any]) -> Any:
        """A listed statement's parameters as the driver takes them: ``given`` by name, in
        ``names``' order for a positional driver (a list tested twice travels twice)."""
        if set(names) != set(given):
            raise ValueError(f"the query takes {sorted(set(names))}, not {sorted(given)}")
        if not self._positional:
            return given
        return tuple(given[name] for name in names)

    def select(self, query: Query, **values: Any) -> Sequence[Row]:
        """Rows of ``query()`` with its named bound parameters set to ``values``.

        Like ``select_listed``: compiled once per dialect (``query`` must be a module-level
        function), values passed as the driver takes them, rows carrying raw driver values.
        """
        sql, names = _fixed_sql(self._dialect, query)
        if set(values) != set(names):
            raise ValueError(f"the query takes {sorted(names)}, not {sorted(values)}")
        parameters: Any = tuple(values[name] for name in names) if self._positional else values
        return self._rows(sql, parameters)

    def _run(self, sql: str, rows: Sequence[Row]) -> int:
        many = len(rows) > 1
        cursor = self._execute(sql, list(rows) if many else rows[0], many=many)
        count = int(cursor.rowcount)
        cursor.close()
        return count

    def _count(self, sql: str) -> int:
        """Run a statement without parameters; the number of rows it touched."""
        cursor = self._execute(sql)
        count = int(cursor.rowcount)
        cursor.close()
        return count

    def _rows(self, sql: str, parameters: Any) -> list[Row]:
        cursor = self._execute(sql, parameters)
        rows: list[Row] = cursor.fetchall()
        cursor.close()
        return rows

    def _execute(self, sql: str, parameters: Any = None, *, many: bool = False) -> Any:
        """Run ``sql`` on the DBAPI cursor itself, in the connection's transaction: the hot
        statements skip SQLAlchemy's per-statement work (execution context, result metadata:
        about 0.1 ms a statement, more than SQLite takes to run most of them). Errors come out
        as SQLAlchemy's, as ``exec_driver_sql`` would raise them."""
        db = self._begun()
        queued = _take_queued(db) if self._queues else None
        if queued and parameters is None:
            # Bare SQL may hold two statements (``_count_then_empty``), which only the simple
            # protocol takes, never a pipeline: what is queued goes first, on its own.
            _send(db, queued)
        elif queued:
            return self._execute_after(queued, sql, parameters, many)
        dbapi: Any = db.connection.dbapi_connection
        cursor = dbapi.cursor()
        # The engine's statement events still run (with no execution context), so whoever
        # watches its statements (tracing, the tests that count reads) sees these too. Asked
        # first whether anyone listens, where the listeners are kept (the engine's, its
        # class's, or the connection's own, which set ``_has_events``): 0.3 us a statement,
        # against 1.5 for dispatching both events to nobody.
        watched = self._watched()
        if watched:
            db.dispatch.before_cursor_execute(db, cursor, sql, parameters, None, many)
        try:
            if many:
                cursor.executemany(sql, parameters)
            elif parameters is None:
                cursor.execute(sql)
            else:
                cursor.execute(sql, parameters)
        except self._dialect.loaded_dbapi.Error as exc:
            cursor.close()
            raise self._translated(sql, parameters, exc, dbapi, many) from exc
        if watched:
            db.dispatch.after_cursor_execute(db, cursor, sql, parameters, None, many)
        return cursor

    def _execute_after(self, queued: Queued, sql: str, parameters: Any, many: bool) -> Any:
        """Send the queued writes, then ``sql``, in one pipeline (one round trip); the cursor of
        ``sql``, its results read when the pipeline ended."""
        cursor = _send(self._db, queued, (sql, parameters, many))
        assert cursor is not None
        return cursor

    def _begun(self) -> Connection:
        """The connection, in a transaction: begun here if none is, as SQLAlchemy's autobegin
        would (the begin event runs; on PostgreSQL its ``BEGIN`` is queued)."""
        db = self._db
        if not db.in_transaction():
            db.begin()
        return db

    def _watched(self) -> bool:
        """Whether any listener waits for this connection's statement events."""
        events = self._engine_events
        return bool(
            self._db._has_events or events.before_cursor_execute or events.after_cursor_execute
        )

    def _translated(
        self, sql: str, parameters: Any, exc: Any, dbapi: Any, many: bool
    ) -> StatementError:
        """``exc`` wrapped as SQLAlchemy wraps driver errors (a unique violation is an
        ``IntegrityError``); a lost connection is invalidated, as SQLAlchemy does."""
        return _translate(self._db, sql, parameters, exc, dbapi, many)

    def _bulk(self, rows: Sequence[Row]) -> bool:
        return self.bulk_rows is not None and len(rows) >= self.bulk_rows

    def _copy_insert(
        self,
        table: Table,
        columns: tuple[str, ...],
        rows: Sequence[Row],
        conflict: str,
        order: tuple[str, ...],
    ) -> int:
        names = ", ".join(_names(self._dialect, table, columns))
        target = self._dialect.identifier_preparer.format_table(table)
        if not conflict:
            self._copy(f"COPY {target} ({names}) FROM STDIN", rows)
            return len(rows)
        stage = self._stage(table, columns)
        self._copy(f"COPY {stage} ({names}) FROM STDIN", rows)
        # Updating rows in key order, as concurrent writers do, so they cannot deadlock.
        ordered = f" ORDER BY {', '.join(_names(self._dialect, table, order))}" if order else ""
        return self._count_then_empty(
            f"INSERT INTO {target} ({names}) SELECT {names} FROM {stage}{ordered}"  # noqa: S608
            f"{conflict}",
            stage,
        )

    def _copy_update(
        self, table: Table, key: str, columns: tuple[str, ...], rows: Sequence[Row]
    ) -> int:
        quoted = _names(self._dialect, table, (*columns, key))
        stage = self._stage(table, (*columns, key))
        self._copy(f"COPY {stage} ({', '.join(quoted)}) FROM STDIN", rows)
        target = self._dialect.identifier_preparer.format_table(table)
        assignments = ", ".join(f"{name} = staged.{name}" for name in quoted[:-1])
        return self._count_then_empty(
            f"UPDATE {target} SET {assignments} FROM {stage} AS staged"  # noqa: S608
            f" WHERE {target}.{quoted[-1]} = staged.{quoted[-1]}",
            stage,
        )

    def _count_then_empty(self, sql: str, stage: str) -> int:
        """Run ``sql`` and empty ``stage`` in one round trip (two statements, no parameters);
        the number of rows ``sql`` touched (the cursor is on the first statement's result).
        Emptied for a second use in the transaction."""
        return self._count(f"{sql}; DELETE FROM {stage}")  # noqa: S608

    def _stage(self, table: Table, columns: tuple[str, ...]) -> str:
        """A temporary table of ``columns`` (their types, no constraints), made once per
        session; it empties itself at every commit and rollback leaves none half-made."""
        stage = _stage_name(table, columns)
        made = self._staged()
        if stage in made:
            return stage
        names = ", ".join(_names(self._dialect, table, columns))
        target = self._dialect.identifier_preparer.format_table(table)
        self._count(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {stage} ON COMMIT DELETE ROWS AS"  # noqa: S608
            f" SELECT {names} FROM {target} WITH NO DATA"
        )
        made.add(stage)
        return stage

    def _staged(self) -> set[str]:
        """The staging tables this database session is known to have; an empty set each time
        where no rollback would forget them (the engine lacks ``forget_staged``)."""
        if not event.contains(self._db.engine, "rollback", forget_staged):
            return set()
        made: set[str] = self._db.info.setdefault(_STAGED, set())
        return made

    def _copy(self, sql: str, rows: Sequence[Row]) -> None:
        """COPY ``rows`` through the connection's own psycopg cursor, in its transaction."""
        import psycopg

        send_queued(self._begun())  # COPY cannot run in a pipeline: the queued writes go first
        dbapi: Any = self._db.connection.dbapi_connection
        try:
            with dbapi.cursor() as cursor, cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as exc:
            raise self._translated(sql, None, exc, dbapi, False) from exc


_STAGED = "parceltrail_staged_tables"
_QUEUED = "parceltrail_queued_writes"


class ReadAhead:
    """A read queued to go with the connection's next statement (``Driver.read_ahead_paired``);
    ``rows`` sends it first if nothing has, and reads it again if a rollback dropped it."""

    def __init__(self, driver: Driver, sql: str, parameters: Any) -> None:
        self._driver = driver
        self._sql = sql
        self._parameters = parameters
        self.cursor: Any = None  # set by ``_send``, its results read
        self._rows: list[Row] | None = None

    def rows(self) -> list[Row]:
        if self._rows is None:
            if self.cursor is None:
                send_queued(self._driver._db)
            if self.cursor is None:  # dropped unsent with its transaction
                self._rows = self._driver._rows(self._sql, self._parameters)
            else:
                self._rows = self.cursor.fetchall()
                self.cursor.close()
                self.cursor = None
        return self._rows


# A queued statement: sql, parameters (a row, or the rows of an executemany), many, and the
# read it is, if it is one.
Queued = list[tuple[str, Any, bool, ReadAhead | None]]


def _queued(connection: Connection, *, create: bool = False) -> Queued | None:
    """The writes queued in ``connection``'s current transaction (a queue left by another
    transaction of the pooled connection is stale, and dropped)."""
    info = connection.info
    entry = info.get(_QUEUED)
    transaction = connection.get_transaction()
    if entry is not None and entry[0] is transaction:
        queued: Queued = entry[1]
        return queued
    if entry is not None:
        del info[_QUEUED]
    if not create or transaction is None:
        return None
    fresh: Queued = []
    info[_QUEUED] = (transaction, fresh)
    return fresh


def _take_queued(connection: Connection) -> Queued | None:
    """The statements to send before any other: the transaction's ``BEGIN`` if it is still to
    be sent (``begin_later``), then the queued ones."""
    info = connection.info
    begin = info.pop(_BEGIN, None)
    queued = _queued(connection)
    if queued:
        del info[_QUEUED]
    if begin is None:
        return queued
    return [(begin, None, False, None), *(queued or ())]


_BEGIN = "parceltrail_begin_to_send"


def begin_later(connection: Connection) -> None:
    """At SQLAlchemy's ``begin``: the ``BEGIN`` goes with the transaction's first statement, in
    its pipeline (one round trip fewer), instead of psycopg sending it alone first. psycopg's
    connections are kept in autocommit for that (``autocommit_at_checkout``), so it begins
    nothing of its own; a connection SQLAlchemy set an isolation level on is left to psycopg."""
    dbapi: Any = connection.connection.dbapi_connection
    options = connection.get_execution_options()
    if not dbapi.autocommit or "isolation_level" in options:
        return
    read_only = options.get("postgresql_readonly")
    connection.info[_BEGIN] = "BEGIN READ ONLY" if read_only else "BEGIN"


def autocommit_at_checkout(dbapi_connection: Any, *_: Any) -> None:
    """Keep psycopg from beginning transactions itself (``begin_later`` sends the ``BEGIN``);
    also after SQLAlchemy reset an isolation level it had set, which turns autocommit off."""
    import psycopg

    idle = dbapi_connection.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    if not dbapi_connection.autocommit and idle:
        dbapi_connection.autocommit = True


def send_queued(connection: Connection, *_: Any) -> None:
    """Send the writes queued on ``connection`` (before another statement, a savepoint, a
    ``COPY``), in one pipeline."""
    queued = _take_queued(connection)
    if queued:
        _send(connection, queued)


def send_queued_and_commit(connection: Connection) -> None:
    """Before SQLAlchemy commits: the queued writes and ``COMMIT`` in one pipeline, after
    which the driver's own commit finds its transaction ended and sends nothing."""
    queued = _take_queued(connection)
    if queued and any(ahead is None and not sql.startswith("BEGIN") for sql, _, _, ahead in queued):
        _send(connection, queued, ("COMMIT", None, False))
    # else no write: reads ahead are dropped, and the driver commits what was sent, if any


def drop_queued(connection: Connection, *_: Any) -> None:
    """A rollback (of the transaction, or of the savepoint they were queued in: a savepoint's
    ``SAVEPOINT`` sent what was queued before it) undoes the queued writes unsent."""
    if not (connection.closed or connection.invalidated):
        connection.info.pop(_QUEUED, None)


def drop_all_queued(connection: Connection) -> None:
    """A rollback of the transaction: its queued writes, and its ``BEGIN`` if unsent, dropped."""
    if not (connection.closed or connection.invalidated):
        connection.info.pop(_QUEUED, None)
        connection.info.pop(_BEGIN, None)


def watch_queued(engine: Any) -> None:
    """Install the listeners that send and drop queued writes (PostgreSQL engines)."""
    event.listen(engine, "checkout", autocommit_at_checkout)
    event.listen(engine, "begin", begin_later)
    event.listen(engine, "before_cursor_execute", send_queued)
    event.listen(engine, "commit", send_queued_and_commit)
    event.listen(engine, "rollback", drop_all_queued)
    event.listen(engine, "rollback_savepoint", drop_queued)


def _send(connection: Connection, queued: Queued, last: tuple[str, Any, bool] | None = None) -> Any:
    """``queued`` and then ``last`` (sql, parameters, many), if given, in one psycopg pipeline;
    the cursor that ran ``last``. Watchers of the engine's statements see each statement."""
    import psycopg

    dbapi: Any = connection.connection.dbapi_connection
    dispatch = connection.dispatch
    statements = list(queued)
    if last is not None:
        statements.append((*last, None))
    watched = bool(
        connection._has_events
        or connection.engine.dispatch.before_cursor_execute
        or connection.engine.dispatch.after_cursor_execute
    )
    cursor = dbapi.cursor()
    reads: list[tuple[ReadAhead, Any]] = []
    try:
        with dbapi.pipeline():
            for sql, parameters, many, ahead in statements:
                into = cursor
                if ahead is not None:  # a read keeps its own cursor for its rows
                    into = dbapi.cursor()
                    reads.append((ahead, into))
                if watched:
                    dispatch.before_cursor_execute(connection, into, sql, parameters, None, many)
                if many:
                    into.executemany(sql, parameters)
                elif parameters is None:
                    into.execute(sql)
                else:
                    into.execute(sql, parameters)
                if watched:
                    dispatch.after_cursor_execute(connection, into, sql, parameters, None, many)
    except psycopg.Error as exc:
        for ahead_cursor in [cursor, *(into for _, into in reads)]:
            ahead_cursor.close()
        if last is not None and last[0] == "COMMIT":
            _end_failed(dbapi)
        # A pipeline's error comes at its end, not naming its statement: all are named.
        sent = "; ".join(sql for sql, _, _, _ in statements)
        raise _translate(connection, sent, None, exc, dbapi, False) from exc
    for ahead, into in reads:
        ahead.cursor = into
    if last is None:
        cursor.close()
    return cursor


def _end_failed(dbapi: Any) -> None:
    """Roll back the driver's transaction when a write sent with ``COMMIT`` failed (the server
    skipped the ``COMMIT``): SQLAlchemy counts its transaction ended by the failed commit and
    would return the connection to its pool with the server's transaction still open."""
    import psycopg

    with suppress(psycopg.Error):  # a lost connection: invalidated by the translation after
        dbapi.rollback()


def _translate(
    connection: Connection, sql: str, parameters: Any, exc: Any, dbapi: Any, many: bool
) -> StatementError:
    """``exc`` wrapped as SQLAlchemy wraps driver errors; a lost connection is invalidated."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(exc, dbapi, None)
    if lost:
        connection.invalidate(exc)
    wrapped: StatementError = DBAPIError.instance(
        sql,
        parameters,
        exc,
        dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=dialect,
        ismulti=many,
    )
    return wrapped


def forget_staged(connection: Connection, *_: Any) -> None:
    """A rollback (of a transaction or a savepoint) may have undone the making of staging
    tables: forget them all, so the next staged statement makes sure of its table again."""
    if not (connection.closed or connection.invalidated):  # a new connection: a new ``info``
        connection.info.pop(_STAGED, None)


def raw(column: Column[Any]) -> Label[Any]:
    """``column`` in a select without result processing: rows carry the driver's values."""
    return type_coerce(column, NULLTYPE).label(column.name)


_LIST = "listed_values"
_FIRST, _SECOND = "listed_first", "listed_second"


def _one_value(column: ColumnElement[Any]) -> ColumnElement[bool]:
    return column == bindparam(_LIST, type_=String)


def _one_pair(first: ColumnElement[Any], second: ColumnElement[Any]) -> ColumnElement[bool]:
    return and_(
        first == bindparam(_FIRST, type_=String), second == bindparam(_SECOND, type_=String)
    )


def _sqlite_in_list(column: ColumnElement[Any]) -> ColumnElement[bool]:
    listed = func.json_each(bindparam(_LIST, type_=String)).table_valued("value")
    return column.in_(select(listed.c.value))


def _postgres_in_list(column: ColumnElement[Any]) -> ColumnElement[bool]:
    return column == any_(bindparam(_LIST, type_=ARRAY(String)))


def _sqlite_in_pairs(first: ColumnElement[Any], second: ColumnElement[Any]) -> ColumnElement[bool]:
    pairs = func.json_each(bindparam(_LIST, type_=String)).table_valued("value")
    items = select(*(func.json_extract(pairs.c.value, literal_column(f"'$[{i}]'")) for i in (0, 1)))
    return tuple_(first, second).in_(items)


def _postgres_in_pairs(
    first: ColumnElement[Any], second: ColumnElement[Any]
) -> ColumnElement[bool]:
    listed = cast(bindparam(_LIST, type_=String), JSONB)
    pairs = func.jsonb_array_elements(listed).table_valued("value")
    items = select(*(pairs.c.value.op("->>")(literal_column(str(i))) for i in (0, 1)))
    return tuple_(first, second).in_(items)


@lru_cache(maxsize=64)
def _listed_sql(
    dialect: Dialect, query: Any, *, paired: bool = False, one: bool = False
) -> tuple[str, tuple[str, ...]]:
    """The SQL of ``query(condition)`` and its parameters' names, in the order a positional
    driver takes them (the list's name once per place it is tested); ``one``: the condition
    for a single value (pair), compared as plain values."""
    sqlite = dialect.name == "sqlite"
    condition: Any
    if one:
        condition = _one_pair if paired else _one_value
    elif paired:
        condition = _sqlite_in_pairs if sqlite else _postgres_in_pairs
    else:
        condition = _sqlite_in_list if sqlite else _postgres_in_list
    compiled = query(condition).compile(dialect=dialect)
    if not ({_FIRST, _SECOND} if one and paired else {_LIST}) <= set(compiled.binds):
        raise ValueError(f"a listed query tests the list: {compiled.binds}")
    names = tuple(compiled.positiontup or ()) if dialect.positional else tuple(compiled.binds)
    return compiled.string, names


@lru_cache(maxsize=64)
def _fixed_sql(dialect: Dialect, query: Query) -> tuple[str, tuple[str, ...]]:
    """The SQL of ``query()`` and its parameters' names, in the order a positional driver
    takes them."""
    compiled = query().compile(dialect=dialect)
    names = tuple(compiled.positiontup or ()) if dialect.positional else tuple(compiled.binds)
    return compiled.string, names


def _placeholder(dialect: Dialect) -> str:
    try:
        return _PLACEHOLDERS[dialect.paramstyle]
    except KeyError:
        raise NotImplementedError(f"paramstyle {dialect.paramstyle!r} is not supported") from None


def _names(dialect: Dialect, table: Table, names: Sequence[str]) -> list[str]:
    """Quoted column names; a KeyError names a misspelt column at first use."""
    return [dialect.identifier_preparer.quote(table.c[name].name) for name in names]


# The SQL below is built only from the schema's own table and column names, quoted by the
# dialect, and placeholders; values always travel as bound parameters.


@lru_cache(maxsize=64)
def _insert_sql(dialect: Dialect, table: Table, columns: tuple[str, ...], conflict: str) -> str:
    mark = _placeholder(dialect)
    names = ", ".join(_names(dialect, table, columns))
    marks = ", ".join(mark for _ in columns)
    into = dialect.identifier_preparer.format_table(table)
    return f"INSERT INTO {into} ({names}) VALUES ({marks}){conflict}"  # noqa: S608


@lru_cache(maxsize=64)
def _upsert_clause(
    dialect: Dialect,
    table: Table,
    keys: tuple[str, ...],
    add: tuple[str, ...],
    replace: tuple[str, ...],
) -> str:
    """`` ON CONFLICT (keys) DO UPDATE SET`` adding ``add`` and overwriting ``replace``."""
    target = dialect.identifier_preparer.format_table(table)
    added = [f"{name} = {target}.{name} + excluded.{name}" for name in _names(dialect, table, add)]
    replaced = [f"{name} = excluded.{name}" for name in _names(dialect, table, replace)]
    if not added and not replaced:
        raise ValueError("an upsert must add or replace at least one column")
    return (
        f" ON CONFLICT ({', '.join(_names(dialect, table, keys))})"
        f" DO UPDATE SET {', '.join(added + replaced)}"
    )


@lru_cache(maxsize=64)
def _stage_name(table: Table, columns: tuple[str, ...]) -> str:
    """``pt_stage_<table>_<digest of the columns>``: one staging table per statement shape."""
    digest = hashlib.blake2b("|".join(columns).encode(), digest_size=4).hexdigest()
    return f"pt_stage_{table.name}_{digest}"


@lru_cache(maxsize=64)
def _update_sql(dialect: Dialect, table: Table, key: str, columns: tuple[str, ...]) -> str:
    mark = _placeholder(dialect)
    assignments = ", ".join(f"{name} = {mark}" for name in _names(dialect, table, columns))
    (where,) = _names(dialect, table, [key])
    target = dialect.identifier_preparer.format_table(table)
    return f"UPDATE {target} SET {assignments} WHERE {where} = {mark}"  # noqa: S608
