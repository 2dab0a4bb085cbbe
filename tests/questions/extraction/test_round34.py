"""Round thirty-four: what fresh development pages showed (an obituary's list of sitcoms, a
film shoot's cast of two nations, a review's box of credits, a Ramadan drama's English title,
a Malayalam cast of one-word names, bylines); each rule read with a made-up text of the genre
and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 4, 29))


def test_a_possessive_or_as_opening_a_sentence_is_no_part_of_the_title() -> None:
    """`Her All Saints co-star Georgie Parker`, `As Good Witch fans know`: the sentence's
    capital ran the run back over "Her" and "As"; the page names the show alone elsewhere.
    A title that is "Her" and more words, named so inside a sentence too, keeps it."""
    text = (
        "Ada Wren played nurse Von Ryan in the long-running television series All Saints.\n\n"
        "Her All Saints co-star Georgie Parker paid tribute on Instagram.\n\n"
        "As Good Witch fans know, Hallmark canceled the show. Fans want it to bring back Good "
        "Witch."
    )
    assert READ.works(text) == {"All Saints", "Good Witch"}
    assert ("Georgie Parker", "All Saints") in READ.pairs(text)
    kept = (
        "Her Story stars Ada Wren as a pilot.\n\nCritics loved the series Her Story, and fans "
        "of Story were divided."
    )
    assert "Her Story" in READ.works(kept)


def test_where_a_cast_is_from_is_no_title() -> None:
    """`Several New Zealand and Australian actors are starring`, `Her Australian co-stars
    are`: the nations the actors come from, joined or owned, name no work."""
    text = (
        "Several prominent New Zealand and Australian actors are starring in a horror being "
        "shot in Queenstown.\n\nTitled Forgive Us All, the five-week film shoot moves on this "
        "week.\n\nHer Australian co-stars are Callan Mulvey and Richard Roxburgh."
    )
    assert READ.works(text) == {"Forgive Us All"}


def test_titled_opening_a_sentence_names_the_work() -> None:
    """`Titled Forgive Us All, the five-week film shoot`; not a capital "Untitled"."""
    assert READ.works("Titled Harbor Nights, the film shoot wraps this week.") == {"Harbor Nights"}
    assert READ.works("Untitled Harbor Project shoots this week in Leeds.") == set()


def test_a_cast_list_opened_by_a_makers_job_and_the_works_in_its_brackets() -> None:
    """`The cast includes the film’s co-writer and producer A, B (W1, W2) and C (W3)`: the
    job before the first name opens no other list, and the works in the brackets after a
    name are what that actor is known for, not the work the list casts for (here the page
    names one of them again, as a title a producer worked on)."""
    text = (
        "Titled Forgive Us All, the five-week film shoot has been on Queenstown Hill.\n\n"
        "The New Zealand cast includes the film’s co-writer and producer Lance Giles, Bree "
        "Peters (Special Destination, Shortland Street), Lawrence Makoare (The Convert, The "
        "Lord of the Rings: The Return of the King) and Dean Ogorman.\n\n"
        "Producer Jared Connon was a location manager on titles like The Lord of the Rings "
        "trilogy and King Kong."
    )
    pairs = READ.pairs(text)
    assert {
        ("Bree Peters", "Forgive Us All"),
        ("Lawrence Makoare", "Forgive Us All"),
        ("Dean Ogorman", "Forgive Us All"),
        ("Bree Peters", "Shortland Street"),
        ("Lawrence Makoare", "The Convert"),
    } <= pairs
    assert ("Bree Peters", "The Convert") not in pairs
    # a maker's job before a name with no cast cue stays a maker's
    crew = "The film’s co-writer and producer Lance Giles, Bree Peters and Dean Ogorman met."
    assert READ.cast(crew) == set()


def test_roles_on_shows_in_a_list_among_others() -> None:
    """`Ngubane also took on roles on A, B and C, among others`: roles "on" shows; not
    "took on senior roles in Barclays", jobs, nor a list of parts after "His roles included"."""
    text = (
        "Menzi Ngubane also took on roles on Yizo Yizo, Ashes to Ashes and Gold Diggers, among "
        "others."
    )
    assert READ.pairs(text) == {
        ("Menzi Ngubane", "Yizo Yizo"),
        ("Menzi Ngubane", "Ashes to Ashes"),
        ("Menzi Ngubane", "Gold Diggers"),
    }
    banker = "Ann Lee took on senior roles in Barclays, Lloyds and Santander, among others."
    assert READ.works(banker) == set()
    parts = "Allan Melvin died at 84. His roles included Barney Hefner, friend of Archie Bunker."
    assert "Barney Hefner" not in READ.works(parts)


def test_the_movie_is_titled_a_title_with_its_small_words() -> None:
    """`The movie is titled Christmas on Cherry Lane and stars ...`: after "is titled" the
    title runs on over "on" to the clause's end, and the name it ends on is its own, no
    person. A bill so titled is no work."""
    text = "The movie is titled Christmas on Cherry Lane and stars Catherine Bell."
    assert READ.works(text) == {"Christmas on Cherry Lane"}
    # so strong a cue that a lone common word after it is a title too
    assert READ.works("The movie is titled Christmas and stars Catherine Bell.") == {"Christmas"}
    assert READ.people(text) == {"Catherine Bell"}
    assert "Clean Air on Main Street" not in READ.works(
        "The bill is titled Clean Air on Main Street and passed."
    )
    # a dog show so called, a hit song: no screen work
    assert READ.works("The show is called Dogs on Parade and runs until Sunday.") == set()
    # the documentary's subject after "on" is a person still
    tom = "The documentary is titled Focus on Tom Jones and stars Tom Jones."
    assert READ.people(tom) == {"Tom Jones"}


def test_a_review_box_of_credits_under_the_plays_title() -> None:
    """A theatre review under `The Glass Menagerie | Regional News`, its title again over
    `Written by:` and `Directed by:` lines: the play is the work, not the page's first line
    (`Reviews - Regional News | Connecting Wellington`)."""
    text = (
        "Reviews - Regional News | Connecting Wellington\n\nReviews\n\n"
        "The Glass Menagerie | Regional News\n\nThe Glass Menagerie\n\n"
        "Written by: Tennessee Williams\n\nDirected by: Colin McColl\n\n"
        "This production of the memory play is a brave adaptation.\n\n"
        "Amanda Wingfield (Hera Dunleavy) is a faded southern belle. Her son Tom (Simon "
        "Leary) struggles with a dead-end job."
    )
    assert READ.works(text) == {"The Glass Menagerie"}
    # a box under a label ("Movie Information") of its own leaves the page's first line the
    # work
    labelled = (
        "My Wife Is An Actress\n\nMovie Information\n\nScore:\n\nGenre: Comedy Romance\n"
        "Director: Yvan Attal\nStarring: Charlotte Gainsbourg, Yvan Attal\nRated: R\n\n"
        "I couldn’t help but think of Woody Allen during the running time."
    )
    assert READ.works(labelled) == {"My Wife Is An Actress"}
    assert READ.cast(text) == {
        ("Hera Dunleavy", "The Glass Menagerie", "Amanda Wingfield"),
        ("Simon Leary", "The Glass Menagerie", "Tom"),
    }


def test_one_part_played_by_two_young_actors() -> None:
    """`Mary Lennox, played by 12-year-old A and 9-year-old B`: their ages before the names,
    and the one part for both; a family's name before two actors is no one's part."""
    text = (
        "Repertory Philippines stages the musical “The Secret Garden”.\n\n"
        "Aside from lead character Mary Lennox, played by 12-year-old Ashlee Factor and "
        "9-year-old Ginger Karganilla, there is another female in the musical."
    )
    assert READ.cast(text) == {
        ("Ashlee Factor", "The Secret Garden", "Mary Lennox"),
        ("Ginger Karganilla", "The Secret Garden", "Mary Lennox"),
    }
    family = (
        "Repertory Philippines stages the musical “The Secret Garden”.\n\n"
        "The Maitlands, played by Alec Baldwin and Geena Davis, are dead."
    )
    assert READ.cast(family) == {
        ("Alec Baldwin", "The Secret Garden", None),
        ("Geena Davis", "The Secret Garden", None),
    }


def test_an_obituarys_classics_and_list_of_sitcoms() -> None:
    """`starred in such classics as 1968′s Barbarella` (a prime for the apostrophe), `in
    addition to a number of US sitcoms, including A, B and C`; `has starred in a number of
    soaps including A and B`, then `best known for his role as Zak Dingle`, which goes to the
    story's own soap, not the list's last."""
    text = (
        "The Irish actor Milo O’Shea has died, aged 86.\n\n"
        "O’Shea starred in such classics as 1968′s Barbarella.\n\n"
        "O’Shea also starred in the BBC sitcom Me Mammy, in addition to a number of US "
        "sitcoms, including The Golden Girls, Cheers and Frasier."
    )
    assert READ.pairs(text) == {
        ("Milo O’Shea", work)
        for work in ("Barbarella", "Me Mammy", "The Golden Girls", "Cheers", "Frasier")
    }
    soaps = (
        "BELOVED Emmerdale star Steve Halliwell has died at the age of 77 after 30 years on "
        "the ITV soap.\n\nHalliwell first appeared in Emmerdale in 1994.\n\n"
        "He has starred in a number of soaps including Coronation Street and Cracker. "
        "However, he became best known for his role as Zak Dingle."
    )
    assert READ.cast(soaps) == {
        ("Steve Halliwell", "Emmerdale", "Zak Dingle"),
        ("Steve Halliwell", "Coronation Street", None),
        ("Steve Halliwell", "Cracker", None),
    }
    # a title that is one word, "and", then a word ("Law and Order") is one title still
    assert READ.works("He starred in shows such as Law and Order.") == {"Law and Order"}
    # two films with their years' possessives are two
    fonda = "Jane Fonda starred in such classics as 1968′s Barbarella and 1971′s Klute."
    assert READ.works(fonda) == {"Barbarella", "Klute"}
    # books read, songs played "such classics as", a writer's "dozens of series, including"
    books = "She read such classics as Pride and Prejudice and Jane Eyre."
    assert READ.works(books) == set()
    writer = "She has published dozens of series, including Poldark and The Cazalet Chronicles."
    assert READ.works(writer) == set()


def test_a_title_and_its_english_title_then_its_director() -> None:
    """`turned instead to Masar Egbari (Ahead Only), directed by the talented Nadine Khan`:
    its title in English and two words before the director's name; `In this series Khan
    skillfully crafts`: the director, the subject, no title. A biopic named as its subject
    is (`Baz Luhrmann's film Elvis follows Elvis Presley`), and so is a part's actor in
    brackets after a title that is a name (`Lucifer (Tom Ellis)`)."""
    text = (
        "I turned instead to Masar Egbari (Ahead Only), directed by the talented Nadine Khan."
        "\n\nIn this series Khan skillfully crafts a story. The drama revolves around Ali "
        "(Essam Omar) and Hussein (Ahmed Dash)."
    )
    assert "Masar Egbari" in READ.works(text)
    assert "Khan" not in READ.works(text)
    assert {
        ("Essam Omar", "Masar Egbari", "Ali"),
        ("Ahmed Dash", "Masar Egbari", "Hussein"),
    } <= READ.cast(text)
    biopic = "Baz Luhrmann's film Elvis follows Elvis Presley's rise. Austin Butler stars."
    assert "Elvis" in READ.works(biopic)
    devil = "The series Lucifer returns.\n\nLucifer (Tom Ellis) runs a nightclub."
    assert READ.cast(devil) == {("Tom Ellis", "Lucifer", "Lucifer")}


def test_one_word_names_in_a_list_of_full_names() -> None:
    """`The rest of the cast includes Chemban Vinod Jose, Siddique, Vishnu Unnikrishnan,
    Janardhan, and Tini Tom`: Malayalam actors who go by one name are cast too; not a title's
    word (`The Thick Of It's Joanna Scanlon`) nor a second part (`Betts as Aunt Em and
    Evillene`)."""
    text = (
        "Mohanlal has begun shooting for the film Big Brother.\n\n"
        "The rest of the cast includes Chemban Vinod Jose, Siddique, Vishnu Unnikrishnan, "
        "Janardhan, and Tini Tom."
    )
    assert {"Siddique", "Janardhan", "Tini Tom"} <= READ.people(text)
    titled = (
        "The period drama “Harbor Lights” will also star Charles Dance, Art Malik, The Thick "
        "Of It's Joanna Scanlon and Olivia Vinall."
    )
    assert "Thick" not in READ.people(titled)
    parts = (
        "The musical “The Wiz” stars Nichelle Lewis as Dorothy, Wayne Brady as the Wiz and "
        "Melody Betts as Aunt Em and Evillene."
    )
    assert "Evillene" not in READ.people(parts)
    # a part in a list of actors and their parts, a name's suffix
    fagin = "The musical “Oliver!” stars Tom Hale as Fagin, Ada Wren as Nancy, Ben Gale and Dodger."
    assert "Dodger" not in READ.people(fagin)
    junior = "The film “Rover” stars Tom Hale, Ada Wren, Ben Gale, Jnr, and Sam Lee."
    assert "Jnr" not in READ.people(junior)


def test_a_byline_or_time_stamp_is_no_event() -> None:
    """`Soha Hesham , Friday 22 Mar 2024`, `In Com Staff July 17 2019, 5.32 pm`, `First
    posted October 23, 2017`: names and stamps around a date tell of nothing; a box's
    `Release Date:` line and a title's year in brackets still date their work."""
    text = (
        "Ramadan drama season: Most watched\n\nSoha Hesham , Friday 22 Mar 2024\n\n"
        "In Com Staff July 17 2019, 5.32 pm\n\n"
        "The drama Masar Egbari premiered on March 11, 2024.\n\nFirst posted October 23, 2017"
    )
    assert READ.events(text) == [("2024-03-11", "The drama Masar Egbari premiered.")]
    # a headline that dates its news in capitals, and a life's dates, are events still
    headline = "Silent Harbor Opens In Cinemas On June 14, 2024"
    assert [date for date, _ in READ.events(headline)] == ["2024-06-14"]
    life = "John Smith, March 3, 1940 - April 20, 2024"
    assert [date for date, _ in READ.events(life)] == ["1940-03-03", "2024-04-20"]
    boxed = "Seven Seconds\nRelease Date: February 23, 2018\nCreator: Veena Sud\nCast: Regina King"
    assert [date for date, _ in READ.events(boxed)] == ["2018-02-23"]


def test_the_movie_after_an_actors_series() -> None:
    """A shoot's story (Syracuse.com): `Actor Josh Lawson, who starred in the Showtime series
    “House of Lies,” arrived at 120 E. Washington St. He plays a lawyer named Noel in the
    movie.`: a street's "St." before a pronoun ends the sentence, and "the movie" is the
    story's film, not the series named before; "The movie also stars" casts in it too."""
    text = (
        "The movie is “Holly Slept Over,” and is expected to be released next spring.\n\n"
        "Actor Josh Lawson, who starred in five seasons of the Showtime series “House of Lies,” "
        "arrived to shoot scenes at 120 E. Washington St. He plays a lawyer named Noel in the "
        "movie.\n\nThe movie also stars Ron Livingston, who is filming his final scene tonight."
    )
    assert READ.cast(text) == {
        ("Josh Lawson", "House of Lies", None),
        ("Josh Lawson", "Holly Slept Over", "Noel"),
        ("Ron Livingston", "Holly Slept Over", None),
    }
    # a film the story names, then a series only as a person's: "the film" is the film still
    saint = "The film “Rover” was shot at St. Helens. It stars Ada Wren."
    assert READ.pairs(saint) == {("Ada Wren", "Rover")}
    # "the film industry" is no film, and a series the sentence names keeps its part
    industry = (
        "Ada Wren stars in the film “Night Bus”.\n\nShe played Kim in the soap “Emmerdale” "
        "before she moved into the film industry."
    )
    assert ("Ada Wren", "Emmerdale", "Kim") in READ.cast(industry)


def test_the_last_name_of_a_starring_list_before_its_director() -> None:
    """`starring Jason Priestley, Shawn Doyle and Joanne Kelly, directed by Justin Simms`: the
    list's last name is a person, not a title the director's cue found."""
    text = (
        "• “Away From Everywhere” — The screen adaptation of the novel, starring Jason "
        "Priestley, Shawn Doyle and Joanne Kelly, directed by Justin Simms."
    )
    assert READ.works(text) == {"Away From Everywhere"}
    assert READ.people(text) == {"Jason Priestley", "Shawn Doyle", "Joanne Kelly"}
    # a title and its star after a cast list, no maker's credit after it, is a title still
    lasso = "The new comedy stars Tina Fey, Steve Carell and Ted Lasso star Jason Sudeikis."
    assert ("Jason Sudeikis", "Ted Lasso") in READ.pairs(lasso)


def test_a_soaps_bad_lad_played_by_a_manchester_bred_actor() -> None:
    """`Bad-lad Callum will be played by Manchester-bred actor Sean Ward`: where the actor is
    from is no part, and what the part is, joined by a hyphen, no word of its name; a panto's
    choreographer "as Choreographer" plays no part."""
    text = (
        "Coronation Street fans are in for a treat.\n\n"
        "Bad-lad Callum will be played by Manchester-bred actor Sean Ward."
    )
    assert READ.cast(text) == {("Sean Ward", "Coronation Street", "Callum")}
    panto = (
        "The pantomime “Cinderella” stars Emma Kirk, with Robert Marsden to direct along with "
        "Laura Grecian as Choreographer."
    )
    assert ("Laura Grecian", "Cinderella", "Choreographer") not in READ.cast(panto)
    # a name's own hyphened first part stays, and a play's part called "the Writer" is one
    gi_hun = "The series “Squid Game” returns.\n\nGi-hun Seong will be played by Lee Jung-jae."
    assert ("Lee Jung-jae", "Squid Game", "Gi-hun Seong") in READ.cast(gi_hun)
    writer = "In the play “The Writer”, Romola Garai plays the Writer."
    assert READ.pairs(writer) == {("Romola Garai", "The Writer")}


def test_a_short_month_without_its_full_stop() -> None:
    """`It debuts on Toggle today (Aug 19)`, `From Aug 26, the show will be available`: a
    short month and a day, with no full stop and no year; not a count (`Jan 19 players`)."""
    read = Reading(DateValue(2019, 8, 19))
    text = (
        "It debuts on Toggle today (Aug 19) for subscribers.\n\n"
        "From Aug 26, the show will be available on TV."
    )
    assert [date for date, _ in read.events(text)] == ["2019-08-19", "2019-08-26"]
    assert read.events("Jan 19 players joined the club.") == []
    # a short month as a name, a day that names a thing, a count after "by"
    for text in (
        "Korean striker Son Jun 2 goals behind the leader, said coach Kim Dae-ho.",
        "The Jan 6 committee will release its final report, Bennie Thompson said.",
        "The motion was carried by Mar 1 vote, a club spokesman said.",
    ):
        assert read.events(text) == [], text
