"""Cast of real articles read in round eight (dev pages only): each rule's made-up sentence,
and a look-alike it must not read."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2013, 5, 20))
_works, _cast = READ.works, READ.cast


SEQUEL = (
    "Ada Wren is set to star in a sequel to Harbor Lights. Wren rose to fame in the film, "
    "whose director, Tom Hale, made it in 2011. "
)


def test_one_who_wont_return_for_the_sequel_is_no_cast() -> None:
    """k-abcnewsradio-sequel-tag: "Sanders won't return for the sequel" read as a return."""
    names = {person for person, _, _ in _cast(SEQUEL + "Hale won't return for the sequel.")}
    assert "Tom Hale" not in names


def test_one_who_will_return_for_the_sequel_is_cast() -> None:
    """The look-alike without the negation still credits."""
    names = {person for person, _, _ in _cast(SEQUEL + "Hale will return for the sequel.")}
    assert "Tom Hale" in names


def test_not_only_is_no_negation() -> None:
    text = "Tom Hale not only stars in Harbor Lights, he also wrote it."
    assert ("Tom Hale", "Harbor Lights", None) in _cast(text)


def test_a_sentence_opening_and_before_a_nation_is_no_title() -> None:
    """j-britishtvplace-beowulf-durrells: "And French actor X (Mr Selfridge)" made a work
    "And French" and credited X in it."""
    text = "Tom Hale joins Rover. And Welsh actor Bo Lind (Glass Harbor) plays a baker in Rover."
    assert "And Welsh" not in _works(text)
    assert not any(work == "And Welsh" for _, work, _ in _cast(text))


def test_a_title_opening_with_and_before_star_stays_a_title() -> None:
    text = "And Just Like That star Bo Lind has joined the cast of Rover as Nell."
    assert "And Just Like That" in _works(text)


def test_a_described_full_name_in_parentheses_is_no_actor() -> None:
    """j-panarmenian-wayward-pines-season-2: "Terrence Howard (sheriff Arnold Pope)" credited
    the part as the actor of a part named like the actor."""
    text = (
        'Are you ready to return to "Glass Harbor"? The series has a return date.\n\n'
        "Other stars from season 1 will make appearances. They are Ana Lee (sheriff Tom Wren), "
        "Bo Lind (Kate Moss) and Cy Dunn (Nurse Pam)."
    )
    assert not any(person == "Tom Wren" for person, _, _ in _cast(text))


def test_a_surname_alone_in_parentheses_is_still_the_actor() -> None:
    text = "In Rover, the voice of Mike Wazowski (Crystal) was Billy Crystal's idea."
    text = "Billy Crystal voices a monster in Rover. " + text
    assert ("Billy Crystal", "Rover", "Mike Wazowski") in _cast(text)
