"""Round twenty-seven: what fresh development pages showed (a streaming series' casting, an
Indian spy film's lead, a Nollywood premiere, a soap's new faces), each rule read with a made-up
sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 1, 19))
SERIES = "Ada Wren has joined the cast of Night Harbor, a new series."


def test_a_part_played_by_an_actor_told_by_a_work_with_an_ampersand() -> None:
    """`It follows one Cruz Manuelos (played by Locke & Key's Laysla De Oliveira)`: the part in
    the story's work, and the credential's work too."""
    text = f"{SERIES} It follows one Nora Vale (played by Locke & Key's Ben Gale), a Marine."
    assert READ.cast(text) >= {
        ("Ben Gale", "Night Harbor", "Nora Vale"),
        ("Ben Gale", "Locke & Key", None),
    }


def test_an_office_by_its_initials_is_no_part() -> None:
    """`is set to play the fictional U.S. Secretary of State Edwin Mullins`: the part's names
    after the office; `the U.S. President` names none."""
    named = f"{SERIES} Ben Gale is set to play the fictional U.S. Secretary of State Tom Hale."
    assert ("Ben Gale", "Night Harbor", "Tom Hale") in READ.cast(named)
    office = f"{SERIES} Ben Gale is set to play the U.S. President in the film."
    assert ("Ben Gale", "Night Harbor", None) in READ.cast(office)


def test_a_part_after_three_words_of_its_job() -> None:
    """`Zoe Saldaña will play Lioness program station chief Joe, charged with training`."""
    text = f"{SERIES} Ben Gale will play Lioness program station chief Joe, charged with it."
    assert ("Ben Gale", "Night Harbor", "Joe") in READ.cast(text)


def test_his_guest_role_on_a_work() -> None:
    """`The role marks Freeman's return to TV following his 2021 guest role on The Kominsky
    Method`: his, in that work; not another's further back (`Gladstone is competing against
    Dakota Fanning for her role in “Ripley”` is Fanning's)."""
    text = (
        "Ben Gale has joined the cast of Night Harbor, a new series. The role marks Gale's "
        "return to TV following his 2021 guest role on The Kominsky Method, for which he won."
    )
    assert ("Ben Gale", "The Kominsky Method", None) in READ.cast(text)
    nearer = (
        "Ada Wren was nominated for Rover. Wren and Nell Ford are competing against Cara Dunn "
        "for her role in “Ripley”, and Ben Gale in “Rover”."
    )
    assert ("Ada Wren", "Ripley") not in READ.pairs(nearer)


def test_a_part_based_on_someone_is_no_work() -> None:
    """`it is the actor who will play the coveted role based on Doval`: whom the part is
    modelled on."""
    text = "Ben Gale announced his next film. It is Ada Wren who will play the role based on Doval."
    assert "Doval" not in READ.works(text)


def test_words_penned_on_instagram() -> None:
    """`“With your blessings, we embark ...,” he penned on Instagram. “I promise you ...”`: the
    words before the verb too, not only those after it."""
    text = (
        "Ben Gale announced the venture this week. “With your blessings, we embark on this "
        "great adventure with pure intent,” he penned on Instagram. “I promise you, this "
        "time, a cinematic experience like never before.”"
    )
    assert READ.quotes(text) == [
        ("Ben Gale", "With your blessings, we embark on this great adventure with pure intent,"),
        ("Ben Gale", "I promise you, this time, a cinematic experience like never before."),
    ]


def test_other_stars_at_a_premiere_are_no_cast() -> None:
    """`In attendance were the cast; A, B, C as well as other stars like AY Makun,
    ChiomaAkpotha, Ufuoma Mc Dermott, Shaffy Bello and many more`."""
    text = (
        "It was the premiere of “Moms at War,” featuring Ada Wren. In attendance were the cast; "
        "Ben Gale, Cara Dunn as well as other stars like AY Makun, ChiomaAkpotha, Tom Hale, "
        "Nell Ford and many more."
    )
    assert READ.people(text) == {"Ada Wren", "Ben Gale", "Cara Dunn"}


def test_a_soap_that_boasts_new_cast_members() -> None:
    """`Home and Away boasts new cast members who play in a fictional band`: a work, not one
    boasting; `Home and Away welcomes fresh faces`."""
    assert READ.works("Home and Away boasts new cast members who play in a band.") == {
        "Home and Away"
    }
    assert READ.works("Home and Away welcomes fresh faces.") == {"Home and Away"}
    boasting = "Ben Gale boasts about his role. “It was fun,” Ben Gale said."
    assert READ.works(boasting) == set()
