"""Cast read from pages' furniture and lists (round twelve): a show's own post embedded in
the page, a round-up's heading with its channel in parentheses, parts "now played by" their
actors, guest appearances, a photocall's caption, names that end in a word no name holds
alone (`Dominic West`), Korean given names (`Kang-ho Song`). Each rule's made-up sentence,
and a look-alike it must leave alone. Written from the genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 7))
_cast = READ.cast
_works = READ.works

_HEAD = "Harbor Lights season 2 news\n\n"


def test_a_shows_embedded_post_is_read_past_its_picture_link() -> None:
    """`... our cast — now including A and B! pic.twitter.com/x May 7, 2024`: the show's
    account posts its cast; a post of a word or two is no sentence of the story."""
    text = _HEAD + (
        "Please give a round of snaps to our cast — now including Christopher Lloyd and "
        "Billie Piper! pic.twitter.com/v6nX6eLPP8May 7, 2024"
    )
    assert _cast(text) == {
        ("Christopher Lloyd", "Harbor Lights", None),
        ("Billie Piper", "Harbor Lights", None),
    }
    text = _HEAD + "Ada Wren stars in Harbor Lights.\n\nSoon pic.twitter.com/BN93cV0Swi"
    assert "Soon" not in _works(text)


def test_names_ending_in_a_word_no_name_holds_alone() -> None:
    """`Dominic West`, `Charlie Day`: a given name then `West`, `Day`; not `Key West` nor
    `Labor Day`."""
    text = _HEAD + "Dominic West and Charlie Day have joined the cast of Harbor Lights."
    assert _cast(text) == {
        ("Dominic West", "Harbor Lights", None),
        ("Charlie Day", "Harbor Lights", None),
    }
    text = _HEAD + "Key West and Labor Day have joined the cast of Harbor Lights."
    assert _cast(text) == set()


def test_a_round_ups_heading_with_its_channel_in_parentheses() -> None:
    """`The Crown (Netflix)` heads the paragraphs of that show, whose cast is its; a heading
    with no channel in its parentheses (`Ada Wren (Interview)`) is none."""
    text = (
        "The best new TV this autumn\n\nHarbor Lights (BBC1)\n\n"
        "Harbor Lights is a thriller set in a resort.\n\n"
        "Glass Coast (Netflix)\n\n"
        "The new season is set in the 1990s. Ada Wren joins the cast as Nora Vale."
    )
    assert ("Ada Wren", "Glass Coast", "Nora Vale") in _cast(text)
    assert "Glass Coast" not in _works(text.replace("(Netflix)", "(Interview)"))


def test_parts_now_played_by_their_actors() -> None:
    """`Prince Charles and Princess Diana (now played by A and B)`: each part its actor's,
    real people's names as parts too."""
    text = _HEAD + (
        "In Harbor Lights, the divorce of Prince Charles and Princess Diana (now played by "
        "Dominic West and Elizabeth Debicki) will be explored."
    )
    assert _cast(text) == {
        ("Dominic West", "Harbor Lights", "Prince Charles"),
        ("Elizabeth Debicki", "Harbor Lights", "Princess Diana"),
    }


def test_guest_appearances_and_a_photocalls_caption() -> None:
    """`guest appearances from A and B`, `A, B and C arrive at a photocall for the film X`:
    cast; not those who arrive at its premiere, which guests do too."""
    text = _HEAD + "Harbor Lights will involve guest appearances from Orlando Bloom and Aya Cash."
    assert _cast(text) == {
        ("Orlando Bloom", "Harbor Lights", None),
        ("Aya Cash", "Harbor Lights", None),
    }
    text = _HEAD + (
        "From left to right, Kang-ho Song, Woo-sik Choi and Lee Sun-Gyun arrive at a photocall "
        "for the film “Harbor Lights” on Wednesday."
    )
    assert {person for person, _, _ in _cast(text)} == {
        "Kang-ho Song",
        "Woo-sik Choi",
        "Lee Sun-Gyun",
    }
    assert _cast(_HEAD + "Ada Wren arrives at the premiere of Harbor Lights.") == set()


def test_a_compound_opening_a_run_is_no_given_name() -> None:
    """`Kang-ho Song` is a name, `Oscar-tipped Ada Wren` is Ada Wren, `UK-wide` no name."""
    text = _HEAD + "Oscar-tipped Ada Wren has joined the cast of Harbor Lights."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None)}
