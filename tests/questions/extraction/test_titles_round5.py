"""The fifth round of unquoted titles: more ways news names a film or show without quote
marks, each in a made-up article, beside a look-alike that names no work (a person, a
place, a company, a channel, an award, an event, a date)."""

from __future__ import annotations

import pytest

from questions.extraction.article import extract
from questions.facts.model import DateValue

from .test_title_patterns import works_in

PUB = DateValue(2020, 5, 4)


def cast_of(text: str) -> set[tuple[str, str]]:
    """(person, work) for every credit extracted from ``text``."""
    return {(c.person, c.work) for c in extract(text, published=PUB).facts.cast}


FOUND = {
    "works listed in one parenthesis": (
        "The new drama Dark Harbor stars Ana Lee (The Long Road) and Tom Hale (Silver "
        "Creek, Night Watchers).",
        {"Silver Creek", "Night Watchers"},
    ),
    "a show named for a day, beside other actors' works": (
        "The new drama Dark Harbor stars Ana Lee (The Long Road), Cy Dunn (Wednesday) and "
        "Tom Hale (Night Watchers).",
        {"Wednesday"},
    ),
    "an initial in the actor's name before the parenthesis": (
        "Elsewhere, Ana P. Lee (Hustle & Glow) has joined the cast of Dark Harbor.",
        {"Hustle & Glow"},
    ),
    "works that name the actors of a list, beside a known one": (
        "Ana Lee rose to fame in Silver Creek. The pilot's cast includes Night Watchers' Tom "
        "Hale, Silver Creek's Ana Lee and Mercy Street's Cy Dunn.",
        {"Night Watchers", "Mercy Street"},
    ),
    "an actor named by an earlier work after 'played by'": (
        "In the film, the hero Jo Marsh is played by Glass Harbor's Tom Hale.",
        {"Glass Harbor"},
    ),
    "where an actor found fame": (
        "Tom Hale found fame on The Z Factor in 2010. Ada Wren rose to fame in Normal Folk.",
        {"The Z Factor", "Normal Folk"},
    ),
    "a place in a show's cast, then 'on' the show": (
        "Tom Hale will be a series regular on Night Watchers, and Ada Wren a judge on The Z "
        "Factor. Cy Dunn is the next companion on Mister Who!",
        {"Night Watchers", "The Z Factor", "Mister Who"},
    ),
    "a companion, a villain or a character of a work": (
        "Ada Wren is the new Mister Who companion! Tom Hale is the new Night Watchers villain.",
        {"Mister Who", "Night Watchers"},
    ),
    "a character and the work it is from": (
        "The character of Jo Marsh from Night Watchers will look different this fall.",
        {"Night Watchers"},
    ),
    "a show's fate told with its seasons": (
        "Silver Creek was officially canceled in June after three seasons. Night Watchers "
        "was renewed for a fourth season.",
        {"Silver Creek", "Night Watchers"},
    ),
    "a show and its service": (
        "Night Watchers (BBC One) tops the list. Silver Creek premieres on Hulu in May. Mercy "
        "Street is now streaming on Disney+.",
        {"Night Watchers", "Silver Creek", "Mercy Street"},
    ),
    "a show's own season, creator, cast and crew": (
        "Tom Hale joins Night Watchers' second season. Mercy Street's creator Ada Wren spoke. "
        "The cast and crew of Blue Cove met fans. Cy Dunn is the co-creator of Glass Harbor.",
        {"Night Watchers", "Mercy Street", "Blue Cove", "Glass Harbor"},
    ),
    "a work's trailer and soundtrack": (
        "Fans loved the new Night Watchers trailer and the Mercy Street soundtrack.",
        {"Night Watchers", "Mercy Street"},
    ),
    "a work's writer, producer and stars before their names": (
        "Mercy Street writer Ada Wren and Blue Cove producer Tom Hale met Night Watchers stars "
        "Cy Dunn and Jo Marsh.",
        {"Mercy Street", "Blue Cove", "Night Watchers"},
    ),
    "a work set off by what it retells, its maker's name opening the sentence": (
        "Ada Wren's Thornrose, a retelling of Sleeping Beauty, has been delayed. Netflix's "
        "Ozark returns in May.",
        {"Thornrose", "Ozark"},
    ),
    "a work a viewer knows an actor from": (
        "We all know Tom Hale from Night Watchers, and fans may recognise her from Mercy Street.",
        {"Night Watchers", "Mercy Street"},
    ),
    "a director's earlier work": (
        "Ben Gale, who previously helmed Oblivia, returns to direct.",
        {"Oblivia"},
    ),
    "a film in cinemas, its takings": (
        "Dark Harbor hits theaters on May 5. Night Watchers grossed $90 million. Mercy Street "
        "is in cinemas now.",
        {"Dark Harbor", "Night Watchers", "Mercy Street"},
    ),
    "a cameo in a work": (
        "Tom Hale made a cameo in Mercy Street.",
        {"Mercy Street"},
    ),
    "a person called by their work, the name left out": (
        "The Breaking Good star who played Hal will return. The Night Watchers actress, 34, "
        "said she was thrilled.",
        {"Breaking Good", "Night Watchers"},
    ),
    "a title a day's name opens, in parentheses": (
        "Night Watchers stars Tom Hale (The Blue Cove) and Cy Dunn (Friday Night Heroes, "
        "Glass House).",
        {"Friday Night Heroes", "Glass House"},
    ),
    "a numbered sequel whose filming begins, said to follow a film": (
        "Dark Tide 2 begins filming in Atlanta. Iron Bay 3 is a direct sequel to the 2019 film.",
        {"Dark Tide 2", "Iron Bay 3"},
    ),
}


@pytest.mark.parametrize("text, works", FOUND.values(), ids=FOUND.keys())
def test_a_work_found(text: str, works: set[str]) -> None:
    assert works <= works_in(text)


NOT_FOUND = {
    "a part and an age in parentheses": (
        "The new drama Dark Harbor stars Ana Lee (The Long Road) and Cy Dunn (Kate, 25).",
        {"Kate"},
    ),
    "a place in parentheses": (
        "The new drama Dark Harbor stars Ana Lee (The Long Road) and Tom Hale (Leeds, England).",
        {"Leeds", "England"},
    ),
    "days of a festival's panels": (
        "Dark Harbor stars Ana Lee (The Long Road). The panels have Cy Dunn (Friday) and Tom "
        "Hale (Saturday).",
        {"Friday", "Saturday"},
    ),
    "a channel and a country naming people beside a known work's actor": (
        "Ana Lee rose to fame in Silver Creek. The panel had Disney's Tom Hale, Silver Creek's "
        "Ana Lee and Britain's Ben Gale.",
        {"Disney", "Britain", "Tom Hale"},
    ),
    "a person named by a list without a known work": (
        "The panel had Ada Wren's Tom Hale and Ben Gale's Cy Dunn.",
        {"Ada Wren", "Ben Gale"},
    ),
    "a country, a town and a parent after 'played by'": (
        "The hero is played by Britain's Ben Gale. The villain is played by Hollywood's Ada "
        "Wren. The boy is played by Tom Hale's son Cy Hale.",
        {"Britain", "Hollywood", "Tom Hale"},
    ),
    "fame on a platform or in a place": (
        "Ada Wren found fame on TikTok. Tom Hale rose to fame in London. Ben Gale found fame "
        "in Britain.",
        {"TikTok", "London", "Britain"},
    ),
    "a cameo on a platform, a judge on a day": (
        "Ada Wren made a cameo on TikTok. Tom Hale was a judge on Monday.",
        {"TikTok", "Monday"},
    ),
    "a character an actor plays": (
        "Fans met the new Ben Gale character at the premiere.",
        {"Ben Gale"},
    ),
    "a character from a place": (
        "The character of Jo Marsh from London is new to the show.",
        {"London"},
    ),
    "a role taken over from a person": (
        "Tom Hale takes over the role of Kit from Bo Lind in the spring.",
        {"Bo Lind"},
    ),
    "a person axed after seasons, or cancelled online": (
        "Ben Gale was axed after three seasons. Ada Wren was cancelled on Twitter for a season.",
        {"Ben Gale", "Ada Wren"},
    ),
    "executives with their companies, a comic's debut on a service": (
        "Ted Sarandos (Netflix) and Casey Bloys (HBO) spoke. Ada Wren debuts on Netflix with "
        "a stand-up special.",
        {"Ted Sarandos", "Casey Bloys", "Ada Wren"},
    ),
    "events on a service": (
        "The Golden Globes air on NBC. Glastonbury airs on BBC Two. The Super Bowl streams on "
        "Peacock.",
        {"Golden Globes", "The Golden Globes", "Glastonbury", "The Super Bowl", "Super Bowl"},
    ),
    "a person's season, a company's creator": (
        "Tom Hale's second season at the club went well. Mark Ade, the creator of Facebook, spoke.",
        {"Tom Hale", "Facebook"},
    ),
    "a label's producer, an industry's stars, a person's trailer": (
        "Atlantic Records producer Ben Gale met Bollywood stars Ada Wren and Tom Hale. Fans "
        "loved the Cy Dunn trailer.",
        {"Atlantic Records", "Bollywood", "Cy Dunn"},
    ),
    "a place set off by a version of it": (
        "We saw Paris, a version of which appears in the film.",
        {"Paris"},
    ),
    "days, a job and a company in parentheses": (
        "The series stars Ana Lee (The Crown) and Tom Hale (Sunday, Monday). Speakers include "
        "Cy Dunn (The Long Road) and Jo Marsh (CEO, Netflix).",
        {"Sunday", "Monday", "CEO", "Netflix"},
    ),
    "a ceremony and a match on television": (
        "The Coronation airs on ITV. The match between Chelsea and Arsenal airs on Sky Sports.",
        {"The Coronation", "Coronation", "Chelsea and Arsenal", "Arsenal"},
    ),
    "a person said to be a version of another": (
        "Ada Wren, a version of her mother, smiled at the premiere.",
        {"Ada Wren"},
    ),
    "a club's, a league's or a country's star": (
        "The Leeds United star who scored said so. The NBA star who won said so. The England "
        "star, 30, said so. The Arsenal star, 22, agreed.",
        {"Leeds United", "NBA", "England", "Arsenal"},
    ),
    "a country's star, the West End, an actor's filming, a date in parentheses": (
        "The England star Jack Bell, 28, joins the cast. Ana Lee rose to fame in London's "
        "West End. Ada Wren begins filming in May. The panel had Cy Dunn (The Long Road) and "
        "Tom Hale (Friday, March 3).",
        {"The England", "England", "West End", "Ada Wren", "Friday", "March 3"},
    ),
    "a maker before a kind of work": (
        "She rose to fame in Ben Gale film Jaws Returns. He had a cameo in Ada Wren movie "
        "Night Heat.",
        {"Ben Gale", "Ada Wren"},
    ),
    "a cameo and a judge in a place": (
        "She made a cameo in Texas. A judge in Ohio ruled on the case.",
        {"Texas", "Ohio"},
    ),
    "known from a place or a school, a company helmed": (
        "I know him from Chicago. Ada Wren helmed Disney for a decade. Fans remember her from "
        "Harvard.",
        {"Chicago", "Disney", "Harvard"},
    ),
}


@pytest.mark.parametrize("text, not_works", NOT_FOUND.values(), ids=NOT_FOUND.keys())
def test_no_work_found(text: str, not_works: set[str]) -> None:
    assert not not_works & works_in(text)


def test_a_show_named_for_a_day_leaves_the_day_a_date() -> None:
    text = (
        "The new drama Dark Harbor stars Ana Lee (The Long Road) and Cy Dunn (Wednesday). "
        "Dark Harbor premieres on Wednesday, March 3, 2021."
    )
    events = extract(text, published=PUB).facts.events
    assert [e.work for e in events if str(e.date) == "2021-03-03"] == ["Dark Harbor"]
    assert ("Cy Dunn", "Wednesday") in cast_of(text)


def test_two_shows_joined_by_and_where_the_first_is_named_alone() -> None:
    text = (
        "Tom Hale found fame on The Z Factor. He later starred in Britain's Z Factor and "
        "Silver Ballroom."
    )
    assert works_in(text) == {"The Z Factor", "Silver Ballroom"}


def test_a_title_joined_by_and_stays_whole_and_a_co_star_after_with_is_none() -> None:
    assert works_in("Ada Wren starred in Home and Abroad.") == {"Home and Abroad"}
    assert works_in("Ada Wren starred in Dark Harbor with Tom Hale.") == {"Dark Harbor"}
    assert works_in("Ada Wren starred in Dark Harbor with the Rock and Cy Dunn.") == {"Dark Harbor"}


def test_a_person_after_and_is_no_part_of_the_title_before_it() -> None:
    text = "Tom Hale found fame on The Z Factor and Ada Wren on Love Island."
    assert "The Z Factor" in works_in(text)
    assert "The Z Factor and Ada Wren" not in works_in(text)


def test_the_film_a_numbered_sequel_follows_is_its_title_without_the_number() -> None:
    text = (
        "Ada Wren will star in Dark Harbor 2. Dark Harbor 2 is not a direct sequel to the "
        "2004 film but has the same spirit. The first movie featured Tom Hale and Cy Dunn."
    )
    facts = extract(text, published=PUB).facts
    assert {(w.title, w.year) for w in facts.works} == {
        ("Dark Harbor 2", None),
        ("Dark Harbor", 2004),
    }
    assert ("Tom Hale", "Dark Harbor") in cast_of(text)


def test_a_film_of_a_year_named_otherwise_is_no_numbered_sequel_s_original() -> None:
    assert works_in("Ada Wren will star in Dark Harbor 2. She loved the 2004 film.") == {
        "Dark Harbor 2"
    }
    text = "Ada Wren will star in Dark Harbor 2, a sequel to the 2004 film Night Watchers."
    assert "Dark Harbor" not in works_in(text)


def test_a_spin_off_s_cast_is_not_the_cast_of_the_work_it_came_from() -> None:
    text = (
        "The character of Jo Marsh from Mercy Street will look different this fall. The Night "
        "Watchers spin-off has brought on Ada Wren to replace Cy Dunn, who played Jo in the "
        "pilot."
    )
    cast = cast_of(text)
    assert ("Cy Dunn", "Mercy Street") in cast
    assert ("Cy Dunn", "Night Watchers") not in cast


def test_a_person_before_and_is_no_part_of_the_title_after_it() -> None:
    text = "Ada Wren and Blue Cove producer Tom Hale met the press."
    assert works_in(text) == {"Blue Cove"}


def test_a_work_an_actor_is_known_from_is_not_the_sentence_s_work() -> None:
    text = (
        "Tom Hale has joined the cast of Mercy Street: We all know Hale from Night Watchers, "
        "but the new season will see him play George."
    )
    cast = cast_of(text)
    assert ("Tom Hale", "Mercy Street") in cast
    assert ("Tom Hale", "Night Watchers") not in cast


def test_an_alum_s_earlier_work_is_not_the_work_of_the_part_they_will_play() -> None:
    text = (
        "Ada Wren has signed on for the third season of Night Watchers. The Silver Creek alum "
        "will play Jo Marsh, a scientist."
    )
    cast = {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}
    assert ("Ada Wren", "Night Watchers", "Jo Marsh") in cast
    assert ("Ada Wren", "Silver Creek", "Jo Marsh") not in cast


def test_a_page_s_date_is_no_part_of_the_title_after_it() -> None:
    text = "date 2021-03-04 Night Watchers star Ada Wren joins the cast of Mercy Street."
    assert works_in(text) == {"Night Watchers", "Mercy Street"}


def test_a_name_and_its_epithet_opening_a_sentence_loses_the_article() -> None:
    assert works_in("The Ada the Bold alum brings a lot to the table.") == {"Ada the Bold"}
    text = "The Lord of the Dunes alum brings a lot to the table."
    assert works_in(text) == {"The Lord of the Dunes"}
