"""A live game outlives its workers: every gunicorn worker SIGKILLed mid-game, it goes on."""

from __future__ import annotations

import os
import re
import signal
import sqlite3

from tests.faults.client import Player, csrf_of, registered_host
from tests.faults.test_worker_kill import server, wait_until_up, workers_of  # noqa: F401


def _open_question(player: Player, game_url: str) -> tuple[int, list[str], float]:
    """The open question on the player's screen: its number, choice ids, seconds left."""
    status, page, _ = player.request(game_url)
    assert status == 200, page[:300]
    number = int(re.search(r'name="question" value="(\d+)"', page).group(1))
    left = float(re.search(r'data-seconds-left="([\d.]+)"', page).group(1))
    return number, re.findall(r'name="choice" value="([0-9a-f]+)"', page), left


def test_a_live_game_goes_on_after_every_worker_is_killed(server, tmp_path):  # noqa: F811
    base, master = server
    host = registered_host(base)
    with sqlite3.connect(tmp_path / "quiz.sqlite") as database:  # the seed quiz is theirs now
        database.execute("UPDATE quiz SET owner_id = (SELECT id FROM user)")
    status, _, headers = host.request("/host/sets/1/live", {"csrf_token": host.csrf})
    assert status == 303
    screen = headers["Location"]
    game_id = screen.rsplit("/", 1)[-1]
    code = re.search(r"/join/(\d{6})", host.request(screen)[1]).group(1)
    player = Player(base)
    player.csrf = csrf_of(player.request(f"/join/{code}")[1])
    assert player.request(f"/join/{code}", {"nickname": "Ada", "csrf_token": player.csrf})[0] == 303
    assert host.request(f"/host/games/{game_id}/start", {})[0] == 303
    number, choices, _ = _open_question(player, f"/live/{game_id}")
    assert (
        player.request(f"/live/{game_id}/answer", {"question": str(number), "choice": choices[0]})[
            0
        ]
        == 200
    )
    assert host.request(f"/host/games/{game_id}/next", {"question": str(number)})[0] == 303
    before = _open_question(player, f"/live/{game_id}")
    killed = workers_of(master)
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    wait_until_up(base)
    assert set(workers_of(master)).isdisjoint(killed)
    number, choices, left = _open_question(player, f"/live/{game_id}")
    assert number == before[0] == 1
    assert left <= before[2]  # the server's clock went on; no fresh timer
    status, page = player.request(
        f"/live/{game_id}/answer", {"question": "1", "choice": choices[1]}
    )[:2]
    assert status == 200 and "points" in page
    assert "Top 5" in host.request(screen)[1]
