"""How news names a film or show without quote marks: one tiny made-up article per way,
the works it names, and what is no work (a company, a place, a person, an event)."""

from __future__ import annotations

import pytest

from questions.extraction.article import extract
from questions.facts.model import DateValue

PUB = DateValue(2020, 5, 4)


def works_in(text: str) -> set[str]:
    """The titles of the works extracted from ``text``."""
    return {w.title for w in extract(text, published=PUB).facts.works}


NAMED = {
    "the work a sequel follows, a holiday's name": (
        "Ada Wren is back for a sequel to David Gordon Green's Halloween.",
        {"Halloween"},
    ),
    "said to be a kind of work": (
        "Silver Creek is a new drama. Doctor Who is a British sci-fi series about a time "
        "traveller.",
        {"Silver Creek", "Doctor Who"},
    ),
    "described after it": (
        "Moonlight, the upcoming CBS crime drama featuring vampires, will cast Ada Wren. "
        "Dark Harbor, the new drama, premieres in May.",
        {"Moonlight", "Dark Harbor"},
    ),
    "a part of it": (
        "Ada Wren directed an episode of Dark Harbor in 2019. Watch the first trailer for "
        "Silver Creek below.",
        {"Dark Harbor", "Silver Creek"},
    ),
    "its star or host": (
        "Ada Wren was the star of Night Watchers for six years. Ben Gale found fame as host "
        "of The Late Show Tonight.",
        {"Night Watchers", "The Late Show Tonight"},
    ),
    "a review of it": (
        "In our review of Dark Harbor, the critic was kind.",
        {"Dark Harbor"},
    ),
    "its production": (
        "Production on Dark Harbor begins in May. Filming on Silver Creek wrapped in June.",
        {"Dark Harbor", "Silver Creek"},
    ),
    "a year's possessive": (
        "Ada Wren was great in 2019's Dark Harbor: The Return.",
        {"Dark Harbor: The Return"},
    ),
    "a channel's possessive": (
        "Netflix's Stranger Lights returns in July. Ada Wren was at the party for HBO's "
        "Succession Road. Ben Gale will star in Apple TV+'s Blue Cove.",
        {"Stranger Lights", "Succession Road", "Blue Cove"},
    ),
    "a list after a kind of work": (
        "The pair made comedies like Dark Harbor, Silver Creek and Blue Cove. He also "
        "directed films such as Red Sky and Cold Harbor.",
        {"Dark Harbor", "Silver Creek", "Blue Cove", "Red Sky", "Cold Harbor"},
    ),
    "a show's fate": (
        "CBS has renewed Dark Harbor for a second season. Silver Creek has been cancelled.",
        {"Dark Harbor", "Silver Creek"},
    ),
    "which premiered": (
        "Night Watchers, which premiered in 2019, was renewed on Monday.",
        {"Night Watchers"},
    ),
    "set off by what it is": (
        "Dark Harbor, the new thriller from Ben Gale, opens on Friday.",
        {"Dark Harbor"},
    ),
    "what only a work has": (
        "Ada Wren starred in Hollow Fields. Hollow Fields' finale drew eight million viewers.",
        {"Hollow Fields"},
    ),
    "to feature in it": (
        "The actor who will feature in Dark Harbor 2 is Ben Gale.",
        {"Dark Harbor 2"},
    ),
    "a maker's possessive": (
        "Ada Wren's Dark Harbor co-star Ben Gale agreed.",
        {"Dark Harbor"},
    ),
    "an abbreviation in it": (
        "Ada Wren starred in Mr. Robotnik for four seasons.",
        {"Mr. Robotnik"},
    ),
    "a compound before the cue": (
        "Few are as lucky as 26-year-old Sisters of War actress Ada Wren.",
        {"Sisters of War"},
    ),
    "star and a comma": (
        "Moving on: Former Home and Away star, Ada Wren.",
        {"Home and Away"},
    ),
    "a review's label": (
        "Review: Dark Harbor: The Return\n\nDark Harbor: The Return brings Tom Hale back.",
        {"Dark Harbor: The Return"},
    ),
    "the work's finale": (
        "Fans hated the Dark Harbor finale.",
        {"Dark Harbor"},
    ),
    "an article a sentence's capital gave": (
        "The Silver Creek revival starts in June. Ada Wren starred in Silver Creek.",
        {"Silver Creek"},
    ),
    "fans of its cast": (
        "Fans of the Ghost Hunters cast cheered.",
        {"Ghost Hunters"},
    ),
    "an article the title keeps": (
        "The Long Road star Ada Wren waved. She starred in The Long Road.",
        {"The Long Road"},
    ),
}


@pytest.mark.parametrize("text, works", NAMED.values(), ids=NAMED.keys())
def test_a_work_named_without_quote_marks(text: str, works: set[str]) -> None:
    assert works_in(text) == works


NOT_WORKS = {
    "a company": "Netflix announced the news on Monday.",
    "a place and an event": "Ada Wren flew to New York for the Oscars.",
    "a convention": "Tom Hanks was at Comic-Con on Friday.",
    "a channel's people": "Netflix's Ted Sarandos said the deal was done. HBO's Casey Bloys "
    "confirmed the renewal.",
    "news jargon": "Sources told Deadline that the deal closed.",
    "the star of the evening": "The star of the evening was Tom Hanks.",
    "a premiere's city": "Ada Wren attended the London premiere.",
    "production of no title": "Production on the film begins in May in Atlanta.",
    "a year's awards": "At 2019's Golden Globes, Ada Wren won. She was a hit at 2019's Cannes "
    "Film Festival and was 2019's Woman of the Year.",
    "Hollywood": "Ada Wren is the star of Hollywood's biggest franchise.",
    "a renewed contract": "Netflix has renewed Ada Wren's contract. The BBC has renewed its "
    "deal with Ada Wren.",
    "a magazine": "Ada Wren will feature in Vanity Fair's March issue.",
    "a campaign": "Ada Wren will feature in a new campaign for Gucci.",
    "a person described": "Ada Wren, a comedy writer from Ohio, spoke to us.",
    "a host of an event": "Ben Gale will be host of the Golden Globes.",
    "a review of a person's work": "In a review of Ada Wren's work, the critic was kind.",
    "places in a list": "Cities like New York, London and Paris loved it.",
    "a podcast's episode": "Ada Wren said so on an episode of her podcast.",
    "a maker's possessive": "Ada Wren signed on after Guy Ritchie's reboot of the show.",
    "an honorific": "Mr. Ben Gale spoke to the press on Monday.",
    "a count after a verb": "Ada Wren started to film 10 new episodes of the show.",
    "a word opening a sentence before a description": "However, the new drama from Ben Gale "
    "is late. Yesterday, the film from Ada Wren opened.",
    "a follow-up to a day's episode": "The show's next part is a follow-up to Monday's episode.",
    "a person said to be a hit": "Ada Wren was a hit. Tom Hale is a film buff. Ben Gale was "
    "a sitcom star.",
    "a person described by a kind of work": "Ada Wren, the British comedy star, said so. "
    "Ben Gale, a film producer, agreed.",
    "a season in a headline": "Stars Dish on Season 2: New Dangers, More Drama\n\nThe cast "
    "met reporters on the set.",
    "a maker's year": "It is a direct sequel to John Carpenter's 1978 classic film, set 40 "
    "years later.",
    "a headline's sentence": "Monday, May 2, 2016\n\nAda Wren lands roles in two pilots\n\n"
    "The actress is on a roll. Ada Wren lands roles in two pilots, her agent said.",
    "a review's headline": "Review: Ada Wren Shines\n\nThe actress is back in a new role.",
}


@pytest.mark.parametrize("text", NOT_WORKS.values(), ids=NOT_WORKS.keys())
def test_no_work_named(text: str) -> None:
    assert works_in(text) == set()


def test_a_part_in_a_title_set_off_is_no_title() -> None:
    text = "Ada Wren plays Jane Hale in The Long Watch, a six-part thriller set in Leeds."
    assert works_in(text) == {"The Long Watch"}


def test_a_numbered_title_before_a_speech_verb_is_no_speaker() -> None:
    text = (
        "Ben Gale's comeback with Dark Harbor 2 revealed the lead. "
        "Ada Wren will feature in Dark Harbor 2."
    )
    assert works_in(text) == {"Dark Harbor 2"}


def test_a_film_named_by_its_number_keeps_it() -> None:
    assert works_in("Ada Wren appeared in the film 1917.") == {"1917"}
    assert works_in("The show is a sequel to the film 1917, which won.") == {"1917"}


def test_a_co_star_in_the_named_work() -> None:
    text = (
        "Ada Wren will star in Dark Harbor. Ben Gale is all praise for his Silver Creek "
        "co-star Cy Dunn."
    )
    cast = {(c.person, c.work) for c in extract(text, published=PUB).facts.cast}
    assert ("Cy Dunn", "Silver Creek") in cast
    assert ("Cy Dunn", "Dark Harbor") not in cast


def test_a_nickname_for_a_first_name_is_the_part_s() -> None:
    text = (
        'Ada Wren stars in Dark Harbor. She meets a student called "Rooster" Bradshaw '
        "(Ben Gale), who is the son of her old partner."
    )
    cast = {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}
    assert ("Ben Gale", "Dark Harbor", "Rooster Bradshaw") in cast
