"""Round seventeen: what seven fresh development pages showed (a Bollywood gossip site, a
reworded casting story, a review blog, a book-to-screen round-up, a TV news diary, an
animation blog, a trade paper), each rule read with a made-up sentence of the genre and a
look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2019, 5, 2))


def test_a_kind_of_feature_brings_in_a_title() -> None:
    """`the voice cast of upcoming family animation feature Stardog And Turbocat`: "feature"
    after what kind it is names a film; the verb ("will feature") does not."""
    text = (
        "Ada Wren has joined the voice cast of upcoming family animation feature Moon And "
        "Mallow. Wren will voice Pip, a rabbit who wants to fly."
    )
    assert "Moon And Mallow" in READ.works(text)
    assert ("Ada Wren", "Moon And Mallow", "Pip") in READ.cast(text)
    verb = "The sequel will feature Ben Gale, Night Harbor's director said on Monday."
    assert "Ben Gale" not in READ.works(verb)


def test_a_title_cased_parenthesis_is_the_actors_other_work_not_a_part() -> None:
    """`Luke Evans (Beauty And The Beast) has joined`: a capitalised "And The" is how titles
    are written, never a part's name, which `Ada Wren (Nell)` still is."""
    text = (
        "Ada Wren (Lions And The Lamb) has joined the voice cast of the animated film "
        "Moon Harbor. Wren will voice Pip."
    )
    cast = READ.cast(text)
    assert ("Ada Wren", "Moon Harbor", "Pip") in cast
    assert all(role != "Lions And The Lamb" for _, _, role in cast)
    part = "The animated film Moon Harbor stars Ada Wren (Nell) and Ben Gale (Kit)."
    assert ("Ada Wren", "Moon Harbor", "Nell") in READ.cast(part)


def test_a_world_war_is_no_work() -> None:
    """`a love triangle set against the backdrop of the Second World War, featuring A, B and
    C`: the war is the story's setting, and casts no one; `World War Z` is still a film."""
    text = (
        "It is not Ben Gale's new film, a love triangle set against the backdrop of the "
        "Second World War, featuring Ada Wren, Tom Hale and Nell Vance."
    )
    assert "Second World War" not in READ.works(text)
    assert all(work != "Second World War" for _, work, _ in READ.cast(text))
    film = "Ada Wren joins the sequel to World War Z, featuring Tom Hale and Nell Vance."
    assert "World War Z" in READ.works(film)
