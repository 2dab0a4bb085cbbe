"""Round fourteen: what six fresh development pages showed (a list of short-lived revivals, a
magazine's interview, a review with a box of facts, a network's launch, a gallery of soap
stars, a film industry brief), each rule read with a made-up sentence of the genre and a
look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2022, 11, 15))


def test_a_title_a_days_name_opens_after_its_kind_and_a_comma() -> None:
    """`his latest film, Saturday Night, starring A and B`: a title set off by its kind, even
    one a day's name opens; "on Saturday Night, she ..." is still no work."""
    text = (
        "Meanwhile, his latest film, Saturday Night, starring Ada Wren and Ben Gale, hit the "
        "big screen on November 4."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Saturday Night", None),
        ("Ben Gale", "Saturday Night", None),
    }
    assert READ.works("On Saturday Night, Ada Wren starred in a play in London.") == set()


def test_a_language_before_film_is_no_title() -> None:
    """`the Malayalam film Night Harbor`, `Malayalam cinema`: the language is no work."""
    text = (
        "Bo Lind has worked in Malayalam cinema. He made his debut with the Malayalam film "
        "Night Harbor, and the Hindi film Rover followed."
    )
    assert READ.works(text) == {"Night Harbor", "Rover"}


def test_what_a_work_is_about_is_neither_title_nor_cast() -> None:
    """`Rover, the six-part miniseries about Tom Reed and the Harbor Davidians starring A and
    B`: the story's subjects are no title and no cast; the work set off before them is."""
    text = (
        "Its first offering will be Rover, the six-part miniseries about Tom Reed and the "
        "Harbor Davidians starring Ada Wren and Ben Gale."
    )
    assert READ.works(text) == {"Rover"}
    assert READ.cast(text) == {("Ada Wren", "Rover", None), ("Ben Gale", "Rover", None)}


def test_a_reboot_set_off_by_commas_next_in_a_line_up_is_a_title() -> None:
    """`That will be followed by Heathers, an hourlong reboot of the cult hit 1988 movie
    starring A and B`: "followed by" tells what comes next, not who made it."""
    text = (
        "That will be followed by Night Harbor, an hourlong dark comedic reboot of the cult "
        "hit 1988 movie starring Ada Wren and Ben Gale, that Bo Lind developed."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", None),
        ("Ben Gale", "Night Harbor", None),
    }


GALLERY = (
    "Soap opera stars: why they really left\n"
    "Credit: Howard Wise/JPI (2), Paul Skipper/JPI\n"
    "Tom Reed\n"
    "Image Credit: Howard Wise/JPI\n"
    "In 2015, the Harbor Lights legend decided to pack it in after 44 years off and on as "
    "Luke Hale. “I’m just weary of the grind,” he told TV Insider at the time.\n"
    "Kristoff Olander\n"
    "Image Credit: ABC/Courtesy of the Everett Collection\n"
    "The show’s top scribe, he suggested to Access Hollywood, “didn’t want to write it.”\n"
    "Ben Gale\n"
    "Image Credit: CBS\n"
    "The Emmy winner loved his time on the show; it began his acting career."
)


def test_a_gallery_of_stars_gives_each_slides_words_to_its_star() -> None:
    """A gallery heads its slides with names over a photo's credit line (`Image Credit:
    ...`): the credit line is no text; "as Luke Hale" after "44 years off and on" is a part,
    so "he" is the slide's star; the other name-shaped headings are people too, not works
    ("Kristoff Olander"); "suggested" says a quote."""
    assert READ.quotes(GALLERY) == [
        ("Tom Reed", "I’m just weary of the grind,"),
        ("Kristoff Olander", "didn’t want to write it."),
    ]
    assert READ.works(GALLERY) == {"Harbor Lights"}


def test_a_part_added_in_parentheses_is_no_actor() -> None:
    """`Luke (and his cousin Bill Reed)`: a second part, not Luke's actor; `Luke (series
    regular Bill Reed)` still names the actor."""
    actor = "Harbor Lights review\n\nIn the second season, Luke (series regular Bill Reed) returns."
    assert READ.cast(actor) == {("Bill Reed", "Harbor Lights", "Luke")}
    assert READ.cast(actor.replace("series regular", "and his cousin")) == set()


def test_despite_or_without_opens_no_name() -> None:
    """`Despite Ada Wren as the trusted Agent 99`: "Despite" is no part of her name, and a
    part's number is part of the part."""
    text = (
        "When the sitcom Harbor Lights was on air, the audience loved it. Despite Ada Wren as "
        "the trusted Agent 99 and Ben Gale as Chief by his side, little went right."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Agent 99"),
        ("Ben Gale", "Harbor Lights", "Chief"),
    }


REVIVALS = (
    "The Strange Case of Short Lived Reunions\n"
    "Many shows tried to revive the magic with the same cast.\n"
    "Rover: Redemption\n"
    "Without Nate (Tom Reed), Rover: Redemption might not be the same, but with the original "
    "cast members Ada Wren and Ben Gale back, we are excited.\n"
    "The New Harbor Lights (1985 – 1995)\n"
    "Before the current reboot of Harbor Lights, there were attempts to revive it. The "
    "original run was from 1957 to 1966 where Bo Lind played the lawyer. The New Harbor "
    "Lights came out later.\n"
    "Get Rover, Again! (1987)\n"
    "Kim Dale starred in Get Rover, which was on air in the 1960s."
)


def test_a_round_ups_headings_with_their_years_are_works() -> None:
    """`Rover: Redemption` among headings with the years they ran, `The New Harbor Lights
    (1985 – 1995)`: works, and "Harbor Lights" is the work "The New Harbor Lights" revives,
    not its short form; the years after a heading date no event, the run's "from ... to" does."""
    works = READ.works(REVIVALS)
    assert {"Rover: Redemption", "The New Harbor Lights", "Harbor Lights"} <= works
    assert ("Ada Wren", "Rover: Redemption", None) in READ.cast(REVIVALS)
    assert ("Bo Lind", "Harbor Lights", None) in READ.cast(REVIVALS)
    assert {date for date, _ in READ.events(REVIVALS)} == {"1957", "1966"}


REVIEW = (
    "Night Harbor\n\n"
    "Movie Information\n\n"
    "Genre: Comedy Romance\n"
    "Director: Bo Lind\n"
    "Starring: Ada Wren, Ben Gale, Kim Dale\n"
    "Rated: R\n\n"
    "I spent much of the running time of Night Harbor thinking of other films."
)


def test_a_reviews_box_of_facts_casts_its_headlines_film() -> None:
    """A headline over a box of facts (`Director:`, `Starring:`, `Rated:` lines, run into one
    paragraph or not) is the film's title, and the `Starring:` line its cast; a headline over
    one labelled line is not."""
    expected = {
        ("Ada Wren", "Night Harbor", None),
        ("Ben Gale", "Night Harbor", None),
        ("Kim Dale", "Night Harbor", None),
    }
    assert READ.cast(REVIEW) == expected
    assert READ.cast(REVIEW.replace("\n\n", "\n")) == expected
    one_label = "Ada Wren's big week\n\nStarring: Ada Wren, Ben Gale\n\nA look at the week."
    assert READ.works(one_label) == set()


def test_a_span_of_years_dates_no_event_unless_told_from_its_start() -> None:
    """`1985 – 1995`, `2008-present` are spans, no events; `From 1964-75, she played` starts
    and ends then, as "from 1957 to 1966" does; `the 1883 magazine` is a name."""
    assert READ.events("Harbor Lights ran on CBS in the years 1985 – 1995 and 2008-present.") == []
    played = "Ada Wren played the heroine of Harbor Lights."
    assert READ.events("From 1964-75, " + played) == [("1964", played), ("1975", played)]
    assert READ.events("From 1998-2003, " + played) == [("1998", played), ("2003", played)]
    assert READ.events("Ada Wren spoke to the recently relaunched 1883 magazine.") == []


def test_a_part_called_by_its_first_name_has_its_full_name() -> None:
    """`novelist Joe Castle ... Joe is played by Ben Gale` plays Joe Castle, and `"Goose"
    Reed. Goose, who was played by A` Goose Reed; not a first name two people share."""
    text = (
        "Night Harbor review\n\nThe story begins with famous novelist Joe Castle awaiting a "
        "call. Joe is played by Ben Gale (Rover), who brings his usual professionalism."
    )
    assert ("Ben Gale", "Night Harbor", "Joe Castle") in READ.cast(text)
    nickname = (
        'Night Harbor review\n\nHe meets the son of his old flight partner, "Goose" Reed. '
        "Goose, who was played by Ben Gale, was killed in the first film."
    )
    assert ("Ben Gale", "Night Harbor", "Goose Reed") in READ.cast(nickname)
    two = text.replace("novelist Joe Castle", "novelists Joe Castle and Joe Lane")
    assert ("Ben Gale", "Night Harbor", "Joe") in READ.cast(two)


def test_a_channel_left_after_a_part_by_a_photo_credit_is_no_part_of_it() -> None:
    """`join Harbor Lights as Drake, Morwenna, and Sam BBC`: the caption's credit."""
    text = (
        "New faces: Ada Wren, Ben Gale and Tom Reed join Harbor Lights as Drake, Nell, and Sam BBC"
    )
    assert ("Tom Reed", "Harbor Lights", "Sam") in READ.cast(text)


# The second batch: made-up casting sentences of the genre, then four more development pages
# (a film's casting, a soap's comebacks, a soap star's return, an animated film's voice cast).
NEWS = "Harbor Lights news\n\n"


def test_casting_verbs_of_the_genre() -> None:
    """`boarded the new drama X`, `has a recurring role on X`, `A, star of X,`, `is the lead of
    X`, `made her name on X`; not `boarded a new plane`, `has a key role in X's success`,
    `made her name in London`, `the co-star of Ben Gale`, nor an album that `features` a
    singer (`His latest album, Midnight Memories, features Ada Wren`)."""
    for text, people in (
        ("Ada Wren boarded the new drama Harbor Lights last week.", {"Ada Wren"}),
        ("Ada Wren has a recurring role on the drama Harbor Lights.", {"Ada Wren"}),
        ("Ada Wren, star of Harbor Lights, spoke on Monday.", {"Ada Wren"}),
        ("Ada Wren is the lead of the new drama Harbor Lights.", {"Ada Wren"}),
        ("His latest album, Midnight Memories, features Ada Wren.", set()),
        ("Ada Wren made her name on Harbor Lights.", {"Ada Wren"}),
        ("Ada Wren boarded a new plane to Paris.", set()),
        ("Ada Wren has a key role in the drama Harbor Lights' success.", set()),
        ("Ada Wren made her name in London.", set()),
        ("Ada Wren, the co-star of Ben Gale, spoke.", set()),
    ):
        assert READ.people(NEWS + text) == people, text


def test_a_soap_exit_or_return_as_a_part() -> None:
    """`Helen Wren's departure as Gail Hale`: her part, so "He said" after it is not Gail's."""
    text = (
        "Ben Gale is returning to Harbor Lights as Martin Hale.\n\nThe actor will be back in "
        "October as part of Kim Dale's departure as Gail Hale, and he is filming now.\n\nHe said "
        "in a statement: “It was great to be invited back.”"
    )
    assert ("Kim Dale", "Harbor Lights", "Gail Hale") in READ.cast(text)
    assert READ.quotes(text) == [("Ben Gale", "It was great to be invited back.")]


def test_a_middle_initial_without_its_full_stop() -> None:
    """`son David (Jack P Shepherd)`, as British papers write it; not a headline's "A"."""
    text = "Ben Gale stars in Harbor Lights as Martin. He visits his son David (Jack P Reed)."
    assert ("Jack P Reed", "Harbor Lights", "David") in READ.cast(text)


def test_a_job_title_before_a_name_is_no_part_of_it() -> None:
    """`Disney Animation Chief Creative Officer Jennifer Lee stated` then `," said Lee.`"""
    text = (
        "In an interview, Harbor Studios Chief Creative Officer Ada Wren stated that it is fun."
        "\n\n“The priority was the narrative,” said Wren."
    )
    assert READ.quotes(text) == [("Ada Wren", "The priority was the narrative,")]


def test_a_title_case_headlines_casting_verb_ends_its_title() -> None:
    """`WISH Adds Angelique Cabral To Its Voice Cast`: the work is WISH, named as the story
    writes it (`Wish`), and its cast; the part after a description with a possessive in it is
    named (`the voice of Asha’s favorite goat, Valentino`)."""
    text = (
        "ROVER Adds Ada Wren To Its Voice Cast\n\nActress Ada Wren has joined the voice cast of "
        "the upcoming animated film, Rover. Ben Gale will also co-star in the film as the voice "
        "of Asha’s favorite goat, Valentino."
    )
    assert READ.works(text) == {"Rover"}
    assert ("Ben Gale", "Rover", "Valentino") in READ.cast(text)
    studio = "Harbor Animation's " + text
    assert READ.works(studio) == {"Rover"}


def test_the_talents_a_film_secured_are_its_cast() -> None:
    """`The comedy has already secured the talents of A (X), B (Y) and C (Z)`."""
    text = (
        "Ada Wren is set to join the cast of new film Rover. The comedy has already secured the "
        "talents of Ben Gale (Vacation), Kim Dale (Whiplash) and Tom Reed (Zoolander 2)."
    )
    assert {"Ben Gale", "Kim Dale", "Tom Reed"} <= {
        person for person, work, _ in READ.cast(text) if work == "Rover"
    }


def test_a_quoted_name_someone_plays_is_no_work() -> None:
    """`“Dirty Den”, played by Leslie Grantham,`: a part, not a title."""
    text = "But “Dirty Den”, played by Ben Gale, was to reappear in 2003 on the soap Harbor Lights."
    assert READ.works(text) == {"Harbor Lights"}


RELEASE = (
    "ROVER Adds Ada Wren To Its Voice Cast\n\n"
    "We're roughly two months out from the November release of Rover, the animated film.\n\n"
    "By MarkJulian - Sep 18, 2023 08:09 PM EST\nFiled Under: Disney\n\n"
    "Ben Gale (Star Trek Into Darkness, Wonder Woman 1984) plays King Magnifico in Rover."
)


def test_a_months_release_ahead_and_a_byline_stamp() -> None:
    """`two months out from the November release` is ahead of publication; a byline's stamp
    (`By MarkJulian - Sep 18, 2023 08:09 PM EST`) dates nothing, nor does a title's year
    (`Wonder Woman 1984`)."""
    read = Reading(DateValue(2023, 9, 18))
    assert [date for date, _ in read.events(RELEASE)] == ["2023-11"]


def test_more_channels_own_their_shows() -> None:
    """`TNT's Night Harbor`, `BET's Night Harbor`: a channel's possessive before a title."""
    for channel in ("TNT", "BET", "Comedy Central", "Zee5"):
        text = f"Ada Wren talked about {channel}'s Night Harbor on Monday."
        assert READ.works(text) == {"Night Harbor"}, channel


def test_look_alikes_of_this_rounds_cues() -> None:
    """A reviewer's look-alikes: an opening phrase's kind before its subject (`In her latest
    film, Ben Gale, her husband, plays a spy`) names no work, unless a subject follows the
    title (`In her latest film, Erin Hale, Ada Wren plays`); what a person says of a work (`Ada
    Wren said the drama X is back`) casts nobody, what she says of herself does."""
    assert READ.works(NEWS + "In her latest film, Ben Gale, her husband, plays a spy.") == set()
    titled = NEWS + "In her latest film, Erin Hale, Ada Wren plays a clerk."
    assert READ.cast(titled) == {("Ada Wren", "Erin Hale", None)}
    assert READ.cast(NEWS + "Ada Wren said the drama Harbor Lights is back.") == set()
    herself = NEWS + "Ada Wren said she is back in the drama Harbor Lights."
    assert READ.cast(herself) == {("Ada Wren", "Harbor Lights", None)}


# Two fresh pages tried as a new user (Film-News.co.uk on Christopher Nolan's next film,
# evoke.ie on soap returns), each fix with its look-alike.


def test_a_makers_surname_before_film_is_no_title() -> None:
    """`in a Nolan film` after `Christopher Nolan` is one of his films; `a Hitchcock film` with
    no Hitchcock named stays a title, as the film "Hitchcock" is one."""
    text = NEWS + "Ada Wren joined Bo Nolan's next film. Ben Gale was never in a Nolan film."
    assert READ.works(text) == set()
    assert READ.works(NEWS + "Ada Wren starred in a Hitchcock film.") == {"Hitchcock"}


def test_a_name_with_an_apostrophe_inside() -> None:
    """`Lupita Nyong'o`, not "Lupita Nyong"; a possessive's "'s" stays no part of a name."""
    text = NEWS + "Lupita Nyong'o will star in the drama Harbor Lights. Ben Gale's part is small."
    assert READ.people(text) == {"Lupita Nyong'o"}


def test_a_genre_set_off_by_commas_before_a_title() -> None:
    """`She was seen in the horror, A Quiet Place: Day One, and heard voicing a robot`: a
    title inside its sentence, whose words name nobody for the event; `In the film, Ben Gale,
    her husband, plays a spy` names no work."""
    text = (
        NEWS + "Ada Wren will star in the drama Harbor Lights. She was seen earlier this year "
        "in the horror, A Quiet Place: Day One, and heard voicing a robot."
    )
    assert "A Quiet Place: Day One" in READ.works(text)
    events = READ.facts(text).events
    assert [e.people for e in events] == [("Ada Wren",)]
    assert READ.works(NEWS + "In the film, Ben Gale, her husband, plays a spy.") == set()


def test_a_soap_gallerys_captions() -> None:
    """`Pic: Rex` is a photo's credit, no title; a caption's shouted actor (`Jenny Bradley
    [SALLY-ANN MATTHEWS]`) is written as a name; a quoted nickname "who" got shot (`‘Dirty
    Den’ who got shot`) is a part, no title."""
    text = (
        "Soap returns on the soap Coronation Street\n\nJenny Bradley\n\nPic: Rex\n\nJohnny "
        "Connor [RICHARD HALE] and Jenny Bradley [SALLY-ANN MOSS] on the soap Coronation Street"
        "\n\nOne of the most famous is ‘Dirty Den’ who got shot in 1989."
    )
    assert READ.works(text) == {"Coronation Street"}
    assert READ.people(text) == {"Richard Hale", "Sally-Ann Moss"}


def test_a_work_someone_comes_from_before_their_verb() -> None:
    """`Ada Wren from “Rover” will be playing Nora Vale`: known from Rover; not `a letter to Ada
    Wren from “Rover” fans`; `was previously seen in “X”` is a credit in X."""
    text = (
        "Harbor Lights adds three\n\n“Harbor Lights” will have new cast members. Ada Wren from "
        "“Rover” will be playing Nora Vale, a lawyer."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ada Wren", "Rover", None),
    }
    letter = "Harbor Lights news\n\nIt was a letter to Ada Wren from “Rover” fans about the show."
    assert READ.cast(letter) == set()
    seen = "Harbor Lights news\n\nBen Gale was previously seen in “The Night Of”."
    assert READ.cast(seen) == {("Ben Gale", "The Night Of", None)}


CAST_GUIDE = (
    "Harbor Lights cast: Full list\n\nThe full list of Harbor Lights cast members are as "
    "follows.\n\nAda Wren as Agent Nora Vale\n\n{line}\n\nKim Dale as Billy"
)


def test_a_cast_guides_part_a_rank_opens_and_a_names_numeral() -> None:
    """`Ben Gale as President Cal Hale`, `as Dr Gabriela Hale` (no full stop, British style):
    parts; `Percy Reed IV as Jem`: the numeral is his name's; `Rocky IV` alone is no person."""
    for line, credit in (
        ("Ben Gale as President Cal Hale", ("Ben Gale", "President Cal Hale")),
        ("Ben Gale as Dr Gabriela Hale", ("Ben Gale", "Dr Gabriela Hale")),
        ("Percy Reed IV as Jem", ("Percy Reed IV", "Jem")),
    ):
        cast = {(person, role) for person, _, role in READ.cast(CAST_GUIDE.format(line=line))}
        assert credit in cast, line
    assert READ.people(NEWS + "Ada Wren starred in Rocky IV with Ben Gale.") <= {
        "Ada Wren",
        "Ben Gale",
    }
