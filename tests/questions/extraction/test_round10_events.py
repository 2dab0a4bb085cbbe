"""Round ten: dated sentences in the shapes news writing uses every day, made up from the
genre: a subject with two dated verbs, a span counted in a story's world, and a date that
only gives the reason for a guess."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 7, 20))
HEAD = "Harbor Lights news\n\nAda Wren stars in Harbor Lights. "


def test_two_dated_verbs_of_one_subject_are_two_events() -> None:
    """`joined in 2019 and left it in 2022`: the first event's text stops before the second
    verb, so it does not show the other year."""
    events = dict(READ.events(HEAD + "Wren joined the show in 2019 and left it in 2022."))
    assert events["2019"] == "Wren joined the show"
    assert events["2022"].endswith("left it.")


def test_a_range_joined_by_and_stays_one_stretch() -> None:
    assert READ.events(HEAD + "The show ran between 2019 and 2022.") == []


def test_a_span_counted_in_the_storys_world_dates_nothing() -> None:
    assert READ.events(HEAD + "Season 2 picks up a year after the events of Season 1.") == []
    # a span counted from something the story tells of still dates it
    assert READ.events(HEAD + "Wren returns to the show five years after her exit.") == [
        ("2018", "Wren returns to the show after her exit.")
    ]


def test_a_date_giving_the_reason_for_a_guess_is_no_event() -> None:
    """`After impressing last year, X may hit its stride` tells a guess; the year is of the
    opening phrase, which alone is no news."""
    assert READ.events(HEAD + "After impressing last year, Harbor Lights may hit its stride.") == []
    assert READ.events(HEAD + "After filming wrapped in 2019, the cast may reunite.") == [
        ("2019", "After filming wrapped, the cast may reunite.")
    ]
