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


def test_a_name_after_adding_that_is_no_speaker() -> None:
    text = (
        'Author Ada Wren said she was "delighted" that filming was underway, adding that '
        "producers Glass House had found the right cast."
    )
    assert _quotes(text) == [("Ada Wren", "delighted")]


def test_a_name_after_said_still_speaks() -> None:
    text = "Filming began in May. “It is the right cast,” said Ada Wren, the author."
    assert _quotes(text) == [("Ada Wren", "It is the right cast,")]


def _dates(text: str, published: DateValue = PUB) -> list[str]:
    return [str(e.date) for e in extract(text, published=published).facts.events]


def test_four_digits_before_a_time_zone_are_no_year() -> None:
    assert _dates("Ada Wren dies at 90. Updated 1212 GMT (2012 HKT) on the wire.") == []


def test_a_year_before_a_word_in_capitals_stays() -> None:
    assert _dates("Ada Wren won an award in 2012 BAFTA voting.") == ["2012"]


def test_a_film_that_opens_wide_on_a_day_comes_out_then() -> None:
    text = "Ada Wren stars in the new movie, which opens wide on November 8."
    assert _dates(text, DateValue(2013, 10, 30)) == ["2013-11-08"]


def test_a_day_already_told_as_past_stays_past() -> None:
    text = "Ada Wren opened the festival on November 8 with a speech."
    assert _dates(text, DateValue(2013, 10, 30)) == ["2012-11-08"]


PRESS = "“The word ‘so’ ends every romance,” says director Tom Hale.\n\n"


def test_he_after_a_lone_name_in_a_new_paragraph_is_not_the_last_speaker() -> None:
    text = PRESS + "And Wren agrees that it goes both ways. “We have all been there,” he says."
    assert _quotes(text) == [("Tom Hale", "The word ‘so’ ends every romance,")]


def test_he_in_a_new_paragraph_still_goes_back_to_the_speaker() -> None:
    for paragraph in (
        "And it goes both ways. “We have all been there,” he says.",
        "And Hale agrees that it goes both ways. “We have all been there,” he says.",
        "And Netflix agrees. “We have all been there,” he says.",
    ):
        quotes = _quotes(PRESS + paragraph)
        assert ("Tom Hale", "We have all been there,") in quotes, paragraph


def _people(text: str) -> list[tuple[str, ...]]:
    return [e.people for e in extract(text, published=PUB).facts.events]


def test_who_told_of_a_death_did_not_die() -> None:
    text = "Ada Wren has died at 90. She died Sunday, according to her agent, Tom Hale."
    assert _people(text) == [("Ada Wren",)]


def test_a_source_that_opens_the_sentence_leaves_its_subject() -> None:
    text = "According to her family, Ada Wren died on Sunday at home."
    assert _people(text) == [("Ada Wren",)]
