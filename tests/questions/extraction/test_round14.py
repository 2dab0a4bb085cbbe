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
    then, as "from 1957 to 1966" does; `the 1883 magazine` is a name."""
    assert READ.events("Harbor Lights ran on CBS in the years 1985 – 1995 and 2008-present.") == []
    assert READ.events("From 1964-75, Ada Wren played the heroine of Harbor Lights.") == [
        ("1964", "Ada Wren played the heroine of Harbor Lights.")
    ]
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
