"""A live game over HTTP: one host, N players on phones, each holding its event stream.

Run with ``.venv/bin/python bench/live.py [--players 100,300,1000] [--db sqlite,postgres]
[--questions 3] [--quick]``.

For each database the quiz app is served by gunicorn (``gunicorn.conf.py``, as deployed) on
loopback with ``REDIS_URL`` set, so a question reaches every worker's streams by Redis
pub/sub. A host account owning the seed quiz is written to the database before gunicorn
starts; everything after that goes over HTTP with cookies and CSRF tokens, as browsers do:

- the host signs in, opens a live game and reads the join code from the lobby page; while
  the game runs, its big screen asks ``?seen=<token>`` every second, as the page does;
- each player GETs ``/join/<code>``, POSTs a nickname, loads ``/live/<id>`` and opens
  ``/live/<id>/stream`` (``text/event-stream``), which it holds to the end of the game;
- the host POSTs Start; each player answers a random choice after a random 0 to 2 s from
  seeing the question (``HX-Request``, ``X-CSRFToken``), on a kept-alive connection or a
  new one if gunicorn closed it (2 s keep-alive); the last answer ends the question and
  every stream gets the reveal. If the question's time runs out first, the page's own timer
  asks for the screen, as player.html does. The host waits until every phone shows the
  reveal (20 s at most, as a host in front of a room would), pauses, and POSTs Next, or
  first "End question now" if not everyone answered; after the last question, "End the
  game", and every stream gets its end.

Measured: the question event's latency (from the host's Start or Next POST being sent to
the event arriving on each player's stream), the answer POST's latency, errors, the time
from a question's opening to its last answer, and the reveal and the end, each until it
arrived on every stream. Then the database is checked: one GameAnswer for every answer the
server accepted (none lost, none doubled) and every GamePlayer's score the sum of its
answers' points. The same gunicorn settings then serve ``bench/bare_app.py`` to as many
clients as players (``bench/load.py``'s clients): the ceiling of the stack on this machine.

The players are asyncio coroutines over raw sockets in a few processes (``--client-procs``),
all stamping times with the machine's monotonic clock, which every process shares. They run
on the same cores as gunicorn, Redis and the database, so on a small machine the numbers
are a floor of what the server alone could do.
"""

from __future__ import annotations

import argparse
import asyncio
import codecs
import math
import multiprocessing
import os
import queue
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402 (the path above makes the repo importable)
    SECRET_KEY,
    machine,
    percentile,
    print_table,
)
from bench.load import (  # noqa: E402
    CHOICE_RE,
    CSRF_RE,
    QUIZ_ID,
    Browser,
    Gunicorn,
    PlayerError,
    prepare_database,
    run_clients,
)

GOAL_QUESTION_P95_MS = 250
GOAL_QUESTION_P99_MS = 500
GOAL_ANSWER_P95_MS = 150
GOAL_ALL_ANSWERED_S = 3.0
THINK_MAX_S = 2.0
#: The host's big screen asks whether anything changed this often (templates/live/host.html).
HOST_POLL_S = 1.0
#: The host waits this long in the full lobby before Start: past gunicorn's keep-alive (2 s),
#: so the connections then counted per worker are the streams.
LOBBY_PAUSE_S = 2.5
REQUEST_TIMEOUT = 30.0
#: Times the host clicks a control that failed before the run gives up.
CONTROL_TRIES = 3
#: How often the gunicorn workers' CPU time is read, to share it out between the phases.
CPU_SAMPLE_S = 0.2
#: A stream sends a keep-alive comment every 15 s (LIVE_KEEPALIVE_SECONDS); silence longer
#: than this is a dead stream.
STREAM_SILENCE_S = 45.0
#: Players of one client process joining at the same moment (each then holds its stream).
JOINING_AT_ONCE = 20
#: How long the host waits for the reveal (or the podium) to reach every phone before going
#: on regardless, as a host in front of a room would not wait longer.
REVEAL_PATIENCE_S = 20.0
END_PATIENCE_S = 30.0
HOST_USER = "bench-live-host"
HOST_PASSWORD = "bench live host password"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"

QUESTION_RE = re.compile(
    r'<input[^>]*\bname="question"[^>]*\bvalue="(\d+)"|'
    r'<input[^>]*\bvalue="(\d+)"[^>]*\bname="question"'
)
CODE_RE = re.compile(r"/join/(\d{6})")
# base.html gives htmx the session's CSRF token for every request it sends.
HX_CSRF_RE = re.compile(r'"X-CSRFToken": "([^"]+)"')
SEEN_RE = re.compile(r'\?seen=([^"&\s]+)')
LIMIT_RE = re.compile(r'data-limit="(\d+)"')
# The question's timer: the page asks for its screen this long after showing it.
TIMER_RE = re.compile(r'hx-trigger="load delay:(\d+)ms"')


# --- a phone: HTTP/1.1 over asyncio streams ---------------------------------------------


async def _read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], list[str]]:
    """Status, headers (lower-case names) and Set-Cookie values of one response."""
    raw = await reader.readuntil(b"\r\n\r\n")
    lines = raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "set-cookie":
            cookies.append(value)
        headers[name] = value
    return status, headers, cookies


async def _read_chunk(reader: asyncio.StreamReader) -> bytes:
    """One chunk of a chunked body; b"" for the last."""
    size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16)
    if size == 0:
        while (await reader.readuntil(b"\r\n")) != b"\r\n":
            pass  # trailers
        return b""
    return (await reader.readexactly(size + 2))[:-2]


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    """A whole response body: chunked, sized, or up to the end of the connection."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        parts = []
        while chunk := await _read_chunk(reader):
            parts.append(chunk)
        return b"".join(parts)
    if "content-length" in headers:
        return await reader.readexactly(int(headers["content-length"]))
    return await reader.read()


class Phone:
    """A player's browser: cookies, kept-alive connections for pages and answers (a second
    one while the first is busy, as browsers open), and one for the event stream."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.reconnects = 0

    def _message(self, method: str, path: str, headers: dict[str, str], body: bytes) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    def _keep(self, cookies: list[str]) -> None:
        for raw in cookies:
            name, _, rest = raw.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]

    def _kept_alive(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        """An idle connection the server has not closed yet, if any."""
        while self.idle:
            reader, writer = self.idle.pop()
            if not reader.at_eof():
                return reader, writer
            writer.close()
        return None

    async def request(
        self,
        method: str,
        path: str,
        form: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str, float]:
        """Send one request; returns status, headers, body and ms (from the connect if new).

        A kept-alive connection the server closes just as the request goes out is replaced
        and the request sent once more, as browsers do (a repeated answer is harmless by
        design).
        """
        body = urlencode(form).encode() if form is not None else b""
        extra = {"Accept": "text/html", **(headers or {})}
        if form is not None:
            extra["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(2):
            started = time.perf_counter()
            kept = self._kept_alive()
            writer = None
            try:
                async with asyncio.timeout(REQUEST_TIMEOUT):
                    reader, writer = kept or await asyncio.open_connection("127.0.0.1", self.port)
                    writer.write(self._message(method, path, extra, body))
                    await writer.drain()
                    status, head, cookies = await _read_head(reader)
                    text = (await _read_body(reader, head)).decode("utf-8", "replace")
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                if writer is not None:
                    writer.close()
                if kept is not None and attempt == 0:
                    self.reconnects += 1
                    continue
                raise PlayerError(f"{method} {_kind(path)}: {exc!r}") from exc
            except (TimeoutError, OSError) as exc:
                if writer is not None:
                    writer.close()
                raise PlayerError(f"{method} {_kind(path)}: {exc!r}") from exc
            elapsed = (time.perf_counter() - started) * 1000
            self._keep(cookies)
            if head.get("connection", "").lower() == "close":
                writer.close()
            else:
                self.idle.append((reader, writer))
            return status, head, text, elapsed
        raise PlayerError("unreachable")

    async def stream(self, path: str, on_event: Callable[[str, str, float], bool]) -> None:
        """Hold the event stream at ``path``, calling ``on_event(event, data, arrived)`` for
        each Server-Sent Event until it returns True or the server ends the stream."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        try:
            headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
            writer.write(self._message("GET", path, headers, b""))
            await writer.drain()
            async with asyncio.timeout(REQUEST_TIMEOUT):
                status, head, cookies = await _read_head(reader)
            self._keep(cookies)
            if status != 200:
                body = (await _read_body(reader, head)).decode("utf-8", "replace")
                raise PlayerError(f"GET stream: HTTP {status} {' '.join(body.split())[:120]}")
            chunked = "chunked" in head.get("transfer-encoding", "").lower()
            buffer = ""
            while True:
                async with asyncio.timeout(STREAM_SILENCE_S):
                    data = await _read_chunk(reader) if chunked else await reader.read(65536)
                if not data:
                    return
                arrived = time.monotonic()
                buffer += decoder.decode(data)
                while "\n\n" in buffer:
                    block, buffer = buffer.split("\n\n", 1)
                    event, lines = "message", []
                    for line in block.split("\n"):
                        if line.startswith("event:"):
                            event = line[6:].strip()
                        elif line.startswith("data:"):
                            lines.append(line[5:].removeprefix(" "))
                    if (lines or event != "message") and on_event(event, "\n".join(lines), arrived):
                        return
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError, OSError) as exc:
            raise PlayerError(f"stream: {exc!r}") from exc
        finally:
            writer.close()

    def close(self) -> None:
        """Close the kept-alive connections."""
        for _, writer in self.idle:
            writer.close()
        self.idle = []


def _kind(path: str) -> str:
    """A path with its ids left out, for error messages that group well."""
    return re.sub(r"/\d+", "/<id>", path.split("?", 1)[0])


def _path(location: str) -> str:
    """The path of a redirect's Location, absolute or not."""
    return "/" + location.split("://", 1)[1].split("/", 1)[1] if "://" in location else location


def _first(pattern: re.Pattern[str], text: str, what: str) -> str:
    """The first match of ``pattern``, or stop: the page is not what a browser gets."""
    match = pattern.search(text)
    if match is None:
        raise PlayerError(f"{what}: expected field not in page: {' '.join(text.split())[:120]}")
    return next(group for group in match.groups() if group is not None)


# --- the players of one client process ---------------------------------------------------


@dataclass
class PlayerRecord:
    """What one player saw, with monotonic timestamps; summed up by the parent."""

    name: str
    join_ms: list[float] = field(default_factory=list)
    #: question number -> when its event arrived on the stream
    question_at: dict[int, float] = field(default_factory=dict)
    #: question number -> when its reveal (the right answer) reached the screen
    reveal_at: dict[int, float] = field(default_factory=dict)
    #: reveals the page fetched itself when the question's time ran out with no event
    timer_reveals: int = 0
    #: question number -> (sent, done, latency ms) of the accepted answer
    answers: dict[int, tuple[float, float, float]] = field(default_factory=dict)
    ended_at: float | None = None
    reconnects: int = 0
    errors: list[str] = field(default_factory=list)


class Crowd:
    """The players of one client process, and the milestones it tells the host about.

    A milestone (everyone here joined, answered question q, saw reveal q, saw the end) is
    put on ``messages`` once every player of this process has reached it or dropped out.
    """

    def __init__(
        self,
        index: int,
        port: int,
        code: str,
        names: list[str],
        questions: int,
        messages: Any,
        seed: int,
    ) -> None:
        self.index = index
        self.port = port
        self.code = code
        self.questions = questions
        self.messages = messages
        self.seed = seed
        self.records = [PlayerRecord(name) for name in names]
        self.settled: dict[tuple[str, int], set[str]] = {}
        self.succeeded: Counter[tuple[str, int]] = Counter()
        self.joining = asyncio.Semaphore(JOINING_AT_ONCE)

    def settle(self, rec: PlayerRecord, kind: str, number: int = 0, ok: bool = True) -> None:
        """Count ``rec`` as done with milestone (kind, number); report when all are."""
        done = self.settled.setdefault((kind, number), set())
        if rec.name in done:
            return
        done.add(rec.name)
        self.succeeded[kind, number] += ok
        if len(done) == len(self.records):
            self.messages.put((kind, number, self.index, self.succeeded[kind, number]))

    def drop(self, rec: PlayerRecord, why: str) -> None:
        """A player who cannot go on: every milestone it has not reached is settled, failed."""
        rec.errors.append(why)
        self.settle(rec, "ready", ok=False)
        for number in range(self.questions):
            self.settle(rec, "answered", number, ok=False)
            self.settle(rec, "revealed", number, ok=False)
        self.settle(rec, "ended", ok=False)

    async def run(self, deadline: float, stop: Any) -> None:
        """Play every player until the game ends, the host says stop, or ``deadline``."""
        tasks = [asyncio.create_task(self.play(rec)) for rec in self.records]
        until = time.monotonic() + deadline
        pending: set[asyncio.Task[None]] = set(tasks)
        while pending and time.monotonic() < until and not stop.is_set():
            _, pending = await asyncio.wait(pending, timeout=0.5)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        self.messages.put(("result", 0, self.index, [asdict(r) for r in self.records]))

    async def play(self, rec: PlayerRecord) -> None:
        """Join, hold the stream, answer each question as it arrives; to the end."""
        phone = Phone(self.port)
        rng = random.Random(f"{self.seed}-{rec.name}")
        answering: set[asyncio.Task[None]] = set()
        await self.joining.acquire()
        holding = True
        try:
            game_path, csrf = await self._join(phone, rec)

            def on_event(event: str, data: str, arrived: float) -> bool:
                nonlocal holding
                if holding:  # the first event: the lobby is on screen, the next may join
                    holding = False
                    self.joining.release()
                    self.settle(rec, "ready")
                if event == "end":
                    rec.ended_at = arrived
                    self.settle(rec, "ended")
                    return True
                if event != "screen":
                    return False
                if (match := QUESTION_RE.search(data)) is not None:
                    number = int(match.group(1) or match.group(2))
                    if number not in rec.question_at:
                        rec.question_at[number] = arrived
                        tokens = [a or b for a, b in CHOICE_RE.findall(data)]
                        delay = int(_first(TIMER_RE, data, "question event")) / 1000
                        answering.add(
                            asyncio.create_task(
                                self.answer(phone, rec, game_path, csrf, number, tokens, rng)
                            )
                        )
                        answering.add(
                            asyncio.create_task(self.timer(phone, rec, game_path, number, delay))
                        )
                elif "right-answer" in data and rec.question_at:
                    self.revealed(rec, max(rec.question_at), arrived)
                return False

            await phone.stream(f"{game_path}/stream", on_event)
            if rec.ended_at is None:
                raise PlayerError("stream closed before the game ended")
        except PlayerError as exc:
            self.drop(rec, str(exc))
        except asyncio.CancelledError:
            self.drop(rec, "still waiting when the run stopped")
        except Exception as exc:  # a bug in the client must show up as an error, not hang
            self.drop(rec, f"client bug: {exc!r}")
        finally:
            if holding:
                self.joining.release()
            for task in answering:
                task.cancel()
            phone.close()
            rec.reconnects = phone.reconnects

    def revealed(self, rec: PlayerRecord, number: int, arrived: float) -> None:
        """The right answer of question ``number`` is on the player's screen."""
        if number not in rec.reveal_at:
            rec.reveal_at[number] = arrived
            self.settle(rec, "revealed", number)

    async def timer(
        self, phone: Phone, rec: PlayerRecord, game_path: str, number: int, delay: float
    ) -> None:
        """The question's hidden timer: when its time and grace are up and no reveal has come,
        the page asks for its screen (``hx-trigger="load delay:..."`` in player.html)."""
        await asyncio.sleep(delay)
        if number in rec.reveal_at or rec.ended_at is not None:
            return
        try:
            status, _, body, _ = await phone.request(
                "GET", game_path, headers={"HX-Request": "true"}
            )
            _expect(status, 200, "GET /live (timer)", body)
        except PlayerError as exc:
            rec.errors.append(str(exc))
            return
        if "right-answer" in body and number not in rec.reveal_at:
            rec.timer_reveals += 1
            self.revealed(rec, number, time.monotonic())

    async def _join(self, phone: Phone, rec: PlayerRecord) -> tuple[str, str]:
        """The join page, the nickname, the game page; returns its path and CSRF token."""
        status, _, page, ms = await phone.request("GET", f"/join/{self.code}")
        _expect(status, 200, "GET /join", page)
        rec.join_ms.append(ms)
        form = {"nickname": rec.name, "csrf_token": _first(CSRF_RE, page, "GET /join")}
        status, headers, page, ms = await phone.request("POST", f"/join/{self.code}", form)
        _expect(status, 303, "POST /join", page)
        rec.join_ms.append(ms)
        game_path = _path(headers["location"])
        status, _, page, ms = await phone.request("GET", game_path)
        _expect(status, 200, "GET /live", page)
        rec.join_ms.append(ms)
        return game_path, _first(HX_CSRF_RE, page, "GET /live")

    async def answer(
        self,
        phone: Phone,
        rec: PlayerRecord,
        game_path: str,
        csrf: str,
        number: int,
        tokens: list[str],
        rng: random.Random,
    ) -> None:
        """Think 0 to 2 s, then tap a random choice, as htmx posts it."""
        ok = False
        try:
            await asyncio.sleep(rng.uniform(0, THINK_MAX_S))
            if not tokens:
                raise PlayerError(f"question {number}: no choices on screen")
            form = {"question": str(number), "choice": rng.choice(tokens)}
            headers = {"X-CSRFToken": csrf, "HX-Request": "true"}
            sent = time.monotonic()
            status, _, body, ms = await phone.request("POST", f"{game_path}/answer", form, headers)
            _expect(status, 200, "POST /answer", body)
            # The answer that completes the question gets the reveal instead.
            if "Answer locked in" not in body and "right-answer" not in body:
                raise PlayerError(f"POST /answer: not locked in: {' '.join(body.split())[:120]}")
            rec.answers[number] = (sent, time.monotonic(), ms)
            ok = True
        except PlayerError as exc:
            rec.errors.append(str(exc))
        finally:
            self.settle(rec, "answered", number, ok)


def _expect(status: int, wanted: int, what: str, body: str) -> None:
    """Stop the player on any status but the one a working app returns."""
    if status != wanted:
        raise PlayerError(f"{what}: HTTP {status} (wanted {wanted}) {' '.join(body.split())[:120]}")


def _raise_file_limit() -> None:
    """Two sockets per player: let this process open as many files as the system allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _crowd_process(
    index: int,
    port: int,
    code: str,
    names: list[str],
    questions: int,
    messages: Any,
    stop: Any,
    seed: int,
    deadline: float,
) -> None:
    """One client process: its players as coroutines on one event loop."""
    _raise_file_limit()
    crowd = Crowd(index, port, code, names, questions, messages, seed)
    asyncio.run(crowd.run(deadline, stop))


# --- the host and the run of one game ------------------------------------------------------


class Host:
    """The host's browser (bench/load.py's keep-alive client): sign in, controls, big screen."""

    def __init__(self, port: int) -> None:
        self.browser = Browser(port, time.monotonic() + 24 * 3600)
        self.csrf = ""
        self.seen = ""
        self.game_id = 0
        self.control_ms: dict[str, list[float]] = {}
        self.poll_ms: list[float] = []
        self.errors: list[str] = []
        self.limit = 20.0  # the open question's time limit, read from the big screen

    def page(self, path: str) -> str:
        """A whole page, as after a redirect; keeps its CSRF token and screen token."""
        status, _, body, _ = self.browser.request("GET", path)
        _expect(status, 200, f"host GET {_kind(path)}", body)
        self.csrf = _first(HX_CSRF_RE, body, f"host GET {_kind(path)}")
        if match := SEEN_RE.search(body):
            self.seen = match.group(1)
        if match := LIMIT_RE.search(body):
            self.limit = float(match.group(1))
        return body

    def sign_in(self) -> None:
        """Sign in through the login form."""
        status, _, body, _ = self.browser.request("GET", "/host/login")
        _expect(status, 200, "GET /host/login", body)
        form = {
            "username": HOST_USER,
            "password": HOST_PASSWORD,
            "csrf_token": _first(CSRF_RE, body, "GET /host/login"),
        }
        status, _, body, _ = self.browser.request("POST", "/host/login", form=form)
        _expect(status, 303, "POST /host/login", body)

    def open_game(self) -> str:
        """Open a live game of the seed quiz; returns its join code from the lobby page."""
        self.page("/host/games")  # a CSRF token of the signed-in session
        form = {"csrf_token": self.csrf}
        status, headers, body, _ = self.browser.request(
            "POST", f"/host/sets/{QUIZ_ID}/live", form=form
        )
        _expect(status, 303, "POST /host/sets/<id>/live", body)
        screen = _path(headers["Location"])
        self.game_id = int(screen.rstrip("/").rsplit("/", 1)[1])
        return _first(CODE_RE, self.page(screen), "lobby")

    def control(self, action: str, **form: str) -> float:
        """POST a control, follow its 303 to the big screen; returns when it was sent.

        A failed control is clicked again after a second, as a host would (each control is
        guarded by the state it expects, so a repeat changes nothing twice).
        """
        for attempt in range(CONTROL_TRIES):
            sent = time.monotonic()
            try:
                status, headers, body, ms = self.browser.request(
                    "POST",
                    f"/host/games/{self.game_id}/{action}",
                    form={**form, "csrf_token": self.csrf},
                )
                _expect(status, 303, f"host POST {action}", body)
                self.control_ms.setdefault(action, []).append(ms)
                self.page(_path(headers["Location"]))
                return sent
            except PlayerError as exc:
                self.errors.append(str(exc))
                if attempt + 1 == CONTROL_TRIES:
                    raise
                time.sleep(1)
        raise PlayerError("unreachable")

    def poll(self) -> None:
        """The big screen's once-a-second question: anything new? (204 when not).

        A failed poll is counted and the next one comes a second later, as htmx does.
        """
        path = f"/host/games/{self.game_id}?seen={self.seen}"
        try:
            status, _, body, ms = self.browser.request("GET", path, htmx=True)
            if status not in (200, 204):
                _expect(status, 200, "host poll", body)
        except PlayerError as exc:
            self.errors.append(str(exc))
            return
        self.poll_ms.append(ms)
        if status == 200 and (match := SEEN_RE.search(body)):
            self.seen = match.group(1)


@dataclass
class GameRun:
    """Everything one game measured, host side and player side."""

    players: int
    questions: int
    opened_at: list[float] = field(default_factory=list)
    ended_by_host_at: dict[int, float] = field(default_factory=dict)
    finish_sent_at: float = 0.0
    records: list[PlayerRecord] = field(default_factory=list)
    timeouts: list[str] = field(default_factory=list)
    workers: list[int] = field(default_factory=list)
    join_seconds: float = 0.0
    began: float = 0.0
    seconds: float = 0.0
    #: phase -> (CPU seconds of the gunicorn workers, wall seconds)
    server_cpu: dict[str, tuple[float, float]] = field(default_factory=dict)
    client_cpu: float = 0.0


class Room:
    """The client processes of one game, and what they report to the host."""

    def __init__(
        self,
        port: int,
        code: str,
        names: list[str],
        questions: int,
        procs: int,
        seed: int,
        deadline: float,
    ) -> None:
        ctx = multiprocessing.get_context("fork")
        self.messages: Any = ctx.Queue()
        self.stopping: Any = ctx.Event()
        procs = max(1, min(procs, len(names)))
        self.received: dict[tuple[str, int, int], Any] = {}
        self.next_poll = 0.0
        self.procs = [
            ctx.Process(
                target=_crowd_process,
                args=(
                    i,
                    port,
                    code,
                    names[i::procs],
                    questions,
                    self.messages,
                    self.stopping,
                    seed,
                    deadline,
                ),
                daemon=True,
            )
            for i in range(procs)
        ]

    def start(self) -> None:
        """Start the processes; each ends by itself after its deadline at most."""
        for proc in self.procs:
            proc.start()

    def wait(self, kind: str, number: int, timeout: float, host: Host | None) -> list[Any]:
        """Each process's report of milestone (kind, number), the host's screen asking every
        second meanwhile; fewer than all when ``timeout`` seconds pass first."""
        until = time.monotonic() + timeout
        while True:
            got = [self.received.get((kind, number, i)) for i in range(len(self.procs))]
            now = time.monotonic()
            if all(g is not None for g in got) or now >= until:
                return [g for g in got if g is not None]
            if host is not None and now >= self.next_poll:
                host.poll()
                self.next_poll = now + HOST_POLL_S
            wake = min(until, self.next_poll) if host is not None else until
            try:
                message = self.messages.get(timeout=max(0.001, wake - time.monotonic()))
            except queue.Empty:
                continue
            self.received[message[0], message[1], message[2]] = message[3]

    def pause(self, seconds: float, host: Host) -> None:
        """The host looks at the screen for ``seconds``, which keeps asking every second."""
        self.wait("pause", 0, seconds, host)  # no process reports a pause

    def results(self) -> list[Any]:
        """Tell the processes to stop now and collect what each measured."""
        self.stopping.set()
        return self.wait("result", 0, 60, None)

    def stop(self) -> None:
        """Wait for the processes, bounded, and kill any left."""
        self.stopping.set()
        for proc in self.procs:
            proc.join(10)
            if proc.is_alive():
                proc.kill()
                proc.join(5)


def play_game(
    port: int, master: int, host: Host, players: int, tag: str, args: argparse.Namespace
) -> GameRun:
    """One game: N players join, ``args.questions`` questions, the end; all bounded."""
    run = GameRun(players, args.questions)
    code = host.open_game()
    names = [f"{tag}-{i}" for i in range(players)]
    room = Room(port, code, names, args.questions, args.client_procs, args.seed, args.deadline)
    clients_before = _children_cpu()
    cpu = CpuSampler(master)
    run.began = time.monotonic()
    room.start()

    def wait(kind: str, number: int, timeout: float) -> int:
        reports = room.wait(kind, number, timeout, host)
        if len(reports) < len(room.procs):
            run.timeouts.append(f"{kind} {number}: not all after {timeout:.0f}s")
        return sum(reports)

    try:
        ready = wait("ready", 0, 20 + players * 0.05)
        run.join_seconds = time.monotonic() - run.began
        # Past gunicorn's 2 s keep-alive, the connections still open are the streams.
        room.pause(LOBBY_PAUSE_S, host)
        run.workers = streams_by_worker(port)
        if ready < players:
            run.timeouts.append(f"only {ready} of {players} streams open at the start")
        for number in range(args.questions):
            if number == 0:
                run.opened_at.append(host.control("start"))
            else:
                run.opened_at.append(host.control("next", question=str(number - 1)))
            # At most until the question's time and grace are up: then it ends by itself.
            left = run.opened_at[-1] + host.limit + 3 - time.monotonic()
            answered = wait("answered", number, left)
            if answered < ready:
                # Not everyone answered, so the question did not end by itself.
                run.ended_by_host_at[number] = host.control("end-question")
            wait("revealed", number, REVEAL_PATIENCE_S)
            room.pause(args.reveal_pause, host)
    except PlayerError as exc:
        run.timeouts.append(f"the host gave up: {exc}")
    try:
        run.finish_sent_at = host.control("finish")
        wait("ended", 0, END_PATIENCE_S)
    except PlayerError as exc:
        run.timeouts.append(f"the host could not end the game: {exc}")
    try:
        results = room.results()
        for records in results:
            run.records += [PlayerRecord(**r) for r in records]
        if len(results) < len(room.procs):
            run.timeouts.append("some client processes sent no result")
    finally:
        room.stop()
        cpu.stop()
    run.seconds = time.monotonic() - run.began
    run.client_cpu = _children_cpu() - clients_before
    run.server_cpu = phase_cpu(run, cpu)
    run.timeouts += host.errors
    return run


class CpuSampler:
    """The gunicorn workers' CPU time, read every 0.2 s by a thread, so that it can be
    shared out afterwards between the phases that the players' clocks mark."""

    def __init__(self, master: int) -> None:
        self.master = master
        self.samples: list[tuple[float, float]] = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stopped.is_set():
            self.samples.append((time.monotonic(), workers_cpu(self.master)))
            self._stopped.wait(CPU_SAMPLE_S)

    def stop(self) -> None:
        """Take a last sample and end the thread."""
        self._stopped.set()
        self._thread.join(5)
        self.samples.append((time.monotonic(), workers_cpu(self.master)))

    def at(self, moment: float) -> float:
        """CPU seconds used by ``moment``, interpolated between the samples around it."""
        before = max((s for s in self.samples if s[0] <= moment), default=self.samples[0])
        after = min((s for s in self.samples if s[0] >= moment), default=self.samples[-1])
        if after[0] == before[0]:
            return before[1]
        share = (moment - before[0]) / (after[0] - before[0])
        return before[1] + share * (after[1] - before[1])

    def between(self, start: float, end: float) -> float:
        """CPU seconds used from ``start`` to ``end`` (0 for an empty or reversed span)."""
        return max(0.0, self.at(end) - self.at(start)) if end > start else 0.0


def phase_cpu(run: GameRun, cpu: CpuSampler) -> dict[str, tuple[float, float]]:
    """Workers' CPU seconds and wall seconds of each phase of the game, by the players'
    clocks: joining (to Start); answering (a question's opening to its first reveal on a
    phone); reveals (first to last phone); the end (the host's POST to the last phone)."""
    spans: dict[str, list[tuple[float, float]]] = {}
    if run.opened_at:
        spans["joining"] = [(run.began, run.opened_at[0])]
    for number, opened in enumerate(run.opened_at):
        shown = [r.reveal_at[number] for r in run.records if number in r.reveal_at]
        if shown:
            spans.setdefault("answering", []).append((opened, min(shown)))
            spans.setdefault("reveals", []).append((min(shown), max(shown)))
    ended = [r.ended_at for r in run.records if r.ended_at is not None]
    if ended:
        spans["game end"] = [(run.finish_sent_at, max(ended))]
    return {
        name: (
            sum(cpu.between(a, b) for a, b in pairs),
            sum(max(0.0, b - a) for a, b in pairs),
        )
        for name, pairs in spans.items()
    }


def workers_cpu(master: int) -> float:
    """CPU seconds used so far by gunicorn's workers (the children of ``master``)."""
    try:
        pids = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return 0.0
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    """CPU seconds of this process's ended children: the client processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def streams_by_worker(port: int) -> list[int]:
    """Connections open to gunicorn per worker (``ss -tnp``), most first: a worker with more
    open streams than threads would queue the rest."""
    try:
        out = subprocess.run(
            ["ss", "-Htnp", "state", "established", f"( sport = :{port} )"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    pids = Counter(m.group(1) for line in out.splitlines() if (m := re.search(r"pid=(\d+)", line)))
    return sorted(pids.values(), reverse=True)


# --- setup, checks and the report ---------------------------------------------------------


def make_host_account(url: str) -> None:
    """A host account owning the seed quiz, written to the database before gunicorn starts
    (as registering would), so the run signs in once instead of registering."""
    from sqlalchemy import create_engine, update
    from sqlalchemy.orm import Session

    from quizapp.models import Quiz, User

    engine = create_engine(url)
    try:
        with Session(engine) as session:
            user = User(username=HOST_USER)
            user.set_password(HOST_PASSWORD)
            session.add(user)
            session.flush()
            session.execute(update(Quiz).where(Quiz.id == QUIZ_ID).values(owner_id=user.id))
            session.commit()
    finally:
        engine.dispose()


def check_integrity(url: str, game_id: int, run: GameRun) -> tuple[list[str], list[str]]:
    """Read the game's rows directly: every broken promise, and what is worth a note."""
    from sqlalchemy import create_engine, func, select

    from quizapp.live.models import GameAnswer, GamePlayer

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            players = {
                pid: (name, score)
                for pid, name, score in conn.execute(
                    select(GamePlayer.id, GamePlayer.nickname, GamePlayer.score).where(
                        GamePlayer.game_id == game_id
                    )
                )
            }
            rows = conn.execute(
                select(
                    GameAnswer.player_id,
                    GameAnswer.question_no,
                    func.count(),
                    func.sum(GameAnswer.points),
                )
                .where(GameAnswer.game_id == game_id)
                .group_by(GameAnswer.player_id, GameAnswer.question_no)
            ).all()
    finally:
        engine.dispose()
    stored = {(players[pid][0], number) for pid, number, _, _ in rows}
    accepted = {(rec.name, number) for rec in run.records for number in rec.answers}
    doubled = sum(1 for *_, count, _ in rows if count > 1)
    points: Counter[int] = Counter()
    for pid, _, _, total in rows:
        points[pid] += total
    wrong = sum(1 for pid, (_, score) in players.items() if score != points[pid])
    problems = []
    if len(players) != run.players:
        problems.append(f"{len(players)} players stored, {run.players} expected")
    if lost := len(accepted - stored):
        problems.append(f"{lost} accepted answers not stored (lost)")
    if doubled:
        problems.append(f"{doubled} questions answered twice by one player (doubled)")
    if wrong:
        problems.append(f"{wrong} scores differ from the sum of their answers' points")
    # Not a broken promise: the server kept an answer whose response never reached the phone.
    unseen = len(stored - accepted)
    notes = [f"{unseen} answers stored whose response the client did not get"] if unseen else []
    return problems, notes


@dataclass
class Summary:
    """The numbers of one game, as the table shows them."""

    question_ms: list[float]
    answer_ms: list[float]
    errors: list[str]
    last_answer_s: float
    reveal_ms: float
    end_ms: float
    reconnects: int
    join_ms: list[float]
    timer_reveals: int


def summarize(run: GameRun) -> Summary:
    """Latencies from the host's send times and the players' arrival times."""
    records = run.records
    question_ms, errors = [], []
    for number, opened in enumerate(run.opened_at):
        for rec in records:
            if number in rec.question_at:
                question_ms.append((rec.question_at[number] - opened) * 1000)
            elif not rec.errors:
                errors.append(f"question {number}: no event")
    answer_ms = [a[2] for rec in records for a in rec.answers.values()]
    # A question's last answer, from its opening: inf when someone's answer never counted.
    last_answer_s = 0.0
    reveal_ms = 0.0
    for number, opened in enumerate(run.opened_at):
        done = [rec.answers[number][1] for rec in records if number in rec.answers]
        if len(done) < run.players:
            last_answer_s = math.inf
        elif done:
            last_answer_s = max(last_answer_s, max(done) - opened)
        # The reveal goes out when the last answer (or the host's end) is processed.
        sent = [rec.answers[number][0] for rec in records if number in rec.answers]
        trigger = max(sent + [run.ended_by_host_at.get(number, 0.0)], default=opened)
        shown = [rec.reveal_at[number] for rec in records if number in rec.reveal_at]
        if shown:
            reveal_ms = max(reveal_ms, (max(shown) - trigger) * 1000)
    ended = [rec.ended_at for rec in records if rec.ended_at is not None]
    end_ms = (max(ended) - run.finish_sent_at) * 1000 if ended else math.inf
    errors += [e for rec in records for e in rec.errors] + run.timeouts
    return Summary(
        question_ms=question_ms,
        answer_ms=answer_ms,
        errors=errors,
        last_answer_s=last_answer_s,
        reveal_ms=reveal_ms,
        end_ms=end_ms,
        reconnects=sum(rec.reconnects for rec in records),
        timer_reveals=sum(rec.timer_reveals for rec in records),
        join_ms=[ms for rec in records for ms in rec.join_ms],
    )


def _pcts(values: list[float]) -> str:
    """``p50 / p95 / p99`` rounded to ms."""
    return " / ".join(f"{percentile(values, p):.0f}" for p in (50, 95, 99))


def goals_missed(s: Summary) -> list[str]:
    """The issue's goals this game missed."""
    missed = []
    if percentile(s.question_ms, 95) > GOAL_QUESTION_P95_MS:
        missed.append("question p95")
    if percentile(s.question_ms, 99) > GOAL_QUESTION_P99_MS:
        missed.append("question p99")
    if percentile(s.answer_ms, 95) > GOAL_ANSWER_P95_MS:
        missed.append("answer p95")
    if s.errors:
        missed.append("errors")
    if s.last_answer_s > GOAL_ALL_ANSWERED_S:
        missed.append("all in 3 s")
    return missed


def gunicorn_settings(counts: list[int]) -> tuple[int, int]:
    """Workers and threads: a thread for every stream of the largest game, with headroom
    for an uneven share of streams between workers and for the answers themselves."""
    workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
    default = math.ceil(max(counts) * 1.2 / workers) + 25
    return workers, int(os.environ.get("GUNICORN_THREADS", str(default)))


def redis_url() -> str:
    """REDIS_URL, or the local Redis; stop if none answers (several workers need it)."""
    url = os.environ.get("REDIS_URL", DEFAULT_REDIS_URL)
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as exc:
        raise SystemExit(f"no Redis at {url} ({exc!r}): set REDIS_URL") from exc
    return url


def measure_bare(env: dict[str, str], log: Path, counts: list[int], seconds: float) -> dict:
    """bench/load.py's bare-endpoint ceiling at each player count, same gunicorn settings."""
    bare: dict[int, tuple[float, list[float]]] = {}
    with Gunicorn("bench.bare_app:app", env, log, "/") as server:
        for players in counts:
            result, elapsed = run_clients("bare", server.port, players, "bare", 4, 60, seconds)
            bare[players] = (result.requests / elapsed, result.answer_ms)
            print(
                f"bare, {players} clients: {bare[players][0]:.0f} req/s, "
                f"p50/p95/p99 {_pcts(result.answer_ms)} ms, {len(result.errors)} errors",
                flush=True,
            )
    return bare


def report_game(db: str, players: int, run: GameRun, s: Summary, host: Host) -> None:
    """The details under the table's row: join, host controls, workers, errors."""
    firsts = []
    for number, opened in enumerate(run.opened_at):
        arrived = [r.question_at[number] for r in run.records if number in r.question_at]
        if arrived:
            firsts.append(f"q{number}: all in {(max(arrived) - opened) * 1000:.0f} ms")
    per_question = ", ".join(firsts)
    print(
        f"{db}, {players} players: joined and streaming in {run.join_seconds:.1f}s "
        f"(join requests p50/p95/p99 {_pcts(s.join_ms)} ms); streams per worker at the "
        f"start: {', '.join(map(str, run.workers)) or 'unknown'}",
        flush=True,
    )
    print(f"  question event on every stream: {per_question}")
    print(
        f"  reveal on every phone {s.reveal_ms:.0f} ms after the last answer was sent "
        f"({s.timer_reveals} fetched by the page's timer: the question ran out of time with no "
        f"event); game end on every stream {s.end_ms:.0f} ms after the host's POST; "
        f"{s.reconnects} reconnects"
    )
    controls = ", ".join(
        f"{action} {max(values):.0f}" for action, values in sorted(host.control_ms.items())
    )
    print(
        f"  host: POST max ms {controls}; screen polls p50/p95/max "
        f"{percentile(host.poll_ms, 50):.0f} / {percentile(host.poll_ms, 95):.0f} / "
        f"{max(host.poll_ms, default=0):.0f} ms"
    )
    cpu = "; ".join(
        f"{name} {used:.1f} in {wall:.1f}s" for name, (used, wall) in run.server_cpu.items()
    )
    print(f"  gunicorn workers' CPU seconds: {cpu}")
    print(f"  game {run.seconds:.0f}s; the player clients used {run.client_cpu:.1f} CPU seconds")
    for message, count in Counter(s.errors).most_common(6):
        print(f"  error ×{count}: {message}")


def print_log_errors(log: Path) -> None:
    """The exceptions gunicorn logged in the whole run, counted, and its last error lines."""
    lines = log.read_text(errors="replace").splitlines()
    raised = Counter(
        ln.split(" (Background", 1)[0][:160]
        for ln in lines
        if re.match(r"^[\w.]+(Error|Exception|Timeout)\b.*:", ln)
    )
    for line, count in raised.most_common(8):
        print(f"gunicorn log: ×{count} {line}")
    tail = [ln for ln in lines if "[ERROR]" in ln or "[CRITICAL]" in ln or "[WARNING]" in ln]
    for line in tail[-5:]:
        print(f"gunicorn log: {line[:200]}")


def main() -> int:
    """Parse the options, run every database and player count, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--players", default=None, help="comma list (default 100,300,1000)")
    parser.add_argument("--db", default=None, help="comma list (default sqlite,postgres)")
    parser.add_argument("--questions", type=int, default=None, help="questions (default 3)")
    parser.add_argument("--quick", action="store_true", help="100 players, SQLite, 2 questions")
    parser.add_argument("--client-procs", type=int, default=2, help="client processes")
    parser.add_argument("--bare-seconds", type=float, default=None, help="bare run length")
    parser.add_argument("--reveal-pause", type=float, default=1.0, help="host's pause, s")
    parser.add_argument("--deadline", type=float, default=600.0, help="seconds per game, max")
    parser.add_argument("--seed", type=int, default=1, help="seed of think times and choices")
    args = parser.parse_args()
    counts = [
        int(x) for x in (args.players or ("100" if args.quick else "100,300,1000")).split(",")
    ]
    dbs = [
        x.strip() for x in (args.db or ("sqlite" if args.quick else "sqlite,postgres")).split(",")
    ]
    args.questions = args.questions or (2 if args.quick else 3)
    if not 1 <= args.questions <= 15:
        raise SystemExit("--questions: 1 to 15 (the seed quiz has 15)")
    bare_seconds = args.bare_seconds or (2.0 if args.quick else 5.0)
    _raise_file_limit()
    workers, threads = gunicorn_settings(counts)
    redis = redis_url()
    print(f"machine: {machine()}")
    print(
        f"gunicorn: gunicorn.conf.py, {workers} workers x {threads} threads (gthread), "
        f"REDIS_URL={redis}; clients: {args.client_procs} asyncio processes, two connections "
        f"per player (pages and answers kept alive; the event stream)"
    )
    print(
        f"game: the seed quiz, {args.questions} questions, answers after 0-{THINK_MAX_S:g} s, "
        f"host pauses {args.reveal_pause:g} s on each reveal; goals: question p95 <= "
        f"{GOAL_QUESTION_P95_MS} ms, p99 <= {GOAL_QUESTION_P99_MS} ms, answer p95 <= "
        f"{GOAL_ANSWER_P95_MS} ms, 0 errors, all answered within {GOAL_ALL_ANSWERED_S:g} s",
        flush=True,
    )
    base_env = {
        **os.environ,
        "FLASK_SECRET_KEY": SECRET_KEY,
        "PYTHONUNBUFFERED": "1",
        "REDIS_URL": redis,
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_THREADS": str(threads),
    }
    rows: list[list[object]] = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="quizbench-live-") as tmp:
        workdir = Path(tmp)
        log = workdir / "gunicorn.log"
        bare = measure_bare(base_env, log, counts, bare_seconds)
        for db in dbs:
            url = prepare_database(db, workdir)
            make_host_account(url)
            env = {**base_env, "DATABASE_URL": url}
            with Gunicorn("quizapp:create_app()", env, log, "/healthz") as server:
                host = Host(server.port)
                host.sign_in()
                for players in counts:
                    host.control_ms, host.poll_ms, host.errors = {}, [], []
                    assert server.proc is not None
                    run = play_game(
                        server.port, server.proc.pid, host, players, f"{db[:2]}{players}", args
                    )
                    s = summarize(run)
                    problems, notes = check_integrity(url, host.game_id, run)
                    missed = goals_missed(s)
                    rows.append(
                        [
                            db,
                            players,
                            _pcts(s.question_ms),
                            _pcts(s.answer_ms),
                            len(s.errors),
                            f"{s.last_answer_s:.2f}" if s.last_answer_s < math.inf else "missing",
                            f"{s.reveal_ms:.0f}",
                            f"{s.end_ms:.0f}",
                            f"{bare[players][0]:.0f}",
                            "ok" if not problems else "FAIL",
                            "met" if not missed else "missed: " + ", ".join(missed),
                        ]
                    )
                    report_game(db, players, run, s, host)
                    for problem in problems + notes:
                        print(f"  integrity: {problem}")
                    failures += bool(problems or s.errors)
        print_log_errors(log)
    print()
    print_table(
        [
            "db",
            "players",
            "question p50/p95/p99 ms",
            "answer p50/p95/p99 ms",
            "errors",
            "last answer s",
            "reveal all ms",
            "end all ms",
            "bare req/s",
            "integrity",
            "goals",
        ],
        rows,
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
