"""Dates that name no event of the news, each beside a look-alike that still dates one."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import DateValue

#: A Monday.
PUB = DateValue(2020, 5, 4)


def _dates(text: str, published: DateValue | None = PUB) -> list[str]:
    return [str(e.date) for e in extract(text, published=published).facts.events]


def test_a_weekday_before_its_written_date_is_that_date_only() -> None:
    assert _dates("Night Harbor will return for its second season on Tuesday, June 16.") == [
        "2020-06-16"
    ]
    assert _dates("Night Harbor will return on Tuesday, 16 June, with six episodes.") == [
        "2020-06-16"
    ]


def test_a_weekday_before_its_hour_or_a_name_is_still_read() -> None:
    assert _dates("Night Harbor will return on Tuesday, 9 p.m., with six episodes.") == [
        "2020-05-05"
    ]
    assert _dates("The studio confirmed on Friday, Ada Wren said, that filming wrapped.") == [
        "2020-05-01"
    ]


def test_the_ends_of_a_stretch_of_years_are_no_events() -> None:
    assert _dates("The drama unfolds over four winters between 1981 and 1984 in Ohio.") == []
    # a page's hard line break inside the sentence
    assert _dates("The drama unfolds over four winters between\n1981 and 1984 in Ohio.") == []


def test_years_joined_without_between_are_still_events() -> None:
    assert _dates("Ada Wren won the award in 1981 and 1984, both times in Ohio.") == [
        "1981",
        "1984",
    ]


def test_a_year_telling_which_work_is_no_event() -> None:
    assert _dates("Ben Gale played the young captain in the 2009 film.") == []
    assert _dates("The new show is not a remake of the 1987 series but shares its spirit.") == []
    assert _dates("The comic is a sequel to the 1999 Lantern horror film and more.") == []


def test_a_year_of_a_work_that_does_something_or_has_a_title_is_read() -> None:
    assert _dates("The 2009 film made Ben Gale a star overnight.") == ["2009"]
    assert _dates("Ben Gale played the young captain in the 2009 film “Night Harbor”.") == ["2009"]
    assert _dates("Ben Gale won an award at the 2009 film festival in Rome.") == ["2009"]
    assert _dates("Ben Gale played the captain in 2009, a role he loved.") == ["2009"]


def test_a_year_after_a_sentence_that_ended_on_between_words_is_read() -> None:
    assert _dates("Ada Wren split her time between Ohio and Rome. And 2019 was her best year.") == [
        "2019"
    ]
