"""Play the seed quiz in real Chromium: mouse, number keys, a timeout, keyboard only."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

QUESTIONS = 15
# How each question of the full play is answered (0-based positions).
TIMES_OUT = 4  # left alone until the bar runs out
WRONG = {2, 9}  # answered with a wrong choice on purpose
AUTO_ADVANCE = {TIMES_OUT, 10, QUESTIONS - 1}  # waits for the feedback to move on by itself


def _is_answer_post(response) -> bool:
    return response.request.method == "POST" and response.url.endswith("/answer")


def test_play_seed_quiz_from_home_to_leaderboard(new_page, live_server, player, screenshot):
    right_answers = live_server.right_answers()
    assert len(right_answers) == QUESTIONS
    with live_server.settings(seconds=6, auto_advance=3):
        page = new_page(viewport={"width": 1000, "height": 640})  # the size of the README's picture
        quiz = player(page)
        page.goto("/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Play a quiz made from the news")
        screenshot(page, "home")

        # Pick the seed quiz, type a nickname, start.
        page.get_by_role("heading", name=live_server.seed_title).get_by_role("link").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(live_server.seed_title)
        expect(page.get_by_text("15 questions, 6 seconds each")).to_be_visible()
        page.get_by_label("Your nickname").press_sequentially("Browser Ada")
        page.get_by_role("button", name="Start the quiz").click()
        page.wait_for_url(re.compile(r"/play/[\w-]+$"))

        total = 0
        rights = 0
        for position in range(QUESTIONS):
            prompt = quiz.wait_for_question(position + 1)
            assert quiz.score_so_far() == total, f"score before question {position + 1}"
            if position == 0:
                screenshot(page, "question", docs=True)
            choices = quiz.choices()
            assert prompt == right_answers[position][0]
            right = right_answers[position][1]
            assert right in choices, (prompt, choices)
            wanted = right if position not in WRONG else next(c for c in choices if c != right)
            key = str(choices.index(wanted) + 1)

            if position == TIMES_OUT:
                # Touch nothing: the bar runs out and the browser posts the timeout form.
                with page.expect_response(_is_answer_post, timeout=15_000) as posted:
                    pass
                response = posted.value
                assert "choice=" not in (response.request.post_data or "")
                assert "Time's up" in response.text(), "the server decides the time is up"
            elif position % 2 == 0:
                # Keyboard only: the number key shown on the button.
                page.keyboard.press(key)
            else:
                page.locator(".choices button.choice").nth(int(key) - 1).click()

            verdict, points = quiz.feedback()
            if position == TIMES_OUT:
                assert verdict == "Time's up"
                assert points == 0
                expect(page.locator(".right-answer")).to_have_text(right)
            elif position in WRONG:
                assert verdict == "Not quite"
                assert points == 0
                expect(page.locator("#question-card")).to_contain_text(f"You said: {wanted}")
            else:
                assert verdict == "Right!", f"question {position + 1}: {verdict}"
                assert 500 <= points <= 1500
                rights += 1
            total += points
            if position == 0:
                screenshot(page, "feedback")

            next_link = page.locator("a.next")
            expect(next_link).to_be_focused()
            if position in AUTO_ADVANCE:
                expect(next_link).to_contain_text(re.compile(r"\(in \d s\)"))
            else:
                next_link.click()

        # Results: the score is the sum of the points shown, question by question.
        page.wait_for_url(re.compile(r"/results$"))
        heading = page.get_by_role("heading", level=1)
        expect(heading).to_contain_text("Browser Ada, you scored")
        score = int(heading.inner_text().rsplit(" ", 1)[1])
        assert score == total
        rows = page.locator("table.breakdown tbody tr")
        expect(rows).to_have_count(QUESTIONS)
        points_column = [int(p) for p in rows.locator("td:last-child").all_inner_texts()]
        assert sum(points_column) == score
        expect(page.locator(".results")).to_contain_text(f"{rights} of {QUESTIONS}")
        expect(rows.nth(TIMES_OUT)).to_contain_text("no answer")
        screenshot(page, "results")

        # The leaderboard of this quiz shows the own play, highlighted, with that score.
        page.locator(".results .actions").get_by_role("link", name="Leaderboard").click()
        page.wait_for_url(re.compile(r"/leaderboard\?quiz=\d+"))
        mine = page.locator("#board-rows tr.mine")
        expect(mine).to_have_count(1)
        expect(mine).to_contain_text("Browser Ada")
        headers = page.locator(".board-table thead th").all_inner_texts()
        cells = mine.locator("td").all_inner_texts()
        assert int(cells[headers.index("Score")]) == score
        assert cells[headers.index("Nickname")].startswith("Browser Ada")
        screenshot(page, "leaderboard")


def test_keyboard_only_play(new_page, live_server, player):
    page = new_page()
    quiz = player(page)
    page.goto(f"/quiz/{live_server.seed_quiz_id}")

    # The nickname field has the focus; Tab reaches the start button.
    nickname = page.get_by_label("Your nickname")
    expect(nickname).to_be_focused()
    page.keyboard.type("Keys Only")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Start the quiz")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/play/[\w-]+$"))
    quiz.wait_for_question(1)

    # First Tab: the skip link, visible when focused; it jumps past the navigation.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    buttons = page.locator(".choices button.choice")
    expect(buttons.nth(0)).to_be_focused()
    outline = buttons.nth(0).evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline != "none", "the focused choice shows a focus ring"
    page.keyboard.press("Tab")
    expect(buttons.nth(1)).to_be_focused()
    second = quiz.choices()[1]
    page.keyboard.press("Enter")

    verdict, points = quiz.feedback()
    assert verdict in {"Right!", "Not quite"}
    if verdict == "Not quite":
        expect(page.locator("#question-card")).to_contain_text(f"You said: {second}")
    # The focus lands on Next; Enter goes on, and the focus moves to the new question.
    expect(page.locator("a.next")).to_be_focused()
    page.keyboard.press("Enter")
    quiz.wait_for_question(2)
    expect(page.locator("#question-heading")).to_be_focused()
    assert quiz.score_so_far() == points
    page.keyboard.press("Tab")
    expect(buttons.nth(0)).to_be_focused()
    page.keyboard.press("Space")
    quiz.feedback()
    expect(page.locator("a.next")).to_be_focused()


def test_csp_refuses_inline_script_and_the_watcher_notices(new_page):
    """The check for CSP violations in every test works: an inline script is refused."""
    page = new_page()
    response = page.goto("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    with pytest.raises(PlaywrightError, match="Content Security Policy"):
        page.add_script_tag(content="window.injected = true;")
    assert page.evaluate("window.injected") is None
    # Chromium logs its own console error and fires the violation event, in either order.
    reports = ("Executing inline script violates", "CSP violation: script-src")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not all(
        any(report in problem for problem in page.watcher.problems) for report in reports
    ):
        page.wait_for_timeout(50)
    for report in reports:
        assert any(report in problem for problem in page.watcher.problems), page.watcher.problems
    page.watcher.problems.clear()
