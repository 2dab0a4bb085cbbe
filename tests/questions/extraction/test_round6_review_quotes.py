"""Round six, reviewed: made-up look-alikes of the new rules for quotes and dated events
(test_round6_quotes_events.py) that the rules first read wrongly, each with the shape the rule
was made for, which must still be caught."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue

PUB = DateValue(2021, 3, 2)


def _facts(text: str) -> ArticleFacts:
    return extract(text, published=PUB).facts


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in _facts(text).quotes]


def _dates(text: str) -> list[str]:
    return [str(e.date) for e in _facts(text).events]


def _people(text: str) -> list[tuple[str, ...]]:
    return [e.people for e in _facts(text).events]


HOSPITAL = "Ada Wren was taken to hospital on Monday after a fall on set.\n\n"
RESTING = "She is resting at home and thanks her fans,"


def test_a_name_beside_a_spokesperson_after_the_verb_is_the_speaker() -> None:
    for said in (
        f"“{RESTING}” said Wren’s publicist Dana Cole.",
        f"“{RESTING}” said her rep, Dana Cole.",
    ):
        assert _quotes(HOSPITAL + said) == [("Dana Cole", RESTING)], said


def test_a_spokesperson_after_the_verb_with_no_name_beside_stays_unnamed() -> None:
    for said in (
        f"“{RESTING}” said her rep, who asked not to be named.",
        f"“{RESTING}” said a representative for Ada Wren.",
        f"“{RESTING}” said a spokesperson for the couple, Ada Wren and Tom Hale.",
    ):
        assert _quotes(HOSPITAL + said) == [], said


EXIT = "Tom Hale has left the cast of the crime drama Night Shift.\n\n"
GRATEFUL = "Tom is grateful for his time on the show and wishes the cast well."


def test_a_named_rep_who_releases_a_statement_gives_it() -> None:
    for lead in (
        "His rep Dana Cole released a statement:",
        "His rep, Dana Cole, shared a statement:",
    ):
        text = f"{EXIT}{lead}\n\n“{GRATEFUL}”"
        assert _quotes(text) == [("Dana Cole", GRATEFUL)], lead
    text = f"{EXIT}A rep for Hale released a statement:\n\n“{GRATEFUL}”"
    assert _quotes(text) == []


def test_a_star_who_speaks_through_her_publicist_speaks() -> None:
    for lead in ("Wren, speaking through her publicist, said:", "Wren, thanking her rep, said:"):
        text = f"{HOSPITAL}{lead} “I could not have got through this alone.”"
        assert _quotes(text) == [("Ada Wren", "I could not have got through this alone.")], lead


ROLE = "Ada Wren plays Nora, a tired detective, in Night Shift.\n\n"


def test_a_scene_the_actor_talks_of_or_an_aside_keeps_the_quote() -> None:
    for said, words in (
        (
            "“It was freezing,” Wren said of shooting in the final scene on a frozen lake.",
            "It was freezing,",
        ),
        (
            "Wren, who stayed in character between takes, said: “It was tiring but it helped.”",
            "It was tiring but it helped.",
        ),
        ("“It was a small world,” says Wren, who got her start in the comedy scene.", None),
        ("“I begged them for a part,” says Wren, who appears in the final scene.", None),
        ("“I wanted to play someone mean,” says Wren, in a scene-stealing turn.", None),
        ("“We shot it in one take,” Wren said, pointing to the heist in the opening scene.", None),
    ):
        quote = words or said[1 : said.index("”")]
        assert _quotes(ROLE + said) == [("Ada Wren", quote)], said


REVIEW = (
    "Night Shift review\n\n"
    "Director Tom Hale stages the chases well. Ada Wren plays Nora, a tired detective.\n\n"
)


def test_a_scene_cue_that_opens_the_sentence_or_ends_a_clause_is_a_film_line() -> None:
    for line in (
        "In one scene, she tells her partner: “You never get to choose the case.”",
        "“You never get to choose the case,” she snaps in one scene, and the film never lets up.",
    ):
        assert _quotes(REVIEW + line) == [], line


def test_a_title_held_is_no_part_played() -> None:
    for said, speaker in (
        ("Tom Hale runs the studio.\n\nHale, as CEO, said: “Our slate is strong.”", "Tom Hale"),
        (
            "Bob Iger runs the studio.\n\n“Our slate is strong,” Iger, as Disney CEO, said.",
            "Bob Iger",
        ),
    ):
        quotes = _quotes(said)
        assert [q[0] for q in quotes] == [speaker], said


INTERVIEW = "Tom Hale, 52, has made six films in ten years.\n\n"


def test_a_lone_word_with_no_say_leaves_he_to_the_speaker() -> None:
    for paragraph in (
        "Critics loved his last one. “I never read reviews,” he says.",
        "Critics say his last one is his best. “I never read reviews,” he says.",
        "Chicago was freezing during the shoot. “I never read reviews,” he says.",
        "Nora wants revenge, but she is tired. “I never read reviews,” he says.",
    ):
        assert _quotes(INTERVIEW + paragraph) == [("Tom Hale", "I never read reviews,")], paragraph


def test_a_lone_name_who_has_a_say_still_takes_he() -> None:
    press = "“The word ‘so’ ends every romance,” says director Tom Hale.\n\n"
    for paragraph in (
        "Jordan laughs at that. “We have all been there,” he says.",
        "Poots will debate that. “Not every romance,” she says.",
    ):
        assert _quotes(press + paragraph) == [("Tom Hale", "The word ‘so’ ends every romance,")]


def test_a_year_before_two_capitals_is_a_year() -> None:
    for text, year in (
        ("In a 2019 ET interview, Ada Wren said she had turned down the part.", "2019"),
        ("In 2007 PT Anderson cast Ada Wren in a small role.", "2007"),
        ("Ada Wren was first filmed in 2012 ET Canada coverage of the festival.", "2012"),
    ):
        assert _dates(text) == [year], text


def test_a_clock_time_before_a_zone_of_three_letters_is_no_year() -> None:
    text = "Ada Wren will host the show, which airs at 2000 EST on March 10, 2025."
    assert _dates(text) == ["2025-03-10"]


def test_a_source_between_an_opening_date_and_the_subject_leaves_the_subject() -> None:
    for text, people in (
        ("On Sunday, according to police, Tom Hale was arrested after a crash.", ("Tom Hale",)),
        (
            "Last week, according to Deadline, Tom Hale and Ada Wren joined the cast.",
            ("Tom Hale", "Ada Wren"),
        ),
    ):
        assert _people(text) == [people], text
    text = "Ada Wren died on Sunday, according to her agent, Tom Hale."
    assert _people(text) == [("Ada Wren",)]
