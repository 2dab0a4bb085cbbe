"""Cast in the shapes news writing uses every day to say who is in what (round nine): each
rule's made-up sentence, and a look-alike it must leave alone. Written from the genre, not
from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2020, 5, 1))
_cast = READ.cast


def _people(text: str) -> set[str]:
    return {person for person, _, _ in _cast(text)}


def test_a_show_that_will_star_its_cast() -> None:
    """Read "X, the new HBO drama, will star A": the future of "stars" names the cast too."""
    for text in (
        "HBO orders drama\n\nStranger Things, the new HBO drama, will star Ada Wren.",
        "HBO orders drama\n\nThe HBO drama Stranger Things will star Ada Wren and Ben Gale.",
    ):
        assert ("Ada Wren", "Stranger Things", None) in _cast(text)


def test_one_who_will_star_is_no_maker_named_after() -> None:
    text = (
        "HBO orders drama\n\nAda Wren will star in Stranger Things, which is directed by "
        "Ben Gale. Stranger Things will star Ada Wren, director Cara Moss said."
    )
    assert _people(text) == {"Ada Wren"}


def test_a_caption_that_ends_with_a_full_stop() -> None:
    """A photo caption written as a sentence: 'Ada Wren and Ben Gale in “Glass House”.'"""
    text = "Glass House first look\n\nAda Wren and Ben Gale in “Glass House”.\n\nIt opens soon."
    assert ("Ben Gale", "Glass House", None) in _cast(text)


def test_a_caption_in_a_place_is_no_credit() -> None:
    text = "Glass House first look\n\nAda Wren and Ben Gale in Paris.\n\nThey star in “Glass House”"
    assert not any(work == "Paris" for _, work, _ in _cast(text))


def test_two_actors_as_two_parts_in_order() -> None:
    """Read "stars A and B as P and Q": gave B the part P and made Q an actor."""
    text = (
        "Harbor Lights review\n\nThe series stars Ada Wren and Ben Gale as Nora Vale and "
        "Jack Hale in “Harbor Lights”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Jack Hale"),
    }


def test_a_list_with_one_part_inside_keeps_its_actors() -> None:
    """Read "A, B as P and C": three actors, one part; the lists are not closed alike."""
    text = "Harbor Lights review\n\n“Harbor Lights” stars Ada Wren, Ben Gale as Jack and Cara Moss."
    assert ("Cara Moss", "Harbor Lights", None) in _cast(text)
    assert ("Ben Gale", "Harbor Lights", "Jack") in _cast(text)


def test_a_list_of_actors_with_described_parts() -> None:
    """Read "They are A (sheriff Arnold Pope), B (Kate Hewson) and C (Nurse Pam)": a part told by
    what it is in the story makes the list one of actors and their parts."""
    text = (
        "Stranger Things returns\n\nThey are Ada Wren (sheriff Arnold Pope), Ben Gale (Kate "
        "Hewson) and Cara Moss (Nurse Pam). They join the cast of “Stranger Things”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Stranger Things", "Arnold Pope"),
        ("Ben Gale", "Stranger Things", "Kate Hewson"),
        ("Cara Moss", "Stranger Things", "Nurse Pam"),
    }


def test_a_parenthesis_telling_what_an_actor_is_gives_no_part() -> None:
    text = (
        "Stranger Things returns\n\nThe parts went to Nell Ford (series regular Ada Wren) and "
        "Kit Moss (newcomer Ben Gale) in “Stranger Things”."
    )
    assert "Ada Wren" not in {role for _, _, role in _cast(text)}


def test_a_list_whose_names_are_told_by_their_works() -> None:
    """Read "including Doctor Who alumnus A, Westworld star B and C (Lost)": each name's other
    work, bare, split the list, so only the first (or none) was cast."""
    text = (
        "Stranger Things adds three\n\nNetflix has added three actors to the season 2 cast of "
        "Stranger Things, including Doctor Who alumnus Ada Wren, Westworld star Ben Gale and "
        "Cara Moss (Lost). Fans know Doctor Who and Westworld well."
    )
    found = {(p, w, r) for p, w, r in _cast(text) if w == "Stranger Things"}
    assert found == {
        ("Ada Wren", "Stranger Things", None),
        ("Ben Gale", "Stranger Things", None),
        ("Cara Moss", "Stranger Things", None),
    }


def test_a_show_led_by_its_cast() -> None:
    """Read "X is led by W alum A, W star B and C": a work led by names is cast with them."""
    text = (
        "Stranger Things season 2\n\nStranger Things is led by Doctor Who alum Ada Wren, "
        "Westworld star Ben Gale and Cara Moss."
    )
    assert {p for p, w, _ in _cast(text) if w == "Stranger Things"} == {
        "Ada Wren",
        "Ben Gale",
        "Cara Moss",
    }


def test_a_body_led_by_someone_is_no_work() -> None:
    text = (
        "Stranger Things season 2\n\nAda Wren stars in “Stranger Things”. The studio is led by "
        "Ben Gale, and the inquiry was led by Cara Moss."
    )
    assert _people(text) == {"Ada Wren"}


def test_a_possessive_owner_who_is_a_person_joins_no_list() -> None:
    """Only a work the article names tells the next name: "A, Tom Hale's Nora" is a part."""
    text = "Harbor Lights review\n\n“Harbor Lights” stars Ada Wren, and Ben Gale's Jack is great."
    assert ("Jack", "Harbor Lights", None) not in _cast(text)


def test_the_main_verb_past_a_clause_of_earlier_work() -> None:
    """Read "A, who starred in W, has joined X": only W was credited, the main verb lost."""
    text = (
        "Harbor Lights adds Wren\n\nAda Wren, who starred in “Rover”, has joined “Harbor "
        "Lights”. Ben Gale, who played Nora Vale in “Rover”, has joined “Harbor Lights” as "
        "Mina Rhodes."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Rover", None),
        ("Ada Wren", "Harbor Lights", None),
        ("Ben Gale", "Rover", "Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Mina Rhodes"),
    }


def test_a_main_verb_that_casts_no_one_past_the_clause() -> None:
    text = (
        "Harbor Lights review\n\nAda Wren, who starred in “Rover”, has praised “Harbor "
        "Lights”. It stars Ben Gale."
    )
    assert ("Ada Wren", "Harbor Lights", None) not in _cast(text)


def test_parts_with_their_actors_in_parentheses_go_on_as_the_list_began() -> None:
    """Read "follows Nora Vale (Ada Wren) and Jack Hale (Ben Gale)": the first pair was read
    part first, the second, two full names, was left undecided."""
    text = (
        "Harbor Lights review\n\n“Harbor Lights” follows Nora Vale (Ada Wren) and Jack Hale "
        "(Ben Gale) across a long winter."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Jack Hale"),
    }


def test_actors_with_their_parts_in_parentheses_stay_actors() -> None:
    text = (
        "Harbor Lights review\n\nAda Wren (Nora Vale) and Ben Gale (Jack Hale) star in "
        "“Harbor Lights”."
    )
    assert _people(text) == {"Ada Wren", "Ben Gale"}


def test_a_title_opening_the_sentence_is_no_name_of_the_list() -> None:
    """Read "In Harbor Lights, A (Nora) and B (Jack) are": the title ran into the list, so
    the actors with their parts were no list of their own."""
    text = (
        "Harbor Lights review\n\nIn Harbor Lights, Ada Wren (Nora) and Ben Gale (Jack) are "
        "estranged siblings. Harbor Lights opens Friday."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora"),
        ("Ben Gale", "Harbor Lights", "Jack"),
    }


def test_a_rumoured_casting_is_no_credit() -> None:
    """Read "Rumours that A will join X have been denied": the casting was read as done."""
    text = (
        "Harbor Lights\n\nRumours that Ada Wren will join “Harbor Lights” have been denied. "
        "Amid speculation that Ben Gale stars in “Harbor Lights”, the network said nothing."
    )
    assert not _people(text)


def test_a_casting_reported_is_a_credit() -> None:
    text = "Harbor Lights\n\nDeadline reports that Ada Wren will join “Harbor Lights”."
    assert _people(text) == {"Ada Wren"}
