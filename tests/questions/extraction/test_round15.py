"""Round fifteen: what eight fresh development pages showed (a development-news round-up in
bullets, a business site's casting column, two obituaries, an animation studio's cast list, a
renewal, a list of sequel series, an expo's slate under headings), each rule read with a
made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2014, 2, 6))


def test_a_year_before_a_title_and_a_cast_list_after_its_colon() -> None:
    """`the team behind 2013's Harbor Lights` names Harbor Lights, not "2013's Harbor Lights";
    `the voice cast for its film Rover: Ada Wren (Dune), Ben Gale (Gone)` casts Rover, and
    the colon opens no subtitle; `Star Trek: Discovery` keeps its own."""
    text = (
        "The studio revealed the voice cast for its upcoming film Rover: Ada Wren (Dune Sea), "
        "Ben Gale (The Long Watch) and Cy Dunn (Veep). Made by the team behind 2013's Harbor "
        "Lights, Rover is out in March."
    )
    assert READ.works(text) == {"Rover", "Dune Sea", "The Long Watch", "Veep", "Harbor Lights"}
    assert {(p, w) for p, w, _ in READ.cast(text)} >= {
        ("Ada Wren", "Rover"),
        ("Ben Gale", "Rover"),
        ("Cy Dunn", "Rover"),
        ("Ada Wren", "Dune Sea"),
    }
    assert READ.works("Ada Wren stars in the series Star Trek: Discovery.") == {
        "Star Trek: Discovery"
    }


def test_a_business_columns_casting_shapes() -> None:
    """`The show is Rover, which ...`; `Ada Wren headlines as an astronaut`; `Joining Wren is
    The Practice's Ben Gale, Revenge's Cy Dunn`; `added two more names -- Dune's A and The
    Newsroom's B`; a caption `A and B in Rover - CBS`; `The drama pilot, Agent Q, centers`."""
    text = (
        "Ben Gale and Cy Dunn in Rover - CBS\n"
        "The show is Rover, which is executive produced by Tom Hale. Ada Wren headlines as an "
        "astronaut who returns home. Joining Wren is The Practice's Bo Lind, Revenge's Kit "
        "Moss, and many more.\n"
        "TNT signed Ana Lee to a pilot deal. The drama pilot, Agent Q, centers on a woman."
    )
    cast = {(p, w) for p, w, _ in READ.cast(text)}
    assert cast >= {
        ("Ben Gale", "Rover"),
        ("Cy Dunn", "Rover"),
        ("Ada Wren", "Rover"),
        ("Bo Lind", "Rover"),
        ("Kit Moss", "Rover"),
        ("Bo Lind", "The Practice"),
        ("Kit Moss", "Revenge"),
    }
    assert {"Rover", "Agent Q"} <= READ.works(text)
    # a headliner of a festival has no part: no work named, no cast
    assert READ.cast("Ada Wren headlines as a surprise guest at Glastonbury.") == set()
    # "The show is over" names no title
    assert READ.works("The show is over, and Ada Wren said goodbye.") == set()


def test_two_titles_before_star_and_a_part_landed() -> None:
    """`How I Met Your Sister and Mercy Lane star Ada Wren` credits both works; `Home and Away
    star` stays one; `has booked a series regular role on Rover`, a headline's `Books Lead
    on 'Rover'` cast; `took the lead in the polls` names no work."""
    both = "How I Met Your Sister and Mercy Lane star Ada Wren will play the lead."
    assert READ.cast(both) == {
        ("Ada Wren", "How I Met Your Sister", None),
        ("Ada Wren", "Mercy Lane", None),
    }
    assert READ.works("Home and Away star Ada Wren is back.") == {"Home and Away"}
    assert READ.cast("Ada Wren has booked a series regular role on Harbor Lights.") == {
        ("Ada Wren", "Harbor Lights", None)
    }
    assert READ.cast("Ada Wren Books Lead on 'Harbor Lights'") == {
        ("Ada Wren", "Harbor Lights", None)
    }
    assert READ.works("Ada Wren took the lead in the polls in Texas.") == set()


def test_a_pilot_told_by_its_people_is_no_named_work() -> None:
    """A round-up's bullets, each a paragraph: `has been cast on the drama pilot starring A.
    He will play R.` casts for a pilot the story does not name, not for the headline's show;
    the work named with the actor (`Rover star Ana Lee`) still counts."""
    text = (
        "Casting News - Ada Wren Books Lead on 'Harbor Lights'\n"
        "  • Rover star Ana Lee has been cast on the drama pilot starring Bo Lind and Kit Moss. "
        "She will play Nell, a doctor.\n"
        "  • Ada Wren will play the lead role on the drama pilot written by Tom Hale. Wren will "
        "play Jo, a teacher."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Jo"),
        ("Ana Lee", "Rover", None),
    }


def test_an_obituarys_credits_and_fame() -> None:
    """`His big screen credits included A, B and C`, `his more recent TV roles were parts in
    D and E`: the person the pronoun refers to; `achieved stardom as R, the ... on the comedy
    X`; a name a title ends with after "of" is the title's (`The Sword of Ali Bey`)."""
    text = (
        "Actor Ben Gale has died at the age of 90.\n"
        "In the 1970s, Ben achieved stardom as Tom Reed, the sardonic news writer on the "
        "comedy The Harbor Show.\n"
        "His big screen credits included Kelly's Heroes, The Sword of Ali Bey, War Hunt and The "
        "Crime Busters.\n"
        "Among his more recent TV roles were parts in Touched By A Ghost, JAG and The King Of "
        "Queens."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "The Harbor Show", "Tom Reed"),
        ("Ben Gale", "Kelly's Heroes", None),
        ("Ben Gale", "The Sword of Ali Bey", None),
        ("Ben Gale", "War Hunt", None),
        ("Ben Gale", "The Crime Busters", None),
        ("Ben Gale", "Touched By A Ghost", None),
        ("Ben Gale", "JAG", None),
        ("Ben Gale", "The King Of Queens", None),
    }
    # "rose to fame as Nora" with no work after it is no credit
    assert READ.cast("Ada Wren achieved fame as a singer in London.") == set()


def test_a_round_ups_headings_over_paragraphs_that_cast_them() -> None:
    """An expo's slate: `Finding Rover` on the line over `the Harbor sequel will feature A and
    B` casts Finding Rover, the sequel the heading names; `Disney's tale of a family will
    feature A`, `A, B and C will play their children`, `with D playing the lead role of
    teenager Arlo`; a heading over a paragraph about a person is none."""
    text = (
        "Studio Announces Its Slate\n\n"
        "The studio has announced a whole slate of new animated films at its expo this week.\n\n"
        "Finding Rover\n"
        "The studio confirmed that the Harbor sequel will feature Ada Wren and Ben Gale as "
        "Rover's long lost parents.\n\n"
        "The Good Meadow\n\n"
        "The studio's tale of a family of dinosaurs will feature Cy Dunn and Bo Lind as the "
        "parents. Kit Moss, Ana Lee and Tom Hale will play their children, with Harbor star "
        "Jo Kemp playing the lead role of teenager Arlo."
    )
    cast = READ.cast(text)
    assert cast >= {
        ("Ada Wren", "Finding Rover", None),
        ("Ben Gale", "Finding Rover", None),
        ("Cy Dunn", "The Good Meadow", None),
        ("Bo Lind", "The Good Meadow", None),
        ("Kit Moss", "The Good Meadow", None),
        ("Jo Kemp", "The Good Meadow", "Arlo"),
    }
    assert not any(work == "Harbor sequel" for _, work, _ in cast)
    about_her = (
        "A Busy Year\n\n"
        "The studio has announced a whole slate of new animated films at its expo this week.\n\n"
        "Ada Wren\n"
        "Wren will play the lead in a new film that opens in May, the studio said on Monday.\n\n"
        "Ben Gale\n"
        "Gale will voice the villain in a new film that opens in June, the studio said too."
    )
    assert READ.works(about_her) == set()


def test_a_list_of_actors_each_with_a_described_part() -> None:
    """`stars A and B as Nell's kids, C as their neighbor/family friend Schneider, and D as
    Nell's boss`: the next actor is no part, and a possessive no part's name."""
    text = (
        "The new series Harbor Lights premieres soon. The series also stars Ada Wren and Ben "
        "Gale as Nell's kids, Cy Dunn as their neighbor/family friend Schneider, and Bo Lind as "
        "Nell's boss."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", None),
        ("Ben Gale", "Harbor Lights", None),
        ("Cy Dunn", "Harbor Lights", "Schneider"),
        ("Bo Lind", "Harbor Lights", None),
    }


def test_last_summer_and_cast_today() -> None:
    """`Last summer` in February is the year before; in October it may be the same year, so
    it dates nothing; `has also been cast today` is the day of publication."""
    said = "Last summer CBS decided to launch a splashy new series."
    assert READ.events(said) == [("2013", "CBS decided to launch a splashy new series.")]
    assert Reading(DateValue(2014, 10, 6)).events(said) == []
    cast = "Ada Wren has also been cast today."
    assert READ.events(cast) == [("2014-02-06", "Ada Wren has also been cast.")]
    assert READ.events("Ada Wren's cast today is her best.") == []
