"""Look-alikes of the round eight rules, read on text they were not written for: each is a
false reading one of those rules gave (a title's own first word taken for a determiner, a
football club for a work, a bill for a working title, a writer cast as a part dropped, a
person's name before a headline's `Season 2` taken for a show)."""

from __future__ import annotations

import pytest

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 7))
_facts, _works, _cast = READ.facts, READ.works, READ.cast


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Our Town season 2 is coming to HBO with Ada Wren as Emily.", "Our Town"),
        (
            "His Dark Materials season 2 premieres on HBO. Ada Wren stars as Lyra.",
            "His Dark Materials",
        ),
        ("Your Honor season 2 stars Tom Hale as Michael Desiato.", "Your Honor"),
        ("These Days season 2 arrives in June. Ada Wren stars as Mara.", "These Days"),
        (
            "Those About to Die season 2 is in the works, with Ada Wren as Cala.",
            "Those About to Die",
        ),
    ],
)
def test_a_titles_own_first_word_is_no_determiner(text: str, title: str) -> None:
    assert title in _works(text)


def test_stars_who_joined_a_club_name_no_work() -> None:
    assert not _works("Three new stars have joined Arsenal this summer.")


@pytest.mark.parametrize(
    "text",
    [
        "The bill, with the working title Clean Air Act, passed the Senate.",
        "Tom Hale won the official title of Mr Universe in 2020.",
    ],
)
def test_a_title_that_is_no_works_is_no_work(text: str) -> None:
    assert not _works(text)


def test_a_writer_with_his_show_in_parentheses_who_will_play_a_part_is_cast() -> None:
    text = "Writer Tom Hale (Night Harbor) will play Reed in Gold Run."
    assert ("Tom Hale", "Gold Run", "Reed") in _cast(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale: A Season 2 Retrospective\n\nTom Hale and Ada Wren look back.",
        "Tom Hale Season 2 Stats\n\nTom Hale scored 12 goals. Tom Hale is a striker.",
    ],
)
def test_a_persons_name_before_a_headlines_season_is_no_show(text: str) -> None:
    assert "Tom Hale" not in _works(text)


def test_a_shows_name_before_a_headlines_season_is_the_show() -> None:
    text = "Game of Thrones Season 7 Panel\n\nThe Game of Thrones panel included Ada Wren."
    assert "Game of Thrones" in _works(text)


def test_a_clubs_year_in_a_headline_is_no_season() -> None:
    text = "Real Madrid Season 2024 Review\n\nReal Madrid won the league. Tom Hale scored."
    assert "Real Madrid" not in _works(text)
