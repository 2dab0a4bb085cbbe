"""A sentence that dates two things tells each by its own clause, so both can be asked about.

Real pages pack a run of dates into one sentence ("first played by Sam Strike from 2013 to 2014
before Ted Reilly took over from 2016 until 2018"). Told as the whole sentence, each event's
text held the other's year, and a date question may not show a year in its prompt, so such an
article made no date question at all.
"""

from __future__ import annotations

from questions import generate
from questions.facts.model import DateValue
from questions.generation.kinds.dates import TELLS

from .reading import Reading

READ = Reading(DateValue(2020, 5, 1))

RECAST = (
    "Harbor Lights recasts Johnny\n\n"
    "Newcomer Ada Wren will be the third person to take on the role of Johnny, who was first "
    "played by Sam Strike from 2013 to 2014 before Ted Reilly took over from 2016 until 2018."
)


def _by_year(text: str) -> dict[str, str]:
    return {date[:4]: what for date, what in READ.events(text)}


def test_each_date_of_a_sentence_gets_its_own_clause() -> None:
    told = _by_year(RECAST)
    assert "Sam Strike" in told["2013"] and "Ted Reilly" not in told["2013"]
    assert told["2016"] == "Ted Reilly took over."
    assert not any(TELLS.search(what) for what in told.values())


def test_an_article_of_one_such_sentence_makes_date_questions() -> None:
    prompts = [q.prompt for q in generate(READ.facts(RECAST), seed=1, kinds=["date"])]
    assert any("Sam Strike" in p for p in prompts)
    assert any("Ted Reilly took over" in p for p in prompts)


def test_a_clause_without_its_own_subject_keeps_the_sentence() -> None:
    # "with one premiering each December through 2018" is no clause a question can stand on.
    told = _by_year(
        "Avatar sequels dated\n\n"
        "The sequels will begin arriving in theaters in December 2016, with one premiering "
        "each subsequent December through 2018."
    )
    assert told["2018"].startswith("The sequels will begin arriving in theaters")


def test_the_two_ends_of_a_range_are_one_clause() -> None:
    told = dict(
        READ.events(
            "Maleficent moves\n\nAngelina Jolie's Maleficent has been postponed from March 14 "
            "to July 2, 2014, the studio said."
        )
    )
    assert told["2014-07-02"].startswith("Angelina Jolie's Maleficent has been postponed")


def test_a_pages_machine_date_stamp_is_no_part_of_the_story() -> None:
    events = Reading(DateValue(2022, 7, 18)).events(
        " date 2022-07-18 “Central Park,” the animated musical series from Apple TV+, will "
        "return for its third season on Friday, September 9."
    )
    assert [date for date, _ in events] == ["2022-09-09"]
    assert events[0][1].startswith("“Central Park,” the animated musical series")


def test_a_later_clause_may_open_with_its_date_or_a_noun() -> None:
    assert _by_year(
        "Harbor Lights recast\n\n"
        "Ada Wren played Kate from 2013 to 2014, and in 2016 Ben Gale took over the part."
    )["2016"] == ("Ben Gale took over the part.")
    assert _by_year("Rover\n\nThe film was released in 1995; a sequel followed in 2017.") == {
        "1995": "The film was released",
        "2017": "A sequel followed.",
    }
