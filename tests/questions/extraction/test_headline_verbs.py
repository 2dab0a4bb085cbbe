"""A headline's verb with its object tells what a show did; the show is no speaker.

"Stranger Things adds three to its cast" reads like "Cumming adds" to a rule that takes the
name before a speech verb for a person's, and a person is never a title: the show, named
in every line of the story, was lost with all its cast.
"""

from __future__ import annotations

import pytest

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2020, 5, 1))
BODY = "Ada Wren has joined the cast of Stranger Things, the streamer said on Monday."


@pytest.mark.parametrize(
    "headline",
    [
        "Stranger Things adds cast",
        "Stranger Things adds three new faces",
        "Stranger Things reveals first look at season 5",
        "Stranger Things confirms season 5 return date",
        "Stranger Things announces new cast members",
        "Stranger Things teases new trailer",
    ],
)
def test_a_show_that_adds_or_reveals_in_its_headline_is_still_a_show(headline: str) -> None:
    assert READ.cast(f"{headline}\n\n{BODY}") == {("Ada Wren", "Stranger Things", None)}


def test_a_name_before_a_speech_verb_is_still_a_person() -> None:
    # "Ben Gale adds that ..." is speech: Ben Gale is no work.
    text = (
        "Ben Gale adds that the new season is darker\n\n"
        "Ada Wren has joined the cast of Stranger Things. “The new season is much darker than "
        "the first,” Ben Gale adds."
    )
    assert "Ben Gale" not in READ.works(text)
    assert READ.quotes(text) == [("Ben Gale", "The new season is much darker than the first,")]
