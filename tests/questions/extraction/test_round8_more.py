"""More false readings from fresh pages tried as a new user would (round eight, second
batch: ComicBook.com on The Recruit's second season, Screen Rant on Stranger Things' second
season). Each rule is read on made-up sentences, with a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 1, 30))
_facts, _works, _cast, _events = READ.facts, READ.works, READ.cast, READ.events


def test_a_season_number_before_a_title_is_no_part_of_it() -> None:
    text = "Netflix announced that the cast of Season 2 of The Harbor will include Ada Wren."
    assert _works(text) == {"The Harbor"}
    assert ("Ada Wren", "The Harbor", None) in _cast(text)


def test_a_title_with_a_number_of_its_own_keeps_it() -> None:
    text = "Ada Wren will star in the new film 2 of Hearts, out next spring."
    assert "2 of Hearts" in _works(text)


def test_a_year_is_no_title() -> None:
    text = "After a smash success in late 2022, The Harbor is returning with Ada Wren."
    assert "2022" not in _works(text)


def test_parts_played_respectively_by_actors_with_their_works_in_parentheses() -> None:
    text = (
        "The show “Night Harbor” returns. He is the dad of new kids Max and Billy, played by "
        "fellow newcomers Ada Wren (Rover) and Tom Hale (Power Rangers), respectively."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Night Harbor", "Max"), ("Tom Hale", "Night Harbor", "Billy")} <= cast
    assert not {role for _, _, role in cast} & {"Rover", "Power Rangers"}


def test_a_cast_list_with_parts_in_parentheses_keeps_them() -> None:
    text = "The show “Night Harbor” returns, starring Ada Wren (Maggie) and Tom Hale (Bob)."
    assert {("Ada Wren", "Night Harbor", "Maggie"), ("Tom Hale", "Night Harbor", "Bob")} <= (
        _cast(text)
    )


def test_parts_of_a_list_that_starts_with_a_one_word_name_go_to_the_whole_list() -> None:
    text = (
        'The film "Night Harbor" is back. Brandy and Ada Wren are reprising their roles as '
        "Cinderella and the Queen of Hearts."
    )
    assert not {role for person, _, role in _cast(text) if person == "Ada Wren"} & {"Cinderella"}


def test_parts_zip_with_a_list_whose_first_name_is_one_word() -> None:
    text = (
        'The film "Night Harbor" is back. Kim and Tom Hale are reprising their roles as Max '
        "and Billy."
    )
    assert ("Tom Hale", "Night Harbor", "Billy") in _cast(text)


def test_parts_zip_with_a_list_of_full_names() -> None:
    text = (
        'The film "Night Harbor" is back. Ada Wren and Tom Hale are reprising their roles as '
        "Max and Billy."
    )
    assert {("Ada Wren", "Night Harbor", "Max"), ("Tom Hale", "Night Harbor", "Billy")} <= (
        _cast(text)
    )


GARBLED = (
    'The Night Harbor Festival"s third edition kicked off on Thursday, drawing stars '
    'including Ada Wren and Tom Hale. Bo Lind, Chairman of the festival, said "We"re just '
    'getting started." Ada Wren said it"s "bigger and better every year."'
)


def test_a_double_mark_before_a_contractions_end_is_an_apostrophe() -> None:
    quotes = {(q.speaker, q.text) for q in _facts(GARBLED).quotes}
    assert ("Bo Lind", "We’re just getting started.") in quotes
    assert ("Ada Wren", "bigger and better every year.") in quotes
    assert not any(text.startswith("s third") for _, text in quotes)


def test_a_quote_that_starts_with_a_word_like_a_contraction_stays_a_quote() -> None:
    text = 'Ada Wren smiled. "Shall we go?" she asked. Tom Hale said, "Don\'t wait for me."'
    quotes = {(q.speaker, q.text) for q in _facts(text).quotes}
    assert {("Ada Wren", "Shall we go?"), ("Tom Hale", "Don't wait for me.")} <= quotes


def test_a_quoted_title_with_an_ellipsis_is_a_title() -> None:
    text = (
        "Ada Wren plays Rick Dalton in 'Once Upon A Time In ... Night Harbor.' Tom Hale plays "
        "Cliff Booth in the film."
    )
    assert "Once Upon A Time In ... Night Harbor" in _works(text)


def test_a_quoted_phrase_with_an_ellipsis_is_no_title() -> None:
    text = 'Ada Wren said the shoot was "long ... and cold" and Tom Hale agreed.'
    assert not _works(text)


def test_tonight_opening_a_sentence_is_the_day_of_publication() -> None:
    text = "Tonight marks the return of “Night Harbor” to the airwaves, with Ada Wren back."
    assert {date for date, _ in _events(text)} == {"2024-01-30"}


def test_a_days_name_that_is_the_shows_title_dates_nothing() -> None:
    text = (
        "Wednesday season 2 is coming. Netflix confirmed today that filming is underway on "
        "Wednesday's sophomore season."
    )
    assert {date for date, _ in _events(text)} == {"2024-01-30"}


def test_a_days_possessive_that_is_no_title_still_dates() -> None:
    text = "Ada Wren spoke at Sunday's premiere of “Night Harbor” in London."
    assert {date for date, _ in _events(text)} == {"2024-01-28"}
