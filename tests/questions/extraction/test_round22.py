"""Round twenty-two: what fresh development pages showed (a festival's critics' round-up, Hindi
films' first days of shooting, a fan site's premiere note), each rule read with a made-up
sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 9, 25))  # a Monday


def test_a_part_ends_before_a_clause_of_contrast() -> None:
    """`sees Deepika playing the role of Queen Padmini while Shahid essays the character of
    her husband, Raja Rawal Ratan Singh`: each part is named, "while" ends the first."""
    text = (
        "Ada Wren, Tom Hale and Max Dale were spotted on set. The film ‘Harbor Lights’ sees "
        "Ada Wren playing the role of Queen Nora while Tom Hale sings. In the film, Max Dale "
        "essays the character of her husband, Raja Kit Moss."
    )
    assert READ.cast(text) >= {
        ("Ada Wren", "Harbor Lights", "Queen Nora"),
        ("Max Dale", "Harbor Lights", "Raja Kit Moss"),
    }
    essay = "In the film ‘Harbor Lights’, Max Dale essays the character with great charm."
    assert READ.cast(essay) <= {("Max Dale", "Harbor Lights", None)}


def test_a_quote_inside_a_quote_is_part_of_it() -> None:
    """A fan site quotes a star whose words quote a thought in double marks: one quote, not
    one cut at the inner closing mark and a second in single marks after it."""
    text = (
        "Ada Wren told the press that the shoot was hard: “I had such a hard time. Thinking "
        "for three months, “what if my husband was killed?” It put me in a bad place. "
        "Couples say, ‘I want to kill him,’ but I would never want that.”"
    )
    quotes = READ.quotes(text)
    assert len(quotes) == 1
    assert quotes[0][1].endswith("I would never want that.")
    # one closing mark for two opening ones: no nesting, the quote ends where it did
    typo = "Ada Wren said: “I loved every day of the shoot. “Harbor Lights” is the best."
    assert [speaker for speaker, _ in READ.quotes(typo)] == ["Ada Wren"]


def test_a_second_partial_quote_after_said_the_film_is_the_same_critics() -> None:
    """`Tania Hussain also said the "rhythmically erratic" film is an "unfortunate belly
    flop."`: both partial quotes are hers."""
    text = (
        'The film "Harbor Lights" opened. Collider\'s Nia Vale also said the "rhythmically '
        'erratic and flatly steered" film is an "unfortunate belly flop."'
    )
    assert READ.quotes(text) == [
        ("Nia Vale", "rhythmically erratic and flatly steered"),
        ("Nia Vale", "unfortunate belly flop."),
    ]
    scare = 'The film "Harbor Lights" opened. The crew said the set was a "belly flop" at first.'
    assert READ.quotes(scare) == []


def test_a_pronoun_that_also_stars_is_in_the_work_just_named() -> None:
    """`Anna Kendrick's directorial debut "Woman of the Hour," a crime drama ... She also
    stars.`: she is in it; a sentence that goes on to name another work is not this rule's."""
    text = (
        'The buzziest film was Ada Wren\'s directorial debut "Harbor Lights," a crime drama '
        "based on a true story. She also stars."
    )
    assert READ.pairs(text) == {("Ada Wren", "Harbor Lights")}
    director = (
        'The buzziest film was Ada Wren\'s directorial debut "Harbor Lights," a crime drama '
        "based on a true story. She also wrote it."
    )
    assert READ.pairs(director) == set()


def test_a_post_on_a_named_account_is_the_accounts_words() -> None:
    """`"...," the post shared on Nadiadwala Grandson official Twitter handle read.`"""
    text = (
        "The film Harbor Lights began production on Wednesday.\n"
        '"Straight from the first shot of the film," the post shared on Glass Coast '
        "Pictures official Twitter handle read."
    )
    assert READ.quotes(text) == [
        ("Glass Coast Pictures", "Straight from the first shot of the film,")
    ]
    person = (
        "The film Harbor Lights began production.\n"
        '"Straight from the set," the post shared on Ada Wren\'s Instagram account read.'
    )
    assert READ.quotes(person) == [("Ada Wren", "Straight from the set,")]
