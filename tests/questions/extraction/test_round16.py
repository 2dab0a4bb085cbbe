"""Round sixteen: what ten fresh development pages showed (a premiere blog, casting news from
an Irish, an Indian and a US site, a crime-drama fan site, a film society's reviews, a
premiere report), each rule read with a made-up sentence of the genre and a look-alike it must
leave alone."""

from __future__ import annotations

from questions.extraction.lexicon import is_full_name
from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2021, 2, 25))


def test_a_lower_case_function_word_makes_a_title_not_a_name() -> None:
    """`Water for Elephants co-star Robert Pattinson`: "for" stands inside titles, never
    inside names, whose lower-case particles are others (`Benicio del Toro`)."""
    assert not is_full_name("Water for Elephants")
    assert not is_full_name("Lord of the Rings")
    assert is_full_name("Benicio del Toro")
    text = "Ada Wren felt like second fiddle to Lions of Winter co-star Ben Gale at the premiere."
    assert "Lions of Winter" in READ.works(text)
    assert ("Ben Gale", "Lions of Winter", None) in READ.cast(text)


def test_the_title_actor_describes_someone_and_casts_no_one_else_in_it() -> None:
    """`Ada stars alongside the Rover actor in the new movie`: Rover is the actor's, not the
    work she stars in, which is the story's."""
    text = (
        "Ada Wren felt like second fiddle to Night Harbor co-star Ben Gale at the premiere. "
        "Fans went nuts for the Rover actor, and Ada is more like the prize.\n"
        "Ada stars alongside the Rover actor in the new movie and when they both showed up, "
        "she could tell."
    )
    cast = READ.pairs(text)
    assert ("Ada Wren", "Night Harbor") in cast
    assert ("Ada Wren", "Rover") not in cast


def test_an_ensemble_cast_of_names_with_particles() -> None:
    """`an ensemble cast of Benicio del Toro, ...`: the capitals before "del" are the head
    of a name, no title; the cast is the film's the sentence before names."""
    text = (
        "The director's latest movie, The Long Watch, premiered at Cannes. The film features an "
        "ensemble cast of Benicio del Toro, Ada Wren and Ben Gale."
    )
    assert READ.works(text) == {"The Long Watch"}
    assert READ.pairs(text) == {
        ("Benicio del Toro", "The Long Watch"),
        ("Ada Wren", "The Long Watch"),
        ("Ben Gale", "The Long Watch"),
    }


def test_someones_next_movie_is_no_work_named() -> None:
    """`has joined the cast of Tom Hale's next movie`: a work told by whose next it is, not
    the film the story named before."""
    text = (
        "Tom Hale's latest movie, The Long Watch, premiered at Cannes. Ada Wren has joined the "
        "cast of Tom Hale's next movie. Ben Gale stars in The Long Watch."
    )
    assert READ.people(text) == {"Ben Gale"}


def test_glad_to_play_a_part_is_cast_and_a_wish_is_not() -> None:
    """`jumped at the chance to play Jo Danville on Night Harbor`, `is thrilled to play`; a
    wish (`would love to play`) casts no one."""
    assert READ.cast("Ada Wren jumped at the chance to play Jo Danville on Night Harbor.") == {
        ("Ada Wren", "Night Harbor", "Jo Danville")
    }
    assert READ.cast("Ada Wren is thrilled to play Jo Danville on Night Harbor.") == {
        ("Ada Wren", "Night Harbor", "Jo Danville")
    }
    assert READ.cast("Ada Wren would love to play Jo Danville on Night Harbor.") == set()


def test_a_romcom_names_its_title() -> None:
    """`Heigl and Kutcher's new romcom Killers`: a rom-com is a kind of film."""
    assert "Night Moves" in READ.works("We saw Ada Wren's new romcom Night Moves last night.")
    assert "Night Moves" in READ.works("We saw the rom-com Night Moves last night.")


def test_words_tweeted_after_by_tweeting() -> None:
    """`also expressed her excitement by tweeting, “...”`: a quote, hers."""
    text = (
        "Ada Wren also expressed her excitement by tweeting, “Can’t wait to work with Ben Gale "
        "and the whole crew of the show.”"
    )
    assert READ.quotes(text) == [
        ("Ada Wren", "Can’t wait to work with Ben Gale and the whole crew of the show.")
    ]


def test_a_performance_of_a_described_part() -> None:
    """`best known for her performance of a young deaf woman, Sarah Norman, in “X”`: a part
    in X, and no speaker of the quote the sentence goes on to."""
    text = (
        "Ada Wren, who is best known for her performance of a young deaf woman, Nell Cole, in "
        "“Lesser Gods”, also said, “I can’t wait to start filming the new season.”"
    )
    assert ("Ada Wren", "Lesser Gods", "Nell Cole") in READ.cast(text)
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Ada Wren"]


def test_a_part_goes_to_the_work_credited_last() -> None:
    """`Wren has joined “Night Harbor”. She will play Jo Kemp`: the work she joined last,
    not the earlier one she is best known for."""
    text = (
        "“Night Harbor” has tapped Ada Wren for its new season.\n"
        "Wren, who is best known for her role as Nell in “Lesser Gods”, is thrilled.\n"
        "Wren, 51, has joined “Night Harbor” as a series regular. She will play Jo Kemp, an "
        "ex-FBI agent."
    )
    assert ("Ada Wren", "Night Harbor", "Jo Kemp") in READ.cast(text)


def test_everyday_casting_shapes_name_their_bare_title() -> None:
    """Made-up casting sentences of the genre: `takes the lead in X`, `Nell is played by Ada
    Wren in X`, `X also features Ada Wren as Nell`, `X also stars A and B`; a place or a
    paper that does the same names no work."""
    assert READ.cast("Ada Wren takes the lead in Night Harbor.") == {
        ("Ada Wren", "Night Harbor", None)
    }
    assert READ.cast("Nell Cole is played by Ada Wren in Night Harbor.") == {
        ("Ada Wren", "Night Harbor", "Nell Cole")
    }
    assert READ.cast("Night Harbor also features Ada Wren as Nell Cole.") == {
        ("Ada Wren", "Night Harbor", "Nell Cole")
    }
    assert READ.people("Night Harbor also stars Ada Wren and Ben Gale.") == {"Ada Wren", "Ben Gale"}
    assert READ.works("Ada Wren took the lead in London last year.") == set()
    assert READ.works("The Boston Globe also features Ada Wren as Person of the Year.") == set()


def test_number_words_and_versus_belong_to_titles() -> None:
    """`Zero Dark Thirty star, Callan Mulvey,`: a number word is no name's, and a star's
    credential may be set off by commas; `the 2015 Batman vs. Superman film` keeps its "vs."
    and its year stands before it."""
    assert not is_full_name("Zero Dark Thirty")
    text = (
        "The big news is the casting of Ada Wren as Nell in the 2015 Night vs. Day film. "
        "Variety says that Zero Dark Thirty and Night Harbor star, Ben Gale, is up for the "
        "villain."
    )
    cast = READ.cast(text)
    assert ("Ada Wren", "Night vs. Day", "Nell") in cast
    assert {("Ben Gale", "Zero Dark Thirty", None), ("Ben Gale", "Night Harbor", None)} <= cast


def test_a_paragraph_casts_the_one_work_it_names() -> None:
    """`Netflix's Bloodline is an interesting beast. ... an all-star cast including A, B`:
    the paragraph's work, not the story's first."""
    text = (
        "AMC's Rover premiered in late May. Its cast includes Ada Wren.\n"
        "Netflix's Night Harbor is an interesting beast. In its debut season, the family drama "
        "told a compelling story. It used flashbacks to uncover the mysteries behind characters "
        "embodied by an all-star cast including Ben Gale and Cy Dunn."
    )
    cast = READ.pairs(text)
    assert {("Ben Gale", "Night Harbor"), ("Cy Dunn", "Night Harbor")} <= cast
    assert ("Ben Gale", "Rover") not in cast


def test_a_festival_line_up_entry_and_its_cast_line() -> None:
    """`Chlorine / Italy (Director: A) — synopsis. Cast: B, C, D. [World Premiere]`: each
    entry's title opens its paragraph, and its cast line names its cast."""
    text = (
        "WORLD CINEMA DRAMATIC COMPETITION\n"
        "Rover / Italy (Director: Tom Hale) — Jenny, 17, dreams of swimming. Cast: Ada Wren, "
        "Ben Gale, Cy Dunn. [World Premiere]\n"
        "Glass Harbor / Canada (Director and screenwriter: Bo Lind) – A couple meet again. "
        "Cast: Kit Moss, Ana Lee. [World Premiere]"
    )
    assert READ.works(text) == {"Rover", "Glass Harbor"}
    assert READ.pairs(text) == {
        ("Ada Wren", "Rover"),
        ("Ben Gale", "Rover"),
        ("Cy Dunn", "Rover"),
        ("Kit Moss", "Glass Harbor"),
        ("Ana Lee", "Glass Harbor"),
    }


def test_a_spin_off_of_another_work_is_the_one_cast() -> None:
    """`Station 19, a spin-off of Grey's Anatomy, stars A`: a title set off as a spin-off is
    a work, and its cast is its own, not the show it came from."""
    text = "Station 9, a spin-off of Glass Harbor, stars Rover alum Ada Wren and Ben Gale."
    cast = READ.pairs(text)
    assert {("Ada Wren", "Station 9"), ("Ben Gale", "Station 9"), ("Ada Wren", "Rover")} <= cast
    assert ("Ben Gale", "Glass Harbor") not in cast


def test_the_days_news_is_dated_by_its_page() -> None:
    """`With today's blockbuster announcement of A being cast as R in X`, `the big news of the
    day is the casting of A`: done on the day the page is dated; `being cast as` casts."""
    text = (
        "With today’s blockbuster announcement of Ada Wren being cast as Nell in Night Harbor, "
        "fans are thrilled."
    )
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nell")}
    assert [date for date, _ in READ.events(text)] == ["2021-02-25"]
    text = "The big news of the day is the casting of Ada Wren in Night Harbor."
    assert [date for date, _ in READ.events(text)] == ["2021-02-25"]


def test_a_name_set_off_then_known_for_a_bare_title() -> None:
    """`the top name is actor Callan Mulvey, known for Zero Dark Thirty`."""
    text = "The top name on the list is actor Ben Gale, known for Night Harbor."
    assert READ.cast(text) == {("Ben Gale", "Night Harbor", None)}


def test_an_owners_part_may_be_praised_and_a_makers_title_casts_no_one() -> None:
    """`Mendelsohn's scene-stealing Danny Rayburn`: a word or two may describe the part its
    actor owns, but "Reese's fellow co-stars A and B" are people; `Breaking Bad producer Sam
    Catlin` is a maker's credential, no work of the next sentence's cast."""
    text = (
        "Night Harbor stars Ben Gale. By the end of the season, Gale’s scene-stealing Jack "
        "Hale perished. Ben Gale and Ada Wren's fellow co-stars Cy Dunn and Bo Lind came too."
    )
    cast = READ.cast(text)
    assert ("Ben Gale", "Night Harbor", "Jack Hale") in cast
    assert not any(role in ("Cy Dunn", "Bo Lind") for _, _, role in cast)
    text = (
        "AMC's Rover premiered in May. Producers Tom Hale and Breaking Point producer Kit Moss "
        "adapted it. The drama features a cast of misfits including Ada Wren’s entity-empowered "
        "Jesse Custer and Ben Gale’s bad-ass Tulip Ray."
    )
    assert ("Ada Wren", "Rover", "Jesse Custer") in READ.cast(text)


def test_an_actors_noun_puts_the_actor_before_the_part_and_an_outlet_reports() -> None:
    """`leading man Gary Sinise (Mac Taylor)`, `replacing Melina Kanakaredes (Stella
    Bonasera)`: with two full names, an actor's noun before the first makes it the actor;
    `As CSI Files previously reported` names an outlet, no work."""
    text = (
        "The show “Night Harbor” is back. The actress was glad to work with its leading man Ben "
        "Gale (Jack Hale). She is replacing Bo Lind (Nell Cole) in the cast."
    )
    assert {
        ("Ben Gale", "Night Harbor", "Jack Hale"),
        ("Bo Lind", "Night Harbor", "Nell Cole"),
    } <= (READ.cast(text))
    text = (
        "Night Files\n\nAs Night Files previously reported, Ada Wren stars in the new drama Rover."
    )
    assert READ.works(text) == {"Rover"}


def test_a_picture_featuring_people_casts_no_one() -> None:
    """`shared a picture featuring A and B`, `the second one featured C`: a photo shows
    people; the film they are in is not cast by it."""
    text = (
        "Producer Tom Hale has signed Rover actor Ada Wren for a yet-untitled film. The critic "
        "shared a picture featuring Ada Wren and Ben Gale. The second one featured Cy Dunn."
    )
    assert READ.cast(text) == {("Ada Wren", "Rover", None)}


def test_works_in_parentheses_then_parts_after_as() -> None:
    """`Wagner Moura (Elysium) as Escobar alongside Boyd Holbrook (Gone Girl) and Pedro Pascal
    (Game of Thrones) as agents Steve Murphy and Javier Peña`: each parenthesis is the actor's
    work, and the parts follow "as", one for each actor."""
    text = (
        "Netflix released the trailer for its new series Rover. It recounts the rise of Pablo "
        "Escobar. The show stars actor Ada Wren (Lions) as Escobar alongside Ben Gale (Gone "
        "Away) and Cy Dunn (Game of Crowns) as agents Steve Murphy and Javier Pena."
    )
    cast = READ.cast(text)
    assert {
        ("Ada Wren", "Rover", "Escobar"),
        ("Ben Gale", "Rover", "Steve Murphy"),
        ("Cy Dunn", "Rover", "Javier Pena"),
        ("Ada Wren", "Lions", None),
        ("Ben Gale", "Gone Away", None),
        ("Cy Dunn", "Game of Crowns", None),
    } == cast


def test_a_future_passive_keeps_its_date_ahead() -> None:
    """`will start shooting his next film, which will be directed by A, from October onwards`:
    a participle after "be" is no past tense, so October is the one ahead."""
    reading = Reading(DateValue(2020, 8, 21))
    text = (
        "The actor will start shooting for his next film, which will be directed by Tom Hale, "
        "from October onwards."
    )
    assert [date for date, _ in reading.events(text)] == ["2020-10"]


def test_a_film_told_by_its_kind_casts_in_no_work_named_before() -> None:
    """`The studio is also bankrolling a superhero flick with Ajay Devgn in the lead role`: a
    work no one names, not the one before; `last seen in the horror flick Bhoot – Part One:
    The Haunted Ship (2020)` keeps its part and subtitle."""
    text = (
        "Rising star Ada Wren, who was last seen in the horror flick Ghost – Part One: The "
        "Haunted Ship (2020), has started shooting. The third installment of Tiger is expected "
        "with Ben Gale. The studio is also bankrolling a superhero flick with Cy Dunn in the "
        "lead role."
    )
    cast = READ.pairs(text)
    assert ("Ada Wren", "Ghost – Part One: The Haunted Ship") in cast
    assert "Cy Dunn" not in {p for p, _ in cast}


def test_the_film_told_by_its_kind_is_the_one_named_before() -> None:
    """`only one of which, Lee Daniels' The Butler, succeeded. The historical film, starring
    A and B, ..., beating out comedy We're The Millers`: a maker's possessive before "The"
    names a title, and the sentence's subject is that film, not the one it goes on to."""
    text = (
        "The box office had newcomers, only one of which, Tom Hale's The Long Watch, succeeded.\n"
        "The historical film, starring Ada Wren and Ben Gale in an ensemble cast, grossed $25 "
        "million, beating out comedy Night Harbor by a generous margin."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "The Long Watch"),
        ("Ben Gale", "The Long Watch"),
    }


def test_a_box_office_charts_lines_name_their_films() -> None:
    """`1. Kung Fu Panda 3- $21M/$69M`, `2. Hail, Caesar! (review here)- $11.4M`: each chart
    line opens with its film, commas and all; a numbered line of prose names none."""
    text = (
        "Box Office: New Releases Fall Short\n\n1. Night Harbor 3- $21M/$69M\n2. Hail, Rover! "
        "(review here)- $11.4M\nWhile a star-studded affair, it was never a huge project.\n"
        "3. The tide turned when the studio rethought its plans."
    )
    assert READ.works(text) == {"Night Harbor 3", "Hail, Rover"}
