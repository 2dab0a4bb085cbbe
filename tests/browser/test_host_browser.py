"""A host makes a set from article facts in real Chromium, a player plays it, the host reads stats.

One session, end to end: register, create a set, type the seed article's facts into the
workshop (rows added and removed with htmx), pick from the proposed questions, edit one
inline, write one by hand, publish; a player in a fresh context plays it from the home
page; the host's stats then count the play and draw a chart per question.
"""

from __future__ import annotations

import re
import secrets
import shutil

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DOCS_SCREENSHOTS, UPDATE_DOCS
from tests.browser.host_helpers import (
    FILM,
    FactsForm,
    proposed_questions,
    seed_subset,
    set_questions,
    snap,
)

pytestmark = pytest.mark.browser

SET_TITLE = "Romy and Michele: the sequel news"
SECONDS = 120  # generous: the player is never hurried
PROPOSED = 10  # the facts form's default count
HAND_PROMPT = "Which play was the film “Romy and Michele’s High School Reunion” based on?"
HAND_CHOICES = ["Steel Magnolias", "Noises Off", "Ladies Room", "The Women"]
HAND_RIGHT = 2
HAND_EXPLANATION = "Robin Schiff wrote the play “Ladies Room” in 1988; the film came out in 1997."
NO_RELOAD = "window.__sameDocument"


def _mark_document(page) -> None:
    """Tag the current document; a full page load loses the tag, an htmx swap keeps it."""
    page.evaluate(f"{NO_RELOAD} = true")


def _same_document(page) -> bool:
    return page.evaluate(f"{NO_RELOAD} === true")


def test_host_builds_a_set_from_facts_and_sees_its_stats(new_page, player):
    facts = seed_subset()
    host = new_page()

    # --- Register: the dashboard greets the new host.
    host.goto("/host/register")
    snap(host, "host-register")
    username = f"host-{secrets.token_hex(3)}"
    password = "romy-and-michele-1997"
    host.get_by_label("Username").fill(username)
    host.get_by_label("Password", exact=True).fill(password)
    host.get_by_label("Repeat the password").fill(password)
    host.get_by_role("button", name="Create account").click()
    host.wait_for_url(re.compile(r"/host/$"))
    expect(host.locator(".flash-success")).to_have_text("Welcome! Create your first question set.")
    expect(host.get_by_role("button", name=f"Sign out {username}")).to_be_visible()
    snap(host, "host-dashboard-empty")

    # --- A new set, public, with a generous time per question.
    host.get_by_role("link", name="New question set").click()
    expect(host.get_by_role("heading", level=1)).to_have_text("New question set")
    host.get_by_label("Title").fill(SET_TITLE)
    host.get_by_label("Description").fill("Ten questions on the news of a sequel.")
    host.get_by_label("Seconds per question").fill(str(SECONDS))
    expect(host.get_by_label("Public: listed on the home page")).to_be_checked()
    snap(host, "host-new-set")
    host.get_by_role("button", name="Create the set").click()
    host.wait_for_url(re.compile(r"/host/sets/\d+$"))
    set_url = host.url
    expect(host.get_by_role("heading", level=1)).to_have_text(SET_TITLE)
    expect(host.locator(".set-tags .tag-draft")).to_have_text("draft")
    expect(host.locator("#question-list")).to_contain_text("No questions yet")
    snap(host, "host-set-new")

    # --- The facts form, a row at a time; add-row buttons answer with the row alone (htmx).
    host.get_by_role("link", name="Generate from article facts").click()
    host.wait_for_url(re.compile(r"/workshop$"))
    form = FactsForm(host)
    _mark_document(host)
    host.locator("#title").fill(facts.title)

    work = facts.work
    form.fill_row("works", 0, title=work["title"], year=str(work["year"]))
    form.field("works", 0, "kind").select_option(work["kind"])
    form.field("works", 0, "cast_complete").check()

    # Six cast rows (five added), one a mistake in the middle that is removed below.
    people = [*facts.cast[:2], facts.decoy, *facts.cast[2:]]
    for index, person in enumerate(people):
        if index:
            form.add_row("cast", "cast")
        form.fill_row("cast", index, person=person, work=FILM)
    expect(form.rows("cast")).to_have_count(6)

    for index, event in enumerate(facts.events):
        if index:
            form.add_row("events", "event")
        form.fill_row(
            "events",
            index,
            date=event["date"],
            what=event["what"],
            people=", ".join(event.get("people", [])),
        )
    for index, quote in enumerate(facts.quotes):
        if index:
            form.add_row("quotes", "quote")
        form.fill_row(
            "quotes", index, text=quote["text"], speaker=quote["speaker"], context=quote["context"]
        )
    assert _same_document(host), "adding rows must not reload the page"

    # Remove the mistaken cast row: the form comes back without it, everything else kept.
    form.remove_row("cast", 2)
    assert form.values("cast", "person") == facts.cast
    assert form.values("cast", "work") == [FILM] * 5
    assert form.values("quotes", "speaker") == [q["speaker"] for q in facts.quotes]
    assert form.values("quotes", "text") == [q["text"] for q in facts.quotes]
    assert form.values("events", "date") == ["1988", "2023"]
    expect(form.field("works", 0, "kind")).to_have_value("film")
    expect(host.locator("#title")).to_have_value(facts.title)
    assert _same_document(host), "removing a row must not reload the page"
    expect(host.get_by_label("Questions to propose").first).to_have_value(str(PROPOSED))
    snap(host, "host-workshop-facts")

    # --- Propose: ten questions, dates and quotes at least, all ticked.
    form.form.get_by_role("button", name="Propose questions").click()
    expect(host.get_by_role("heading", level=1)).to_have_text("Proposed questions")
    first = proposed_questions(host)
    assert len(first) == PROPOSED
    # A cast question only when the seed picks one: "did NOT star" is the only fair form here.
    assert {"date", "quote"} <= {q["kind"] for q in first} <= {"cast", "date", "quote"}, first
    for question in first:
        # Three choices where the story has too few people for a fourth as plausible.
        assert len(set(question["choices"])) == len(question["choices"]) in (3, 4), question
        assert len(question["right"]) == 1 and question["right"][0] in question["choices"]
        assert question["ticked"], question
    path = snap(host, "host-facts-preview")
    readme_picture = DOCS_SCREENSHOTS / "facts-preview.png"
    # The README's picture: renewed on request only, so a test run leaves the tree clean.
    if UPDATE_DOCS or not readme_picture.exists():
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, readme_picture)

    # Untick one; "Another batch" proposes anew (another seed), every box ticked again.
    boxes = host.locator("#proposed-questions").get_by_role("checkbox")
    boxes.nth(0).uncheck()
    expect(boxes.nth(0)).not_to_be_checked()
    seed = host.locator("#seed").input_value()
    host.get_by_role("button", name="Another batch").click()
    expect(host.locator("#seed")).not_to_have_value(seed)
    second = proposed_questions(host)
    assert len(second) == PROPOSED
    assert all(q["ticked"] for q in second)
    assert {"date", "quote"} <= {q["kind"] for q in second}

    # Untick one of the new batch and add the others to the set.
    left_out = 3
    boxes.nth(left_out).uncheck()
    host.get_by_role("button", name="Add the chosen questions").click()
    host.wait_for_url(set_url)
    expect(host.locator(".flash-success")).to_have_text(f"Added {PROPOSED - 1} questions.")
    added = set_questions(host)
    chosen = [q for i, q in enumerate(second) if i != left_out]
    assert [(q["prompt"], q["choices"], q["right"]) for q in added] == [
        (q["prompt"], q["choices"], q["right"]) for q in chosen
    ]
    snap(host, "host-set-generated")

    # --- Edit question 1 in place: the row turns into a form and back, no page load.
    target = added[0]
    row = host.locator(f"#question-{target['id']}")
    new_prompt = f"Edited in the browser: {target['prompt']}"
    _mark_document(host)
    row.get_by_role("link", name="Edit question 1").click()
    expect(row.get_by_role("heading", name="Edit question 1")).to_be_visible()
    prompt_box = row.get_by_label("Question")
    expect(prompt_box).to_have_value(target["prompt"])
    prompt_box.fill(new_prompt)
    snap(host, "host-question-edit")
    row.get_by_role("button", name="Save question").click()
    expect(row.locator(".question-prompt")).to_have_text(new_prompt)
    expect(row.get_by_role("button", name="Save question")).to_have_count(0)
    assert _same_document(host), "saving a question must not reload the page"

    # --- One question by hand, added at the end (htmx again).
    new = host.locator("#new-question")
    new.get_by_label("Question", exact=True).fill(HAND_PROMPT)
    for index, text in enumerate(HAND_CHOICES, start=1):
        new.get_by_label(f"Choice {index}", exact=True).fill(text)
    new.get_by_label(f"Choice {HAND_RIGHT + 1} is right").check()
    new.get_by_label("Explanation (shown after the answer)").fill(HAND_EXPLANATION)
    new.get_by_role("button", name="Add question").click()
    rows = host.locator("#question-list li.question-row")
    expect(rows).to_have_count(PROPOSED)
    expect(rows.last.locator(".question-prompt")).to_have_text(HAND_PROMPT)
    expect(rows.last.locator(".choice-right")).to_contain_text(HAND_CHOICES[HAND_RIGHT])
    expect(rows.last.locator(".explanation")).to_have_text(HAND_EXPLANATION)
    expect(host.locator("#new-question").get_by_label("Question", exact=True)).to_have_value("")
    assert _same_document(host), "adding a question must not reload the page"
    questions = set_questions(host)
    assert questions[0]["prompt"] == new_prompt

    # --- Publish.
    host.get_by_role("button", name="Publish").click()
    expect(host.locator(".flash-success")).to_have_text("Published: players can start it now.")
    expect(host.locator(".set-tags .tag-published")).to_have_text("published")
    expect(host.get_by_role("button", name="Unpublish")).to_be_visible()
    snap(host, "host-set-published")

    # --- A player, in a context of their own, plays it from the home page.
    wrong_at = 1  # one wrong answer on purpose, so the chart shows a wrong pick
    guest = new_page()
    quiz = player(guest)
    guest.goto("/")
    guest.get_by_role("heading", name=SET_TITLE).get_by_role("link").click()
    expect(guest.get_by_role("heading", level=1)).to_have_text(SET_TITLE)
    expect(guest.get_by_text(f"{PROPOSED} questions, {SECONDS} seconds each")).to_be_visible()
    guest.get_by_label("Your nickname").fill("Michele")
    guest.get_by_role("button", name="Start the quiz").click()
    guest.wait_for_url(re.compile(r"/play/[\w-]+$"))
    for position, question in enumerate(questions):
        prompt = quiz.wait_for_question(position + 1)
        assert prompt == question["prompt"]
        choices = quiz.choices()
        assert sorted(choices) == sorted(question["choices"])
        answer = right = question["right"][0]
        if position == wrong_at:
            answer = next(c for c in choices if c != right)
        guest.locator(".choices button.choice").nth(choices.index(answer)).click()
        verdict, _points = quiz.feedback()
        assert verdict == ("Not quite" if position == wrong_at else "Right!"), prompt
        if prompt == HAND_PROMPT:
            expect(guest.locator(".explanation")).to_have_text(HAND_EXPLANATION)
        guest.locator("a.next").click()
    guest.wait_for_url(re.compile(r"/results$"))
    expect(guest.get_by_role("heading", level=1)).to_contain_text("Michele, you scored")
    expect(guest.locator("table.breakdown tbody tr")).to_have_count(PROPOSED)
    expect(guest.locator(".results")).to_contain_text(f"{PROPOSED - 1} of {PROPOSED}")

    # --- The host's stats: one finished play, a chart per question, the missed one first.
    host.goto(set_url + "/stats")
    expect(host.get_by_role("heading", level=1)).to_have_text(f"Stats: {SET_TITLE}")
    summary = host.locator(".facts-large")
    expect(summary.locator("div").filter(has_text="Plays").locator("dd")).to_have_text("1")
    expect(summary.locator("div").filter(has_text="Finished").locator("dd")).to_have_text("1")
    cards = host.locator("#question-stats > li.question-stats")
    expect(cards).to_have_count(PROPOSED)
    for index in range(PROPOSED):
        # Each choice and "time ran out": a bar (an SVG) each.
        choices = cards.nth(index).locator("tbody tr").count() - 1
        assert choices in (3, 4)
        expect(cards.nth(index).locator("svg.bar-chart")).to_have_count(choices + 1)
    hardest = cards.first
    expect(hardest.locator(".question-prompt")).to_have_text(questions[wrong_at]["prompt"])
    expect(hardest).to_contain_text("0% (0 of 1)")
    expect(cards.nth(1)).to_contain_text("100% (1 of 1)")
    picked = hardest.locator("tbody tr").filter(has=host.locator("td:nth-child(2)", has_text="1"))
    expect(picked).to_have_count(1)
    expect(picked).not_to_have_class("spread-right")
    snap(host, "host-stats")

    # The dashboard counts the play too.
    host.get_by_role("link", name="My question sets").first.click()
    entry = host.locator("#set-list > li").filter(has_text=SET_TITLE)
    expect(entry.locator("div").filter(has_text="Plays").locator("dd")).to_have_text("1")
    expect(entry.locator("div").filter(has_text="Questions").locator("dd")).to_have_text(
        str(PROPOSED)
    )
    snap(host, "host-dashboard")
