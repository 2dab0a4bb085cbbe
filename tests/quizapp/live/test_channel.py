"""The player's stream: the screen now on connecting, then each change, on both transports.

Without Redis (the embedded default) a stream polls the game's version; with Redis every
worker's streams hear one published message, and an opened question arrives rendered.
"""

from __future__ import annotations

import os
import queue
import threading

import pytest
import redis

from quizapp.live import channel
from quizapp.live.player_views import _sse
from tests.conftest import HostActions
from tests.quizapp.live.conftest import open_game, sign_in_owner

REDIS_URL = os.environ.get("QUIZ_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _read_events(client, url: str, events: queue.Queue) -> None:
    """Request the stream and push each of its events to ``events`` (in its own thread)."""
    response = client.get(url, buffered=False)
    events.put(response.mimetype)
    for chunk in response.response:
        events.put(chunk.decode())


@pytest.fixture
def open_stream():
    """Open a player's stream in a thread, as a browser tab holds it; all end with the test.

    The apps under test end a stream after 2 s and tick every 0.1 s, so the readers stop
    before the test's database is dropped.
    """
    readers: list[threading.Thread] = []

    def open_(live, nickname: str) -> queue.Queue:
        live.app.config.update(LIVE_STREAM_SECONDS=2, LIVE_KEEPALIVE_SECONDS=0.1)
        live.app.config["LIVE_POLL_SECONDS"] = 0.05
        events: queue.Queue = queue.Queue()
        url = f"/live/{live.id}/stream"
        reader = threading.Thread(target=_read_events, args=(live.players[nickname], url, events))
        reader.start()
        readers.append(reader)
        assert events.get(timeout=10) == "text/event-stream"
        return events

    yield open_
    for reader in readers:
        reader.join(timeout=10)


def _next_event(events: queue.Queue) -> str:
    """The next event, skipping keep-alives."""
    while True:
        event = events.get(timeout=10)
        if not event.startswith(":"):
            return event


def _next_screen(events: queue.Queue) -> str:
    """The next event, which must be a screen."""
    event = _next_event(events)
    assert event.startswith("event: screen"), event
    return event


@pytest.fixture
def redis_app(make_test_app):
    """An app whose streams hear changes through Redis (a test database of its own)."""
    with redis.Redis.from_url(REDIS_URL) as client:
        try:
            client.ping()
        except redis.ConnectionError:
            pytest.fail(f"Redis is needed for the live-game tests at {REDIS_URL}")
    app = make_test_app(LIVE_REDIS_URL=REDIS_URL)
    yield app
    for opened in app.extensions.get("live_redis", {}).values():
        opened.close()


def test_polled_stream_sends_the_screen_then_each_change(live, open_stream):
    live.join("Ada")
    events = open_stream(live, "Ada")
    assert "Waiting for the host to start" in _next_screen(events)
    live.control("start")
    question = _next_screen(events)
    assert "Question 1 of 3" in question and 'name="choice"' in question


def test_sse_data_lines_carry_every_line_of_the_html():
    event = channel.Change(3, html="<p>a</p>\n<p>b</p>")
    assert _sse("screen", event.html or "") == "event: screen\ndata: <p>a</p>\ndata: <p>b</p>\n\n"


@pytest.fixture
def redis_live(redis_app):
    """A game on the Redis-backed app."""
    host = redis_app.test_client()
    sign_in_owner(redis_app, HostActions(host, redis_app))
    return open_game(redis_app, host)


def test_redis_stream_gets_the_question_rendered_once_for_all(redis_live, open_stream):
    redis_live.join("Ada")
    redis_live.join("Sam")
    streams = {name: open_stream(redis_live, name) for name in ("Ada", "Sam")}
    for events in streams.values():
        assert "Waiting for the host" in _next_screen(events)
    redis_live.control("start")
    shown = [_next_screen(events) for events in streams.values()]
    assert shown[0] == shown[1]  # one fragment for everyone, with no per-player secret
    assert 'name="choice"' in shown[0] and "csrf_token" not in shown[0]


def test_a_removal_reaches_only_the_removed_player(redis_live, open_stream):
    redis_live.join("Ada")
    redis_live.join("Sam")
    ada, sam = open_stream(redis_live, "Ada"), open_stream(redis_live, "Sam")
    _next_screen(ada), _next_screen(sam)
    redis_live.control(f"players/{redis_live.player('Ada').id}/remove")
    assert "removed by the host" in _next_screen(ada)
    assert _next_event(ada).startswith("event: end")
    redis_live.control("start")
    assert "Question 1 of 3" in _next_screen(sam)
