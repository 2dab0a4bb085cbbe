"""Works and cast of a press event's page, from a new-user trial (a TCA panel's notes on
tvmeg.com): the billing block that lists each actor with a quoted part, an executive producer
named "EP", and a phrase quoted before "with" that is no title."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue

PUB = DateValue(2022, 9, 20)

PANEL = (
    "Interview with the cast of “Glass Harbor” on Showtime\n\n"
    "FALL PRESS CONFERENCE\n"
    "Ada Wren – “Nora Vance” (she/her)\n"
    "Tom Hale – “Jimmy Baxter” (he/him)\n"
    "Bo Lind – “Big Mo” (they/them)\n\n"
    "“Glass Harbor” picks up the saga of the Vance family."
)


def _facts(text: str) -> ArticleFacts:
    return extract(text, published=PUB).facts


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in _facts(text).cast}


def test_a_billing_block_gives_each_actor_the_quoted_part_beside_them() -> None:
    assert {
        ("Ada Wren", "Glass Harbor", "Nora Vance"),
        ("Tom Hale", "Glass Harbor", "Jimmy Baxter"),
        ("Bo Lind", "Glass Harbor", "Big Mo"),
    } <= _cast(PANEL)


def test_the_parts_of_a_billing_block_are_no_works() -> None:
    assert {w.title for w in _facts(PANEL).works} == {"Glass Harbor"}


def test_one_name_with_a_quote_after_a_dash_is_no_billing() -> None:
    text = (
        "Ada Wren stars in “Glass Harbor” on Showtime.\n\n"
        "Tom Hale – “Glass Harbor” was his idea, he said."
    )
    assert not any(role == "Glass Harbor" for _, _, role in _cast(text))
    assert "Glass Harbor" in {w.title for w in _facts(text).works}


def test_an_ep_named_with_the_actors_is_no_cast() -> None:
    text = (
        "Interview with actors Ada Wren and Tom Hale and EP Bo Lind of “Glass Harbor”\n\n"
        "Ada Wren stars in “Glass Harbor” as Nora Vance."
    )
    assert "Bo Lind" not in {person for person, _, _ in _cast(text)}


def test_a_director_who_also_stars_is_still_cast() -> None:
    text = "Director Ada Wren also stars in “Glass Harbor” as Nora Vance."
    assert ("Ada Wren", "Glass Harbor", "Nora Vance") in _cast(text)


def test_a_phrase_quoted_before_with_is_no_title_and_gives_no_cast() -> None:
    text = (
        "Ada Wren stars in “Glass Harbor.” Bo Lind took over as showrunner this year.\n\n"
        "Wren said the show is “in good shape” with Lind."
    )
    assert "Bo Lind" not in {person for person, _, _ in _cast(text)}


def test_a_title_quoted_before_with_still_gives_its_cast() -> None:
    text = "Showtime renewed the drama “Glass Harbor” with Ada Wren and Tom Hale."
    assert {("Ada Wren", "Glass Harbor", None), ("Tom Hale", "Glass Harbor", None)} <= _cast(text)


def _years(text: str) -> set[int]:
    return {e.date.year for e in _facts(text).events}


def test_a_copyright_year_in_a_caption_dates_no_event() -> None:
    text = (
        "Ada Wren as Nora Vance in GLASS HARBOR | © 2018 ABC/Tom Hale\n\n"
        "Ada Wren joined the cast of Glass Harbor in 2017."
    )
    assert _years(text) == {2017}


def test_a_year_after_a_copyright_notice_word_still_dates_its_event() -> None:
    text = "Glass Harbor won a copyright case in 2016, the studio said."
    assert _years(text) == {2016}
