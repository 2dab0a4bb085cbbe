"""A live game in real Chromium: one host's big screen and three phones, each its own browser.

The host signs in and opens a game of a set they own (8 s per question). Ann and Cat join by
typing the code, Ben opens the link the QR code holds. Question 1: Ben reloads mid-question
(same question, the server's time left) and cannot answer twice; question 2: Cat times
out; question 3: everyone answers. The podium and each phone's final place are checked
against the GamePlayer and GameAnswer rows, and axe-core checks the host's and the players'
screens in the light and the dark colour scheme, the players' on a phone.
"""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.sync_api import expect

from quizapp.filters import ordinal
from quizapp.live.screens import qr_svg
from quizapp.live.standings import ranks
from tests.browser.live_helpers import (
    DESKTOP,
    PHONE,
    HostScreen,
    Phone,
    check_screen,
    finish_open_games,
    stored_players,
)
from tests.conftest import SAMPLE_QUESTIONS, HostActions, make_set

pytestmark = pytest.mark.browser

LIMIT = 8  # seconds per question: short, since question 2 runs out for Cat
PASSWORD = "romy-and-michele-live"
RIGHT = {q.prompt: q.right_choice for q in SAMPLE_QUESTIONS}
WRONG = {q.prompt: next(c for c in q.choices if c != q.right_choice) for q in SAMPLE_QUESTIONS}
CHOICES = {q.prompt: set(q.choices) for q in SAMPLE_QUESTIONS}
BOTH = ("light", "dark")


def _qr_path(svg: str) -> str:
    """The dark modules of a QR code as drawn: the ``d`` of segno's ``qrline`` path."""
    match = re.search(r'class="qrline"[^>]*\bd="([^"]+)"', svg)
    assert match, svg[:200]
    return match.group(1)


def _same_question(phones: list[Phone], number: int) -> str:
    """Wait until every phone shows question ``number``; they all show one prompt."""
    prompts = {phone.wait_for_question(number) for phone in phones}
    assert len(prompts) == 1, prompts
    return prompts.pop()


@pytest.fixture
def games_ended(live_server):
    """Whatever happens in the test, no game is left running (nor its phones' streams)."""
    yield
    finish_open_games(live_server.app)


def test_live_game_host_and_three_phones(games_ended, new_page, live_server, run_axe, screenshot):
    app = live_server.app
    username = f"live-{secrets.token_hex(3)}"
    user_id = HostActions(app.test_client(), app).create(username, PASSWORD)
    set_id = make_set(
        app, user_id, "Romy and Michele, live", SAMPLE_QUESTIONS, seconds_per_question=LIMIT
    )
    found: list[str] = []

    # --- The host opens a game from the set page: the lobby shows the code, link and QR.
    host = HostScreen(new_page(**DESKTOP))
    host.sign_in(username, PASSWORD)
    game_id = host.host_game(set_id)
    shown_code = host.shown_code()
    assert re.fullmatch(r"\d{3} \d{3}", shown_code), shown_code
    code = shown_code.replace(" ", "")
    join_url = host.page.locator(".live-join-info a").get_attribute("href")
    assert join_url == f"{live_server.url}/join/{code}"
    qr_drawn = host.page.locator(".live-qr svg path.qrline").get_attribute("d")
    assert qr_drawn == _qr_path(qr_svg(join_url)), "the QR code must hold the link shown"

    # --- Three phones, each its own browser: two type the code, one follows the QR link.
    ann = Phone(new_page(**PHONE), "Ann")
    ben = Phone(new_page(**PHONE, color_scheme="dark"), "Ben")
    cat = Phone(new_page(**PHONE), "Cat")
    ann.join_by_code(shown_code)  # as the big screen shows it, "123 456"
    ben.join_by_link(join_url)
    cat.join_by_code(code)
    phones = [ann, ben, cat]
    expect(host.page.locator(".live-players > li > span")).to_have_text(["Ann", "Ben", "Cat"])
    expect(host.page.locator(".live-count")).to_have_text("3 players")
    screenshot(host.page, "live-host-lobby", docs=True)
    found += check_screen(host.page, run_axe, "host lobby", BOTH)
    found += check_screen(ben.page, run_axe, "player lobby", BOTH)

    # --- Question 1: Ann answers at once; Ben reloads a second or more in, then answers.
    host.press("start-game")
    host.expect_question(1)
    prompt = first_prompt = _same_question(phones, 1)
    ann.choose(RIGHT[prompt])
    expect(ann.heading).to_have_text("Answer locked in")
    # A second or more into the question by the big screen's countdown; then Ben reloads.
    host.wait_for_seconds_left(LIMIT - 1)
    ben.page.reload()
    assert ben.wait_for_question(1) == prompt
    number, server_left = ben.countdown()
    # The server's time left, not a fresh limit: a reload buys no time.
    assert server_left <= LIMIT - 1, server_left
    assert number < LIMIT, f"the countdown restarted at {number} after a reload"
    # ...and the phone's countdown runs on from there (a picture of the server's clock).
    ben.page.wait_for_function(
        "shown => Number(document.querySelector('#screen .countdown-number').textContent) < shown",
        arg=number,
        timeout=3000,
    )
    ben_tokens = ben.tokens()
    assert set(ben_tokens) == CHOICES[prompt]
    ben.choose(RIGHT[prompt])
    expect(ben.heading).to_have_text("Answer locked in")
    # Reloaded after answering: still locked in, no choices to press again...
    ben.page.reload()
    expect(ben.heading).to_have_text("Answer locked in")
    expect(ben.choices()).to_have_count(0)
    # ...and a second answer sent by hand changes nothing (the first one stands).
    status, body = ben.post_answer(0, ben_tokens[WRONG[prompt]])
    assert status == 200 and "Answer locked in" in body, (status, body[:300])
    expect(host.page.locator("#answered")).to_have_text("2 of 3 answered")
    cat.choose(WRONG[prompt])

    # Everyone answered: the question ends at once, on the big screen and on every phone.
    host.expect_reveal(1)
    expect(host.page.locator("#next")).to_have_text("Next question")
    expect(host.page.locator(".live-bar-right .live-bar-label")).to_have_text(
        re.compile(re.escape(RIGHT[prompt]) + "$")
    )
    assert host.bar_counts() == {
        choice: {RIGHT[prompt]: 2, WRONG[prompt]: 1}.get(choice, 0) for choice in CHOICES[prompt]
    }
    rows = stored_players(app, game_id)
    assert rows["Ann"].score > rows["Ben"].score > rows["Cat"].score == 0
    expect(host.page.locator(".live-top li strong")).to_have_text(["Ann", "Ben", "Cat"])
    assert ann.verdict() == ("Right!", rows["Ann"].score)
    assert ben.verdict() == ("Right!", rows["Ben"].score)
    assert cat.verdict() == ("Not quite", 0)
    assert ann.place() == f"You are 1st with {rows['Ann'].score} points: in the lead!"
    behind = rows["Ann"].score - rows["Ben"].score
    assert ben.place() == f"You are 2nd, {behind} points behind Ann."
    assert cat.place() == f"You are 3rd, {rows['Ben'].score} points behind Ben."
    screenshot(host.page, "live-host-reveal", docs=True)
    found += check_screen(host.page, run_axe, "host reveal", BOTH)
    found += check_screen(ben.page, run_axe, "player reveal", BOTH)

    # --- Question 2: Ann right, Ben wrong, Cat lets the time run out.
    host.press("next")
    host.expect_question(2)
    prompt = _same_question(phones, 2)
    cat.page.mouse.move(0, 0)  # no hover left on the choice Cat tapped in question 1
    screenshot(cat.page, "live-player-question", docs=True)
    found += check_screen(cat.page, run_axe, "player question", BOTH)
    cat_tokens = cat.tokens()
    ann.choose(RIGHT[prompt])
    ben.choose(WRONG[prompt])
    expect(host.page.locator("#answered")).to_have_text("2 of 3 answered")
    found += check_screen(host.page, run_axe, "host question", BOTH)
    found += check_screen(ann.page, run_axe, "player locked in", ("light",))
    # The limit and the grace pass: the phone asks for its screen and says so.
    expect(cat.page.locator("#screen .verdict")).to_contain_text(
        "Time's up", timeout=(LIMIT + 5) * 1000
    )
    assert cat.verdict() == ("Time's up", 0)
    assert ann.verdict()[0] == "Right!" and ben.verdict() == ("Not quite", 0)
    host.expect_reveal(2)
    # Too late now: the server refuses the answer the phone no longer offers.
    cat.page.expected_errors.add(f"/live/{game_id}/answer")
    status, _ = cat.post_answer(1, cat_tokens[RIGHT[prompt]])
    assert status == 409

    # --- Question 3: everyone right; then the podium.
    host.press("next")
    host.expect_question(3)
    prompt = _same_question(phones, 3)
    for phone in phones:
        phone.choose(RIGHT[prompt])
    host.expect_reveal(3)
    expect(host.page.locator("#next")).to_have_text("Show the podium")
    for phone in phones:
        assert phone.verdict()[0] == "Right!"
    host.press("next")
    expect(host.page.get_by_role("heading", level=1)).to_have_text("Podium")

    # --- The podium, the ranking and every phone agree with the database.
    rows = stored_players(app, game_id)
    assert set(rows) == {"Ann", "Ben", "Cat"}
    for row in rows.values():
        assert row.score == sum(points for _, _, points in row.answers.values()), row
        assert row.right_count == sum(right for _, right, _ in row.answers.values()), row
    assert sorted(rows["Ann"].answers) == [0, 1, 2] and rows["Ann"].right_count == 3
    assert sorted(rows["Ben"].answers) == [0, 1, 2] and rows["Ben"].right_count == 2
    assert sorted(rows["Cat"].answers) == [0, 2], "Cat timed out on question 2"
    assert rows["Ben"].answers[0][:2] == (RIGHT[first_prompt], True), "the first answer stands"
    rank = ranks({name: row.score for name, row in rows.items()})
    order = sorted(rows, key=lambda name: (rank[name], name.casefold()))
    assert order == ["Ann", "Ben", "Cat"], rows

    podium = [
        " ".join(text.split()) for text in host.page.locator(".live-podium > li").all_inner_texts()
    ]
    assert podium == [f"{ordinal(rank[name])} {name} {rows[name].score} points" for name in order]
    table = [
        [cell.strip() for cell in row.locator("td").all_inner_texts()]
        for row in host.page.locator(".live-host table tbody tr").all()
    ]
    assert table == [[str(rank[name]), name, str(rows[name].score)] for name in order]
    for phone in phones:
        expect(phone.heading).to_have_text("Game over!")
        row = rows[phone.nickname]
        place = ordinal(rank[phone.nickname])
        assert phone.place() == f"You finished {place} of 3 with {row.score} points."
    screenshot(host.page, "live-podium", docs=True)
    found += check_screen(host.page, run_axe, "host podium", BOTH)
    found += check_screen(cat.page, run_axe, "player game over", BOTH)
    assert found == [], "\n".join(found)
