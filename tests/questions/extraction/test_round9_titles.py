"""Titles written without quote marks, read from the shapes news writing names a work in
every day (round nine), not from single pages: made-up sentences in the ways Variety,
Deadline, the BBC or a fan blog write them, each with a look-alike that must stay no work."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2020, 5, 1))
_works, _cast = READ.works, READ.cast
#: A headline that names no work, so a test reads its sentence alone.
_NEWS = "Casting news\n\n"


def test_a_headline_label_is_no_work() -> None:
    """A one-word label a page heads its story with (`News`) is no title, even when the
    story then speaks of "the series"."""
    assert _works("News\n\nThe series stars Ada Wren.") == set()


def test_a_headline_with_a_lowercase_word_last_is_no_title() -> None:
    """`Glass House casting` says what the story is about the show; a title ends on a
    capital, so the heading is no title of its own."""
    assert _works("Glass House casting\n\nThe series stars Ada Wren as Kate Hale.") == set()


def test_a_heading_that_is_a_title_stays_one() -> None:
    """A blog's heading that the story names again is still its title."""
    text = "Harbor Lights\n\nThe series stars Ada Wren, and Harbor Lights is a hit."
    assert "Harbor Lights" in _works(text)


def test_a_season_number_before_a_title_is_no_list_item() -> None:
    """`For season 2, Harbor Lights will`: the number before the comma counts seasons; it
    is no title listed beside the show."""
    text = "Harbor Lights\n\nFor season 2, Harbor Lights will have three new cast members."
    assert _works(text) == {"Harbor Lights"}


def test_a_part_in_a_titles_sequel_leaves_the_title() -> None:
    """`as Kate Hale in the Glass House sequel`: the sentence's "the" stands between the
    part and the title, which is the work; the run with the part is none."""
    works = _works(_NEWS + "Ada Wren is returning as Kate Hale in the Glass House sequel.")
    assert "Glass House" in works
    assert not any("Kate Hale" in title for title in works)


def test_a_title_set_off_by_its_kind_within_a_sentence() -> None:
    """`has joined Stranger Things, the new HBO drama`: the description after the comma says
    the run is a work, wherever it stands in the sentence, even shaped like a name."""
    assert "Stranger Things" in _works(
        _NEWS + "Ada Wren has joined Stranger Things, the new HBO drama."
    )
    text = _NEWS + "Ada Wren has joined Morgan Hale, the Netflix series from Ben Gale."
    assert "Morgan Hale" in _works(text)
    text = _NEWS + "Ben Gale has been cast in Tremor, the upcoming Apple TV+ thriller."
    assert "Tremor" in _works(text)


def test_a_person_set_off_by_a_work_they_belong_to_is_no_title() -> None:
    """A person described by their place in a work (`the lead in the drama`), their trade
    (`a documentary maker`), or named as the work's maker or star before its description
    (`Directed by Ben Gale, the drama`), is no work."""
    for sentence in (
        "She stars alongside Ben Gale, the lead in the drama.",
        "She married Ben Gale, a documentary maker, in 2010.",
        "Directed by Ben Gale, the drama, which stars Ada Wren, opens in May.",
        "Starring Ada Wren, the film, out in May, is a thriller.",
    ):
        assert _works(_NEWS + sentence) == set(), sentence


def test_acting_beside_named_costars_in_a_work() -> None:
    """`to star alongside Ada Wren in X`, `opposite Ben Gale in X`, `Joining Ada Wren in X
    are`: the costars' names stand between the acting and the work it is "in"."""
    for sentence, title in (
        ("Ben Gale is set to star alongside Ada Wren in The Crimson Tide.", "The Crimson Tide"),
        ("Ada Wren will star opposite Ben Gale in Love in the Villa.", "Love in the Villa"),
        ("Joining Ada Wren in The Crimson Tide are Ben Gale and Dan Ross.", "The Crimson Tide"),
    ):
        assert title in _works(_NEWS + sentence), sentence


def test_acting_beside_someone_in_a_place_is_no_title() -> None:
    """A place the costars are "in" is no work: `Joining Ada Wren in New York`, `starred
    with her husband Ben Gale in Atlanta`, `joined Ben Gale in Silver Creek for the
    holidays` (no acting)."""
    for sentence in (
        "Joining Ada Wren in New York are Ben Gale and Dan Ross.",
        "She starred with her husband Ben Gale in Atlanta last year.",
        "She joined Ben Gale in Silver Creek for the holidays.",
    ):
        assert _works(_NEWS + sentence) == set(), sentence


def test_the_lead_in_a_work() -> None:
    """`landed the lead role in X`, `cast as the lead in X`, `cast as the villain in X`: a
    part of a work, told by what it is in the story."""
    for sentence in (
        "Ada Wren has landed the lead role in The Crimson Tide.",
        "Ada Wren has been cast as the lead in Tremor.",
        "Ben Gale was cast as the villain in The Crimson Tide.",
    ):
        assert len(_works(_NEWS + sentence)) == 1, sentence


def test_cast_as_a_job_in_a_place_is_no_title() -> None:
    """`cast as a nurse in Des Moines`: a job in the story, and the place it is in."""
    assert _works(_NEWS + "She was cast as a nurse in Des Moines.") == set()


def test_what_a_cast_member_or_maker_takes_on() -> None:
    """`has boarded X`, `is joining X`, `to direct X for Netflix`, `First look at X`: the
    work a person takes on; the service it is made for is no part of its title."""
    for sentence, title in (
        ("Ada Wren has boarded The Crimson Tide, Deadline reports.", "The Crimson Tide"),
        ("Ada Wren is joining The Crimson Tide.", "The Crimson Tide"),
        ("Ben Gale will direct The Crimson Tide for Netflix.", "The Crimson Tide"),
        ("Netflix has shared a first look at The Crimson Tide.", "The Crimson Tide"),
    ):
        assert _works(_NEWS + sentence) == {title}, sentence


def test_a_person_or_an_agency_joined_or_directed_is_no_work() -> None:
    """A person is joined, directed or looked at as a work is, and an agency is joined: a
    name shaped like a person's, an agency's letters or its name stay no work."""
    for sentence in (
        "Ada Wren has joined Ben Gale on the project.",
        "Ada Wren will direct Ben Gale and Dan Ross in the film.",
        "Ada Wren has joined CAA.",
        "Ada Wren has joined Creative Artists Agency.",
    ):
        assert _works(_NEWS + sentence) == set(), sentence
    assert _works("First look at Ada Wren as Kate Hale\n\nThe film opens in May.") == set()


def test_a_work_joined_in_a_part_even_named_like_a_person() -> None:
    """`has joined Glass House as Kate Hale`: one joins a work in a part, not a person."""
    cast = _cast(_NEWS + "Ada Wren has joined Glass House as Kate Hale.")
    assert cast == {("Ada Wren", "Glass House", "Kate Hale")}


def test_a_show_set_to_return_for_a_season() -> None:
    """`X is set to return for a third season`: a show's return; an actor's return for a
    season (`Ada Wren is set to return`) names no work."""
    text = _NEWS + "The Crimson Tide is set to return for a third season."
    assert _works(text) == {"The Crimson Tide"}
    assert _works(_NEWS + "Ada Wren is set to return for a third season.") == set()


def test_the_set_of_a_work_and_the_place_it_is_in() -> None:
    """`on the set of X in Atlanta`: the set is the work's, and the place it stands in is no
    part of the title; a title that ends with a place stays whole (`Emily in Paris`, `An
    American Werewolf in London`), as does a day's name that is a show's."""
    text = _NEWS + "Ada Wren was spotted on the set of Harbor Lights in Atlanta."
    assert _works(text) == {"Harbor Lights"}
    assert _works(_NEWS + "Ada Wren will star in Emily in Paris.") == {"Emily in Paris"}
    text = _NEWS + "Ada Wren starred in An American Werewolf in London."
    assert _works(text) == {"An American Werewolf in London"}


def test_a_persons_new_work_set_off_by_commas() -> None:
    """`Ada Wren's new film, The Crimson Tide, opens`: the work named after what it is; a
    speaker set off the same way (`Her latest film, Ben Gale said,`) is none."""
    text = _NEWS + "Ada Wren's new film, The Crimson Tide, opens in May."
    assert _works(text) == {"The Crimson Tide"}
    assert _works(_NEWS + "Her latest film, Ben Gale said, is a comedy.") == set()
