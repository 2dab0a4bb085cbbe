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


def test_a_pages_stamps_and_spans_date_nothing() -> None:
    """A bulleted `Publish Date:` and an `Updated Date:` stamp with seconds, a span of days in
    a headline (`6th – 28th August`), a headline's `This Week's` and the "May" of "Mayank"
    date nothing; `2013's horror thriller Mama` dates the film, as `2011's X` does (told
    without the year's possessive since round thirty-two, or the text gives its date away)."""
    text = (
        "Film Friday: This Week's New Movie Trailers\n"
        "  • Publish Date: June 12, 2015\n"
        "  • Comments: 0\n\n"
        "Trailer Trash Feature: 6th – 28th August\n\n"
        "The series is directed by Mayank Sharma.\n\n"
        "Updated Date: Sep 16, 2019 17:41:13 IST"
    )
    assert READ.events(text) == []
    said = "Ada Wren worked with him on 2013's horror thriller Mama."
    assert READ.events(said) == [("2013", "Ada Wren worked with him on horror thriller Mama.")]
    assert READ.events("In the 1990's tastes changed.") == []


def test_who_says_an_exclamation_a_participle_and_a_short_name() -> None:
    """`she said, "Ada Wren!"` is words said, no title; after `telling Variety,` the words
    are the subject's (`The director, who worked with Wren, suggested her`), not the last
    name's; "Shah Rukh" is "Shah Rukh Khan", but a title-case headline's run (`Ada Wren
    Sacked from "Rover"`) makes no longer name of her."""
    text = (
        "Director Ben Gale wants Ada Wren for the sequel. The director, who Wren has worked "
        'with before, also suggested Wren would be a natural fit, telling Variety, "Ada is an '
        'amazing actress and I would love her to play Beverly." Even Cy Dunn, asked who his '
        'first choice would be, said, "Ada Wren!"'
    )
    assert READ.quotes(text) == [
        ("Ben Gale", "Ada is an amazing actress and I would love her to play Beverly."),
        ("Cy Dunn", "Ada Wren!"),
    ]
    khan = (
        "Shah Rukh Khan has finally started shooting for the film. Speaking about his look, "
        'Shah Rukh told PTI, "My look is very different."'
    )
    assert READ.quotes(khan) == [("Shah Rukh Khan", "My look is very different.")]
    headline = (
        'Report: Ada Wren Sacked from "Rover" Sequel\n\n'
        'Ada Wren may be out of the sequel. Asked about it, Wren replied, "It\'s news to me."'
    )
    assert READ.quotes(headline) == [("Ada Wren", "It's news to me.")]


def test_a_trailer_round_ups_titles() -> None:
    """Headings shaped like names that their paragraphs name again (`Great Harbor` over
    `Great Harbor is set to be released`); `Charles Dickens’ classic novel` is a person's;
    `a screenplay by acclaimed screenwriter Ben Gale (One Day)` names his work, no part; `With
    A in the lead role, the film stars B`; `The Harbor Games: Mockingjay - Part 2` keeps its
    part, and `The Harbor Games: Catching Fire` is a film of its own; `Supporting her (some
    more than others) will be A and B`."""
    text = (
        "Trailer Trash Feature\n\n"
        "We have seen a few trailers this week.\n\n"
        "Great Harbor\n\n"
        "We have the first trailer for an adaptation of Charles Dickens’ classic novel. With "
        "Ada Wren in the lead role, the film stars an excellent cast including Bo Lind and Kit "
        "Moss, with a screenplay by acclaimed screenwriter Ben Gale (One Day). Great Harbor is "
        "set to be released on 30th November.\n\n"
        "Seven Rovers\n\n"
        "Seven Rovers stars Cy Dunn in the lead and will be released in October."
    )
    cast = READ.cast(text)
    assert {("Ada Wren", "Great Harbor", None), ("Bo Lind", "Great Harbor", None)} <= cast
    assert not any(person == "Ben Gale" for person, _, _ in cast)
    assert "Charles Dickens" not in READ.works(text)
    games = (
        "The Harbor Games will finally come to an end on November 20th when The Harbor Games: "
        "Mockingjay - Part 2 hits theaters. Mockingjay - "
        "Part 1 was the least successful film of the franchise, after its highpoint, The Harbor "
        "Games: Catching Fire. Ada Wren will once again play Katniss. Supporting her (some more "
        "than others) will be Bo Lind and Kit Moss."
    )
    works = READ.works(games)
    assert {"The Harbor Games: Mockingjay - Part 2", "The Harbor Games: Catching Fire"} <= works
    assert {person for person, _, _ in READ.cast(games)} >= {"Bo Lind", "Kit Moss"}


def test_indian_outlets_casting_shapes() -> None:
    """`A started filming his next, X` names X (a director shoots too: no cast), `the Ben
    Gale-starrer Prince`, `A and B featured
    together in 2012's X`, `C is the female lead but is not paired opposite A` (C is cast, A
    not again); a film named among a director's examples (`films like Rover and Fida`) is
    not the next sentence's work; `thanked her next, Ben Gale,` names a person, no work."""
    text = (
        "Ada Wren on 16 September (Monday) started filming his next, The Big Harbor. Tom Hale "
        "is directing the film. Hale had helmed the Ben Gale-starrer Prince and served as an "
        "associate director for films like Rover and Fida. Cy Dunn is the female lead but is "
        "not paired opposite Wren. Wren and Bo Lind previously featured together in 2012's "
        "Bol Harbor."
    )
    assert "The Big Harbor" in READ.works(text)
    assert READ.cast(text) == {
        ("Ben Gale", "Prince", None),
        ("Cy Dunn", "The Big Harbor", None),
        ("Ada Wren", "Bol Harbor", None),
        ("Bo Lind", "Bol Harbor", None),
    }
    assert READ.works("Ada Wren thanked her next, Ben Gale, for the help.") == set()


def test_a_named_sequel_and_a_reprised_part() -> None:
    """`the upcoming "Rover" sequel "Folie a Deux"` is the sequel `Rover: Folie a Deux` names
    in full later, not an untitled "Rover sequel"; `will reprise her role of Nell Dunn`;
    `is reportedly playing Harley Quinn`."""
    text = (
        "Ada Wren in talks to return for the 'Rover' sequel\n"
        'Actor Ada Wren is in negotiations to join the upcoming "Rover" sequel "Folie a '
        'Deux". If the deal goes through, Wren will reprise her role of Nell Dunn.\n'
        "Pop star Bo Lind is reportedly playing Harley Quinn.\n"
        'Production on "Rover: Folie a Deux" is expected to begin in December.'
    )
    assert {"Rover", "Rover: Folie a Deux"} == READ.works(text)
    cast = READ.cast(text)
    assert ("Ada Wren", "Rover: Folie a Deux", "Nell Dunn") in cast
    assert any(person == "Bo Lind" and part == "Harley Quinn" for person, _, part in cast)


def test_an_awards_pages_nominees() -> None:
    """`A – Nominated for the role of R in X`, `is been nominated for her role of R in the
    series 'X'`, `got her first nomination from her role in 'X' as R`, `A and B received
    nominations for their respective roles in “X” and “Y”` (each in hers); `Native American
    actors` names no work; a photo's caption with its source (`Awards 2018 - Source: Getty`)
    dates nothing."""
    text = (
        "Ada Wren – Nominated for the role of Nell Dunn in Harbor Lights. This is her eighth "
        "nomination.\n\n"
        "For this 2020 contest, Bo Lind is been nominated for her role of Queen Ada in the "
        "long running series 'The Long Watch'.\n\n"
        "Cy Dunn got her first entry from her role in 'Rover' as Kit Moss, a recovering addict.\n\n"
        "Native American actors Jo Kemp and Tom Hale received nominations for their respective "
        "roles in “Under the Harbor” and “True Rover: Night Harbor,” becoming the first.\n\n"
        "Daytime Emmy Awards 2018 - Source: Getty"
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nell Dunn"),
        ("Bo Lind", "The Long Watch", "Queen Ada"),
        ("Cy Dunn", "Rover", "Kit Moss"),
        ("Jo Kemp", "Under the Harbor", None),
        ("Tom Hale", "True Rover: Night Harbor", None),
    }
    assert "Native American" not in READ.works(text)
    assert [date for date, _ in READ.events(text)] == ["2020"]


def test_everyday_casting_sentences_with_bare_titles() -> None:
    """Shapes from about forty made-up casting sentences of the genre: `A, star of the film X,
    said` (a title a kind places is no speaker); `portrays R, a nurse, in X`; `plays the villain
    R in X` (the work is no part of the part); `co-stars with B in the series X`; `A, best known
    for X, has joined Y`; `has appeared in X and Y` (two titles of several words each; `Romeo
    and Juliet` stays one). Not `A, best known for her charity work, joined Rover` (no title)
    nor a maker's works (`made by Ada Wren, best known for X`)."""
    cases = {
        "Ada Wren, star of the film Night Harbor, said she was thrilled.": {
            ("Ada Wren", "Night Harbor", None)
        },
        "Ada Wren portrays Nora Vale, a nurse, in Night Harbor.": {
            ("Ada Wren", "Night Harbor", "Nora Vale")
        },
        "Ada Wren plays the villain Nora Vale in Night Harbor.": {
            ("Ada Wren", "Night Harbor", "Nora Vale")
        },
        "Ada Wren co-stars with Ben Gale in the series Night Harbor.": {
            ("Ada Wren", "Night Harbor", None),
            ("Ben Gale", "Night Harbor", None),
        },
        "Ada Wren, best known for Silver Creek, has joined the cast of Night Harbor.": {
            ("Ada Wren", "Silver Creek", None),
            ("Ada Wren", "Night Harbor", None),
        },
        "Ada Wren has appeared in The Long Watch and Night Harbor.": {
            ("Ada Wren", "The Long Watch", None),
            ("Ada Wren", "Night Harbor", None),
        },
    }
    for text, cast in cases.items():
        assert READ.cast(text) == cast, text
    assert READ.cast(
        "Ada Wren, best known for her charity work, has joined the cast of Night Harbor."
    ) == {("Ada Wren", "Night Harbor", None)}
    assert (
        READ.cast("The series Night Harbor is made by Ada Wren, best known for Silver Creek.")
        == set()
    )
