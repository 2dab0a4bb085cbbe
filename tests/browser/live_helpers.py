"""Helpers of the live game's browser test: the host's big screen, a player's phone, the rows.

axe-core is loaded from a same-origin URL the test serves itself (a Playwright route), so the
pages keep the app's CSP (script-src 'self') while axe runs: no ``bypass_csp`` context, and
the page watcher still sees every CSP violation of the live screens.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.live import rules
from quizapp.live.models import Game, GameAnswer, GamePlayer
from tests.browser.conftest import AXE_JS

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
AXE_URL = "/__browser-test__/axe.min.js"


def load_axe(page: Any) -> None:
    """Give the page axe-core as a script of its own origin, which its CSP allows."""
    if page.evaluate("typeof window.axe !== 'undefined'"):
        return
    if not getattr(page, "axe_routed", False):
        page.route(
            f"**{AXE_URL}",
            lambda route: route.fulfill(path=str(AXE_JS), content_type="text/javascript"),
        )
        page.axe_routed = True
    page.add_script_tag(url=AXE_URL)


def check_screen(page: Any, run_axe: Any, label: str, schemes: tuple[str, ...]) -> list[str]:
    """axe-core on the page in each colour scheme; a phone must not scroll sideways.

    Returns the serious violations; the page's own colour scheme is put back afterwards.
    """
    found: list[str] = []
    dark = "matchMedia('(prefers-color-scheme: dark)').matches"
    own = "dark" if page.evaluate(dark) else "light"
    width = page.viewport_size["width"]
    for scheme in schemes:
        page.emulate_media(color_scheme=scheme)
        assert page.evaluate(dark) == (scheme == "dark")
        load_axe(page)
        found.extend(run_axe(page, f"{scheme} {'phone ' if width < 500 else ''}{label}"))
    page.emulate_media(color_scheme=own)
    if width < 500:
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{label} is {scroll} px wide on a {width} px phone"
    return found


class HostScreen:
    """The host's desktop browser: sign in, open a game of a set, read the big screen."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.screen = page.locator("#host-screen")

    def sign_in(self, username: str, password: str) -> None:
        self.page.goto("/host/login")
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()
        expect(self.page.get_by_role("button", name=f"Sign out {username}")).to_be_visible()

    def host_game(self, set_id: int) -> int:
        """Press "Host a live game" on the set's page; return the new game's id."""
        self.page.goto(f"/host/sets/{set_id}")
        self.page.locator("#host-live").click()
        self.page.wait_for_url(re.compile(r"/host/games/\d+$"))
        return int(self.page.url.rsplit("/", 1)[-1])

    def shown_code(self) -> str:
        """The join code as the lobby shows it, "123 456"."""
        return self.page.locator(".live-code").inner_text().replace("\xa0", " ").strip()

    def press(self, button_id: str) -> None:
        """Press a control of the big screen (a form post that redraws the screen)."""
        self.page.locator(f"#{button_id}").click()

    def expect_question(self, number: int) -> None:
        expect(self.screen.locator(".progress-label")).to_contain_text(f"Question {number} of")
        expect(self.page.locator("#end-question")).to_be_visible()

    def wait_for_seconds_left(self, at_most: int) -> None:
        """Wait until the big screen's countdown shows ``at_most`` seconds or fewer."""
        self.page.wait_for_function(
            """atMost => {
              const number = document.querySelector("#host-screen .countdown-number");
              return number !== null && Number(number.textContent) <= atMost;
            }""",
            arg=at_most,
        )

    def expect_reveal(self, number: int) -> None:
        expect(self.screen.locator(".progress-label")).to_contain_text(f"Question {number} of")
        expect(self.page.locator("#next")).to_be_visible()

    def bar_counts(self) -> dict[str, int]:
        """Each choice's count on the reveal's bar chart, by its text."""
        found = {}
        for row in self.screen.locator(".live-bars > li").all():
            label = row.locator(".live-bar-label").inner_text().removeprefix("✓").strip()
            label = label.removeprefix("Right answer:").strip()
            found[label] = int(row.locator(".live-bar-count").inner_text())
        return found


class Phone:
    """A player's phone: join, answer, and read the one screen the game pushes."""

    def __init__(self, page: Any, nickname: str) -> None:
        self.page = page
        self.nickname = nickname
        self.heading = page.locator("#screen-heading")

    def join_by_code(self, typed: str) -> None:
        """Type the code at /join, as shown on the big screen, then the nickname."""
        self.page.goto("/join")
        self.page.get_by_label("Game code").fill(typed)
        self.page.get_by_role("button", name="Next").click()
        self.page.wait_for_url(re.compile(r"/join/\d{6}$"))
        self._nickname()

    def join_by_link(self, url: str) -> None:
        """Open the join link the QR code holds, then give the nickname."""
        self.page.goto(url)
        self._nickname()

    def _nickname(self) -> None:
        self.page.get_by_label("Your nickname").fill(self.nickname)
        self.page.get_by_role("button", name="Join the game").click()
        self.page.wait_for_url(re.compile(r"/live/\d+$"))
        expect(self.heading).to_have_text(f"You're in, {self.nickname}!")

    def wait_for_question(self, number: int) -> str:
        """Wait until question ``number`` shows with its choices; return its prompt."""
        expect(self.page.locator("#screen .progress-label")).to_contain_text(
            f"Question {number} of"
        )
        expect(self.choices().first).to_be_enabled()
        return self.heading.inner_text().strip()

    def choices(self) -> Any:
        return self.page.locator("#screen .choices button.choice")

    def tokens(self) -> dict[str, str]:
        """The opaque id of each choice on screen, by its text."""
        return {
            button.locator("span").inner_text().strip(): button.get_attribute("value")
            for button in self.choices().all()
        }

    def choose(self, text: str) -> None:
        self.page.locator("#screen").get_by_role("button", name=text, exact=True).click()

    def countdown(self) -> tuple[int, float]:
        """The countdown's number as shown, and the server's seconds left it started from."""
        timer = self.page.locator("#screen .countdown")
        return (
            int(timer.locator(".countdown-number").inner_text()),
            float(timer.get_attribute("data-seconds-left")),
        )

    def post_answer(self, question_no: int, token: str) -> tuple[int, str]:
        """Send an answer as the page's form would (CSRF header included), outside the form."""
        return tuple(
            self.page.evaluate(
                """async ([question, choice]) => {
                  const headers = JSON.parse(document.body.getAttribute("hx-headers"));
                  const body = new URLSearchParams({question, choice});
                  headers["HX-Request"] = "true";
                  const url = location.pathname + "/answer";
                  const response = await fetch(url, {method: "POST", headers, body});
                  return [response.status, await response.text()];
                }""",
                [str(question_no), token],
            )
        )

    def verdict(self) -> tuple[str, int]:
        """The reveal's verdict ("Right!", "Not quite", "Time's up") and its points."""
        verdict = self.page.locator("#screen .verdict")
        expect(verdict).to_be_visible()
        points = verdict.locator(".points").inner_text()
        words = verdict.inner_text().replace(points, "").strip()
        return words, int(points.removeprefix("+").split()[0])

    def place(self) -> str:
        return " ".join(self.page.locator("#screen .live-place").inner_text().split())


@dataclass(frozen=True)
class StoredPlayer:
    """A game's player row with its answers (question number -> choice, right, points)."""

    nickname: str
    score: int
    right_count: int
    answers: dict[int, tuple[str | None, bool, int]]


def stored_players(app: Flask, game_id: int) -> dict[str, StoredPlayer]:
    """Every player of the game as the database holds it, by nickname."""
    with app.app_context():
        players = db.session.execute(
            select(GamePlayer).where(GamePlayer.game_id == game_id).order_by(GamePlayer.id)
        ).scalars()
        found = {}
        for player in players:
            rows = db.session.execute(
                select(GameAnswer).where(GameAnswer.player_id == player.id)
            ).scalars()
            answers = {
                a.question_no: (a.choice.text if a.choice else None, a.correct, a.points)
                for a in rows
            }
            found[player.nickname] = StoredPlayer(
                player.nickname, player.score, player.right_count, answers
            )
        db.session.remove()
        return found


def finish_open_games(app: Flask) -> None:
    """End every unfinished game, so the streams of a failed test's phones end too.

    A stream polls its game's row until the game ends; left running, it would outlive the
    test and read tables the live server's teardown has dropped. Only after a failure is
    there a game to end; then the streams get two polls' time to see it and stop.
    """
    with app.app_context():
        open_games = db.session.execute(select(Game).where(Game.finished_at.is_(None)))
        ended = [rules.finish(game) for game in open_games.scalars()]
        db.session.remove()
    if ended:
        time.sleep(2 * float(app.config["LIVE_POLL_SECONDS"]) + 0.2)
