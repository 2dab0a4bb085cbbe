"""A gunicorn worker killed mid-quiz: the player's next request goes on where it was."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import TEST_DATABASE_URL
from tests.faults.client import Player

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if Player(base).request("/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("gunicorn did not come up")


@pytest.fixture
def server(tmp_path):
    """gunicorn with two workers on a fresh database holding the seed quiz."""
    url = TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'quiz.sqlite'}"
    if TEST_DATABASE_URL:
        pytest.skip("runs on SQLite; the PostgreSQL run covers the database outage test")
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "FLASK_SECRET_KEY": "fault-test",
        "FLASK_APP": "quizapp",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "2",
        "REDIS_URL": "redis://127.0.0.1:6379/15",
    }
    subprocess.run(
        [BIN / "flask", "init-db"], env=env, cwd=tmp_path, check=True, capture_output=True
    )
    with gunicorn(env) as served:
        yield served


@contextmanager
def gunicorn(env: dict[str, str]) -> Iterator[tuple[str, subprocess.Popen]]:
    """gunicorn from gunicorn.conf.py with ``env``, up and answering; stopped after."""
    master = subprocess.Popen(
        [BIN / "gunicorn", "-c", ROOT / "gunicorn.conf.py", "quizapp:create_app()"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://{env['GUNICORN_BIND']}"
    try:
        wait_until_up(base)
        yield base, master
    finally:
        master.terminate()
        try:
            master.wait(timeout=20)
        except subprocess.TimeoutExpired:
            master.kill()


def workers_of(master: subprocess.Popen) -> list[int]:
    output = subprocess.run(["pgrep", "-P", str(master.pid)], capture_output=True, text=True)
    return [int(pid) for pid in output.stdout.split()]


def test_sigkilled_workers_lose_nothing(server):
    base, master = server
    player = Player(base)
    player.start()
    position, choices = player.question()
    assert player.answer(position, choices[0])[0] == 200
    next_position, _ = player.question()
    killed = workers_of(master)
    assert killed
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    wait_until_up(base)
    assert set(workers_of(master)).isdisjoint(killed)
    resumed_position, resumed_choices = player.question()
    assert resumed_position == next_position == position + 1
    status, page = player.answer(resumed_position, resumed_choices[0])
    assert status == 200
    assert "points" in page
