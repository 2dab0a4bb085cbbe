"""Round six: false readings of quotes and dated events found on trial pages, each told again
in a made-up article, with the look-alike that must keep reading as before."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue

PUB = DateValue(2021, 3, 2)


def _facts(text: str) -> ArticleFacts:
    return extract(text, published=PUB).facts


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in _facts(text).quotes]


HOSPITAL = "Ada Wren was taken to hospital on Monday after a fall on set.\n\n"


def test_a_spokesperson_for_a_person_is_not_that_person() -> None:
    for said in (
        "A spokesperson for Ada Wren said, “She is resting at home and thanks her fans.”",
        "“She is resting at home and thanks her fans,” a representative for Wren told People.",
        "“She is resting at home and thanks her fans,” her rep said.",
        "“She is resting at home and thanks her fans,” said a spokesman for the star.",
        "Wren’s publicist told People: “She is resting at home and thanks her fans.”",
        "According to a source close to Wren, “She is resting at home and thanks her fans.”",
        "A rep for Wren released a statement:\n\n“She is resting at home and thanks her fans.”",
    ):
        assert _quotes(HOSPITAL + said) == [], said


def test_a_named_spokesperson_keeps_the_quote() -> None:
    for said in (
        "“We wish her well,” Tom Hale, a spokesperson for the studio, said.",
        "“We wish her well,” said Tom Hale, a representative for the studio.",
        "“We wish her well,” Wren’s publicist Tom Hale said.",
    ):
        assert _quotes(HOSPITAL + said) == [("Tom Hale", "We wish her well,")], said
    speaking = HOSPITAL + "Speaking to her publicist, Ada Wren said: “I am resting at home.”"
    assert _quotes(speaking) == [("Ada Wren", "I am resting at home.")]


REVIEW = (
    "Night Shift review\n\n"
    "Director Tom Hale stages the chases well. Ada Wren plays Nora, a tired detective.\n\n"
)


def test_a_line_of_the_film_in_a_review_is_nobodys_quote() -> None:
    for line in (
        "“You never get to choose the case,” she tells her partner in one scene.",
        "“You never get to choose the case,” Wren’s detective says early on.",
        "Wren, as Nora, tells a suspect: “You never get to choose the case.”",
        "“You never get to choose the case,” Wren, as Nora, tells a suspect.",
    ):
        assert _quotes(REVIEW + line) == [], line


def test_what_an_actor_says_of_a_scene_stays_theirs() -> None:
    for said, words in (
        ("“I cried in one scene for hours,” Wren said.", "I cried in one scene for hours,"),
        ("“We shot it in one take,” Wren said of the final scene.", "We shot it in one take,"),
        ("Wren, as producer, said: “We shot it in one take.”", "We shot it in one take."),
    ):
        assert _quotes(REVIEW + said) == [("Ada Wren", words)], said
