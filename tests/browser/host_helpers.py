"""Helpers of the host's browser test: the seed article's facts to type, and the facts form.

The facts are read from questions/data/seed-facts.yaml, so every value typed in the test is
one the article states; ``FACTS`` picks the subset the test types by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS

SEED_FACTS = Path(__file__).resolve().parents[2] / "questions" / "data" / "seed-facts.yaml"
FILM = "Romy and Michele’s High School Reunion"


@dataclass(frozen=True)
class Facts:
    """The facts the host types: one work, cast of that work, dated events, quotes."""

    title: str
    work: dict[str, Any]
    cast: list[str]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    decoy: str = field(default="Someone Typed By Mistake")


def seed_subset() -> Facts:
    """The film, five of its cast, two dated events and four quotes of the seed article.

    Enough for ten fair questions with any seed: the cast list is typed as complete, so the
    one person of the story outside it (the screenwriter) can be asked as "did NOT star".
    """
    seed = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    work = next(w for w in seed["works"] if w["title"] == FILM)
    assert work["year"] == 1997 and work["kind"] == "film"
    cast = [row["person"] for row in seed["cast"] if row["work"] == FILM][:5]
    events = [e for e in seed["events"] if e["date"] in {"1988", "2023"}]
    quotes = [
        next(q for q in seed["quotes"] if q["text"].startswith(start))
        for start in (
            "There’s nothing official",
            "I’d be very in for it",
            "Lisa [Kudrow]",
            "I just still want",
        )
    ]
    assert len(cast) == 5 and len(events) == 2 and len(quotes) == 4
    return Facts(seed["article"]["title"], work, cast, events, quotes)


def snap(page: Any, name: str) -> Path:
    """Save a full-page screenshot as tests/browser/screenshots/NAME.png (git-ignored).

    Unlike the shared ``screenshot`` fixture it leaves the caret alone: hiding it makes
    Playwright set and then clear ``style.caretColor`` on every input, leaving ``style=""``
    behind; htmx's settle step then copies that attribute onto the swapped-in inputs of the
    same id, and the CSP (style-src 'self') reports it as a violation.
    """
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled", caret="initial")
    return path


class FactsForm:
    """The workshop's facts form, filled the way a host does: a row at a time."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.form = page.locator("#facts-form")

    def rows(self, section: str) -> Any:
        return self.page.locator(f"#{section}-rows > .fact-row")

    def add_row(self, section: str, label: str) -> None:
        """Press "Add ``label`` row" (htmx) and wait for the new, empty row to arrive."""
        count = self.rows(section).count()
        self.form.get_by_role("button", name=f"Add {label} row").click()
        expect(self.rows(section)).to_have_count(count + 1)
        expect(self.page.locator(f"#{section}-{count}-row")).to_be_attached()

    def field(self, section: str, index: int, name: str) -> Any:
        return self.page.locator(f"#{section}-{index}-{name}")

    def fill_row(self, section: str, index: int, **values: str) -> None:
        for name, value in values.items():
            self.field(section, index, name).fill(value)

    def values(self, section: str, name: str) -> list[str]:
        """The value of field ``name`` in every row of ``section``, in the order shown."""
        return [
            self.field(section, index, name).input_value()
            for index in range(self.rows(section).count())
        ]

    def remove_row(self, section: str, index: int) -> None:
        """Press the row's Remove button: htmx swaps in the whole form without that row."""
        count = self.rows(section).count()
        self.page.locator(f"#{section}-{index}-row").get_by_role("button", name="Remove").click()
        expect(self.rows(section)).to_have_count(count - 1)


# The text of each item's first child: the choice, without its "right" badge or note.
FIRST_TEXTS = "items => items.map((item) => item.firstChild.textContent.trim())"


def set_questions(page: Any) -> list[dict[str, Any]]:
    """The questions listed on the set page: id, prompt, choices in order, the right one."""
    rows = page.locator("#question-list li.question-row")
    found = []
    for index in range(rows.count()):
        row = rows.nth(index)
        found.append(
            {
                "id": int(row.get_attribute("id").removeprefix("question-")),
                "prompt": row.locator(".question-prompt").text_content().strip(),
                "choices": row.locator(".choice-list > li").evaluate_all(FIRST_TEXTS),
                "right": row.locator(".choice-list > li.choice-right").evaluate_all(FIRST_TEXTS),
            }
        )
    return found


def proposed_questions(page: Any) -> list[dict[str, Any]]:
    """The preview's questions: kind, prompt, choices in order, the right one, ticked or not."""
    items = page.locator("#proposed-questions > li.proposed-question")
    found = []
    for index in range(items.count()):
        item = items.nth(index)
        found.append(
            {
                "kind": item.locator(".badge").text_content().strip(),
                "prompt": item.locator(".proposed-prompt").text_content().strip(),
                "choices": item.locator(".proposed-choices > li").evaluate_all(FIRST_TEXTS),
                "right": item.locator(".proposed-right").evaluate_all(FIRST_TEXTS),
                "ticked": item.get_by_role("checkbox").is_checked(),
            }
        )
    return found
