"""A host pastes a real held-out article in real Chromium and publishes a quiz made from it.

The article is one the extractor was never tuned on (tests/extract/heldout):
the host pastes its text and publication date, checks the facts read from it (each beside
its sentence), asks for ten questions, keeps them all and publishes; a player in a fresh
context then finds the quiz on the home page.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from tests.browser.host_helpers import FactsForm, proposed_questions, set_questions, snap

pytestmark = pytest.mark.browser

HELDOUT = Path(__file__).resolve().parents[1] / "extract" / "heldout"
ARTICLE = "c-still-open-all-hours"
SET_TITLE = "Still Open All Hours: a sixth series"
COUNT = 10


def _words(text: str) -> str:
    """``text`` with its runs of white space made one space, to compare sentences."""
    return " ".join(text.split())


def test_host_publishes_a_quiz_from_a_pasted_article(new_page):
    text = (HELDOUT / "articles" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((HELDOUT / "gold" / f"{ARTICLE}.yaml").read_text(encoding="utf-8"))
    published = str(gold["article"]["published"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", published), published
    host = new_page()

    # --- Register and create a public set.
    host.goto("/host/register")
    username = f"host-{secrets.token_hex(3)}"
    password = "open-all-hours-1973"
    host.get_by_label("Username").fill(username)
    host.get_by_label("Password", exact=True).fill(password)
    host.get_by_label("Repeat the password").fill(password)
    host.get_by_role("button", name="Create account").click()
    host.wait_for_url(re.compile(r"/host/$"))
    host.get_by_role("link", name="New question set").click()
    host.get_by_label("Title").fill(SET_TITLE)
    expect(host.get_by_label("Public: listed on the home page")).to_be_checked()
    host.get_by_role("button", name="Create the set").click()
    host.wait_for_url(re.compile(r"/host/sets/\d+$"))
    set_url = host.url
    expect(host.get_by_role("heading", level=1)).to_have_text(SET_TITLE)

    # --- The workshop, then its "paste the article's text" page.
    host.get_by_role("link", name="Generate from article facts").click()
    host.wait_for_url(re.compile(r"/workshop$"))
    host.get_by_role("link", name="paste the article’s text").click()
    host.wait_for_url(re.compile(r"/from-text$"))
    expect(host.get_by_role("heading", level=1)).to_have_text("Questions from an article’s text")
    host.get_by_label("Article text").fill(text)
    host.get_by_label("Published (optional)").fill(published)
    snap(host, "host-article-text")
    host.get_by_role("button", name="Read the facts").click()

    # --- The facts form comes back filled, every fact beside the sentence it came from.
    form = FactsForm(host)
    expect(form.form).to_be_visible()
    expect(host.locator("#published")).to_have_value(published)
    article = _words(text)
    for section in ("cast", "events", "quotes"):
        rows = form.rows(section)
        expect(rows.first).to_be_visible()
        for index in range(rows.count()):
            source = rows.nth(index).locator(".fact-source q")
            expect(source).to_have_count(1)
            sentence = _words(source.text_content())
            assert sentence in article, (section, index, sentence)
    for person in form.values("cast", "person"):
        assert person in text, person
    for quote in form.values("quotes", "text"):
        assert _words(quote) in article, quote
    assert "Johnny Vegas" in form.values("cast", "person")
    assert {"1973", "1985"} <= set(form.values("events", "date"))
    snap(host, "host-article-facts")

    # --- Ask for ten questions: all proposed, ticked, of every kind, three or four choices
    # (three where the story has too few people for a fourth as plausible).
    form.form.get_by_label("Questions to propose").fill(str(COUNT))
    form.form.get_by_role("button", name="Propose questions").click()
    expect(host.get_by_role("heading", level=1)).to_have_text("Proposed questions")
    expect(host.locator("#proposed-questions > li.proposed-question")).to_have_count(COUNT)
    proposed = proposed_questions(host)
    assert len(proposed) >= COUNT
    assert {q["kind"] for q in proposed} == {"cast", "date", "quote"}, proposed
    for question in proposed:
        assert question["ticked"], question
        assert len(set(question["choices"])) == len(question["choices"]) in (3, 4), question
        assert len(question["right"]) == 1 and question["right"][0] in question["choices"]
    snap(host, "host-article-preview")

    # --- Keep them all, then publish.
    host.get_by_role("button", name="Add the chosen questions").click()
    host.wait_for_url(set_url)
    expect(host.locator(".flash-success")).to_have_text(f"Added {len(proposed)} questions.")
    expect(host.locator("#question-list li.question-row")).to_have_count(len(proposed))
    added = set_questions(host)
    assert [(q["prompt"], q["choices"], q["right"]) for q in added] == [
        (q["prompt"], q["choices"], q["right"]) for q in proposed
    ]
    host.get_by_role("button", name="Publish").click()
    expect(host.locator(".flash-success")).to_have_text("Published: players can start it now.")
    expect(host.locator(".set-tags .tag-published")).to_have_text("published")
    assert host.locator("#question-list li.question-row").count() >= COUNT
    snap(host, "host-article-published")

    # --- A player, in a context of their own, finds it on the home page.
    guest = new_page()
    guest.goto("/")
    card = guest.locator("li.quiz-card").filter(
        has=guest.get_by_role("heading", name=SET_TITLE, exact=True)
    )
    expect(card).to_have_count(1)
    expect(card.locator("div").filter(has_text="Questions").locator("dd")).to_have_text(
        str(len(proposed))
    )
    card.get_by_role("heading", name=SET_TITLE).get_by_role("link").click()
    expect(guest.get_by_role("heading", level=1)).to_have_text(SET_TITLE)
