"""Works and cast of the sixth round, reviewed: made-up look-alikes of the round's new rules
(test_round6_cast.py) that those rules first misread, each kept to its right reading."""

from __future__ import annotations

from .test_round6_cast import cast_of, works_of


def test_a_title_named_like_a_person_with_its_star_after_it_stays_a_work() -> None:
    text = (
        "Remembering a classic\n\n"
        "The star of the film Annie Hall, Diane Keaton, was honored on Friday. Keaton won the "
        "Oscar for the role in 1978."
    )
    assert "Annie Hall" in works_of(text)
    assert ("Diane Keaton", "Annie Hall", None) in cast_of(text)


def test_a_real_drama_told_as_partly_fictional_stays_a_work() -> None:
    for text in (
        "Hulu's semi-fictional series Glass Harbor stars Ada Wren and Tom Hale.",
        "Netflix's fictional drama Glass Harbor, starring Ada Wren, ends with its sixth season.",
        "The largely fictional biopic Glass Harbor stars Ada Wren as the singer.",
    ):
        assert "Glass Harbor" in works_of(text), text
        assert ("Ada Wren", "Glass Harbor", None) in cast_of(text), text


def test_a_day_after_during_is_no_work() -> None:
    text = "During Monday's finale of Glass Harbor, Nora (Ada Wren) finally leaves town."
    assert works_of(text) == {"Glass Harbor"}


def test_makers_before_a_casting_sentence_leave_its_cast_their_works() -> None:
    for text in (
        "Salt Marsh casts its leads\n\nNetflix has ordered the drama from creator Bo Lind and "
        "executive producer Kit Lane.\n\nAda Wren (“Glass Harbor”) and Tom Hale (“Night Bus”) "
        "will play the leads, a pair of detectives.",
        "Salt Marsh casts its leads\n\nProduction resumed after the writers' strike.\n\nAda "
        "Wren (“Glass Harbor”) and Tom Hale (“Night Bus”) will play Nora and Kit.",
    ):
        cast = cast_of(text)
        assert {("Ada Wren", "Glass Harbor", None), ("Tom Hale", "Night Bus", None)} <= cast, text


def test_real_people_in_parentheses_in_a_review_are_no_told_parts() -> None:
    for text in (
        "Glass Harbor review\n\nThe lawsuit was filed by a former employee (Ada Wren) against "
        "the studio that made the film.",
        "Glass Harbor review\n\nThe documentary follows the first contestant (Ada Wren) and "
        "the eventual winner (Tom Hale) of the contest.",
        "Glass Harbor review\n\nThe film is dedicated to the late cinematographer (Bo Lind), "
        "who died during the shoot.",
        "Glass Harbor review\n\nThe film is based on the memoir by the real-life detective "
        "(Bo Lind) who solved the case.",
        "Glass Harbor review\n\nThe story is told through the eyes of the actual survivor (Ada "
        "Wren), now 80, who attended the premiere.",
    ):
        assert cast_of(text) == set(), text


def test_a_podcasts_closing_hosts_are_no_cast_line() -> None:
    text = (
        "Podcast: Glass Harbor and the year in TV\n\nWe talk about the Glass Harbor finale and "
        "more.\n\nWith Tom Hale and Ada Wren."
    )
    assert cast_of(text) == set()


def test_signed_on_as_a_producer_who_will_also_star_is_cast() -> None:
    roundup = "“Glass Harbor” is back for a sixth season.\n\n"
    text = roundup + "Tom Hale has signed on as producer and will also star as Kit."
    assert cast_of(text) == {("Tom Hale", "Glass Harbor", "Kit")}
    text = roundup + "Tom Hale has signed on as an executive producer and will also star."
    assert cast_of(text) == {("Tom Hale", "Glass Harbor", None)}


def test_a_real_figures_surname_before_its_actor_stays_a_part() -> None:
    text = (
        "Harbor Lights review\n\nThe film tells the story of the physicist Kit J. Lane and his "
        "rival Nora Vale.\n\nThe film follows Lane (Tom Hale) and Vale (Ada Wren) over three "
        "decades."
    )
    assert cast_of(text) == {
        ("Tom Hale", "Harbor Lights", "Lane"),
        ("Ada Wren", "Harbor Lights", "Vale"),
    }
