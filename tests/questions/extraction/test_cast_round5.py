"""Cast credits of the fifth round: made-up sentences for each rule, and look-alikes that
must not read as cast."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import DateValue

PUB = DateValue(2022, 3, 1)


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}


def test_a_title_quoted_inside_parentheses_is_the_actors_other_work() -> None:
    text = (
        "“Glass Harbor” returns to Hulu in May. "
        'The new season cast also includes Tom Hale ("The Long Watch" films), Ada Wren.'
    )
    cast = _cast(text)
    assert ("Tom Hale", "Glass Harbor", None) in cast
    assert ("Ada Wren", "The Long Watch", None) not in cast


def test_parts_in_parentheses_of_a_list_after_its_title_stay_parts() -> None:
    text = "The series stars Ada Wren (Nell), Tom Hale (Kit) and Bo Lind (Pip) in “Glass Harbor”."
    assert _cast(text) == {
        ("Ada Wren", "Glass Harbor", "Nell"),
        ("Tom Hale", "Glass Harbor", "Kit"),
        ("Bo Lind", "Glass Harbor", "Pip"),
    }


def test_in_a_list_whose_parentheses_name_works_a_lone_word_is_no_part() -> None:
    text = (
        "“Glass Harbor” returns to Hulu in May. "
        "The new season cast also includes Ada Wren (Rover, Dust Road), Bo Lind (Nightfall)."
    )
    cast = _cast(text)
    assert ("Bo Lind", "Glass Harbor", None) in cast
    assert ("Bo Lind", "Glass Harbor", "Nightfall") not in cast


def test_a_plural_star_word_makes_the_whole_list_the_titles_cast() -> None:
    text = (
        "“Glass Harbor” is back for a third season. "
        "Guest stars this season include “Night Bus” stars Ada Wren, Tom Hale and Bo Lind."
    )
    cast = _cast(text)
    for person in ("Ada Wren", "Tom Hale", "Bo Lind"):
        assert (person, "Night Bus", None) in cast
        assert (person, "Glass Harbor", None) in cast


def test_a_singular_star_word_is_only_the_first_names_title() -> None:
    text = "“Night Bus” star Ada Wren and Tom Hale have joined the cast of “Glass Harbor”."
    assert _cast(text) == {
        ("Ada Wren", "Night Bus", None),
        ("Ada Wren", "Glass Harbor", None),
        ("Tom Hale", "Glass Harbor", None),
    }
