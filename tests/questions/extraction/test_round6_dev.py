"""Rules of the sixth round, from the development split's `j-` pages: made-up sentences for
each rule, and a look-alike beside each that must not read the same way."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import DateValue

PUB = DateValue(2022, 3, 1)


def _cast(text: str, published: DateValue | None = PUB) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in extract(text, published=published).facts.cast}


def _works(text: str) -> list[str]:
    return [w.title for w in extract(text, published=PUB).facts.works]


def test_a_quoted_title_without_its_the_is_the_same_work() -> None:
    text = (
        "Fans of 'Night Harbor Tales' lined up early. "
        'The new season of "The Night Harbor Tales" opens with Tom Hale (Kit) at the docks.'
    )
    assert _works(text) == ["The Night Harbor Tales"]
    assert _cast(text) == {("Tom Hale", "The Night Harbor Tales", "Kit")}


def test_a_one_word_title_and_the_same_word_after_the_stay_two_works() -> None:
    text = 'He starred in "Harbor" in 1999 and now leads "The Harbor" for Hulu.'
    assert sorted(_works(text)) == ["Harbor", "The Harbor"]


def _dates(text: str, published: DateValue = PUB) -> list[str]:
    return [str(e.date) for e in extract(text, published=published).facts.events]


def test_a_weekday_written_before_a_day_picks_the_year_it_falls_in() -> None:
    # 12 October 2014 is a Sunday; the past tense alone would read 2013.
    july = DateValue(2014, 7, 20)
    text = "The big reveal of the panel was a premiere date for Night Harbor: Sunday, Oct. 12."
    assert _dates(text, july) == ["2014-10-12"]


def test_a_weekday_that_fits_the_tense_keeps_its_year() -> None:
    # 12 October 2013 is a Saturday: the finale was last autumn.
    july = DateValue(2014, 7, 20)
    assert _dates("The Night Harbor finale aired Saturday, Oct. 12, to big ratings.", july) == [
        "2013-10-12"
    ]


def test_today_before_a_done_verb_is_the_day_of_publication() -> None:
    assert _dates("The studio and its director have today announced a new cast member.") == [
        "2022-03-01"
    ]
    assert _dates("Today, the folks at Hulu announced a bevy of new additions.") == ["2022-03-01"]


def test_today_of_the_present_is_no_day() -> None:
    assert _dates("Today, the show is one of the most watched in the country.") == []
    assert _dates("She is one of the finest actors working today, announced or not.") == []


def test_the_day_of_publication_does_not_swallow_its_month() -> None:
    text = (
        "Today, Hulu announced new additions to the series, which began filming earlier this month."
    )
    assert _dates(text) == ["2022-03-01", "2022-03"]


def _quotes(text: str) -> set[tuple[str, str]]:
    return {(q.speaker, q.text) for q in extract(text, published=PUB).facts.quotes}


def test_a_quote_paragraph_goes_to_whom_the_next_paragraph_says_it_is_from() -> None:
    text = (
        '"It is going to get dark very quickly."\n\n'
        "That's the warning from showrunner Ada Wren when it comes to the new season of "
        "Night Harbor."
    )
    assert _quotes(text) == {("Ada Wren", "It is going to get dark very quickly.")}


def test_a_quote_paragraph_is_not_given_to_a_name_further_on() -> None:
    text = (
        '"It is going to get dark very quickly."\n\n'
        "That's the word from fans at the convention, who cheered for Ada Wren."
    )
    assert _quotes(text) == set()


def test_as_someone_put_it_gives_the_words_after_it() -> None:
    text = (
        "Ben Gale joined the panel late. "
        'As Ben Gale put it during the panel, "No one gets out clean. The boats burn."'
    )
    assert _quotes(text) == {("Ben Gale", "No one gets out clean. The boats burn.")}


def test_put_it_of_a_thing_is_no_speech() -> None:
    text = (
        "Ben Gale kept the old script. "
        'He put it in a drawer, "the way his father kept his scripts."'
    )
    assert _quotes(text) == set()


def test_a_stressed_promise_gives_its_quoted_words() -> None:
    text = "Showrunner Ada Wren does promise that “this season is going to define them.”"
    assert _quotes(text) == {("Ada Wren", "this season is going to define them.")}


def test_whose_character_after_a_name_is_that_persons_part() -> None:
    text = (
        "“Night Harbor” drew a crowd at Comic-Con. "
        "Another highlight came when Ada Wren, whose character Nell ate a whole pie, waved."
    )
    assert _cast(text) == {("Ada Wren", "Night Harbor", "Nell")}


def test_whose_character_told_by_what_happens_to_it_names_no_part() -> None:
    text = (
        "“Night Harbor” drew a crowd at Comic-Con. "
        "Ada Wren, whose character was killed off in March, waved to fans."
    )
    assert {role for _, _, role in _cast(text)} <= {None}


def test_a_quoted_titles_star_is_no_verb_for_the_name_before_it() -> None:
    text = (
        "“Night Harbor” returns in May. "
        "Producer Tom Hale confirmed that “Rover” star Ada Wren will play Nell, a diver."
    )
    assert _cast(text) == {("Ada Wren", "Night Harbor", "Nell"), ("Ada Wren", "Rover", None)}


def test_star_as_a_verb_after_a_name_still_credits_it() -> None:
    text = "“Night Harbor” returns in May. Tom Hale and Ada Wren star in “Night Harbor” again."
    assert _cast(text) == {("Tom Hale", "Night Harbor", None), ("Ada Wren", "Night Harbor", None)}


def test_joining_a_lead_as_some_part_is_no_name_of_a_person() -> None:
    text = (
        "Ada Wren will lead the cast of Hulu’s new drama Night Harbor. "
        "Joining Wren as Nell’s brothers are Tom Hale and Bo Lind."
    )
    people = {person for person, _, _ in _cast(text)}
    assert "Joining Wren" not in people
    assert "Ada Wren" in people
