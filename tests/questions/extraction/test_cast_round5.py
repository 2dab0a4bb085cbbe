"""Cast credits of the fifth round: made-up sentences for each rule, and look-alikes that
must not read as cast."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.extraction.credits import runs
from questions.extraction.text import parse
from questions.facts.model import DateValue

PUB = DateValue(2022, 3, 1)


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}


def test_a_title_quoted_inside_parentheses_is_the_actors_other_work() -> None:
    text = (
        "“Glass Harbor” returns to Hulu in May. "
        'The new season cast also includes Tom Hale ("The Long Watch" films), Ada Wren.'
    )
    assert _cast(text) == {
        ("Tom Hale", "Glass Harbor", None),
        ("Tom Hale", "The Long Watch", None),
        ("Ada Wren", "Glass Harbor", None),
    }


def test_a_maker_with_a_quoted_work_in_parentheses_is_no_cast_of_it() -> None:
    text = (
        "“Glass Harbor” returns to Hulu in May. "
        'Its art director Tom Hale ("The Long Watch" films) is back.'
    )
    assert ("Tom Hale", "The Long Watch", None) not in _cast(text)


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


def test_a_title_actress_is_in_that_title_not_the_storys() -> None:
    text = (
        "“Glass Harbor” is a new drama for Hulu. "
        "Few are as lucky as Night Bus actress Ada Wren, who moved to Los Angeles."
    )
    cast = _cast(text)
    assert ("Ada Wren", "Night Bus", None) in cast
    assert ("Ada Wren", "Glass Harbor", None) not in cast


def test_a_mini_series_star_is_no_star_of_the_storys_series() -> None:
    text = "“Glass Harbor” is a new series for Hulu. They include mini-series star Ada Wren."
    assert _cast(text) == set()


def test_a_series_star_is_in_the_storys_series() -> None:
    text = "“Glass Harbor” is back for a second season. Series star Ada Wren is directing."
    assert ("Ada Wren", "Glass Harbor", None) in _cast(text)


def test_newcomers_alongside_a_star_are_cast() -> None:
    text = (
        "“Glass Harbor” is back. "
        "Tom Hale has started filming alongside newcomers Ada Wren and Bo Lind."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Glass Harbor", None), ("Bo Lind", "Glass Harbor", None)} <= cast


def test_friends_alongside_a_star_are_no_cast() -> None:
    text = (
        "“Glass Harbor” is back. Tom Hale visited the set alongside friends Ada Wren and Bo Lind."
    )
    assert _cast(text) == set()


def test_call_signs_in_quotes_with_their_actors_in_parentheses() -> None:
    text = (
        "In “Glass Harbor”, Kit meets pilots with call signs like "
        '"Cyclone" (Ada Wren) and "Hammer" (Tom Hale).'
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass Harbor", "Cyclone"),
        ("Tom Hale", "Glass Harbor", "Hammer"),
    }


def test_a_quoted_title_a_list_includes_is_no_part() -> None:
    text = '“Glass Harbor” airs on Hulu. Its guests include "Rover" (Tom Hale).'
    assert _cast(text) == set()


def test_a_quoted_title_after_its_kind_is_no_part() -> None:
    text = 'In “Glass Harbor”, Kit sings the song "Cyclone" (Ada Wren) to a crowd.'
    assert ("Ada Wren", "Glass Harbor", "Cyclone") not in _cast(text)


def test_names_each_told_by_their_other_work_are_one_list_of_cast() -> None:
    text = (
        "“Glass Harbor” is a new series for Hulu. "
        "“Night Bus” star Ada Wren, “Rover” cast member Tom Hale, and Bo Lind of “Dust Road” "
        "have also been added to the cast."
    )
    cast = _cast(text)
    for person in ("Ada Wren", "Tom Hale", "Bo Lind"):
        assert (person, "Glass Harbor", None) in cast
    assert {("Ada Wren", "Night Bus", None), ("Tom Hale", "Rover", None)} <= cast
    assert ("Bo Lind", "Night Bus", None) not in cast and ("Bo Lind", "Rover", None) not in cast


def test_a_quoted_title_owning_a_name_is_no_work_of_the_others() -> None:
    text = (
        "“Glass Harbor” is a new series for Hulu. "
        "It also stars “Night Bus’s” Ada Wren, “Rover” star Bo Lind, and Tom Hale."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass Harbor", None),
        ("Ada Wren", "Night Bus", None),
        ("Bo Lind", "Glass Harbor", None),
        ("Bo Lind", "Rover", None),
        ("Tom Hale", "Glass Harbor", None),
    }


def test_names_with_their_works_in_a_sentence_of_no_casting_are_no_list() -> None:
    text = (
        "“Glass Harbor” is a new series for Hulu. "
        "“Night Bus” star Ada Wren, “Rover” cast member Tom Hale, and Bo Lind went to dinner."
    )
    cast = _cast(text)
    assert ("Bo Lind", "Glass Harbor", None) not in cast
    assert ("Ada Wren", "Glass Harbor", None) not in cast


def test_an_owners_actor_in_parentheses_plays_the_owner() -> None:
    text = "In “Glass Harbor”, Tom Hale voiced Paige’s (Ada Wren) daughter Molly."
    assert ("Ada Wren", "Glass Harbor", "Paige") in _cast(text)


def test_a_full_name_owner_before_parentheses_is_no_part() -> None:
    text = "In “Glass Harbor”, Tom Hale met Nell Ford’s (Ada Wren) sister at the lake."
    assert ("Ada Wren", "Glass Harbor", "Nell Ford") not in _cast(text)


def test_in_the_new_role_of_names_the_subjects_part() -> None:
    text = "“Glass Harbor” is back. Ada Wren returns in the new role of Nell, a baker."
    assert ("Ada Wren", "Glass Harbor", "Nell") in _cast(text)


def test_in_the_role_of_a_job_is_no_part() -> None:
    text = "“Glass Harbor” is back. Ada Wren returns in the role of Executive Producer."
    assert _cast(text) == set()


def test_a_quoted_work_which_starred_a_name_credits_it() -> None:
    text = (
        "“Glass Harbor” is a new series. "
        "It is based on the 1992 “Night Bus” movie, which starred Ada Wren."
    )
    assert _cast(text) == {("Ada Wren", "Night Bus", None)}


def test_an_untitled_movie_which_starred_a_name_credits_nothing() -> None:
    text = "“Glass Harbor” is a new series. Tom Hale loved the 1992 movie, which starred Ada Wren."
    assert _cast(text) == set()


def test_the_addition_of_a_title_star_casts_them_in_the_storys_work() -> None:
    text = (
        "“Glass Harbor” returns for a fifth season. "
        "Also exciting is the addition of Night Bus star Ada Wren, who may play a priest."
    )
    cast = _cast(text)
    assert ("Ada Wren", "Glass Harbor", None) in cast


def test_the_addition_of_a_feature_is_no_cast() -> None:
    text = (
        "“Glass Harbor” returns for a fifth season. "
        "Fans loved the addition of director Ada Wren to the crew."
    )
    assert _cast(text) == set()


def test_makers_named_as_owners_with_a_work_in_parentheses_are_no_cast() -> None:
    text = (
        "Ada Wren & Tom Hale's (The Long Watch) “Glass Harbor” is back on Hulu. "
        "The show stars Bo Lind (The Long Watch)."
    )
    assert _cast(text) == {
        ("Bo Lind", "Glass Harbor", None),
        ("Bo Lind", "The Long Watch", None),
    }


def test_the_original_part_actor_names_the_part() -> None:
    text = (
        "Ada Wren, the original Nell Ford actor, is open to returning for a sequel "
        "to “Glass Harbor”."
    )
    assert ("Ada Wren", "Glass Harbor", "Nell Ford") in _cast(text)


def test_the_original_title_actor_names_no_part() -> None:
    text = (
        "Ada Wren, the original Glass Harbor actor, is open to returning for a sequel "
        "to “Glass Harbor”."
    )
    assert ("Ada Wren", "Glass Harbor", "Glass Harbor") not in _cast(text)


def test_a_bar_heading_names_an_actor_and_the_part_the_article_tells() -> None:
    text = (
        "“Glass Harbor” is back.\n\nAda Wren | Nell Ford\n\nThe role of Nell returns to the show."
    )
    assert _cast(text) == {("Ada Wren", "Glass Harbor", "Nell Ford")}


def test_a_bar_heading_of_two_people_is_no_credit() -> None:
    text = "“Glass Harbor” is back.\n\nAda Wren | Tom Hale\n\nThe role of Nell returns to the show."
    assert _cast(text) == set()


def test_the_one_role_a_clause_gives_after_a_list_is_the_last_names() -> None:
    text = (
        "“Glass Harbor” is back. Tom Hale films alongside newcomers Bo Lind and Ada Wren, "
        "who will take on the role of novelist and baker Nell Ford."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass Harbor", "Nell Ford"),
        ("Bo Lind", "Glass Harbor", None),
    }


def test_a_role_of_hosts_for_an_event_is_no_part() -> None:
    text = (
        "“Glass Harbor” is back. Tom Hale films alongside newcomers Bo Lind and Ada Wren, "
        "who took on the role of hosts for the Emmys."
    )
    assert ("Ada Wren", "Glass Harbor", "Emmys") not in _cast(text)


def test_a_star_known_by_one_name_after_their_title() -> None:
    text = (
        "“Glass Harbor” is a new film. Night Bus star Zendaya is in talks to join. "
        "Night Bus was a hit."
    )
    assert ("Zendaya", "Night Bus", None) in _cast(text)


def test_a_common_word_or_a_part_after_a_title_star_is_no_one() -> None:
    text = (
        "“Glass Harbor” is a new film. Tom Hale will play Nell. "
        "“Night Bus” star Netflix is in talks. “Night Bus” star Nell is in talks."
    )
    assert _cast(text) == {("Tom Hale", "Glass Harbor", "Nell")}


def test_a_sentence_opening_on_a_show_named_short_is_in_that_show() -> None:
    text = (
        "Rover Creek star Bo Lind is busy. “Glass Harbor” is a new film starring Tom Hale."
        "\n\nOn Rover, Ada Wren played a baker named Nell."
    )
    assert ("Ada Wren", "Rover Creek", "Nell") in _cast(text)


def test_a_sentence_opening_on_a_day_is_in_no_show_by_it() -> None:
    text = (
        "Rover Creek star Bo Lind is busy. “Glass Harbor” is a new film starring Tom Hale."
        "\n\nOn Friday, Ada Wren played a baker named Nell."
    )
    assert ("Ada Wren", "Rover Creek", "Nell") not in _cast(text)


def test_a_part_in_the_first_film_is_in_the_work_the_sequel_follows() -> None:
    text = (
        "Tom Hale stars in “Glass Harbor: Low Tide”, a sequel to “Glass Harbor”.\n\n"
        "Nell, who was played by Ada Wren, was killed in the first film."
    )
    cast = _cast(text)
    assert ("Ada Wren", "Glass Harbor", "Nell") in cast
    assert ("Ada Wren", "Glass Harbor: Low Tide", "Nell") not in cast


def test_a_part_told_with_no_first_film_stays_in_the_sequel() -> None:
    text = (
        "Tom Hale stars in “Glass Harbor: Low Tide”, a sequel to “Glass Harbor”.\n\n"
        "Nell, who is played by Ada Wren, is a baker in the film."
    )
    assert ("Ada Wren", "Glass Harbor: Low Tide", "Nell") in _cast(text)


def test_a_title_actress_is_also_in_the_other_work_her_sentence_names() -> None:
    text = (
        "“Dust Road” is a hit. "
        "Night Bus actress Ada Wren is gearing up for her upcoming film “Glass Harbor”."
    )
    assert _cast(text) == {("Ada Wren", "Night Bus", None), ("Ada Wren", "Glass Harbor", None)}


def test_a_title_actress_in_a_sentence_naming_no_other_work_is_in_no_other() -> None:
    text = "“Dust Road” is a hit. Night Bus actress Ada Wren is gearing up for her wedding."
    assert _cast(text) == {("Ada Wren", "Night Bus", None)}


def _parts(sentence: str) -> list[tuple[str, str | None]]:
    doc = parse(sentence)
    return [(i.name, i.role) for items in runs(doc, doc.sentences[0], frozenset()) for i in items]


def test_a_part_that_looks_like_a_title_leaves_the_lists_other_parts_be() -> None:
    assert _parts("Its cast: Ada Wren (Nell), Tom Hale (Kit) and Bo Lind (The Doctor).") == [
        ("Ada Wren", "Nell"),
        ("Tom Hale", "Kit"),
        ("Bo Lind", None),
    ]


def test_a_list_of_works_in_one_parenthesis_unparts_the_whole_list() -> None:
    assert _parts("Its cast: Ada Wren (Rover, Dust Road), Bo Lind (Nightfall).") == [
        ("Ada Wren", None),
        ("Bo Lind", None),
    ]


def test_a_quoted_title_after_and_with_a_name_in_parentheses_is_no_part() -> None:
    text = "Ada Wren starred in “Glass Harbor” and “Rover” (Tom Hale)."
    assert ("Tom Hale", "Glass Harbor", "Rover") not in _cast(text)


def test_a_bar_heading_of_an_actor_and_her_show_names_no_part() -> None:
    text = (
        "Glass Harbor star Tom Hale is back.\n\nAda Wren | Glass Harbor\n\n"
        "The role of Nell returns."
    )
    assert ("Ada Wren", "Glass Harbor", "Glass Harbor") not in _cast(text)
