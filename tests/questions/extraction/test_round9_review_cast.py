"""Look-alikes of round nine's title and cast rules (review): the trigger words with a person,
a place, a team, a band, a book or an organisation where the work would be. Written from the
genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2020, 5, 1))
_HEAD = "Entertainment news roundup\n\n"


def _works(text: str) -> set[str]:
    return READ.works(_HEAD + text)


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return READ.cast(_HEAD + text)


def test_an_organisation_joined_for_a_job_is_no_work() -> None:
    """`joined Greenpeace as an ambassador`, `joined Coldplay on stage`: no work joined."""
    for text in (
        "Ada Wren joined Greenpeace as an ambassador.",
        "Ada Wren has joined Oxford University as a lecturer.",
        "Ada Wren joined Coldplay on stage.",
        "Ada Wren is joining Coldplay on tour.",
        "Ada Wren joined Los Angeles Lakers owner Jeanie Buss at the game.",
        "Ada Wren, who starred in “Harbor Lights”, has joined Greenpeace as an ambassador.",
    ):
        assert _works(text) <= {"Harbor Lights"}, text
        assert {w for _, w, _ in _cast(text)} <= {"Harbor Lights"}, text
    assert "The Crimson Tide" in _works("Ada Wren has joined The Crimson Tide as a series regular.")


def test_a_league_back_for_the_season_is_no_show() -> None:
    """`The Lakers will return for the season opener`: a sport's season, not a show's."""
    for text in (
        "The Lakers will return for the season opener.",
        "The Premier League will return for the season on June 17.",
    ):
        assert not _works(text), text
    assert "The Crimson Tide" in _works("The Crimson Tide will return for the third season.")


def test_a_person_adding_faces_in_a_headline_is_no_show() -> None:
    """`Ben Gale taps three new faces for campaign`: a person's headline, no show's."""
    text = "Ben Gale taps three new faces for campaign\n\nThe designer announced his models."
    assert not READ.works(text)


def test_a_book_series_set_off_is_no_work() -> None:
    """`Harry Potter, the book series,` and `Ada Wren's new book series, The Crows,`: a book's."""
    assert not _works("She loved Harry Potter, the book series, as a child.")
    assert not _works("Ada Wren's new book series, The Crows, opens in May.")
    assert _works("Ada Wren's new series, The Crows, opens in May.") == {"The Crows"}


def test_a_lead_in_a_town_is_no_part_in_a_work() -> None:
    """`cast as the lead in Des Moines community theater`: a town's stage."""
    text = "Ada Wren was cast as the lead in Des Moines community theater."
    assert not _works(text)
    assert not _cast(text)


def test_a_month_after_a_run_is_no_part_of_its_title() -> None:
    """`alongside the Chicago Bulls in Chicago in March`, `headline Radio City Music Hall in
    June`: a date and a venue, no title."""
    for text in (
        "He appeared alongside the Chicago Bulls in Chicago in March.",
        "Ada Wren will headline Radio City Music Hall in June.",
    ):
        assert not _works(text), text
    assert _works("She will star in Harbor Lights in June.") == {"Harbor Lights"}


def test_a_time_before_a_place_keeps_the_title() -> None:
    """`One Night in Miami`, `Two Weeks in Paris`: the place is the title's."""
    assert _works("She will star in Two Weeks in Paris next year.") == {"Two Weeks in Paris"}
    assert _works("She will star in Harbor Lights in Atlanta next year.") == {"Harbor Lights"}


def test_one_further_in_a_rumour_keeps_their_credit() -> None:
    """`denied rumours that she is dating Ben Gale, who stars in “Harbor Lights”`: the
    rumour is the romance; the casting told of Ben Gale is no rumour."""
    text = "Ada Wren denied rumours that she is dating Ben Gale, who stars in “Harbor Lights”."
    assert ("Ben Gale", "Harbor Lights", None) in _cast(text)
    assert not _cast("Rumours that Ada Wren and Ben Gale will join “Harbor Lights” grew.")


def test_one_joined_as_a_job_title_is_no_work() -> None:
    """`joined Goldman Sachs as Vice President`, `joined Ben Gale as Best Man`: a job's title,
    no part; an airline boarded is no work either."""
    for text in (
        "Ada Wren joined Ben Gale as Best Man.",
        "Ada Wren joined Goldman Sachs as Vice President.",
        "Ada Wren has boarded British Airways.",
    ):
        assert not _works(text), text
        assert not _cast(text), text
    assert ("Ada Wren", "Glass House", "Kate Hale") in _cast(
        "Ada Wren has joined Glass House as Kate Hale."
    )
