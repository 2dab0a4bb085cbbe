"""Many players at once over HTTP: answers per second, answer latency, and stored integrity.

Run with ``.venv/bin/python bench/load.py [--players 50,200] [--db sqlite,postgres] [--quick]``.

For each database the quiz app is served by gunicorn (``gunicorn.conf.py``, as deployed) on
loopback, and that many simulated players start together; each plays the seed quiz to the end
the way a browser does (home, start page, start, every question and answer as htmx fragments,
results, leaderboard) on its own keep-alive connection with its own cookies. The same
gunicorn settings then serve ``bench/bare_app.py``, hit by the same clients at the same
concurrency: that is the ceiling the stack allows on this machine, and the ratio says how much
of it the app's answer request gets. Afterwards the database itself is checked: every answer
stored once, every play finished, every score the sum of its answers' points.

The clients are several processes with one thread per player, so the Python client is not
the bottleneck more than it has to be; but they share the machine's cores with gunicorn and
the database, so on a small machine the numbers are a floor, not the server's capacity.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import random
import re
import runpy
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402 (the path above makes the repo importable)
    ROOT,
    SECRET_KEY,
    VENV_BIN,
    machine,
    percentile,
    print_table,
    recreate_pg_database,
)

QUIZ_ID = 1
REQUEST_TIMEOUT = 30.0
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 25.0
MAX_QUESTIONS = 100
# Any attribute order, as WTForms' hidden_tag() and the templates write them differently.
CSRF_RE = re.compile(
    r'<input[^>]*\bname="csrf_token"[^>]*\bvalue="([^"]+)"|'
    r'<input[^>]*\bvalue="([^"]+)"[^>]*\bname="csrf_token"'
)
POSITION_RE = re.compile(
    r'<input[^>]*\bname="position"[^>]*\bvalue="(\d+)"|'
    r'<input[^>]*\bvalue="(\d+)"[^>]*\bname="position"'
)
CHOICE_RE = re.compile(
    r'<button[^>]*\bname="choice"[^>]*\bvalue="([^"]+)"|'
    r'<button[^>]*\bvalue="([^"]+)"[^>]*\bname="choice"'
)
TOTAL_RE = re.compile(r"Question (\d+) of (\d+)")


class PlayerError(Exception):
    """A player cannot go on: a wrong status, a page without the expected form, a timeout."""


@dataclass
class ClientResult:
    """What one client process measured; summed over processes by the parent."""

    answer_ms: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    requests: int = 0
    answers: int = 0
    finished: int = 0
    reconnects: int = 0
    errors: list[str] = field(default_factory=list)
    end: float = 0.0

    def add(self, other: ClientResult) -> None:
        """Add what ``other`` measured to this result."""
        self.answer_ms += other.answer_ms
        for kind, values in other.by_kind.items():
            self.by_kind.setdefault(kind, []).extend(values)
        self.requests += other.requests
        self.answers += other.answers
        self.finished += other.finished
        self.reconnects += other.reconnects
        self.errors += other.errors
        self.end = max(self.end, other.end)


class Browser:
    """One player's browser: a keep-alive connection and a cookie jar."""

    def __init__(self, port: int, deadline: float) -> None:
        self.port = port
        self.deadline = deadline
        self.cookies: dict[str, str] = {}
        self.conn: http.client.HTTPConnection | None = None
        self.requests = 0
        self.reconnects = 0
        self.by_kind: dict[str, list[float]] = {}

    def request(
        self,
        method: str,
        path: str,
        form: dict[str, str] | None = None,
        htmx: bool = False,
        csrf: str | None = None,
    ) -> tuple[int, dict[str, str], str, float]:
        """Send one request; returns status, headers, body and latency in ms.

        A keep-alive connection the server has just closed is reopened and the request sent
        once more, as browsers do; a repeated answer POST is harmless by design (rule 3).
        """
        if time.monotonic() > self.deadline:
            raise PlayerError("run deadline passed")
        headers = {"Host": f"127.0.0.1:{self.port}", "Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if htmx:
            headers["HX-Request"] = "true"
        if csrf:
            headers["X-CSRFToken"] = csrf
        body = None
        if form is not None:
            from urllib.parse import urlencode

            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(
                    "127.0.0.1", self.port, timeout=REQUEST_TIMEOUT
                )
            started = time.perf_counter()
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode("utf-8", "replace")
            except (http.client.RemoteDisconnected, ConnectionError, BrokenPipeError) as exc:
                self.close()
                if attempt == 0:
                    self.reconnects += 1
                    continue
                raise PlayerError(f"{method} {_kind(path)}: {exc!r}") from exc
            except (TimeoutError, OSError, http.client.HTTPException) as exc:
                self.close()
                raise PlayerError(f"{method} {_kind(path)}: {exc!r}") from exc
            elapsed = (time.perf_counter() - started) * 1000
            self.requests += 1
            self.by_kind.setdefault(f"{method} {_kind(path)}", []).append(elapsed)
            for raw in response.msg.get_all("Set-Cookie") or []:
                name, _, rest = raw.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            if response.will_close:
                self.close()
            return response.status, dict(response.getheaders()), text, elapsed
        raise PlayerError("unreachable")

    def close(self) -> None:
        """Drop the connection; the next request opens a new one."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _kind(path: str) -> str:
    """A path with the play id left out, for error messages that group well."""
    return re.sub(r"/play/[^/]+", "/play/<id>", path.split("?", 1)[0])


def _expect(status: int, wanted: int, what: str, body: str) -> None:
    """Stop the player on any status but the one a working app returns."""
    if status != wanted:
        snippet = " ".join(body.split())[:120]
        raise PlayerError(f"{what}: HTTP {status} (wanted {wanted}) {snippet}")


def _find(pattern: re.Pattern[str], body: str, what: str) -> str:
    """The first match of ``pattern`` in a page, or stop: the page is not what a browser gets."""
    match = pattern.search(body)
    if match is None:
        raise PlayerError(f"{what}: expected form field not in page")
    return match.group(1) or match.group(2)


#: Mean seconds a player reads before answering; 0 is a stress test, players back to back.
#: Set by main() before the client processes fork.
think_seconds = 0.0


def play_quiz(browser: Browser, nickname: str, rng: random.Random, result: ClientResult) -> None:
    """Play the quiz from the home page to the leaderboard, as a browser with htmx would."""
    status, _, body, _ = browser.request("GET", "/")
    _expect(status, 200, "GET /", body)
    status, _, body, _ = browser.request("GET", f"/quiz/{QUIZ_ID}")
    _expect(status, 200, "GET /quiz", body)
    csrf = _find(CSRF_RE, body, "GET /quiz")
    form = {"nickname": nickname, "csrf_token": csrf}
    status, headers, body, _ = browser.request("POST", f"/quiz/{QUIZ_ID}", form=form)
    _expect(status, 303, "POST /quiz", body)
    play_path = headers["Location"].split("://", 1)[-1]
    play_path = play_path[play_path.index("/") :] if "://" in headers["Location"] else play_path
    # The redirect is followed as a full page; every later step is an htmx fragment.
    status, _, body, _ = browser.request("GET", play_path)
    _expect(status, 200, "GET /play", body)
    for _ in range(MAX_QUESTIONS):
        number, total = (int(x) for x in TOTAL_RE.search(body).groups())  # type: ignore[union-attr]
        if think_seconds:
            time.sleep(rng.uniform(0.5, 1.5) * think_seconds)
        form = {
            "position": _find(POSITION_RE, body, "question"),
            "choice": rng.choice([a or b for a, b in CHOICE_RE.findall(body)] or [""]),
        }
        # As htmx does: the token of the page's <body hx-headers> goes in a header.
        status, _, answered, ms = browser.request(
            "POST", f"{play_path}/answer", form=form, htmx=True, csrf=csrf
        )
        _expect(status, 200, "POST /answer", answered)
        result.answer_ms.append(ms)
        result.answers += 1
        if number >= total:
            break
        status, _, body, _ = browser.request("GET", play_path, htmx=True)
        _expect(status, 200, "GET /play (htmx)", body)
    status, _, body, _ = browser.request("GET", f"{play_path}/results")
    _expect(status, 200, "GET /results", body)
    status, _, body, _ = browser.request("GET", f"/leaderboard?quiz={QUIZ_ID}")
    _expect(status, 200, "GET /leaderboard", body)
    result.finished += 1


def hammer_bare(browser: Browser, until: float, max_requests: int, result: ClientResult) -> None:
    """Call the bare endpoint back to back until ``until`` (bounded by ``max_requests``)."""
    for _ in range(max_requests):
        if time.monotonic() >= until:
            break
        status, _, body, ms = browser.request("GET", "/")
        _expect(status, 200, "GET / (bare)", body)
        result.answer_ms.append(ms)


def _client_process(
    mode: str,
    port: int,
    names: list[str],
    go: Any,
    ready: Any,
    queue: Any,
    deadline_seconds: float,
    bare_seconds: float,
) -> None:
    """One client process: a thread per player, all released together by ``go``."""
    result = ClientResult()
    lock = threading.Lock()
    start = threading.Event()

    def run(name: str) -> None:
        local = ClientResult()
        start.wait()
        began = time.monotonic()
        browser = Browser(port, began + deadline_seconds)
        try:
            if mode == "quiz":
                play_quiz(browser, name, random.Random(name), local)
            else:
                hammer_bare(browser, began + bare_seconds, 1_000_000, local)
        except PlayerError as exc:
            local.errors.append(str(exc))
        except Exception as exc:  # a crash in the client must show up as an error, not hang
            local.errors.append(f"client bug: {exc!r}")
        finally:
            browser.close()
        local.requests, local.reconnects = browser.requests, browser.reconnects
        local.by_kind, local.end = browser.by_kind, time.monotonic()
        with lock:
            result.add(local)

    threads = [threading.Thread(target=run, args=(name,), daemon=True) for name in names]
    for thread in threads:
        thread.start()
    ready.put(os.getpid())
    go.wait(60)
    start.set()
    for thread in threads:
        thread.join(deadline_seconds + REQUEST_TIMEOUT + 5)
    queue.put(result)


def run_clients(
    mode: str,
    port: int,
    players: int,
    tag: str,
    procs: int,
    deadline_seconds: float,
    bare_seconds: float,
) -> tuple[ClientResult, float]:
    """Run ``players`` clients in ``procs`` processes; returns the merged result and seconds."""
    ctx = multiprocessing.get_context("fork")
    go, ready, queue = ctx.Event(), ctx.Queue(), ctx.Queue()
    names = [f"{tag}-{i}" for i in range(players)]
    procs = max(1, min(procs, players))
    groups = [names[i::procs] for i in range(procs)]
    workers = [
        ctx.Process(
            target=_client_process,
            args=(mode, port, group, go, ready, queue, deadline_seconds, bare_seconds),
        )
        for group in groups
    ]
    for worker in workers:
        worker.start()
    for _ in workers:
        ready.get(timeout=60)
    began = time.monotonic()
    go.set()
    merged = ClientResult()
    for _ in workers:
        merged.add(queue.get(timeout=deadline_seconds + REQUEST_TIMEOUT + 30))
    for worker in workers:
        worker.join(10)
        if worker.is_alive():
            worker.kill()
    return merged, max(merged.end - began, 1e-9)


def _free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Gunicorn:
    """gunicorn with the project's gunicorn.conf.py on a free loopback port, stopped cleanly."""

    def __init__(self, target: str, env: dict[str, str], log: Path, ready_path: str) -> None:
        self.target = target
        self.env = env
        self.log = log
        self.ready_path = ready_path
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Gunicorn:
        env = {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [str(VENV_BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), self.target],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        """Poll until the app answers (bounded), so the clock starts on a warm server."""
        assert self.proc is not None
        until = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < until:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self._log_tail()}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", self.ready_path)
                if conn.getresponse().status == 200:
                    conn.close()
                    return
                conn.close()
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError(f"gunicorn not ready after {READY_TIMEOUT}s:\n{self._log_tail()}")

    def _log_tail(self) -> str:
        """The end of the log, shown on failure (the temp dir holding it is then removed)."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-25:])

    def __exit__(self, *_exc: object) -> None:
        """SIGTERM (gunicorn's graceful stop), a bounded wait, then SIGKILL its group."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


def prepare_database(db: str, workdir: Path) -> str:
    """An empty database of kind ``db`` with the schema and the seed quiz; returns its URL."""
    if db == "sqlite":
        url = f"sqlite:///{workdir / 'quiz.sqlite'}"
    elif db == "postgres":
        url = recreate_pg_database()
    else:
        raise SystemExit(f"unknown --db {db!r}: use sqlite or postgres")
    env = {**os.environ, "DATABASE_URL": url, "FLASK_SECRET_KEY": SECRET_KEY}
    subprocess.run(
        [str(VENV_BIN / "flask"), "--app", "quizapp", "init-db"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
    )
    return url


def check_integrity(url: str, tag: str, players: int) -> list[str]:
    """Read the database directly and list every broken promise of this run's plays."""
    from sqlalchemy import create_engine, func, select

    from quizapp.models import Answer, Play, QuizQuestion

    engine = create_engine(url)
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            questions = conn.scalar(select(func.count()).where(QuizQuestion.quiz_id == QUIZ_ID))
            mine = select(Play.id).where(Play.nickname.like(f"{tag}-%"))
            plays = conn.scalar(select(func.count()).select_from(mine.subquery()))
            unfinished = conn.scalar(
                select(func.count()).where(Play.id.in_(mine), Play.finished_at.is_(None))
            )
            answered = conn.scalar(
                select(func.count()).where(
                    Answer.play_id.in_(mine), Answer.answered_at.is_not(None)
                )
            )
            duplicates = conn.scalar(
                select(func.count()).select_from(
                    select(Answer.play_id)
                    .where(Answer.play_id.in_(mine))
                    .group_by(Answer.play_id, Answer.position)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            sums = (
                select(Answer.play_id, func.sum(Answer.points).label("points"))
                .where(Answer.play_id.in_(mine))
                .group_by(Answer.play_id)
                .subquery()
            )
            wrong_scores = conn.scalar(
                select(func.count())
                .select_from(Play)
                .outerjoin(sums, sums.c.play_id == Play.id)
                .where(Play.id.in_(mine), Play.score != func.coalesce(sums.c.points, 0))
            )
    finally:
        engine.dispose()
    if plays != players:
        problems.append(f"{plays} plays stored, {players} expected")
    if answered != players * questions:
        problems.append(f"{answered} answers stored, {players * questions} expected")
    if duplicates:
        problems.append(f"{duplicates} questions answered twice")
    if unfinished:
        problems.append(f"{unfinished} plays unfinished")
    if wrong_scores:
        problems.append(f"{wrong_scores} scores differ from the sum of their answers")
    return problems


def _shared_limits(workers: str) -> dict[str, str]:
    """Environment that lets gunicorn start several workers: they must share a Redis.

    gunicorn.conf.py refuses several workers without REDIS_URL (rate-limit counters would be
    per process). Use REDIS_URL if set, else a local Redis on its own database number (15),
    else fall back to one worker and say so.
    """
    if os.environ.get("REDIS_URL") or workers == "1":
        return {}
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        print("no Redis on 127.0.0.1:6379 and no REDIS_URL: running ONE gunicorn worker")
        return {"GUNICORN_WORKERS": "1"}
    return {"REDIS_URL": "redis://127.0.0.1:6379/15"}


def main() -> int:
    """Parse the options, run every database and player count, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--players", default=None, help="comma list (default 50,200)")
    parser.add_argument("--db", default="sqlite,postgres", help="comma list: sqlite,postgres")
    parser.add_argument("--quick", action="store_true", help="10 and 30 players, short bare run")
    parser.add_argument("--client-procs", type=int, default=4, help="client processes")
    parser.add_argument("--bare-seconds", type=float, default=None, help="bare run length")
    parser.add_argument("--deadline", type=float, default=150.0, help="seconds per run, max")
    parser.add_argument(
        "--think", type=float, default=0.0, help="mean seconds a player reads each question"
    )
    args = parser.parse_args()
    global think_seconds
    think_seconds = args.think
    counts = [int(x) for x in (args.players or ("10,30" if args.quick else "50,200")).split(",")]
    dbs = [x.strip() for x in args.db.split(",") if x.strip()]
    bare_seconds = args.bare_seconds or (2.0 if args.quick else 5.0)
    # What gunicorn.conf.py gives the servers below, read from it rather than restated.
    served = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    workers, threads = str(served["workers"]), str(served["threads"])
    print(f"machine: {machine()}")
    workers = _shared_limits(workers).get("GUNICORN_WORKERS", workers)
    print(
        f"gunicorn: gunicorn.conf.py, {workers} workers x {threads} threads (gthread); "
        f"clients: {args.client_procs} processes, a thread and keep-alive connection per player"
    )
    print(
        "note: the clients run on the same cores as gunicorn and the database, so these are "
        "floors of what the server alone could do.",
        flush=True,
    )
    base_env = {**os.environ, "FLASK_SECRET_KEY": SECRET_KEY, "PYTHONUNBUFFERED": "1"}
    base_env.update(_shared_limits(workers))
    rows: list[list[object]] = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="quizbench-") as tmp:
        workdir = Path(tmp)
        log = workdir / "gunicorn.log"
        bare: dict[int, float] = {}
        with Gunicorn("bench.bare_app:app", base_env, log, "/") as server:
            for players in counts:
                result, seconds = run_clients(
                    "bare", server.port, players, "bare", args.client_procs, 60, bare_seconds
                )
                bare[players] = result.requests / seconds
                print(f"bare, {players} clients: {bare[players]:.0f} req/s", flush=True)
        for db in dbs:
            url = prepare_database(db, workdir)
            env = {**base_env, "DATABASE_URL": url}
            with Gunicorn("quizapp:create_app()", env, log, "/healthz") as server:
                for players in counts:
                    tag = f"{db[:2]}{players}"
                    result, seconds = run_clients(
                        "quiz", server.port, players, tag, args.client_procs, args.deadline, 0
                    )
                    problems = check_integrity(url, tag, players)
                    answers_per_s = result.answers / seconds
                    rows.append(
                        [
                            db,
                            players,
                            f"{args.think:g}",
                            f"{answers_per_s:.0f}",
                            f"{percentile(result.answer_ms, 50):.0f}",
                            f"{percentile(result.answer_ms, 95):.0f}",
                            f"{percentile(result.answer_ms, 99):.0f}",
                            len(result.errors),
                            f"{result.requests / seconds:.0f}",
                            f"{bare[players]:.0f}",
                            f"{answers_per_s / bare[players]:.2f}",
                            "ok" if not problems else "FAIL",
                        ]
                    )
                    print(
                        f"{db}, {players} players: {result.finished} finished, "
                        f"{result.answers} answers in {seconds:.1f}s, "
                        f"{result.reconnects} reconnects",
                        flush=True,
                    )
                    print(
                        "  p50 ms by request: "
                        + ", ".join(
                            f"{kind} {percentile(values, 50):.0f}"
                            for kind, values in sorted(result.by_kind.items())
                        )
                    )
                    for message in sorted(set(result.errors))[:5]:
                        print(f"  error: {message}")
                    for problem in problems:
                        print(f"  integrity: {problem}")
                    failures += bool(problems or result.errors)
        if failures:
            errors = [ln for ln in log.read_text().splitlines() if "[INFO]" not in ln]
            print("gunicorn log, without INFO lines:\n" + "\n".join(errors[-30:]))
    print()
    print_table(
        [
            "db",
            "players",
            "think s",
            "answers/s",
            "answer p50 ms",
            "p95 ms",
            "p99 ms",
            "errors",
            "all req/s",
            "bare req/s",
            "answers/bare",
            "integrity",
        ],
        rows,
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
