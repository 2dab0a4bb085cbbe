"""Quotes told in the present tense and run into a clause (round twelve): `," warns Gale.`,
`Gale said the season "goes somewhere darker".` Each rule's made-up sentence, and a
look-alike it must leave alone. Written from the genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 1))
_HEAD = (
    "Harbor Lights season 2 news\n\nAda Wren stars in Harbor Lights. Ben Gale is the "
    "showrunner.\n\n"
)


def test_present_tense_verbs_of_speech() -> None:
    """`," warns Gale.`, `," quips Wren.`, `," muses Wren.`: the speaker after the verb."""
    for text, speaker in (
        ('"Nobody is safe," warns Gale.', "Ben Gale"),
        ('"I never learned to swim," quips Wren.', "Ada Wren"),
        ('"Maybe we were lucky," muses Wren.', "Ada Wren"),
    ):
        assert [s for s, _ in READ.quotes(_HEAD + text)] == [speaker], text


def test_words_run_into_what_someone_said_of_the_work() -> None:
    """`Gale said the season "goes somewhere darker".`: his words; a phrase a critic puts in
    quotes after no verb of saying stays no quote (`the season's "darker" turn`)."""
    text = _HEAD + 'Speaking to Deadline, Gale said the season "goes somewhere darker".'
    assert READ.quotes(text) == [("Ben Gale", "goes somewhere darker")]
    assert READ.quotes(_HEAD + 'The season\'s "darker" turn pleased the critics.') == []


def test_a_quoted_phrase_played_is_no_part() -> None:
    """`Tom King will play “an integral part” of the season`: an idiom in quotes, no cast."""
    text = _HEAD + "Tom King will play “an integral part” of the new season."
    assert "Tom King" not in {c.person for c in READ.facts(text).cast}
