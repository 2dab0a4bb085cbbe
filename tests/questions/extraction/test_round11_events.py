"""Dated sentences in the shapes news writing uses every day (round eleven): a number of four
digits that numbers a thing, and the article left before a vowel once the year went. Written
from the genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 7, 20))
HEAD = "Harbor Lights news\n\nAda Wren stars in Harbor Lights. "


def test_a_numbered_thing_is_no_year() -> None:
    """`Episode 1917`, `Flight 1549`, `Room 1408` number things; the sentence's own year still
    dates it."""
    assert READ.events(HEAD + "Episode 1917 is a fan favourite.") == []
    assert READ.events(HEAD + "The crew of Flight 1549 were honoured in 2009.") == [
        ("2009", "The crew of Flight 1549 were honoured.")
    ]


def test_the_article_before_a_removed_year_reads_right() -> None:
    """`In a 2018 interview` asks of `In an interview`; `a one-off 2019 speech` keeps its
    `a`."""
    assert READ.events(HEAD + "In a 2018 interview, Wren said she loved the role.") == [
        ("2018", "In an interview, Wren said she loved the role.")
    ]
    assert READ.events(HEAD + "Wren gave a one-off 2019 Oscar speech.") == [
        ("2019", "Wren gave a one-off Oscar speech.")
    ]


def test_a_year_in_a_plot_told_dates_nothing() -> None:
    """`the series explores the lengths the teens went to to survive in 1996`: a year of the
    story's world; a clause after a comma still dates the work's own news."""
    text = HEAD + (
        "Split between two timelines, the series explores the brutal lengths the teenagers "
        "went through to survive in 1996, as well as the impact."
    )
    assert READ.events(text) == []
    assert READ.events(HEAD + "The film tells how Wren met Gale, and was released in 2019.") == [
        ("2019", "The film tells how Wren met Gale, and was released.")
    ]


def test_a_left_before_a_vowel_heard_as_a_consonant() -> None:
    """With the year gone, "a" turns "an" before a vowel, but not before `one-off` or
    `European`."""
    assert READ.events("Ada Wren went on a 2019 European tour with Harbor Lights.") == [
        ("2019", "Ada Wren went on a European tour with Harbor Lights.")
    ]
    assert READ.events("In a 2018 interview, Ada Wren said the show was over.") == [
        ("2018", "In an interview, Ada Wren said the show was over.")
    ]
