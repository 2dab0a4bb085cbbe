"""Titles found by their kinship with a title already known, whatever words name them: a
known title's head named alone (`the first Top Gun` beside `Top Gun: Maverick`) and the
other items of a list that holds a known title (`The Flash and Arrow`). Made-up articles,
with what is no title: a person, a company, a place, an event, a character, a Title Case
headline, a sentence's first word."""

from __future__ import annotations

import pytest

from .test_title_patterns import works_in

FOUND = {
    "head of a subtitled title": (
        "Ada Wren stars in Dark Harbor: Nightfall. It is better than the first Dark Harbor, "
        "released 30 years ago.",
        {"Dark Harbor: Nightfall", "Dark Harbor"},
    ),
    "head of a quoted title": (
        "Tom Hale will return for the “Glass Harbor: Undertow” sequel. He loved making the "
        "Glass Harbor sequel, he said.",
        {"Glass Harbor"},
    ),
    "head of a numbered title": (
        "Ada Wren will star in Dark Harbor 2. Dark Harbor came out in 2004 and was a hit.",
        {"Dark Harbor 2", "Dark Harbor"},
    ),
    "item after a known title": (
        "Ada Wren starred in Night Watchers. The worlds of Night Watchers and Arrowhead will "
        "collide.",
        {"Night Watchers", "Arrowhead"},
    ),
    "item before a known title": (
        "Ada Wren starred in Dark Harbor. Fans loved The Long Road and Dark Harbor alike.",
        {"Dark Harbor", "The Long Road"},
    ),
    "a list of titles with subtitles": (
        "Ada Wren starred in Silver Creek. Only four count: the original, Silver Creek II, "
        "Silver Creek H2: Ten Years Later, and Silver Creek Returns.",
        {"Silver Creek", "Silver Creek II", "Silver Creek H2: Ten Years Later"},
    ),
}


@pytest.mark.parametrize("name", FOUND)
def test_title_found_by_kin(name: str) -> None:
    text, want = FOUND[name]
    assert want <= works_in(text)


NOT_FOUND = {
    "a two-word item, shaped like a person": (
        "Ada Wren starred in Dark Harbor. Fans loved Silver Creek and Dark Harbor alike.",
        {"Silver Creek"},
    ),
    "a person in the list": (
        "Ada Wren starred in Dark Harbor. Dark Harbor and Ben Gale both won on Sunday.",
        {"Ben Gale"},
    ),
    "a company in the list": (
        "Ada Wren starred in Dark Harbor. Dark Harbor and Netflix parted ways in May.",
        {"Netflix"},
    ),
    "an event in the list": (
        "Ada Wren starred in Dark Harbor. Dark Harbor and the Golden Globes are both on "
        "Sunday, as are Silver Creek and the Cannes Film Festival.",
        {"Golden Globes", "Cannes Film Festival"},
    ),
    "a sentence's first word": (
        "Ada Wren starred in Dark Harbor. Ultimately, Dark Harbor ended after six seasons.",
        {"Ultimately"},
    ),
    "a comma that ends a clause": (
        "Ada Wren plays Jo in Dark Harbor, Ben Gale said on Monday.",
        {"Ben Gale"},
    ),
    "a head that is a character": (
        "Review: Storm King: The Dark Year\n\nStorm King: The Dark Year is a fine sequel. "
        "Chris Hale as Storm King, Ada Wren as Jane.",
        {"Storm King"},
    ),
    "a head inside a longer title only": (
        "Ada Wren starred in Storm King: The Dark Year. Storm King II is due in June.",
        {"Storm King"},
    ),
    "a place": (
        "Ada Wren starred in Dark Harbor: The Return, which was shot in Dark Harbor, Texas, "
        "and Boston.",
        {"Boston", "Texas"},
    ),
    "a title case headline": (
        "Ada Wren Joins Cast Of Silver Creek: The Return\n\nAda Wren will star in Silver "
        "Creek: The Return, the studio said.",
        {"Ada Wren Joins Cast Of Silver Creek", "Ada Wren Joins Cast Of Silver Creek: The Return"},
    ),
}


@pytest.mark.parametrize("name", NOT_FOUND)
def test_no_title_by_kin(name: str) -> None:
    text, refused = NOT_FOUND[name]
    assert not refused & works_in(text)
