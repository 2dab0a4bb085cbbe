"""Quotes in the shapes news writing uses every day (round eleven): a quote after
`According to` opening the sentence, and a speaker called by their children (`the
mother-of-two`). Written from the genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 1))
_HEAD = "Harbor Lights season 2 news\n\nAda Wren stars in Harbor Lights. "


def _speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in READ.quotes(text)]


def test_according_to_opening_the_sentence() -> None:
    """`According to Wren, "..."` and a partial quote after it: Wren's; `According to a rep
    for Wren` names no speaker, and an outlet is none."""
    for text in (
        'According to Wren, "The new season is much darker than the first one."',
        'According to Wren, the new season is "much darker than the first one."',
    ):
        assert _speakers(_HEAD + text) == ["Ada Wren"], text
    assert _speakers(_HEAD + 'According to a rep for Wren, "She is resting at home."') == []


def test_a_speaker_called_by_their_children() -> None:
    """`the mother-of-two said` is the person the article tied the words to, written either
    way (`Ada Wren, a mother of two,`, `Mother-of-two Ada Wren`)."""
    for lead in (
        "Ben Gale directs. Ada Wren, a mother of two, stars in Harbor Lights. ",
        "Ben Gale directs. Mother-of-two Ada Wren stars in Harbor Lights. ",
    ):
        text = "Harbor Lights news\n\n" + lead + '"I cried when I read it," the mother-of-two said.'
        assert _speakers(text) == ["Ada Wren"], lead
