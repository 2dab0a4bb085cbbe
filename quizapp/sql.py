"""The hot path's connection and statements: one transaction, statements compiled once.

Used by the play flow (quizapp.play.rows and .content) and the results page's rank. A
question or an answer is two or three small statements. Through the ORM session and
``Connection.execute`` each request also began a session transaction and each statement built
an execution context and a result object, which on SQLite cost more than the statements
(bench/requests.py). Here a request of the play flow checks one connection out of the
engine's pool, the first time it needs one, and gives it back at the end of the request
(which rolls back whatever was not committed). A ``Statement`` is still written with
SQLAlchemy Core, compiled by SQLAlchemy for the database in use, and keeps SQLAlchemy's own
conversions of its parameters and columns (its types' bind and result processors: datetimes
and booleans on SQLite). What SQLAlchemy would do around a statement is kept where it
matters: the engine's ``before_cursor_execute`` and ``after_cursor_execute`` listeners hear
it (with no ``Connection`` or execution context: tests and benchmarks count and time
statements that way; a listener that needs the context, such as Flask-SQLAlchemy's
``SQLALCHEMY_RECORD_QUERIES``, which this app leaves off, would fail here),
a driver's error is raised as SQLAlchemy's (``IntegrityError``, ``OperationalError``) and a
lost connection is thrown away rather than given back to the pool.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flask import Flask, g
from sqlalchemy import Dialect, exc
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql.expression import Executable

from . import pooling
from .extensions import db

Convert = Callable[[Any], Any]
Processor = Convert | None


@dataclass(frozen=True)
class _Compiled:
    """One statement as one database runs it."""

    sql: str
    #: Parameter names in the order of the placeholders; None for named placeholders.
    order: tuple[str, ...] | None
    #: The values of the statement's own literals (its anonymous parameters).
    defaults: Mapping[str, Any]
    #: Each parameter's conversion to what the driver takes, if it needs one.
    binds: Mapping[str, Processor]
    #: Whether it returns rows (a SELECT, or RETURNING): asking the cursor costs more.
    returns_rows: bool
    #: The columns of the rows returned that need a conversion, with it.
    results: tuple[tuple[int, Convert], ...]


@dataclass(frozen=True)
class Outcome:
    """What a statement gave back: its rows, converted, and the rows it changed."""

    rows: list[tuple[Any, ...]]
    rowcount: int

    def first(self) -> tuple[Any, ...] | None:
        """The first row, None if there is none."""
        return self.rows[0] if self.rows else None

    def scalar_one(self) -> Any:
        """The only column of the only row (an ``INSERT … RETURNING id``)."""
        (row,) = self.rows
        (value,) = row
        return value


class Statement:
    """A Core statement, compiled the first time it runs on each kind of database."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def run(self, params: Mapping[str, Any]) -> Outcome:
        """Run in the request's transaction with ``params``; every row is read at once."""
        engine = db.engine
        dialect = engine.dialect
        compiled = self._for(dialect)
        values = _parameters(compiled, params)
        held = connection()
        cursor = held.cursor()
        events = engine.dispatch
        try:
            events.before_cursor_execute(None, cursor, compiled.sql, values, None, False)
            cursor.execute(compiled.sql, values)
            events.after_cursor_execute(None, cursor, compiled.sql, values, None, False)
            rows = cursor.fetchall() if compiled.returns_rows else []
            return Outcome([_converted(row, compiled.results) for row in rows], cursor.rowcount)
        except dialect.loaded_dbapi.Error as error:
            raise _as_sqlalchemy_error(held, cursor, compiled.sql, values, error) from error
        finally:
            cursor.close()

    def _for(self, dialect: Dialect) -> _Compiled:
        """This statement compiled for ``dialect`` (kept: statements and dialects are few)."""
        kind = (dialect.name, dialect.driver)
        if kind not in self._compiled:
            self._compiled[kind] = _compile(self.statement, dialect)
        return self._compiled[kind]


def _compile(statement: Executable, dialect: Dialect) -> _Compiled:
    """The SQL text, placeholders and type conversions of ``statement`` on ``dialect``."""
    compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
    binds = {
        name: bind.type.dialect_impl(dialect).bind_processor(dialect)
        for name, bind in compiled.binds.items()
    }
    processors = [
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in statement.exported_columns  # type: ignore[attr-defined]
    ]
    results = tuple((i, convert) for i, convert in enumerate(processors) if convert is not None)
    order = tuple(compiled.positiontup) if dialect.positional else None
    defaults = {name: bind.value for name, bind in compiled.binds.items() if not bind.required}
    returns_rows = bool(processors)
    return _Compiled(compiled.string, order, defaults, binds, returns_rows, results)


def _parameters(compiled: _Compiled, params: Mapping[str, Any]) -> Any:
    """The driver's parameters: converted, in placeholder order or by name."""
    given = {**compiled.defaults, **params}
    converted = {
        name: value if (convert := compiled.binds.get(name)) is None else convert(value)
        for name, value in given.items()
    }
    if compiled.order is None:
        return converted
    return tuple(converted[name] for name in compiled.order)


def _converted(row: tuple[Any, ...], results: Sequence[tuple[int, Convert]]) -> tuple[Any, ...]:
    """A driver's row with each column that needs it converted as SQLAlchemy would."""
    if not results:
        return row
    values = list(row)
    for index, convert in results:
        if values[index] is not None:
            values[index] = convert(values[index])
    return tuple(values)


def connection() -> PoolProxiedConnection:
    """This request's one connection: the ORM session's if it holds one, else its own.

    A request that held two connections at once could wait for the second while holding
    the first, and enough such requests would exhaust the pool with none able to finish. So
    a page that read through the ORM session first (the results page, a signed-in player's
    account) runs these statements on the session's connection; otherwise the request
    checks its own out of the pool, once. The session's is asked for anew each time, as the
    session gives its connection back when it commits.
    """
    own = g.get("play_connection")
    if own is not None:
        return own
    # registry.has(): whether this request made a session at all, without making one.
    if db.session.registry.has() and db.session().in_transaction():
        return db.session.connection().connection
    dialect = db.engine.dialect
    try:
        g.play_connection = db.engine.raw_connection()
    except dialect.loaded_dbapi.Error as error:  # the database is down: a 503
        raise exc.DBAPIError.instance(
            None, None, error, dialect.loaded_dbapi.Error, dialect=dialect
        ) from error
    return g.play_connection


def commit() -> None:
    """Commit what this request wrote."""
    own = g.get("play_connection")
    if own is None:
        db.session.commit()
    else:
        own.commit()


def rollback() -> None:
    """Undo what this request wrote since its last commit."""
    own = g.get("play_connection")
    if own is None:
        db.session.rollback()
    else:
        own.rollback()


def init_app(app: Flask) -> None:
    """Give the request's own connection back to the pool when the request ends."""

    @app.teardown_appcontext
    def _give_back(_error: BaseException | None) -> None:
        own = g.pop("play_connection", None)
        if own is not None:
            own.close()  # the pool rolls back what was not committed


def _as_sqlalchemy_error(
    held: PoolProxiedConnection, cursor: Any, sql: str, params: Any, error: Exception
) -> exc.DBAPIError:
    """The driver's ``error`` as SQLAlchemy raises it; a lost connection is thrown away."""
    dialect = db.engine.dialect
    lost = dialect.is_disconnect(error, held.dbapi_connection, cursor)
    if lost:
        held.invalidate(error)
        pooling.connection_lost()
    return exc.DBAPIError.instance(
        sql,
        params,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=dialect,
    )
