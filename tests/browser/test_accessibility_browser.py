"""axe-core on every page of a play, in the light and the dark colour scheme, and phone layout."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def _play_to_results(page, quiz, check=None) -> None:
    """Answer every question with its first choice, checking the pages on the way."""
    number = 1
    while True:
        quiz.wait_for_question(number)
        if number == 1 and check:
            check("question")
        page.locator(".choices button.choice").first.click()
        quiz.feedback()
        if number == 1 and check:
            check("feedback")
        next_link = page.locator("a.next")
        if "results" in next_link.inner_text():
            next_link.click()
            page.wait_for_url(re.compile(r"/results$"))
            return
        next_link.click()
        number += 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_axe_violations(new_page, live_server, player, run_axe, screenshot, scheme):
    # bypass_csp: axe is injected by add_script_tag as an inline script, which the app's
    # CSP (script-src 'self') rightly blocks. Only this test's pages bypass the CSP.
    page = new_page(color_scheme=scheme, bypass_csp=True)
    quiz = player(page)
    found: list[str] = []

    def check(name: str) -> None:
        found.extend(run_axe(page, f"{scheme} {name}"))
        if scheme == "dark":
            screenshot(page, f"dark-{name.replace(' ', '-')}")

    with live_server.settings(seconds=120, auto_advance=120):
        page.goto("/")
        dark = page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
        assert dark == (scheme == "dark")
        check("home")
        page.goto(f"/quiz/{live_server.seed_quiz_id}")
        check("start")
        page.expected_errors.add(f"/quiz/{live_server.seed_quiz_id}")  # 422 for the empty name
        page.get_by_role("button", name="Start the quiz").click()
        expect(page.get_by_label("Your nickname")).to_have_attribute("aria-invalid", "true")
        check("start with an error")
        page.get_by_label("Your nickname").fill(f"Axe {scheme}")
        page.get_by_role("button", name="Start the quiz").click()
        _play_to_results(page, quiz, check)
        check("results")
        page.locator(".results .actions").get_by_role("link", name="Leaderboard").click()
        expect(page.locator("#board-rows tr.mine")).to_have_count(1)
        check("leaderboard")
        page.expected_errors.add("/no-such-page")
        page.goto("/no-such-page")
        check("error")
    assert found == [], "\n".join(found)


def test_phone_layout(new_page, live_server, player, run_axe, screenshot):
    """At 390 px nothing scrolls sideways (tables scroll in their own box) and axe passes."""
    page = new_page(**PHONE, bypass_csp=True)  # bypass_csp for axe, as above
    quiz = player(page)
    found: list[str] = []

    def check(name: str) -> None:
        # A mobile browser zooms out to fit wider content, so compare with the device width.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["viewport"]["width"], f"{name} is {width} px wide at 390 px"
        found.extend(run_axe(page, f"phone {name}"))
        screenshot(page, f"phone-{name.replace(' ', '-')}")

    with live_server.settings(seconds=120, auto_advance=120):
        page.goto("/")
        check("home")
        page.goto(f"/quiz/{live_server.seed_quiz_id}")
        check("start")
        page.get_by_label("Your nickname").fill("Phone")
        page.get_by_role("button", name="Start the quiz").click()
        _play_to_results(page, quiz, check)
        check("results")
        page.goto(f"/leaderboard?quiz={live_server.seed_quiz_id}")
        check("leaderboard")
    assert found == [], "\n".join(found)
