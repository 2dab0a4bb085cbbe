"""Quotes and dated events of published articles: one made-up sentence per pattern, and a
look-alike that must not yield the fact."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.extraction.lexicon import is_full_name
from questions.extraction.text import paragraphs_of
from questions.facts.model import DateValue

PUB = DateValue(2020, 5, 4)


def _quotes(text: str) -> set[tuple[str, str]]:
    return {(q.speaker, q.text) for q in extract(text, published=PUB).facts.quotes}


def _events(text: str, published: DateValue | None = PUB) -> set[DateValue]:
    return {e.date for e in extract(text, published=published).facts.events}


# Quotes


def test_interjected_claims_the_quote() -> None:
    text = 'Ada Wren laughed. Ada then interjected, "We were never that young, to be honest."'
    assert _quotes(text) == {("Ada Wren", "We were never that young, to be honest.")}


def test_claimed_before_a_semicolon_claims_the_quote() -> None:
    text = (
        "Director Ada Wren claimed this is the darker film; "
        "“It is a very different film from the first.”"
    )
    assert _quotes(text) == {("Ada Wren", "It is a very different film from the first.")}


def test_offered_right_before_the_words_claims_the_quote() -> None:
    text = (
        "Ada Wren and Tom Hale spoke to the press. Asked when she knew, Ada Wren laughed. "
        'Tom Hale offered, "Reading the first two episodes."'
    )
    assert _quotes(text) == {("Tom Hale", "Reading the first two episodes.")}


def test_an_offer_is_no_speech() -> None:
    text = "Tom Hale offered “Dark Harbor” fans a first look at the season on Monday."
    assert _quotes(text) == set()


def test_a_statement_read_is_its_owners() -> None:
    text = (
        "Ada Wren left the show in 2020.\n\n“Casting me was a risk that paid off,” Wren’s "
        "statement read at the time."
    )
    assert _quotes(text) == {("Ada Wren", "Casting me was a risk that paid off,")}


def test_a_statement_that_reads_like_something_is_no_speech() -> None:
    text = "Ada Wren said nothing. The statement read like “a ransom note” to her fans."
    assert all(speaker != "Ada Wren" for speaker, _ in _quotes(text))


def test_a_prize_claimed_is_no_speech() -> None:
    text = "Ada Wren claimed the Oscar for “a performance of rare subtlety and grace”."
    assert _quotes(text) == set()


def test_a_title_ending_in_an_ellipsis_is_no_quote() -> None:
    text = (
        'Ada Wren explained that she loved the "Sex and the City" revival "And Just Like That..." '
        "and wants one of her own."
    )
    assert _quotes(text) == set()


def test_an_ellipsis_ends_speech_without_a_kind_of_work() -> None:
    text = 'Ada Wren said: "And Just Like That..."'
    assert _quotes(text) == {("Ada Wren", "And Just Like That...")}


def test_an_unknown_name_after_the_verb_keeps_the_quote_from_others() -> None:
    text = 'Ada Wren arrived. "And here we are at last!" added Gale as the audience laughed.'
    assert _quotes(text) == set()


def test_a_weekday_after_the_verb_is_no_speaker() -> None:
    text = 'Ada Wren arrived. "And here we are at last!" said Thursday\'s host, Ada.'
    assert ("Ada Wren", "And here we are at last!") in _quotes(text)


def test_the_host_of_a_show_named_for_them_speaks_by_surname() -> None:
    text = (
        'Ada Wren appeared on "The Tom Gale Show" last week.\n\n'
        '"And here we are at last!" added Gale as the audience laughed.'
    )
    assert _quotes(text) == {("Tom Gale", "And here we are at last!")}


def test_a_show_named_for_no_one_gives_no_host() -> None:
    text = (
        'Ada Wren appeared on "The Late Late Show" last week.\n\n'
        '"And here we are at last!" added Late as the audience laughed.'
    )
    assert _quotes(text) == set()


def test_a_headline_s_capitalised_small_words_make_no_name() -> None:
    assert not is_full_name("Potential Return To Xena")
    assert is_full_name("Dick Van Dyke")


def test_a_subtitle_is_no_speaker() -> None:
    text = (
        "Ada Wren on Her Potential Return To Night Harbor\n\n"
        "NBC has confirmed a Night Harbor: Warrior Queen reboot, and Ada Wren could be in it.\n\n"
        "In a recent interview, the actress said she would be open to it. She said:\n\n"
        '"Too early to say, because the covenant with the fans matters most to me."'
    )
    assert _quotes(text) == {
        ("Ada Wren", "Too early to say, because the covenant with the fans matters most to me.")
    }


def test_a_person_has_the_quoted_words() -> None:
    text = "The soap's new showrunner Ada Wren has “big plans to take the show somewhere new”."
    assert _quotes(text) == {("Ada Wren", "big plans to take the show somewhere new")}


def test_what_a_person_has_in_others_words_is_not_theirs() -> None:
    for source in ("critics say", "according to Tom Gale"):
        text = f"Ada Wren has “an undeniable screen presence in every scene,” {source}."
        assert ("Ada Wren", "an undeniable screen presence in every scene,") not in _quotes(text)


def test_a_company_or_a_possessive_has_no_speaker() -> None:
    for subject in ("The studio", "Ada Wren's team", "Ada Wren joined the studio, which"):
        text = f"{subject} has “big plans to take the show somewhere new”."
        assert _quotes(text) == set(), subject


def test_a_straight_single_mark_after_a_colon_may_run_to_the_end() -> None:
    text = "Ada Wren smiled.\n\nThe star added: 'I'm devoted to him, so it could happen one day."
    assert _quotes(text) == {("Ada Wren", "I'm devoted to him, so it could happen one day.")}


def test_a_straight_single_mark_without_a_colon_needs_its_close() -> None:
    text = "Ada Wren smiled.\n\nThe star added 'I'm devoted to him, so it could happen one day."
    assert _quotes(text) == set()


# Page stamps and notices, whose dates are no events


def test_a_stamp_with_its_offset_from_utc_is_dropped() -> None:
    text = "14 Oct 2015 7:31 PM +00:00 UTC\n\nAda Wren returns.\n\nAt 7:31 PM +00:00 she left."
    assert paragraphs_of(text) == ["Ada Wren returns.", "At 7:31 PM +00:00 she left."]


def test_an_archive_notice_is_dropped() -> None:
    text = "This was published 10 years ago\n\nAda Wren returns.\n\nThis was published in 2010."
    assert paragraphs_of(text) == ["Ada Wren returns.", "This was published in 2010."]


def test_a_stamp_line_inside_a_block_is_dropped() -> None:
    text = "Night Harbor goes on\n\n • Wire Desk\n • 26 April 2013\nAda Wren on set\n\nAda smiled."
    assert paragraphs_of(text)[1] == "• Wire Desk Ada Wren on set"
    assert _events(text) == set()


def test_a_date_line_of_a_sentence_run_over_lines_stays() -> None:
    text = "Night Harbor goes on\n\nAda Wren will start filming on\n26 April 2021\nin Rome.\n\nOk."
    assert _events(text) == {DateValue(2021, 4, 26)}


# Dates


def test_years_ago_this_month_is_that_month_of_the_year() -> None:
    text = "The sequel beats the first Night Harbor, released 36 years ago this month, by far."
    assert _events(text, DateValue(2022, 5, 27)) == {DateValue(1986, 5)}


def test_years_ago_today_is_that_day() -> None:
    text = "Ada Wren first played the part ten years ago today, in a small theatre in Leeds."
    assert _events(text, DateValue(2022, 5, 27)) == {DateValue(2012, 5, 27)}


def test_years_ago_and_this_month_apart_are_two_dates() -> None:
    text = "The first Night Harbor came out 36 years ago, and the sequel opened this month."
    assert _events(text, DateValue(2022, 5, 27)) == {DateValue(1986), DateValue(2022, 5)}


def test_a_season_opening_a_sentence_of_the_future_is_no_event() -> None:
    assert _events("This fall, there’ll be new faces in Night Harbor and more.") == set()


def test_a_season_opening_a_sentence_of_the_past_is_one() -> None:
    assert _events("This spring, Ada Wren starred in a new play in London.") == {DateValue(2020)}


def test_a_weekday_opening_a_sentence_of_the_future_is_ahead() -> None:
    # Published on Monday 4 May 2020.
    assert _events("On Friday, the show will premiere on Netflix.") == {DateValue(2020, 5, 8)}


def test_a_weekday_opening_a_sentence_of_the_past_is_behind() -> None:
    text = "On Friday, Ada Wren said she will return to the show."
    assert _events(text) == {DateValue(2020, 5, 1)}
