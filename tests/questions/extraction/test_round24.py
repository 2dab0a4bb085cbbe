"""Round twenty-four: what fresh development pages showed (theatre reviews' openings, a blog's
theatre review, Bollywood shoots, a K-drama's casting), each rule read with a made-up sentence
of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 3, 4))  # a Monday


def test_a_show_at_its_theatre_is_the_sentences_subject() -> None:
    """`Jules and Jim at the Jermyn Street Theatre is an exploration`, `Private Lives at the
    Donmar Warehouse was`: a show named by its theatre, even opening its sentence."""
    text = (
        "Night Harbor at the Jermyn Street Theatre is an exploration of love. Nora (Ada Wren) "
        "is a German writer.\n\nThe Long Watch at the Donmar Warehouse was a surprise."
    )
    assert READ.works(text) == {"Night Harbor", "The Long Watch"}
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nora")}
    person = "Ada Wren at the Adelphi Theatre is a revelation. Her Nora is a marvel."
    assert READ.works(person) == set()


def test_a_part_then_its_actor_in_brackets_then_the_work() -> None:
    """`the theme tune for David (Danny Lee Wynter) in Black Superhero`: the work after "in";
    a country there is where, not what."""
    text = "It could be the theme tune for Nora (Ada Wren) in Night Harbor. She longs for home."
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nora")}
    place = "It could be the theme tune for Nora (Ada Wren) in Poland. She longs for home."
    assert READ.works(place) == set()


def test_a_playwrights_play_and_a_memory_play() -> None:
    """`Bjorg Vik’s play The Journey to Venice`, `Brian Friel’s Dancing at Lughnasa is a memory
    play told from the perspective of Michael (Tom Vaughan-Lawlor)`: after an owner or "is a",
    a play is no verb."""
    owned = "Tom Hale’s play The Long Watch invites you into the world of Edith."
    assert READ.works(owned) == {"The Long Watch"}
    told = (
        "Tom Hale’s Dancing at Dawn is a memory play told from the perspective of Nell (Ada "
        "Wren), niece to five sisters."
    )
    assert READ.cast(told) == {("Ada Wren", "Dancing at Dawn", "Nell")}
    verb = "Tom Hale’s kids love to play The Long Watch game at home."
    assert READ.works(verb) == set()


def test_a_blogs_review_label_and_the_theatre_after_its_title() -> None:
    """`CT Theater Review: The Revisionist -- Playhouse on Park`: the blog's label before the
    review's and the theatre after the dash are no part of the title."""
    text = (
        "CT Theater Review: The Long Watch -- Playhouse on Park\n\nThe premiere of Tom Hale's "
        "play. David (Ben Gale) is a writer who visits his cousin, Maria (Ada Wren)."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "The Long Watch", "David"),
        ("Ada Wren", "The Long Watch", "Maria"),
    }
    headline = "CT Theater Review: Ada Wren Shines -- Playhouse on Park\n\nThe show runs an hour."
    assert READ.works(headline) == set()


def test_a_theatre_that_is_old_is_no_person() -> None:
    """`this Bristol Old Vic production of Hamlet`, its heading `HAMLET – Bristol (Cinema
    Review)`: no one called Bristol Old Vic, with a part called Cinema Review."""
    text = (
        "HAMLET – Bristol (Cinema Review) by Rev Stan\n\nThe fat has been cut from this Bristol "
        "Old Vic production of Hamlet, leaving the meat of the play. Nora (Ada Wren) is in it."
    )
    assert "Bristol Old Vic" not in READ.people(text)


def test_a_list_goes_on_past_what_its_last_actor_is() -> None:
    """`also stars Kareena Kapoor, Alia Bhatt and Punjabi singer-actor Diljit Dosanjh`: the
    third name is in the list; not "and actor Lukas Radovich, who plays his son", whose clause
    is his own."""
    text = (
        "Night Harbor is a film about a port town. Night Harbor also stars Ada Wren, Ben Gale "
        "and Punjabi singer-actor Tom Hale in key roles."
    )
    assert READ.pairs(text) == {
        (name, "Night Harbor") for name in ("Ada Wren", "Ben Gale", "Tom Hale")
    }
    clause = (
        "Night Harbor is a film about a port town. Ben Gale and actor Tom Hale, who plays his "
        "son Kit in Night Harbor, shared a photo."
    )
    assert ("Tom Hale", "Night Harbor", "Kit") in READ.cast(clause)


def test_an_actor_roped_in_for_a_part_the_story_only_describes() -> None:
    """`The filmmaker has roped in Jackie Shroff to play a new character`: cast, no part;
    not one roped in to host a party."""
    text = (
        "Rohit Shetty's cop drama Night Harbor has a new addition to the cast. The filmmaker "
        "has roped in Ada Wren to play a new character."
    )
    assert ("Ada Wren", "Night Harbor", None) in READ.cast(text)
    host = (
        "Rohit Shetty's cop drama Night Harbor has wrapped. The filmmaker has roped in Ada Wren "
        "to host the wrap party."
    )
    assert "Ada Wren" not in READ.people(host)


def test_a_bare_run_that_opens_a_quoted_title_is_that_title() -> None:
    """`recent revivals of "The Boys from Syracuse"`, then `the 1938 musical The Boys from
    Syracuse`: a run of capitals stops at "from", but the page quotes the whole title."""
    text = (
        'Recent revivals of "Night Harbor," "The Boys from Syracuse," and "Burn This" show a '
        "trend. In other shows, like the revival of the 1938 musical The Boys from Syracuse, "
        "poor choices hurt."
    )
    assert READ.works(text) == {"Night Harbor", "The Boys from Syracuse", "Burn This"}
    shorter = (
        'Recent revivals include "Harbor Lights at Dawn," a hit. Like the 2019 film Harbor '
        "Lights, a hit, it sold out."
    )
    assert READ.works(shorter) == {"Harbor Lights at Dawn", "Harbor Lights"}


def test_a_stars_fame_is_not_the_story_s_work() -> None:
    """`“Lovely Runner” star Byeon Woo-seok has been confirmed to star in a new MBC drama
    series`, its title given later: the part he takes is in the new series, not in what he is
    known for."""
    text = (
        "“Harbor Lights” star Ben Gale has been confirmed to star in a new MBC drama series, "
        "the studio said Monday. Gale will take on the role of Ean, the second son of the King."
        "\n\nThe romance series, tentatively titled “The Long Watch,” will be co-produced by MBC."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Harbor Lights", None),
        ("Ben Gale", "The Long Watch", "Ean"),
    }
    own = (
        "“Harbor Lights” star Ben Gale returns for its second season. Gale plays Ean, a fisherman."
    )
    assert READ.cast(own) == {("Ben Gale", "Harbor Lights", "Ean")}
