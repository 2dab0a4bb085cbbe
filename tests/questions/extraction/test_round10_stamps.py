"""Round ten: the stamps pages print between a headline and the story (byline, date, time,
zone, outlet, reading time) in the shapes sites use every day, made up from the genre. A stamp
is no event of the story; a short sentence of the story with a date still is one."""

from __future__ import annotations

import pytest

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 6, 20))
HEAD = "Harbor Lights season 2 drops on Netflix\n\n"
BODY = "\n\nAda Wren stars as Kate Hale in the drama."


@pytest.mark.parametrize(
    "stamp",
    [
        "Joel Searls\nJun 20, 2023 9:52 AM PDT\n3 minute read",
        "20 June 2023 • 5:00am",
        "Posted on 06/20/2023 by Ada Moss",
        "Tue 20 Jun 2023 09.52 BST",
        "Last Modified: June 20, 2023 09:52 IST",
        "Ada Moss · Jun 20, 2023",
        "June 20, 2023 / 9:52 AM / CBS News",
        "By Ada Moss | June 20, 2023 | 4 min read",
        "Updated: Jun 20, 2023, 10:14 a.m. ET",
    ],
)
def test_a_pages_stamp_is_no_event(stamp: str) -> None:
    assert READ.events(HEAD + stamp + BODY) == []


@pytest.mark.parametrize(
    ("line", "event"),
    [
        ("Filming began June 20, 2023.", ("2023-06-20", "Filming began.")),
        ("June 20, 2023: Filming begins in Atlanta.", ("2023-06-20", "Filming begins in Atlanta.")),
        ("They marry – May 2, 2016", ("2016-05-02", "They marry – May 2, 2016")),
        (
            "Ada Wren will star.\nThe show returns June 20, 2023.\nIt has eight episodes.",
            ("2023-06-20", "The show returns."),
        ),
    ],
)
def test_a_dated_line_of_the_story_is_still_an_event(line: str, event: tuple[str, str]) -> None:
    """Sentences as short as a stamp, a timeline's line, and a date ending a sentence of a
    block whose lines were wrapped by the page."""
    assert READ.events(HEAD + line + BODY) == [event]
