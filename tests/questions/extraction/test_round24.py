"""Round twenty-four: what fresh development pages showed (theatre reviews' openings, a blog's
theatre review, Bollywood shoots, a K-drama's casting), each rule read with a made-up sentence
of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 3, 4))  # a Monday


def test_a_show_at_its_theatre_is_the_sentences_subject() -> None:
    """`Jules and Jim at the Jermyn Street Theatre is an exploration`, `Private Lives at the
    Donmar Warehouse was`: a show named by its theatre, even opening its sentence."""
    text = (
        "Night Harbor at the Jermyn Street Theatre is an exploration of love. Nora (Ada Wren) "
        "is a German writer.\n\nThe Long Watch at the Donmar Warehouse was a surprise."
    )
    assert READ.works(text) == {"Night Harbor", "The Long Watch"}
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nora")}
    person = "Ada Wren at the Adelphi Theatre is a revelation. Her Nora is a marvel."
    assert READ.works(person) == set()


def test_a_part_then_its_actor_in_brackets_then_the_work() -> None:
    """`the theme tune for David (Danny Lee Wynter) in Black Superhero`: the work after "in";
    a country there is where, not what."""
    text = "It could be the theme tune for Nora (Ada Wren) in Night Harbor. She longs for home."
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nora")}
    place = "It could be the theme tune for Nora (Ada Wren) in Poland. She longs for home."
    assert READ.works(place) == set()


def test_a_playwrights_play_and_a_memory_play() -> None:
    """`Bjorg Vik’s play The Journey to Venice`, `Brian Friel’s Dancing at Lughnasa is a memory
    play told from the perspective of Michael (Tom Vaughan-Lawlor)`: after an owner or "is a",
    a play is no verb."""
    owned = "Tom Hale’s play The Long Watch invites you into the world of Edith."
    assert READ.works(owned) == {"The Long Watch"}
    told = (
        "Tom Hale’s Dancing at Dawn is a memory play told from the perspective of Nell (Ada "
        "Wren), niece to five sisters."
    )
    assert READ.cast(told) == {("Ada Wren", "Dancing at Dawn", "Nell")}
    verb = "Tom Hale’s kids love to play The Long Watch game at home."
    assert READ.works(verb) == set()


def test_a_blogs_review_label_and_the_theatre_after_its_title() -> None:
    """`CT Theater Review: The Revisionist -- Playhouse on Park`: the blog's label before the
    review's and the theatre after the dash are no part of the title."""
    text = (
        "CT Theater Review: The Long Watch -- Playhouse on Park\n\nThe premiere of Tom Hale's "
        "play. David (Ben Gale) is a writer who visits his cousin, Maria (Ada Wren)."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "The Long Watch", "David"),
        ("Ada Wren", "The Long Watch", "Maria"),
    }
    headline = "CT Theater Review: Ada Wren Shines -- Playhouse on Park\n\nThe show runs an hour."
    assert READ.works(headline) == set()


def test_a_theatre_that_is_old_is_no_person() -> None:
    """`this Bristol Old Vic production of Hamlet`, its heading `HAMLET – Bristol (Cinema
    Review)`: no one called Bristol Old Vic, with a part called Cinema Review."""
    text = (
        "HAMLET – Bristol (Cinema Review) by Rev Stan\n\nThe fat has been cut from this Bristol "
        "Old Vic production of Hamlet, leaving the meat of the play. Nora (Ada Wren) is in it."
    )
    assert "Bristol Old Vic" not in READ.people(text)


def test_a_list_goes_on_past_what_its_last_actor_is() -> None:
    """`also stars Kareena Kapoor, Alia Bhatt and Punjabi singer-actor Diljit Dosanjh`: the
    third name is in the list; not "and actor Lukas Radovich, who plays his son", whose clause
    is his own."""
    text = (
        "Night Harbor is a film about a port town. Night Harbor also stars Ada Wren, Ben Gale "
        "and Punjabi singer-actor Tom Hale in key roles."
    )
    assert READ.pairs(text) == {
        (name, "Night Harbor") for name in ("Ada Wren", "Ben Gale", "Tom Hale")
    }
    clause = (
        "Night Harbor is a film about a port town. Ben Gale and actor Tom Hale, who plays his "
        "son Kit in Night Harbor, shared a photo."
    )
    assert ("Tom Hale", "Night Harbor", "Kit") in READ.cast(clause)


def test_an_actor_roped_in_for_a_part_the_story_only_describes() -> None:
    """`The filmmaker has roped in Jackie Shroff to play a new character`: cast, no part;
    not one roped in to host a party."""
    text = (
        "Rohit Shetty's cop drama Night Harbor has a new addition to the cast. The filmmaker "
        "has roped in Ada Wren to play a new character."
    )
    assert ("Ada Wren", "Night Harbor", None) in READ.cast(text)
    host = (
        "Rohit Shetty's cop drama Night Harbor has wrapped. The filmmaker has roped in Ada Wren "
        "to host the wrap party."
    )
    assert "Ada Wren" not in READ.people(host)


def test_a_bare_run_that_opens_a_quoted_title_is_that_title() -> None:
    """`recent revivals of "The Boys from Syracuse"`, then `the 1938 musical The Boys from
    Syracuse`: a run of capitals stops at "from", but the page quotes the whole title."""
    text = (
        'Recent revivals of "Night Harbor," "The Boys from Syracuse," and "Burn This" show a '
        "trend. In other shows, like the revival of the 1938 musical The Boys from Syracuse, "
        "poor choices hurt."
    )
    assert READ.works(text) == {"Night Harbor", "The Boys from Syracuse", "Burn This"}
    shorter = (
        'Recent revivals include "Harbor Lights at Dawn," a hit. Like the 2019 film Harbor '
        "Lights, a hit, it sold out."
    )
    assert READ.works(shorter) == {"Harbor Lights at Dawn", "Harbor Lights"}


def test_a_stars_fame_is_not_the_story_s_work() -> None:
    """`“Lovely Runner” star Byeon Woo-seok has been confirmed to star in a new MBC drama
    series`, its title given later: the part he takes is in the new series, not in what he is
    known for."""
    text = (
        "“Harbor Lights” star Ben Gale has been confirmed to star in a new MBC drama series, "
        "the studio said Monday. Gale will take on the role of Ean, the second son of the King."
        "\n\nThe romance series, tentatively titled “The Long Watch,” will be co-produced by MBC."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Harbor Lights", None),
        ("Ben Gale", "The Long Watch", "Ean"),
    }
    own = (
        "“Harbor Lights” star Ben Gale returns for its second season. Gale plays Ean, a fisherman."
    )
    assert READ.cast(own) == {("Ben Gale", "Harbor Lights", "Ean")}


def test_a_star_wrapping_the_shoot_of_a_film_is_in_it() -> None:
    """`are all set to conclude filming their latest project, the romantic comedy Abir Gulaal`,
    `wrapped up the shooting of his political thriller 'Maanaadu'`; a director who shoots his
    film is none of its cast."""
    bare = (
        "Ada Wren and Ben Gale are all set to conclude filming their latest project, the "
        "romantic comedy Night Harbor, in London on November 11."
    )
    assert READ.pairs(bare) == {("Ada Wren", "Night Harbor"), ("Ben Gale", "Night Harbor")}
    quoted = "Meanwhile, Ada Wren recently wrapped up the shooting of her thriller 'Night Harbor'."
    assert READ.pairs(quoted) == {("Ada Wren", "Night Harbor")}
    director = "Director Tom Hale starts shooting for his much awaited movie ‘Night Harbor’."
    assert READ.people(director) == set()


def test_a_described_lead_ends_at_the_clause_and_the_list_after_is_cast() -> None:
    """`features Kalyani Priyadarshan as the female lead while S A Chandrasekhar, SJ Suryah,
    Premgi Amaren, Karunakaran amongst others will be seen in prominent roles`: the lead has
    no part called by the next name, and those seen in prominent roles are cast."""
    text = (
        "Ada Wren wrapped the shooting of her thriller 'Night Harbor'. The film features Nell "
        "Hale as the female lead while Ben Gale, Kit Moss and Tom Lind amongst others will be "
        "seen in prominent roles."
    )
    assert READ.cast(text) == {
        (name, "Night Harbor", None) for name in ("Ada Wren", "Nell Hale", "Ben Gale", "Kit Moss")
    } | {("Tom Lind", "Night Harbor", None)}
    seen = "Ada Wren's thriller 'Night Harbor' opens today. Ben Gale was seen in the crowd."
    assert "Ben Gale" not in READ.people(seen)


def test_a_weekend_charts_entries_over_their_boxes_of_takings() -> None:
    """`1. The Twilight Saga: Breaking Dawn - Part 1` over `Gross:`, `Screens:` and `Weeks: 1`:
    each entry's heading is a work, a film's part after its dash too; no box line is one, and
    a subtitle's head is no one ("opposite Breaking Dawn")."""
    para = "It opened big, and fans camped out for days in gowns for the night of its premiere."
    text = (
        "Weekend Receipts: the chart\n\n1. Night Harbor: Dark Tide - Part 1\n\nGross: "
        "$139,500,000 (new)\n\nScreens: 4,061\n\nWeeks: 1\n\n" + para + "\n\n2. The Long Watch"
        "\n\nGross: $22,025,000 (new)\n\nScreens: 3,606\n\nWeeks: 1\n\nOpening at just $22 "
        "million opposite Dark Tide, perhaps the Ada Wren-led animated sequel never had a chance."
    )
    assert READ.works(text) == {"Night Harbor: Dark Tide - Part 1", "The Long Watch"}
    assert READ.cast(text) == {("Ada Wren", "The Long Watch", None)}


def test_a_part_after_the_actors_other_work_in_brackets() -> None:
    """`Starring in the family saga is two-time Oscar winner Emma Thompson (Love Actually) as
    Vivienne Rook`: the part after the brackets is hers in the saga."""
    text = (
        "Ada Wren to star in Tom Hale drama Night Harbor\n\nThe six-part drama follows the Lyons "
        "family. Starring in the family saga is two-time Oscar winner Ada Wren (Harbor Lights) "
        "as Vivienne Rook, an outspoken public figure."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", "Vivienne Rook"),
        ("Ada Wren", "Harbor Lights", None),
    }


def test_a_title_with_a_plus_between_its_words() -> None:
    """`Filming begins on BBC One's Noughts + Crosses adaptation`: one title."""
    text = "Filming begins on BBC One's Night + Day adaptation. Nell (Ada Wren) is a teenager."
    assert "Night + Day" in READ.works(text)


def test_a_count_of_firms_is_no_year() -> None:
    """`1620 firms of the television and TV serial sector are …`: a count, not a year; the
    year of a fair is still one."""
    text = (
        "The fair began in the French city of Cannes in April 2017. 1620 firms of the television "
        "sector are there."
    )
    assert [date for date, _ in READ.events(text)] == ["2017-04"]
    year = "In 1998, fans flocked to the premiere of Night Harbor, starring Ada Wren."
    assert [date for date, _ in READ.events(year)] == ["1998"]


def test_a_kind_of_work_in_title_case_names_no_one() -> None:
    """`Popular Turkish Drama Insider (Icerde) stars A, B`: no one called "Popular Turkish Drama
    Insider", with a part called "Icerde"."""
    text = (
        "Ada Wren talked about her new series 'Night Harbor'.\n\nPopular Turkish Drama Insider "
        "(Icerde) stars Ben Gale, Tom Hale and Kit Moss."
    )
    assert "Popular Turkish Drama Insider" not in READ.people(text)


def test_her_new_series_in_quotes_is_hers() -> None:
    """`Ayça Ayşin Turan talked to Hürriyet about her new tv series ‘Meryem’`: a quoted title
    after her own work's noun is her credit, as a bare one is; not a series she directed."""
    text = "Ada Wren talked to Hürriyet about her new tv series ‘Night Harbor’. It is a hit."
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", None)}
    made = "Ada Wren talked about her new series ‘Night Harbor’, which she directed."
    assert READ.people(made) == set()


def test_a_cast_of_listed_names_names_no_work() -> None:
    """`it also features an ensemble cast of Nauman Ejaz, Samiya Mumtaz, Yasra Rizvi` under a
    photo caption `Nauman Ejaz`: a cast's list of names and a caption of one of them, no work;
    the list is the drama's cast. Not "joined the cast of Night Harbor, Ada Wren said"."""
    text = (
        "Ada Wren has started shooting for her new project ‘Night Harbor’.\n\nBen Gale\n\nThe "
        "drama is penned by Tom Hale. It also features an ensemble cast of Ben Gale, Kit Moss, "
        "Nell Hale and others.\n\nKit Moss\n\nIt is a wonderful project, the team says."
    )
    assert READ.works(text) == {"Night Harbor"}
    assert READ.pairs(text) == {
        (name, "Night Harbor") for name in ("Ada Wren", "Ben Gale", "Kit Moss", "Nell Hale")
    }
    joined = "Tom Hale has joined the cast of Night Harbor, Ada Wren said on Monday."
    assert READ.works(joined) == {"Night Harbor"}


def test_a_first_name_shared_goes_to_the_one_the_page_calls_by_it() -> None:
    """`24-year-old Luke ... Luke revealed`, then `Luke Hemsworth made brief appearances`, then
    `“Acting has been my passion,” Luke told the publication`: the quote is the star's, whom
    the page calls Luke alone, not the cousin named last."""
    text = (
        "Home and Away has announced the casting of Ada Lee as Xander.\n\nThe 24-year-old Ada is "
        "the cousin of Tom Hale. Ada revealed that she turned to her cousin for advice.\n\n"
        "Ada Hale also made brief appearances as Nathan Tyson in Neighbours.\n\n“Acting has been "
        "my passion for such a long time,” Ada told the publication."
    )
    assert READ.quotes(text) == [("Ada Lee", "Acting has been my passion for such a long time,")]
    once = (
        "Ada Lee joins Home and Away.\n\nAda Hale also made brief appearances in Neighbours.\n\n"
        "“It was a blast,” Ada told the publication."
    )
    assert READ.quotes(once) == [("Ada Hale", "It was a blast,")]
