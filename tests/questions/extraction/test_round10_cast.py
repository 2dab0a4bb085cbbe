"""Cast in the shapes news writing uses every day to say who plays whom (round ten): each
rule's made-up sentence, and a look-alike it must leave alone. Written from the genre, not
from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2020, 5, 1))
_cast = READ.cast

_HEAD = "Harbor Lights returns\n\n"


def _people(text: str) -> set[str]:
    return {person for person, _, _ in _cast(text)}


def test_played_by_an_actor_named_by_an_earlier_work() -> None:
    """Read "the Flash, played by Glee's Grant Gustin": the actor, in the sentence's work, not
    in the work their name is owned by."""
    for text in (
        'In "Harbor Lights", the Flash, played by Glee\'s Grant Gustin, meets Kara.',
        'In "Harbor Lights", Barry Allen, played by Glee star Grant Gustin, meets Kara.',
    ):
        cast = _cast(_HEAD + text)
        assert ("Grant Gustin", "Harbor Lights", "the Flash") in cast or (
            "Grant Gustin",
            "Harbor Lights",
            "Barry Allen",
        ) in cast
        assert not any(work == "Glee" and role for _, work, role in cast)


def test_the_next_played_by_is_not_in_the_owners_work() -> None:
    """A second "played by" in the sentence keeps the sentence's work, not "Glee", which is
    only the work the first actor is known for."""
    text = _HEAD + (
        'In "Harbor Lights", Barry Allen, played by Glee\'s Grant Gustin, meets James Olsen, '
        "played by Mehcad Brooks."
    )
    assert _cast(text) == {
        ("Grant Gustin", "Harbor Lights", "Barry Allen"),
        ("Grant Gustin", "Glee", None),
        ("Mehcad Brooks", "Harbor Lights", "James Olsen"),
    }


def test_a_part_known_by_another_name_before_played_by() -> None:
    """Read "Nora Vale, a.k.a. the Raven, played by A": the part's name, not its alias."""
    text = _HEAD + 'In "Harbor Lights", Nora Vale, a.k.a. the Raven, played by Ada Wren, returns.'
    assert ("Ada Wren", "Harbor Lights", "Nora Vale") in _cast(text)


def test_played_by_in_brackets_with_a_credential() -> None:
    """Read 'new character Bob Stookey (played by "The Wire" alum A)': the part before."""
    text = _HEAD + (
        'In "Harbor Lights", Kit, Nell and new character Bob Stookey (played by "Rover" alum '
        "Lawrence Gillard) ride together."
    )
    assert ("Lawrence Gillard", "Harbor Lights", "Bob Stookey") in _cast(text)


def test_the_hit_a_new_show_follows_is_not_its_work() -> None:
    """'After the success of Rover, the network turns to the Flash, played by A': not Rover."""
    text = (
        "Harbor Lights ordered\n\nAfter the success of Rover, the network turns to Nora Vale, "
        'played by Ada Wren. "Harbor Lights" opens in May.'
    )
    assert not any(work == "Rover" for _, work, _ in _cast(text))


def test_joining_someone_in_a_work_are() -> None:
    """Read 'Joining Cara Moss in "X" are A and B', 'Also on board are A, B and C'."""
    text = _HEAD + 'Joining Cara Moss in "Harbor Lights" are Ada Wren and Ben Gale.'
    assert {"Ada Wren", "Ben Gale"} <= _people(text)
    text = _HEAD + '"Harbor Lights" stars Cara Moss. Also on board are Ada Wren and Ben Gale.'
    assert _people(text) == {"Cara Moss", "Ada Wren", "Ben Gale"}


def test_joining_family_is_no_cast() -> None:
    text = _HEAD + '"Harbor Lights" stars Cara Moss. Joining her in Paris are her parents.'
    assert _people(text) == {"Cara Moss"}


def test_return_as_a_named_part_and_a_plural_rank() -> None:
    """Read "A and B also return as Emperors Dusk and Dawn": the rank goes to each part."""
    text = _HEAD + 'Ada Wren and Ben Gale also return as Emperors Dusk and Dawn in "Harbor Lights".'
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Emperor Dusk"),
        ("Ben Gale", "Harbor Lights", "Emperor Dawn"),
    }
    text = _HEAD + 'Ada Wren and Ben Gale return as Princess Leia and Han in "Harbor Lights".'
    assert ("Ada Wren", "Harbor Lights", "Princess Leia") in _cast(text)


def test_returned_as_a_job_is_no_credit() -> None:
    text = _HEAD + 'Ada Wren returned as chairman of the studio behind "Harbor Lights".'
    assert _cast(text) == set()


def test_will_also_appear_as_a_named_part() -> None:
    """Read "A will also appear as Nora Vale in X", not "as a guest"."""
    assert _cast(_HEAD + 'Ada Wren will also appear as Nora Vale in "Harbor Lights".') == {
        ("Ada Wren", "Harbor Lights", "Nora Vale")
    }
    assert _cast(_HEAD + 'Ada Wren will also appear as a guest on "Harbor Lights".') == set()


def test_the_verb_past_an_aside_on_the_name() -> None:
    """Read 'A, best known for "Rover", has joined "X" as R' and 'A, 34, has joined'."""
    for text in (
        'Ada Wren, best known for "Rover", has joined "Harbor Lights" as Nora Vale.',
        'Ada Wren, 34, has joined "Harbor Lights" as Nora Vale.',
        'Ada Wren has joined "Harbor Lights" as Nora Vale.',
    ):
        assert ("Ada Wren", "Harbor Lights", "Nora Vale") in _cast(_HEAD + text)


def test_a_later_name_in_the_clause_is_not_cast_by_the_main_verb() -> None:
    text = _HEAD + (
        'Ada Wren, best known as Ruth Kane on "Harbor Lights", has signed on to a thriller.'
    )
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Ruth Kane")}


def test_the_lead_in_a_work_with_others_is_no_part() -> None:
    """'will play the lead in "X", with B and C': B is no part of A."""
    text = _HEAD + (
        'Ada Wren will play the lead in "Harbor Lights", with Ben Gale and Cara Moss in '
        "supporting roles."
    )
    assert all(role is None for _, _, role in _cast(text))


def test_the_role_went_to() -> None:
    """Read "the role of Nora Vale went to Ada Wren", "The part of R in X has gone to A"."""
    for text in (
        'In "Harbor Lights", the role of Nora Vale went to Ada Wren.',
        'The part of Nora Vale in "Harbor Lights" has gone to Ada Wren, who beat 300 hopefuls.',
    ):
        assert _cast(_HEAD + text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}


def test_the_role_went_to_someone_elses_kin_or_not_at_all() -> None:
    for text in (
        'In "Harbor Lights", the role of Nora Vale went to Ada Wren\'s sister.',
        'The role of Nora Vale in "Harbor Lights" won\'t go to Ada Wren.',
    ):
        assert _cast(_HEAD + text) == set()


def test_recurring_parts() -> None:
    """Read "will recur as R on X", "has a recurring role as R on X"; not "as a judge"."""
    for text in (
        'Ada Wren will recur as Nora Vale on "Harbor Lights".',
        'Ada Wren has a recurring role as Nora Vale on "Harbor Lights".',
        'Ada Wren has been tapped to star in "Harbor Lights" as Nora Vale.',
    ):
        assert _cast(_HEAD + text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}
    for text in (
        'Ada Wren will recur as a judge on "Harbor Lights".',
        "Ada Wren has a new role as CEO of Harbor Studios.",
    ):
        assert _cast(_HEAD + text) == set()


def test_parts_then_their_actors_in_brackets() -> None:
    """Read "Nora Vale (Ada Wren) and Jack Hale (Ben Gale)" as parts first when the article
    calls the bracketed names by surname ("Wren said") or the others by first name."""
    text = _HEAD + (
        'Nora Vale (Ada Wren) and Jack Hale (Ben Gale) return in "Harbor Lights". Wren said '
        "the season is darker. Nora is now a cop."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Jack Hale"),
    }


def test_actors_then_their_parts_in_brackets_stay() -> None:
    text = _HEAD + (
        'Ada Wren (Nora Vale) and Ben Gale (Jack Hale) return in "Harbor Lights". Wren said '
        "the season is darker. Nora is now a cop."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Jack Hale"),
    }


def test_what_went_with_a_part_and_a_name_known_by_its_epithet() -> None:
    """'Credit for the role of R went to A, the show's writer' gives no part; 'the Flash,
    a.k.a. Barry Allen, played by A' is read as written; 'went to newcomer A' is a credit."""
    text = _HEAD + (
        'Credit for the role of Nora Vale in "Harbor Lights" went to Ada Wren, the show\'s writer.'
    )
    assert _cast(text) == set()
    text = _HEAD + 'The role of Nora Vale in "Harbor Lights" went to newcomer Ada Wren.'
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}
    text = _HEAD + (
        'The Flash, a.k.a. Barry Allen, played by Grant Gustin, returns in "Harbor Lights".'
    )
    assert ("Grant Gustin", "Harbor Lights", "Barry Allen") in _cast(text)


def test_returns_as_a_chief_executive_is_no_part() -> None:
    """'returns as CEO after "X" success': a job, in capitals, is no casting."""
    assert _cast(_HEAD + 'Ada Wren returns as CEO after "Harbor Lights" success.') == set()


def test_a_work_or_its_makers_cast_names() -> None:
    """Read '"X" has added A and B to its cast', 'has tapped A to play R', 'A is the new R in
    "X"', 'will be seen as R', 'bagged the part of R', and a cast set off by hyphens."""
    assert _people(_HEAD + '"Harbor Lights" has added Ada Wren and Ben Gale to its cast.') == {
        "Ada Wren",
        "Ben Gale",
    }
    for text in (
        '"Harbor Lights" has tapped Ada Wren to play Nora Vale.',
        'Ada Wren is the new Nora Vale in "Harbor Lights".',
        'Ada Wren will be seen as Nora Vale in "Harbor Lights".',
        'Ada Wren bagged the part of Nora Vale in "Harbor Lights".',
    ):
        assert _cast(_HEAD + text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}
    text = _HEAD + 'The "Harbor Lights" cast - Ada Wren and Ben Gale - took the stage.'
    assert _people(text) == {"Ada Wren", "Ben Gale"}


def test_makers_staff_denials_and_comparisons_are_no_casting() -> None:
    for text in (
        '"Harbor Lights" has added Ada Wren to its writing staff.',
        'Netflix has added Ada Wren\'s films to the catalogue alongside "Harbor Lights".',
        'Kite has tapped Ada Wren to direct "Harbor Lights".',
        'Netflix hasn\'t tapped Ada Wren to play Nora Vale in "Harbor Lights".',
        'Ada Wren is the new Meryl Streep, critics of "Harbor Lights" say.',
        'Ada Wren will be seen as a favourite for the Emmy for "Harbor Lights".',
        'The "Harbor Lights" crew - Ada Wren, Ben Gale and Cara Moss - took the stage.',
        'Ada Wren scored the part of a lifetime, says "Harbor Lights" writer Ben Gale.',
    ):
        assert "Ada Wren" not in _people(_HEAD + text), text


def test_rounding_out_a_works_cast_and_is_a_part() -> None:
    """Read 'A, B and C round out the "X" cast' and 'A is Nora Vale in "X"'."""
    text = _HEAD + 'Ada Wren, Ben Gale and Cara Moss round out the "Harbor Lights" cast.'
    assert _people(text) == {"Ada Wren", "Ben Gale", "Cara Moss"}
    text = _HEAD + 'Ada Wren is Nora Vale in "Harbor Lights".'
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}


def test_is_a_job_a_person_or_a_denied_rumour_is_no_part() -> None:
    for text in (
        'Ada Wren is Executive Producer on "Harbor Lights".',
        'Ada Wren is Ben Gale in "Harbor Lights". Ben Gale said so.',
        'Ada Wren is Back in "Harbor Lights".',
        'Ada Wren has denied rumours she will join "Harbor Lights".',
    ):
        assert "Ada Wren" not in _people(_HEAD + text), text


def test_a_pronoun_played_by_the_new_character_before() -> None:
    """Read "X will introduce Nora Vale, a hacker. She'll be played by A": the part is the
    one new character the sentence before names."""
    for text in (
        '"Harbor Lights" will introduce Nora Vale, a hacker. She\'ll be played by Chelsea Alden.',
        '"Harbor Lights" will introduce a hacker named Nora Vale. She\'ll be played by Chelsea '
        "Alden.",
    ):
        assert _cast(_HEAD + text) == {("Chelsea Alden", "Harbor Lights", "Nora Vale")}


def test_a_person_introduced_or_two_characters_give_no_part() -> None:
    for text in (
        'Netflix introduced Ada Wren to fans in "Harbor Lights". She\'ll be played by Chelsea '
        "Alden in the film version.",
        '"Harbor Lights" will introduce Nora Vale and Jack Hale. She\'ll be played by Chelsea '
        "Alden.",
    ):
        assert all(role is None for _, _, role in _cast(_HEAD + text)), text


def test_a_bracketed_work_the_article_quotes_is_no_part() -> None:
    """'Ada Wren (Rover) has joined "X". Wren starred in "Rover"': her earlier work."""
    text = _HEAD + 'Ada Wren (Rover) has joined "Harbor Lights". Wren starred in "Rover" in 2019.'
    assert ("Ada Wren", "Harbor Lights", None) in _cast(text)
    assert not any(role == "Rover" for _, _, role in _cast(text))


def test_a_story_told_by_its_people_and_their_actors() -> None:
    """Read 'follows detective Nora Vale (Ada Wren)' and 'centres on Nora Vale (Ada Wren), a
    cop, and Jack Hale (Ben Gale), her partner'."""
    text = _HEAD + '"Harbor Lights" follows detective Nora Vale (Ada Wren) as she hunts a killer.'
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}
    text = _HEAD + (
        '"Harbor Lights" centres on Nora Vale (Ada Wren), a cop, and Jack Hale (Ben Gale), her '
        "partner."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Jack Hale"),
    }


def test_a_producer_between_two_names_makes_no_list_of_parts() -> None:
    text = _HEAD + (
        'Ada Wren, a producer, and Ben Gale (Tom Hale) attended the "Harbor Lights" launch.'
    )
    assert _cast(text) == set()


def test_also_returning_with_their_parts_after() -> None:
    """Read 'Also returning are A, B and C, who return as Nora, Jack and Mia in "X"'; not the
    show's writers or its host."""
    text = _HEAD + (
        "Also returning are Ada Wren, Ben Gale and Cara Moss, who return as Nora, Jack and Mia "
        'in "Harbor Lights".'
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora"),
        ("Ben Gale", "Harbor Lights", "Jack"),
        ("Cara Moss", "Harbor Lights", "Mia"),
    }
    for text in (
        '"Harbor Lights" returns in May. Also returning are the show\'s writers, Tom Hale and '
        "Cara Moss.",
        '"Harbor Lights" returns in May. Also returning is director Tom Hale.',
    ):
        assert _cast(_HEAD + text) == set()
