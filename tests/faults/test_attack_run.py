"""Issue #15's attack, run again over HTTP against what a new user would run.

A fresh instance folder (no secret key yet), gunicorn with four workers and Redis, on the
suite's database (the embedded SQLite, or PostgreSQL when ``QUIZ_TEST_DATABASE_URL`` says
so). Each test is one attack of the issue, tried as an attacker with only HTTP would; the app
tests hold the same rules at the unit level.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import redis
from sqlalchemy import create_engine, text

from tests.conftest import TEST_DATABASE_URL
from tests.faults.client import Player, csrf_of, registered_host
from tests.faults.test_worker_kill import BIN, ROOT, free_port, gunicorn

WORKERS = 4
#: A Redis database of this test's own, emptied first: the sign-in and register limit (10 a
#: minute per address) counts there, and no earlier run's attempts may count against this one.
REDIS_URL = "redis://127.0.0.1:6379/13"


@dataclass
class Instance:
    """The running app: its address and a way to look at its database as an auditor would."""

    base: str
    database_url: str

    def scalar(self, sql: str, **params: object) -> object:
        engine = create_engine(self.database_url)
        try:
            with engine.connect() as conn:
                return conn.execute(text(sql), params).scalar()
        finally:
            engine.dispose()


def _empty_postgres(url: str) -> None:
    """Leave the PostgreSQL database as a fresh one: no tables, no migration history."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="module")
def instance(tmp_path_factory) -> Iterator[Instance]:
    """A first start: gunicorn's four workers boot at once, with no secret key in the instance."""
    folder = tmp_path_factory.mktemp("instance")
    url = TEST_DATABASE_URL or f"sqlite:///{folder / 'quiz.sqlite'}"
    if TEST_DATABASE_URL:
        _empty_postgres(url)
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "FLASK_SECRET_KEY"}
    env.update(
        DATABASE_URL=url,
        QUIZ_INSTANCE_PATH=str(folder),
        FLASK_APP="quizapp",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS=str(WORKERS),
        GUNICORN_THREADS="8",
        REDIS_URL=REDIS_URL,
    )
    redis.Redis.from_url(REDIS_URL).flushdb()
    if TEST_DATABASE_URL:
        # A server database is set up by whoever runs it; that makes a key, which goes, so
        # the workers still find none. The embedded SQLite makes its own schema on first start.
        subprocess.run([BIN / "flask", "init-db"], env=env, cwd=ROOT, check=True)
        (folder / "secret_key").unlink()
    try:
        with gunicorn(env) as (base, _):
            yield Instance(base, url)
    finally:
        if TEST_DATABASE_URL:
            _empty_postgres(url)


@pytest.fixture(scope="module")
def host(instance) -> Player:
    """One signed-in host for the attacks that need one (each sign-up counts to the limit)."""
    return registered_host(instance.base, "attacker")


def at_once(count: int, act: Callable[[int], object]) -> list[object]:
    """Run ``act(0)`` … ``act(count - 1)`` in threads released together by a barrier."""
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        results[index] = act(index)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


# -- item 11: the first boot's secret key ------------------------------------------------------


def test_every_player_of_a_fresh_instance_plays_without_a_403(instance):
    def play(index: int) -> tuple[int, int]:
        player = Player(instance.base)
        player.start(nickname=f"Boot{index}")
        position, choices = player.question()
        return player.answer(position, choices[0])[0], position

    assert all(status == 200 for status, _ in at_once(40, play))


# -- item 1: several ranked plays by starting at once --------------------------------------------


def test_simultaneous_starts_from_one_signed_in_browser_rank_one_play(instance, host):
    form = {"nickname": "Racer", "csrf_token": host.csrf}
    statuses = at_once(8, lambda _: host.request("/quiz/1", form)[0])
    assert statuses == [303] * 8
    ranked = "SELECT count(*) FROM play WHERE nickname = 'Racer' AND ranked"
    assert instance.scalar(ranked) == 1


# -- item 2: buying the all-quizzes board ---------------------------------------------------------


def new_set(host: Player, title: str, visibility: str = "public") -> str:
    """A new draft set of ``host``'s, made through the form; returns its page's path."""
    settings = {
        "title": title,
        "description": "",
        "seconds_per_question": "20",
        "visibility": visibility,
        "csrf_token": host.csrf,
    }
    status, _, headers = host.request("/host/sets/new", settings)
    assert status == 303
    return headers["Location"].replace(host.base, "")


def _unlisted_set_of(host: Player, questions: int) -> tuple[str, str]:
    """A published unlisted set of ``questions`` sums (the right answer is the sum)."""
    set_url = new_set(host, "Bought Board", "unlisted")
    for n in range(questions):
        question = {
            "new-prompt": f"What is {n} + 1?",
            "new-choices-0": str(n + 1),
            "new-choices-1": str(n + 2),
            "new-right": "0",
        }
        assert host.request(f"{set_url}/questions", question)[0] == 200
    assert host.request(f"{set_url}/publish", {})[0] == 303
    page = host.request(set_url)[1]
    share = re.search(r'Share link:\s*<a href="[^"]*(/q/[^"]+)"', page)
    assert share, page[:3000]
    return set_url.rsplit("/", 1)[-1], share.group(1)


def _play_knowing_the_answers(base: str, share: str, questions: int) -> None:
    """Play a set of sums from another browser, always picking the right answer."""
    buyer = Player(base)
    buyer.csrf = csrf_of(buyer.request(share)[1])
    status, _, headers = buyer.request(share, {"nickname": "Buyer", "csrf_token": buyer.csrf})
    assert status == 303
    buyer.play_url = headers["Location"].replace(base, "")
    for _ in range(questions):
        page = buyer.request(buyer.play_url)[1]
        position = int(re.search(r'name="position" value="(\d+)"', page).group(1))
        n = int(re.search(r"What is (\d+) \+ 1\?", page).group(1))
        right = re.search(
            rf'value="([0-9a-f]+)"[^>]*>\s*<kbd[^>]*>\d</kbd><span>{n + 1}</span>', page
        )
        assert buyer.answer(position, right.group(1))[0] == 200


def test_an_unlisted_quiz_played_perfectly_stays_off_the_board(instance, host):
    set_id, share = _unlisted_set_of(host, 40)
    _play_knowing_the_answers(instance.base, share, 40)
    assert instance.scalar("SELECT max(score) FROM play WHERE nickname = 'Buyer'") > 40_000
    board = Player(instance.base).request("/leaderboard")[1]
    assert "Buyer" not in board and "Bought Board" not in board
    status, page, _ = Player(instance.base).request(f"/leaderboard?quiz={set_id}")
    assert status == 404 and "Bought Board" not in page


# -- item 3: open redirect; item 6: sign-out; item 8: 500s --------------------------------------


def test_sign_in_never_sends_the_browser_to_another_site(instance):
    registered_host(instance.base, "traveller")
    for target in ("/%09/evil.example", "/%0a/x", "//evil.example", "/\\evil.example"):
        visitor = Player(instance.base)
        visitor.csrf = csrf_of(visitor.request("/host/login")[1])
        form = {"username": "traveller", "password": "a long passphrase"}
        status, _, headers = visitor.request(
            f"/host/login?next={target}", {**form, "csrf_token": visitor.csrf}
        )
        assert status == 303, target
        location = headers["Location"]
        assert location.startswith((instance.base + "/", "/")) and "evil" not in location


def test_a_cookie_copied_before_sign_out_opens_nothing(instance):
    host = registered_host(instance.base, "leaver")
    copy = Player(instance.base)
    for cookie in host.cookies:
        copy.cookies.set_cookie(cookie)
    assert copy.request("/host/")[0] == 200
    assert host.request("/host/logout", {})[0] == 303
    status, _, headers = copy.request("/host/")
    assert status in (302, 303) and "/host/login" in headers["Location"]


@pytest.mark.parametrize(
    "path",
    [
        "/leaderboard?quiz=%C2%B2",
        "/leaderboard?quiz=%E2%91%A0",
        "/leaderboard?quiz=99999999999999999999",
    ],
)
def test_odd_numbers_in_addresses_are_a_404_not_a_500(instance, path):
    assert Player(instance.base).request(path)[0] == 404


def test_an_answer_position_beyond_any_integer_is_refused(instance):
    player = Player(instance.base)
    player.start(nickname="Overflow")
    player.question()
    for position in ("2147483648", "99999999999999999999"):
        status, _ = player.request(
            player.play_url + "/answer", {"position": position, "choice": "0"}
        )[:2]
        assert status == 400


# -- item 12: imports keep the forms' limits ------------------------------------------------------


def test_an_import_of_a_huge_prompt_is_refused_whole(instance, host):
    set_path = new_set(host, "Big")
    gift = b"::Q1:: " + b"Why" * 300_000 + b" {=Yes ~No}\n\n::Q2:: Bell\x07? {=Yes ~No}\n"
    status, page = host.upload(
        f"{set_path}/import", {"format": "gift", "csrf_token": host.csrf}, "big.gift", gift
    )
    assert status == 422
    assert "the question has 900,000 characters; at most 500 fit" in page
    assert "holds control characters" in page
    set_id = int(set_path.rsplit("/", 1)[-1])
    assert instance.scalar("SELECT count(*) FROM question WHERE quiz_id = :id", id=set_id) == 0


# -- item 5: quadratic extraction ---------------------------------------------------------------


def test_four_posts_of_100_kb_of_years_do_not_freeze_the_workers(instance, host):
    set_path = new_set(host, "Years")
    years = " ".join(str(1900 + n % 100) for n in range(19_999))
    form = {"text": years, "title": "", "published": "", "csrf_token": host.csrf}
    # Each request gives up after 30 s (the client's timeout): minutes before the fix.
    statuses = at_once(4, lambda _: host.request(f"{set_path}/from-text", form)[0])
    assert set(statuses) <= {200, 422}
    assert Player(instance.base).request("/healthz")[0] == 200
