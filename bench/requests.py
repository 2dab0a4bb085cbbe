"""What each request of a play costs, in-process, against a bare Flask endpoint.

Run with ``.venv/bin/python bench/requests.py [--db sqlite,postgres] [--plays 30]``.

bench/load.py measures the server under many players; this one explains its numbers. For
each database it migrates a fresh database with the seed quiz, then plays the whole quiz
``--plays`` times through Flask's test client, the way a browser with htmx does (home, start
page, start, every question and answer as htmx fragments, results, leaderboard), and times
every request and counts its SQL statements. Measured in the same run, as baselines:

- the bare endpoint (``bench/bare_app.py``): what Flask and the test client cost alone;
- a constant route inside the quiz app: what the app's own hooks add to every request
  (session cookie, security headers, NUL check, rate limiter, CSRF on POST).

Each baseline is timed twice: alone, ten times in a row before each play ("x bare", as
issue #14 set its goals: a loop with every cache warm), and once after every request of the
plays ("x bare between"). Alone, the bare endpoint is faster than it is between the app's
requests; between them, a busy moment of the machine weighs on both sides of the ratio
alike, so that column moves less from run to run. The loops alone are spread over the run
rather than run in one block before it, so that one busy moment does not skew them all.

The last lines add the requests of one play up and divide by its answers: the cost of one
answer with its share of the other pages, and the ratio of answers to bare requests that this
cost allows on one core.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask import Flask  # noqa: E402 (the path above makes the repo importable)

from bench import bare_app  # noqa: E402
from bench.common import machine, median, percentile, print_table, recreate_pg_database  # noqa: E402
from bench.leaderboard import make_app, sql_timer  # noqa: E402
from bench.load import CHOICE_RE, CSRF_RE, POSITION_RE, QUIZ_ID, TOTAL_RE  # noqa: E402

HTMX = {"HX-Request": "true"}
CONSTANT_PATH = "/bench-constant"


class Recorder:
    """Times requests by kind, with the statements each ran.

    ``sql`` is the running total from ``sql_timer`` (milliseconds, statements), entered once
    for the whole run so that attaching listeners is not part of any request.
    """

    def __init__(
        self, sql: list[float] | None = None, between: Callable[[], None] | None = None
    ) -> None:
        self.sql = sql if sql is not None else [0.0, 0.0]
        self.ms: dict[str, list[float]] = {}
        self.statements: dict[str, list[int]] = {}
        self.between = between

    def call(
        self, kind: str, send: Callable[..., Any], *args: Any, expect: int = 200, **kw: Any
    ) -> Any:
        """Send one test-client request, ``send(*args, **kw)``, and record it under ``kind``."""
        self.sql[1] = 0
        started = time.perf_counter()
        response = send(*args, **kw)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != expect:
            raise RuntimeError(f"{kind}: HTTP {response.status_code}, expected {expect}")
        self.ms.setdefault(kind, []).append(elapsed)
        self.statements.setdefault(kind, []).append(int(self.sql[1]))
        if self.between:
            self.between()
        return response

    def total_requests(self) -> int:
        """Every request recorded."""
        return sum(len(times) for times in self.ms.values())


def _first(pattern: re.Pattern[str], text: str) -> str:
    """The first group that matched (the patterns accept either attribute order)."""
    match = pattern.search(text)
    if match is None:
        raise RuntimeError(f"no match for {pattern.pattern[:40]}")
    return next(group for group in match.groups() if group)


def play_once(app: Flask, record: Recorder) -> int:
    """Play the seed quiz to the end with a new browser; returns the answers given."""
    client = app.test_client()
    record.call("GET / (home)", client.get, "/")
    page = record.call("GET /quiz/1 (start page)", client.get, f"/quiz/{QUIZ_ID}").text
    csrf = _first(CSRF_RE, page)
    form = {"nickname": "bench", "csrf_token": csrf}
    started = record.call(
        "POST /quiz/1 (start)", client.post, f"/quiz/{QUIZ_ID}", data=form, expect=303
    )
    play_path = started.headers["Location"]
    answers = 0
    while True:
        card = record.call("GET /play (question)", client.get, play_path, headers=HTMX)
        number, total = (int(x) for x in TOTAL_RE.search(card.text).groups())  # type: ignore[union-attr]
        answer = {
            "position": _first(POSITION_RE, card.text),
            "choice": _first(CHOICE_RE, card.text),
        }
        # As htmx does: the token of the page's <body hx-headers> goes in a header.
        record.call(
            "POST /play/answer (answer)",
            client.post,
            f"{play_path}/answer",
            data=answer,
            headers={**HTMX, "X-CSRFToken": csrf},
        )
        answers += 1
        if number >= total:
            break
    record.call("GET /play/results (results)", client.get, f"{play_path}/results")
    record.call("GET /leaderboard", client.get, f"/leaderboard?quiz={QUIZ_ID}")
    return answers


def run_db(kind: str, plays: int, warmup: int) -> tuple[list[list[object]], list[str]]:
    """Time every request kind of ``plays`` plays on one database, and the two baselines."""
    with tempfile.TemporaryDirectory(prefix="quizbench-requests-") as tmp:
        url = recreate_pg_database() if kind == "postgres" else f"sqlite:///{Path(tmp) / 'r.db'}"
        app = make_app(url)
        app.add_url_rule(CONSTANT_PATH, "bench_constant", lambda: "ok\n")
        bare_client, app_client = bare_app.create_app().test_client(), app.test_client()
        alone, between = Recorder(), Recorder()

        def time_baselines(record: Recorder) -> None:
            record.call("bare endpoint", bare_client.get, "/")
            record.call("constant route in the app", app_client.get, CONSTANT_PATH)

        for _ in range(warmup):
            time_baselines(Recorder())
        with sql_timer(app) as sql:
            for _ in range(warmup):
                play_once(app, Recorder(sql))
            record = Recorder(sql, between=lambda: time_baselines(between))
            answers = 0
            for _ in range(plays):
                # Ten in a row before each play: a busy moment of the machine weighs on a
                # few of them, not on every one as in a single block before the plays.
                for _ in range(10):
                    time_baselines(alone)
                answers += play_once(app, record)
        from quizapp.extensions import db

        with app.app_context():
            db.session.remove()
            db.engine.dispose()
    bare_ms = median(alone.ms["bare endpoint"])
    bare_between_ms = median(between.ms["bare endpoint"])
    rows = [_row(kind, name, alone, bare_ms, None) for name in alone.ms]
    rows += [
        _row(kind, name, between, None, bare_between_ms, label=f"{name}, between")
        for name in between.ms
    ]
    rows += [_row(kind, name, record, bare_ms, bare_between_ms) for name in record.ms]
    per_answer = sum(sum(times) for times in record.ms.values()) / answers
    summary = [
        f"{kind}: {answers / plays:.0f} answers per play, {record.total_requests() / answers:.2f} "
        f"requests per answer; one answer with its share of the pages costs {per_answer:.2f} ms "
        f"= {per_answer / bare_ms:.0f} bare requests, so answers/bare on one core is at most "
        f"{bare_ms / per_answer:.3f}"
    ]
    return rows, summary


def _row(
    kind: str,
    name: str,
    record: Recorder,
    bare_ms: float | None,
    bare_between_ms: float | None,
    label: str | None = None,
) -> list[object]:
    """One table row: median and p95, statements, and cost in bare requests (either kind)."""
    times = record.ms[name]
    return [
        kind,
        label or name,
        len(times),
        f"{median(times):.2f}",
        f"{percentile(times, 95):.2f}",
        f"{median([float(n) for n in record.statements[name]]):.0f}",
        f"{median(times) / bare_ms:.1f}" if bare_ms else "",
        f"{median(times) / bare_between_ms:.1f}" if bare_between_ms else "",
    ]


def main() -> int:
    """Parse the options, run each database, print the table and the per-answer sums."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite,postgres", help="comma list: sqlite,postgres")
    parser.add_argument("--plays", type=int, default=30, help="timed plays of the whole quiz")
    parser.add_argument("--warmup", type=int, default=3, help="untimed plays first")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"in-process test client; {args.plays} plays after {args.warmup} untimed ones")
    rows: list[list[object]] = []
    summaries: list[str] = []
    for kind in [x.strip() for x in args.db.split(",") if x.strip()]:
        if kind not in {"sqlite", "postgres"}:
            raise SystemExit(f"unknown --db {kind!r}: use sqlite or postgres")
        db_rows, db_summary = run_db(kind, args.plays, args.warmup)
        rows += db_rows
        summaries += db_summary
    print()
    headers = [
        "db",
        "request",
        "n",
        "median ms",
        "p95 ms",
        "statements",
        "x bare",
        "x bare between",
    ]
    print_table(headers, rows)
    print()
    print("\n".join(summaries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
