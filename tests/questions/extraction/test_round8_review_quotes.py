"""Review of round eight: made-up look-alikes its quote and event rules misread, each kept
reading as the base did (or as it should)."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 7))
_facts, _quotes, _events = READ.facts, READ.quotes, READ.events


HEAD = "Night Harbor series two\n\n"
RELEASE = "The series is described in an ITV press release as “a thriller like no other.”\n\n"
SAID = [("ITV", "a thriller like no other.")]


def test_words_a_judge_runs_in_after_a_release_are_not_the_releases() -> None:
    for line in (
        "Critics “could not get enough of the first series and its twisty finale.”",
        "The jury “praised her fearless and funny turn as the eldest sister.”",
        "It is not. The plot “never quite holds together, and the twist lands with a thud.”",
    ):
        assert _quotes(HEAD + RELEASE + line) == SAID, line


def test_words_run_in_then_given_to_another_are_not_the_releases() -> None:
    for line in (
        "Ada Wren returns as Nora. Wren “can’t wait to get back on set,” her agent said.",
        "Ada Wren returns. Wren “can’t wait to get back on set,” according to her agent.",
    ):
        assert _quotes(HEAD + RELEASE + line)[0] == SAID[0], line
        assert ("ITV", "can’t wait to get back on set,") not in _quotes(HEAD + RELEASE + line)


def test_after_anyone_else_speaks_run_in_words_are_not_the_releases() -> None:
    fans = "One fan wrote: “I cannot wait for this.”\n\nAnother “has booked the day off to watch.”"
    assert _quotes(HEAD + RELEASE + fans) == SAID
    rep = "“I am over the moon,” a spokesperson for Ada Wren said.\n\n"
    rep += "The character “finds herself out of work and out of love.”"
    assert _quotes(HEAD + RELEASE + rep) == SAID


def test_a_part_named_before_still_runs_on_the_releases_words() -> None:
    text = HEAD + RELEASE + "Ada Wren returns as Nora. Nora “has big plans for the family firm.”"
    assert _quotes(text) == [*SAID, ("ITV", "has big plans for the family firm.")]


def test_a_person_who_speaks_in_a_companys_statement_is_not_the_company() -> None:
    for said in (
        "“We are thrilled to bring it back,” the showrunner said in an HBO statement.",
        "“He was kind to everyone,” his mother said in a BBC statement.",
        "“We love you all,” the cast wrote in a Netflix announcement.",
    ):
        assert _quotes(HEAD + said) == [], said


def test_words_said_in_a_companys_statement_in_the_passive_are_the_companys() -> None:
    said = "“We are delighted to welcome her,” it was said in a CAA announcement."
    assert _quotes(HEAD + said) == [("CAA", "We are delighted to welcome her,")]


def test_a_writer_who_wrote_the_logline_in_a_clause_set_aside_speaks() -> None:
    said = "Ada Wren, who also wrote the logline for the film, said: “It is about a family.”"
    assert _quotes(HEAD + said) == [("Ada Wren", "It is about a family.")]


def test_a_title_after_the_speakers_name_or_a_place_after_the_title_ends_the_name() -> None:
    said = "Ada Wren stars. “It was tough,” said Tom Hale of the “Night Harbor” shoot with Wren."
    assert _quotes(HEAD + said) == [("Tom Hale", "It was tough,")]
    said = "“We have big plans,” said the “Night Harbor” director at a panel with Tom Hale."
    assert _quotes(HEAD + said) == []
    said = "“It ends here,” said the “Night Harbor” creator and showrunner Ada Wren."
    assert _quotes(HEAD + said) == [("Ada Wren", "It ends here,")]


def test_a_roundup_of_what_a_time_has_is_no_event_but_one_thing_that_came_is() -> None:
    text = HEAD + "This week, there’s a new trailer for Night Harbor, released by Netflix."
    assert _events(text) == [
        ("2024-05", "There’s a new trailer for Night Harbor, released by Netflix.")
    ]
    text = HEAD + "This year, there are plenty of new dramas for us to enjoy."
    assert _events(text) == []


def test_a_year_after_season_dates_what_befalls_in_it() -> None:
    text = HEAD + "The show will return in the fall season 2024 on NBC."
    assert _events(text) == [("2024", "The show will return in the fall season on NBC.")]
    text = HEAD + "Here we have previewed the best dramas of the Autumn TV season 2024."
    assert _events(text) == []


def test_a_stretch_that_runs_from_a_date_may_be_under_way_since_then() -> None:
    text = HEAD + "The festival runs April 30 to May 9, with Night Harbor as its opening film."
    assert [date for date, _ in _events(text)] == ["2024-04-30", "2024-05-09"]
    text = HEAD + "The play continues until January, when Tom Hale takes over."
    assert [date for date, _ in _events(text)] == ["2025-01"]
