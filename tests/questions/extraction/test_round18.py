"""Round eighteen: what nine fresh development pages showed (an Indian wire story, a Bollywood
shoot diary, a casting round-up, a festival-film blog, a TV reboot column, a local paper's
obituary), each rule read with a made-up sentence of the genre and a look-alike it must leave
alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2021, 6, 2))


def test_a_starrer_names_its_star_and_its_work() -> None:
    """Indian outlets name a film by its star: `2015's Jennifer Lawrence starrer 'Joy'`, `Ranbir
    Kapoor starrer Animal`, `Sidharth Malhotra-starrer, Bhavesh Joshi`; the star is no work."""
    quoted = "It is his first feature since 2015's Ada Wren starrer 'Moon Harbor'."
    assert READ.pairs(quoted) == {("Ada Wren", "Moon Harbor")}
    assert "Ada Wren" not in READ.works(quoted)
    bare = "Rashmika will next be seen in Ben Gale starrer Moon Harbor, out on December 1."
    assert ("Ben Gale", "Moon Harbor") in READ.pairs(bare)
    assert "Ben Gale" not in READ.works(bare)
    comma = "Motwane has put his Ada Wren-starrer, Moon Harbor, on hold."
    assert READ.pairs(comma) == {("Ada Wren", "Moon Harbor")}


def test_a_story_about_an_untitled_film_sends_its_cast_to_no_other_film() -> None:
    """`Taylor Swift has joined the star cast of David O. Russell's next film` opens a story
    whose cast list (`an ensemble that includes Christian Bale, ...`) is that untitled film's,
    not the maker's earlier film the story names later; a sentence right after a titled one
    still casts for that title (`The French Dispatch premiered at Cannes. The film stars A,
    B`)."""
    text = (
        "Ada Wren has joined the star cast of director Tom Hale's next film. The film's title "
        "has been kept under wraps.\n\n"
        "Wren has joined an ensemble cast that includes Ben Gale, Nell Vance and Kit Moss.\n\n"
        "Hale is the filmmaker behind the Oscar-winning movies 'Night Harbor' and 'Blue Cove'."
    )
    assert READ.pairs(text) == set()
    titled = (
        "Ada Wren has joined the cast of Tom Hale's next movie.\n\n"
        "Hale's latest movie, Night Harbor, premiered at Cannes. The film stars Ben Gale, Nell "
        "Vance and Kit Moss."
    )
    assert ("Ben Gale", "Night Harbor") in READ.pairs(titled)


def test_shooting_for_a_film_casts_the_one_who_shoots() -> None:
    """`Hrithik Roshan on Friday started shooting for his upcoming film Vikram Vedha.`; a crew
    shooting names no one."""
    text = "Ada Wren on Friday started shooting for her upcoming film Moon Harbor."
    assert READ.pairs(text) == {("Ada Wren", "Moon Harbor")}
    crew = "The crew started shooting for Moon Harbor."
    assert READ.pairs(crew) == set()


def test_a_feature_debut_set_off_is_a_title() -> None:
    """`his English-language feature debut, The Room Next Door.` names the film the cast list
    after it is in; a debut set off by no possessive (`the debut, Ben Gale said`) names none."""
    text = (
        "Tom Hale has begun shooting his English-language feature debut, Night Harbor. "
        "Starring Ada Wren and Ben Gale, the ensemble has a new member."
    )
    assert "Night Harbor" in READ.works(text)
    assert ("Ada Wren", "Night Harbor") in READ.pairs(text)
    said = "It was a fine debut, Ben Gale said."
    assert "Ben Gale" not in READ.works(said)


def test_a_subtitled_work_that_lures_cast_is_a_work() -> None:
    """`Kong: Skull Island has lured another cast member.`: a subtitle is a work's, never a
    place's nor a person's; `Ben Gale has added another cast member` stays a person."""
    text = (
        "Kong: Skull Island has lured another cast member. Ed Moss joins the roster, which "
        "also includes Tom Hale and Brie Larson."
    )
    assert "Kong: Skull Island" in READ.works(text)
    assert ("Tom Hale", "Kong: Skull Island") in READ.pairs(text)
    person = "Ben Gale has added another cast member to his troupe."
    assert "Ben Gale" not in READ.works(person)


def test_a_country_after_in_the_ends_a_title() -> None:
    """`has commenced shooting for his next film Bell Bottom in the UK`: the country is where,
    not the title's last words; `Love in the Villa` keeps its own."""
    text = "Ada Wren has started shooting for her next film Moon Harbor in the UK."
    assert "Moon Harbor" in READ.works(text)
    assert "Moon Harbor in the UK" not in READ.works(text)
    villa = "Ada Wren stars in the film Love in the Villa."
    assert "Love in the Villa" in READ.works(villa)


def test_a_captions_place_in_the_photo_stands_between_name_and_verb() -> None:
    """`Allan Melvin, center, plays Barney Hefner in a scene from ... "Archie Bunker's
    Place"`: the photo's side is no part of the clause, as an age is not (`Ada Lee, 48,`)."""
    text = 'Ada Wren, center, plays Nell Vance in a scene from the "Harbor Lights" series.'
    assert ("Ada Wren", "Harbor Lights", "Nell Vance") in READ.cast(text)
    aged = 'Ada Wren, 48, plays Nell Vance in "Harbor Lights".'
    assert ("Ada Wren", "Harbor Lights", "Nell Vance") in READ.cast(aged)
