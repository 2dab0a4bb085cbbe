"""Look-alikes of the sixth round's rules (test_round6_dev.py) that must not read the same
way: made-up sentences each rule once read wrong."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import DateValue

PUB = DateValue(2024, 5, 1)


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}


def _works(text: str) -> list[str]:
    return sorted(w.title for w in extract(text, published=PUB).facts.works)


def _dates(text: str) -> list[str]:
    return [str(e.date) for e in extract(text, published=PUB).facts.events]


def _quotes(text: str) -> set[tuple[str, str]]:
    return {(q.speaker, q.text) for q in extract(text, published=PUB).facts.quotes}


def test_a_title_without_the_and_a_year_of_its_own_is_another_work() -> None:
    text = (
        "Ben Gale starred in the 1999 film “Last Ship.” Ada Wren now leads “The Last Ship” on TNT."
    )
    assert _works(text) == ["Last Ship", "The Last Ship"]
    text = (
        "“The Crown Jewels” is a new Netflix film. "
        "Ben Gale starred in “Crown Jewels,” a 1990 comedy."
    )
    assert ("Ben Gale", "Crown Jewels", None) in _cast(text)


def test_a_weekday_moves_no_past_day_into_a_year_to_come() -> None:
    # 12 October 2025 is a Sunday, but the premiere is told as done in May 2024.
    assert _dates("Night Harbor premiered on Hulu on Sunday, Oct. 12. Ada Wren stars.") == [
        "2023-10-12"
    ]
    assert _dates("Night Harbor wrapped filming on Thursday, Jan. 9. Ada Wren stars.") == [
        "2024-01-09"
    ]


def test_a_weekday_moves_no_day_to_come_into_the_past() -> None:
    # 5 January 2024 is a Friday, before the page: "will premiere" is still to come.
    assert _dates("Night Harbor will premiere on Friday, Jan. 5. Ada Wren stars.") == ["2025-01-05"]


def test_today_of_the_present_before_a_clause_with_a_done_verb_is_no_day() -> None:
    texts = (
        "Today, the series that Hulu announced in March has become a hit.",
        "Today, fans still remember when Hulu announced Night Harbor.",
        "Today, Ada Wren is best known for the role she was confirmed for.",
        "Today, as Hulu confirmed last week, Night Harbor begins filming.",
    )
    for text in texts:
        assert "2024-05-01" not in _dates(text), text


def test_today_as_a_name_or_an_age_before_a_done_verb_is_no_day() -> None:
    assert _dates("Today revealed a lot about Night Harbor. Ada Wren stars in it.") == []
    assert _dates("The stars of today revealed their favorite films in a survey.") == []


def test_a_show_that_promises_stays_a_work() -> None:
    text = (
        "The trailer for Night Harbor promises “a reckoning.” "
        "Ada Wren and Ben Gale star in the drama."
    )
    assert _works(text) == ["Night Harbor"]
    assert {p for p, _, _ in _cast(text)} == {"Ada Wren", "Ben Gale"}


def test_a_quote_paragraph_is_not_given_to_a_character_it_is_a_line_of() -> None:
    text = (
        "“Run, Nell, run!”\n\n"
        "That's a line from Nell Parker, the character Ada Wren plays on Night Harbor."
    )
    assert _quotes(text) == set()


def test_a_quote_paragraph_is_not_given_to_whom_the_next_tells_the_story_of() -> None:
    text = (
        "“I was homeless at nineteen.”\n\n"
        "That's the story of Ada Wren, as told by her co-star Ben Gale in a new interview."
    )
    assert _quotes(text) == set()


def test_the_owner_after_a_quote_paragraph_outweighs_the_speaker_before() -> None:
    text = (
        "Ada Wren spoke to reporters on Monday.\n\n"
        "“We are going darker,” she said.\n\n"
        "“Nobody is safe.”\n\n"
        "That's the warning from co-star Ben Gale about Night Harbor."
    )
    assert ("Ben Gale", "Nobody is safe.") in _quotes(text)
    assert ("Ada Wren", "Nobody is safe.") not in _quotes(text)


def test_whose_character_in_another_work_is_no_part_here() -> None:
    text = (
        "“Night Harbor” is back. "
        "Ada Wren, whose character Nell in “Rover” was a hit, joins the cast as Mae."
    )
    assert ("Ada Wren", "Night Harbor", "Nell") not in _cast(text)


def test_whose_character_a_person_describes_names_no_part() -> None:
    text = (
        "“Night Harbor” is back. "
        "Ada Wren, whose character Ben Gale described as a monster, returns as Nell."
    )
    assert {role for _, _, role in _cast(text)} & {"Ben Gale"} == set()


def test_a_quoted_titles_stars_as_a_verb_still_credits_the_name_before_it() -> None:
    text = "“Night Harbor” returns in May. Ada Wren of “Rover” stars as Nell."
    assert any(p == "Ada Wren" and w == "Night Harbor" for p, w, _ in _cast(text))
