"""Leaderboard and home page time at 10 thousand, 100 thousand and 1 million finished plays.

Run with ``.venv/bin/python bench/leaderboard.py [--db sqlite,postgres] [--sizes 10k,100k,1m]``.

The boards promise an index range scan at any number of plays (``ix_play_board_*`` in
quizapp/models.py); this checks the promise where it matters, on a large table. The table is
filled with set-based SQL (PostgreSQL ``generate_series``, SQLite a recursive CTE), so a
million rows take seconds: finished_at spread over the last 365 days, five quizzes, about
10% unranked, random scores. Each page is requested in-process through ``app.test_client()``
(no network, no gunicorn) so the time is the app's and the database's alone: warm-up, then
the median and p95 of the timed requests, and the median time spent inside the database
driver's execute (the part the indexes decide; the rest is Python and Jinja). A bare Flask
endpoint (bench/bare_app.py) called the same way is the floor. The results page's rank
query (``rank_of``) is timed too, on its own.

Targets: every leaderboard page under 20 ms at 1 million plays, and at most twice its time
at 10 thousand. A missed target prints the plan of every query of that page (EXPLAIN
ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite).

PostgreSQL gets ``VACUUM ANALYZE`` after each fill, as autovacuum would soon do; SQLite gets
no ``ANALYZE``, as the app never runs it, so its planner works from its default guesses.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask import Flask  # noqa: E402 (the path above makes the repo importable)
from sqlalchemy import event, select, text  # noqa: E402

from bench import bare_app  # noqa: E402
from bench.common import (  # noqa: E402
    SECRET_KEY,
    machine,
    median,
    percentile,
    print_table,
    recreate_pg_database,
)

EXTRA_QUIZZES = 4
#: Questions in each extra quiz: fewer than the seed's 15, which fair-question rules reach
#: only with some generator seeds; twelve come from the seed facts with any seed.
EXTRA_QUIZ_QUESTIONS = 12
TARGET_MS = 20.0
TARGET_GROWTH = 2.0
PAGES = {
    "board all time": "/leaderboard",
    "board this week": "/leaderboard?period=week",
    "board quiz 1": "/leaderboard?quiz=1",
    "board quiz 1 week": "/leaderboard?quiz=1&period=week",
    "home": "/",
}
BOARD_PAGES = [name for name in PAGES if name.startswith("board")]
SECONDS_PER_YEAR = 365 * 24 * 3600


def parse_size(raw: str) -> int:
    """``10k`` -> 10000, ``1m`` -> 1000000, ``2500`` -> 2500."""
    raw = raw.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(raw[-1:], 1)
    return int(float(raw.rstrip("km")) * factor)


def make_app(url: str) -> Flask:
    """The quiz app on ``url`` with the schema migrated and five published quizzes."""
    from flask_migrate import upgrade

    from questions import generate, seed_facts
    from quizapp import create_app
    from quizapp.cli import seed_quiz
    from quizapp.extensions import db
    from quizapp.quizzes import build_quiz

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": SECRET_KEY, "RATELIMIT_ENABLED": False}
    )
    with app.app_context():
        upgrade()
        seed_quiz()
        facts = seed_facts()
        for number in range(EXTRA_QUIZZES):
            generated = generate(facts, seed=100 + number, count=EXTRA_QUIZ_QUESTIONS)
            db.session.add(build_quiz(f"Bench quiz {number + 2}", generated, status="published"))
        db.session.commit()
    return app


def _quiz_case(column: str, quiz_ids: list[int]) -> str:
    """SQL picking quiz ids round-robin by ``column`` (the ids are ints from the database)."""
    whens = " ".join(f"WHEN {i} THEN {qid}" for i, qid in enumerate(quiz_ids))
    return f"CASE {column} % {len(quiz_ids)} {whens} END"


def fill(app: Flask, first: int, last: int) -> float:
    """Insert finished plays numbered ``first``..``last`` in one statement; returns seconds."""
    from quizapp.extensions import db
    from quizapp.models import Quiz

    started = time.perf_counter()
    with app.app_context():
        quiz_ids = sorted(db.session.execute(select(Quiz.id)).scalars())
        columns = (
            "public_id, quiz_id, player_key, nickname, shuffle_seed, ranked, "
            "started_at, finished_at, score, right_count, total_ms, best_possible"
        )
        if db.engine.dialect.name == "postgresql":
            sql = f"""
                INSERT INTO play ({columns})
                SELECT md5('p' || n), {_quiz_case("n", quiz_ids)}, md5('k' || n),
                       'player ' || n, n % 2147483647, r1 >= 0.1,
                       f - interval '3 minutes', f, (r2 * 15000)::int, (r3 * 15)::int,
                       (r3 * 300000)::int, 15000
                FROM (
                    SELECT n, now() - random() * interval '365 days' AS f,
                           random() AS r1, random() AS r2, random() AS r3
                    FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS n
                ) AS g
            """
        else:
            stamp = "strftime('%Y-%m-%d %H:%M:%S', 'now', '-' || {} || ' seconds') || '.000000'"
            sql = f"""
                WITH RECURSIVE seq(n) AS (
                    SELECT :first UNION ALL SELECT n + 1 FROM seq WHERE n < :last
                )
                INSERT INTO play ({columns})
                SELECT lower(hex(randomblob(16))), {_quiz_case("n", quiz_ids)},
                       lower(hex(randomblob(16))), 'player ' || n, n % 2147483647,
                       abs(random()) % 10 != 0,
                       {stamp.format("(ago + 180)")}, {stamp.format("ago")},
                       abs(random()) % 15000, abs(random()) % 16, abs(random()) % 300000, 15000
                FROM (SELECT n, abs(random()) % {SECONDS_PER_YEAR} AS ago FROM seq)
            """
        db.session.execute(text(sql), {"first": first, "last": last})
        db.session.commit()
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE play"))
    return time.perf_counter() - started


def time_get(app: Flask, path: str, warmup: int, repeat: int) -> tuple[list[float], list[float]]:
    """Milliseconds of ``repeat`` GETs of ``path`` after ``warmup`` untimed ones.

    Returns the request times and, for each request, the part spent executing SQL, so a slow
    page can be told apart from a slow query (rendering 50 rows costs a few ms on its own).
    """
    client = app.test_client()
    times: list[float] = []
    sql_times: list[float] = []
    with sql_timer(app) as sql:
        for index in range(warmup + repeat):
            sql[0] = 0.0
            started = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"GET {path}: HTTP {response.status_code}")
            if index >= warmup:
                times.append(elapsed)
                sql_times.append(sql[0])
    return times, sql_times


@contextmanager
def sql_timer(app: Flask) -> Iterator[list[float]]:
    """Add up the milliseconds spent in cursor.execute while the block runs ([0]), and count
    the statements ([1])."""
    if "sqlalchemy" not in app.extensions:  # the bare app has no database
        yield [0.0, 0.0]
        return
    from quizapp.extensions import db

    total = [0.0, 0.0]
    started: list[float] = []

    def before(*_args: Any) -> None:
        started.append(time.perf_counter())

    def after(*_args: Any) -> None:
        total[0] += (time.perf_counter() - started.pop()) * 1000
        total[1] += 1

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield total
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def time_rank(app: Flask, warmup: int, repeat: int) -> list[float]:
    """Milliseconds of ``rank_of`` for a play of median score on quiz 1 (the results page)."""
    from quizapp.board.queries import rank_of
    from quizapp.extensions import db
    from quizapp.models import Play

    with app.app_context():
        play = db.session.execute(
            select(Play)
            .where(Play.quiz_id == 1, Play.ranked, Play.score.between(7000, 8000))
            .limit(1)
        ).scalar_one()
        times = []
        for index in range(warmup + repeat):
            started = time.perf_counter()
            rank_of(play.quiz_id, play.score, play.finished_at)
            elapsed = (time.perf_counter() - started) * 1000
            if index >= warmup:
                times.append(elapsed)
    return times


@contextmanager
def captured(app: Flask) -> Iterator[list[tuple[str, Any]]]:
    """Collect every statement (with its parameters) the app runs inside the block."""
    from quizapp.extensions import db

    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_args: Any) -> None:
        statements.append((statement, params))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def explain(app: Flask, path: str) -> None:
    """Print the plan of every query on ``play`` that requesting ``path`` runs."""
    from quizapp.extensions import db

    with captured(app) as statements:
        app.test_client().get(path)
    with app.app_context(), db.engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        prefix = "EXPLAIN (ANALYZE, BUFFERS) " if postgres else "EXPLAIN QUERY PLAN "
        for statement, params in statements:
            if "FROM play" not in statement:
                continue
            print(f"\n  -- {path}\n  " + " ".join(statement.split()))
            for row in conn.exec_driver_sql(prefix + statement, params):
                print("    " + (row[0] if postgres else str(row[-1])))


def run_db(kind: str, sizes: list[int], warmup: int, repeat: int, force_explain: bool) -> list:
    """Fill one database up to each size in turn and time every page at each size."""
    rows: list[list[object]] = []
    medians: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="quizbench-board-") as tmp:
        url = recreate_pg_database() if kind == "postgres" else f"sqlite:///{Path(tmp) / 'b.db'}"
        app = make_app(url)
        bare = bare_app.create_app()
        filled = 0
        for size in sorted(sizes):
            seconds = fill(app, filled + 1, size)
            filled = size
            print(f"{kind}: {size} plays (filled in {seconds:.1f}s)", flush=True)
            results = {name: time_get(app, path, warmup, repeat) for name, path in PAGES.items()}
            rank_times = time_rank(app, warmup, repeat)
            results["rank_of (results page)"] = (rank_times, rank_times)
            results["bare endpoint"] = time_get(bare, "/", warmup, repeat)
            for name, (times, sql_times) in results.items():
                medians[(name, size)] = median(times)
                rows.append(
                    [
                        kind,
                        size,
                        name,
                        f"{median(times):.1f}",
                        f"{percentile(times, 95):.1f}",
                        f"{median(sql_times):.1f}",
                    ]
                )
        smallest, largest = min(sizes), max(sizes)
        for name in BOARD_PAGES:
            at_large, at_small = medians[(name, largest)], medians[(name, smallest)]
            missed = []
            if largest >= 1_000_000 and at_large > TARGET_MS:
                missed.append(f"{at_large:.1f} ms > {TARGET_MS:.0f} ms")
            if at_large > TARGET_GROWTH * at_small:
                missed.append(f"{at_large / at_small:.1f}x its time at {smallest}")
            verdict = "MISSED: " + "; ".join(missed) if missed else "met"
            print(f"{kind} {name}: target {verdict}")
            if missed or force_explain:
                explain(app, PAGES[name])
        if force_explain:
            explain(app, PAGES["home"])
        from quizapp.extensions import db

        with app.app_context():
            db.session.remove()
            db.engine.dispose()
    return rows


def main() -> int:
    """Parse the options, run each database, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite,postgres", help="comma list: sqlite,postgres")
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma list of play counts")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests first")
    parser.add_argument("--quick", action="store_true", help="10k,100k and 10 requests")
    parser.add_argument("--explain", action="store_true", help="print plans even if met")
    args = parser.parse_args()
    sizes = [parse_size(x) for x in ("10k,100k" if args.quick else args.sizes).split(",")]
    repeat = 10 if args.quick else args.repeat
    print(f"machine: {machine()}")
    print(f"in-process test client; median and p95 of {repeat} requests after {args.warmup}")
    rows = []
    for kind in [x.strip() for x in args.db.split(",") if x.strip()]:
        if kind not in {"sqlite", "postgres"}:
            raise SystemExit(f"unknown --db {kind!r}: use sqlite or postgres")
        rows += run_db(kind, sizes, args.warmup, repeat, args.explain)
    print()
    print_table(["db", "plays", "page", "median ms", "p95 ms", "of it SQL ms"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
