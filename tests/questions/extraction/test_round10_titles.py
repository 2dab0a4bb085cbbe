"""Round ten: a headline that opens with its work and tells what the work did, in the shapes
trades and fan sites use every day, made up from the genre; and the people who open headlines
as often, which must stay people."""

from __future__ import annotations

import pytest

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 6, 20))


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Lights adds two to cast\n\nHarbor Lights has added Ada Wren and Ben Gale to its "
        "cast.",
        "Harbor Lights casts Ada Wren as the villain\n\nHarbor Lights is back. Ada Wren will play "
        "Nora Vale, the network said.",
        "Harbor Lights renewed for season 3 at Netflix\n\nGood news for fans of Harbor Lights. "
        "Ada Wren will return as Nora Vale.",
        "Harbor Lights review: a slow burn that pays off\n\nHarbor Lights takes its time. Ada "
        "Wren is superb as Nora Vale.",
        "Harbor Lights: Ada Wren joins cast\n\nAda Wren is joining Harbor Lights. She will play "
        "Nora Vale.",
    ],
)
def test_a_headline_that_opens_with_its_work(text: str) -> None:
    """The work the headline opens with, named again in the story, is the story's work, and
    its cast is credited in it."""
    assert "Harbor Lights" in READ.works(text)
    assert any(work == "Harbor Lights" for _, work, _ in READ.cast(text))


def test_a_show_that_adds_to_its_cast_is_no_speaker() -> None:
    """`adds two` is what the show did, not a speech verb making the show a person."""
    text = (
        "Harbor Lights adds two\n\nHarbor Lights, the new ABC drama, has added two names. Ada "
        "Wren and Ben Gale will join the second season."
    )
    assert READ.works(text) == {"Harbor Lights"}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Wren: 'I never wanted to act'\n\nAda Wren grew up in Ohio, where her father ran a "
        "diner. Today Ada Wren is a star.",
        "Ada Wren: my year\n\nAda Wren has had a big year. Wren said she was tired.",
        "Ben Gale review: a comic at the top of his game\n\nBen Gale played the Apollo on Friday. "
        "Gale was in fine form.",
        "Ben Gale gets a star on the Walk of Fame\n\nBen Gale got his star on Tuesday. The actor "
        "thanked fans.",
        "Ada Wren adds two dates to tour\n\nAda Wren has added two dates. Ada Wren will play "
        "Glasgow in May.",
        "Tom Hale casts Ada Wren as his lead\n\nTom Hale has cast Ada Wren in his new film. Ada "
        "Wren will play Nora.",
        "Ada Wren sets wedding date\n\nAda Wren will marry Ben Gale in June, Ada Wren's rep told "
        "People.",
        "Netflix renewed for nothing\n\nNetflix shares fell. Netflix said it would cut costs.",
        "Los Angeles: Ada Wren joins cast\n\nIn Los Angeles, Ada Wren said she was thrilled.",
    ],
)
def test_a_person_or_place_opening_a_headline_is_no_work(text: str) -> None:
    """People open headlines as often as works, and the story then shows them people: a lone
    surname, a pronoun, a speech verb; places and services are no works either."""
    assert READ.works(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thor: The Dark World (4/5)\n\nAfter Thor, we find Thor back in Asgard.",
        "Sequel Bits: 'Ghostbusters 3', 'Venom'\n\nIn this edition of Sequel Bits: news.",
    ],
)
def test_a_headlines_colon_before_a_subtitle_or_a_list_tells_no_work(text: str) -> None:
    """Only news after a colon (a lowercase word of a sentence) makes the words before it a
    work: not a subtitle, nor a column's name before its list."""
    works = READ.works(text)
    assert "Thor" not in works and "Sequel Bits" not in works


@pytest.mark.parametrize(
    ("sentence", "work"),
    [
        ("Game of Thrones alum Ada Wren will join Harbor Lights.", "Harbor Lights"),
        ("Law and Order star Ada Wren will join Harbor Lights.", "Harbor Lights"),
        ("Actress Ada Wren will join Glass House.", "Glass House"),
        ("Newcomer Ada Wren is joining Silver Creek, the network said.", "Silver Creek"),
    ],
)
def test_an_actor_joins_a_show_named_like_a_person(sentence: str, work: str) -> None:
    """An actor told by an earlier work or as an actor joins a show when nothing follows the
    run: the show is the work, and no person of the earlier work (it was credited there)."""
    cast = READ.cast("News\n\n" + sentence)
    assert (work, "Game of Thrones", None) not in cast
    assert any(credit[1] == work for credit in cast), cast


@pytest.mark.parametrize(
    "sentence",
    [
        "Pop star Ada Wren will join Ben Gale.",
        "Game of Thrones alum Ada Wren will join Ben Gale in Silver Creek for the holidays.",
        "Game of Thrones alum Ada Wren will join Ben Gale on tour this summer.",
        "Game of Thrones alum Ada Wren has joined Greenpeace as an ambassador.",
        "Arsenal star Ada Wren will join Real Madrid.",
    ],
)
def test_one_who_joins_a_person_or_a_team_joins_no_work(sentence: str) -> None:
    works = READ.works("News\n\n" + sentence)
    assert not works & {"Ben Gale", "Greenpeace", "Real Madrid"}, works


def test_two_works_before_one_credential_are_not_one_title() -> None:
    """`Patriot and For All Mankind alum Ada Wren`: the second work opens with a capitalised
    small word, which no title has after its inner "and"."""
    works = READ.works("News\n\nPatriot and For All Mankind alum Ada Wren says the show is dark.")
    assert "Patriot and For All Mankind" not in works and "For All Mankind" in works
    for title in ("Law and Order", "Home and Away", "Pride and Prejudice"):
        assert title in READ.works(f"News\n\n{title} star Ada Wren will join Harbor Lights.")
    # not before other words a title takes
    assert "Romeo and The Beast" in READ.works("News\n\nRomeo and The Beast fans will love it.")


@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        (
            "Ada Wren plays small-town sheriff Nora Vale in Harbor Lights.",
            ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ),
        (
            "Ada Wren played young Queen Elizabeth in The Crown.",
            ("Ada Wren", "The Crown", "Queen Elizabeth"),
        ),
    ],
)
def test_a_part_described_with_no_article_before_its_work(
    sentence: str, credit: tuple[str, str, str]
) -> None:
    """`plays small-town sheriff Nora Vale in X`: the description needs no article."""
    assert credit in READ.cast("News\n\n" + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Wren plays tennis with Ben Gale in Silver Creek.",
        "Ada Wren played host to Ben Gale in Silver Creek last week.",
        "Ada Wren plays it cool with Ben Gale in Silver Creek.",
        "Ada Wren played down rumours about Ben Gale in Silver Creek.",
        "Ada Wren plays golf every Sunday in Silver Creek.",
        "Ada Wren plays second fiddle to Ben Gale in Silver Creek.",
        "Ada Wren played football for Silver Creek.",
    ],
)
def test_what_else_one_plays_before_a_place_is_no_part(sentence: str) -> None:
    assert READ.works("News\n\n" + sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "In Harbor Lights, Ada Wren plays the sheriff, Nora Vale.",
        "In Harbor Lights, Ada Wren stars as Nora Vale, a sheriff.",
    ],
)
def test_a_sentence_that_opens_in_its_work_then_casts_a_named_part(sentence: str) -> None:
    assert ("Ada Wren", "Harbor Lights", "Nora Vale") in READ.cast("News\n\n" + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In Los Angeles, Ada Wren plays a cop.",
        "In Silver Creek, Ada Wren plays a local cop in her spare time.",
        "In New York, Ada Wren plays Nora Vale eight times a week.",
        "In Brighton, Ada Wren plays Nora Vale in a new play.",
        "In Ada Wren's new film, Ben Gale plays Nora Vale.",
    ],
)
def test_a_sentence_that_opens_in_a_place_names_no_work(sentence: str) -> None:
    """A place opens a sentence as often; a part with no name, a known place or one word
    (which would take every town) make no work."""
    assert READ.works("News\n\n" + sentence) == set()


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nAda Wren returns to Harbor Lights as Nora Vale.",
        "News\n\nAda Wren headlines Harbor Lights as Nora Vale.",
        "News\n\nAda Wren headlines “Harbor Lights” as Nora Vale.",
        "Harbor Lights first look\n\nAda Wren reprises her role as Nora Vale in Harbor Lights.",
    ],
)
def test_returns_to_or_headlines_a_work_as_a_named_part(text: str) -> None:
    """`returns to X as R` and `headlines X as R` as `joined X as R`; a headline's `X first
    look` opens with its work."""
    assert ("Ada Wren", "Harbor Lights", "Nora Vale") in READ.cast(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Wren returns to London as Mayor.",
        "Ada Wren returned to Chelsea as Manager.",
        "Ada Wren headlines Glastonbury as a solo act.",
        "Ada Wren returned to Ben Gale as Best Man.",
    ],
)
def test_one_who_returns_to_a_place_or_a_job_returns_to_no_work(sentence: str) -> None:
    assert READ.works("News\n\n" + sentence) == set()
