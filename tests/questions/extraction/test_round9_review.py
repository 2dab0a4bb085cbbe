"""Review of round nine: look-alikes of its new rules whose reading must not change for the
worse (a real plan far ahead, a year of a story's world, a comma that ends a clause, an
appositive between two dates)."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 15))
_events = READ.events
NEWS = "Harbor Lights news\n\n"


def test_a_far_plan_keeps_its_year_a_title_does_not() -> None:
    """Only a year that is part of a name ("Blade Runner 2049") is no event's; "the 2040
    Olympics" and a deal to 2035 are plans with a date."""
    assert _events(NEWS + "The city will host the 2040 Olympics.") == [
        ("2040", "The city will host the Olympics.")
    ]
    assert _events(NEWS + "The studio plans to finish the saga in 2045.") == [
        ("2045", "The studio plans to finish the saga.")
    ]
    assert _events(NEWS + "Cyberpunk 2077 is getting a series.") == []


def test_decades_ago_this_month_is_the_anniversarys_month() -> None:
    assert _events(NEWS + "The show launched a decade ago this month.") == [
        ("2014-05", "The show launched.")
    ]


def test_years_later_in_a_storys_world_date_nothing() -> None:
    for text in (
        "The show is set in 1985. Five years later, the characters reunite.",
        "Wren starred in Night Harbor, which is set in 1920. Two years later, her character dies.",
    ):
        assert _events(NEWS + text) == [], text


def test_the_following_year_as_a_subject_dates_nothing() -> None:
    text = NEWS + "The show premiered in 2019. The following year was hard for everyone."
    assert _events(text) == [("2019", "The show premiered.")]
