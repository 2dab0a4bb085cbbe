"""Cast read from pages' furniture and lists (round twelve): a show's own post embedded in
the page, a round-up's heading with its channel in parentheses, parts "now played by" their
actors, guest appearances, a photocall's caption, names that end in a word no name holds
alone (`Dominic West`), Korean given names (`Kang-ho Song`). Each rule's made-up sentence,
and a look-alike it must leave alone. Written from the genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 7))
_cast = READ.cast
_works = READ.works
_people = READ.people


_HEAD = "Harbor Lights season 2 news\n\n"


def test_a_shows_embedded_post_is_read_past_its_picture_link() -> None:
    """`... our cast — now including A and B! pic.twitter.com/x May 7, 2024`: the show's
    account posts its cast; a post of a word or two is no sentence of the story."""
    text = _HEAD + (
        "Please give a round of snaps to our cast — now including Christopher Lloyd and "
        "Billie Piper! pic.twitter.com/v6nX6eLPP8May 7, 2024"
    )
    assert _cast(text) == {
        ("Christopher Lloyd", "Harbor Lights", None),
        ("Billie Piper", "Harbor Lights", None),
    }
    text = _HEAD + "Ada Wren stars in Harbor Lights.\n\nSoon pic.twitter.com/BN93cV0Swi"
    assert "Soon" not in _works(text)


def test_names_ending_in_a_word_no_name_holds_alone() -> None:
    """`Dominic West`, `Charlie Day`: a given name then `West`, `Day`; not `Key West` nor
    `Labor Day`."""
    text = _HEAD + "Dominic West and Charlie Day have joined the cast of Harbor Lights."
    assert _cast(text) == {
        ("Dominic West", "Harbor Lights", None),
        ("Charlie Day", "Harbor Lights", None),
    }
    text = _HEAD + "Key West and Labor Day have joined the cast of Harbor Lights."
    assert _cast(text) == set()


def test_a_round_ups_heading_with_its_channel_in_parentheses() -> None:
    """`The Crown (Netflix)` heads the paragraphs of that show, whose cast is its; a heading
    with no channel in its parentheses (`Ada Wren (Interview)`) is none."""
    text = (
        "The best new TV this autumn\n\nHarbor Lights (BBC1)\n\n"
        "Harbor Lights is a thriller set in a resort.\n\n"
        "Glass Coast (Netflix)\n\n"
        "The new season is set in the 1990s. Ada Wren joins the cast as Nora Vale."
    )
    assert ("Ada Wren", "Glass Coast", "Nora Vale") in _cast(text)
    assert "Glass Coast" not in _works(text.replace("(Netflix)", "(Interview)"))


def test_parts_now_played_by_their_actors() -> None:
    """`Prince Charles and Princess Diana (now played by A and B)`: each part its actor's,
    real people's names as parts too."""
    text = _HEAD + (
        "In Harbor Lights, the divorce of Prince Charles and Princess Diana (now played by "
        "Dominic West and Elizabeth Debicki) will be explored."
    )
    assert _cast(text) == {
        ("Dominic West", "Harbor Lights", "Prince Charles"),
        ("Elizabeth Debicki", "Harbor Lights", "Princess Diana"),
    }


def test_guest_appearances_and_a_photocalls_caption() -> None:
    """`guest appearances from A and B`, `A, B and C arrive at a photocall for the film X`:
    cast; not those who arrive at its premiere, which guests do too."""
    text = _HEAD + "Harbor Lights will involve guest appearances from Orlando Bloom and Aya Cash."
    assert _cast(text) == {
        ("Orlando Bloom", "Harbor Lights", None),
        ("Aya Cash", "Harbor Lights", None),
    }
    text = _HEAD + (
        "From left to right, Kang-ho Song, Woo-sik Choi and Lee Sun-Gyun arrive at a photocall "
        "for the film “Harbor Lights” on Wednesday."
    )
    assert _people(text) == {
        "Kang-ho Song",
        "Woo-sik Choi",
        "Lee Sun-Gyun",
    }
    assert _cast(_HEAD + "Ada Wren arrives at the premiere of Harbor Lights.") == set()


def test_a_compound_opening_a_run_is_no_given_name() -> None:
    """`Kang-ho Song` is a name, `Oscar-tipped Ada Wren` is Ada Wren, `UK-wide` no name."""
    text = _HEAD + "Oscar-tipped Ada Wren has joined the cast of Harbor Lights."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None)}


ROUND_UP = (
    "Your favourite shows look different this season. Here is what you need to know.\n\n"
    "Harbor Lights\n\n"
    "While the long-running hit will add new names to its cast when it returns, the big news "
    "is that Ada Wren will be departing the show as a series regular for season 5.\n\n"
    "The Glass Coast\n\n"
    "The idea of a Glass Coast spin-off was fun, but the execution was not. Ben Gale's "
    "character Tom Hale will be back in a major way."
)


def test_a_round_ups_bare_section_headings_name_its_works() -> None:
    """Two or more short title-shaped lines, each over a paragraph that names the work or
    calls it `the show`: each a work, the paragraph's cast its own; one who departs the show
    was in it."""
    cast = _cast(ROUND_UP)
    assert ("Ada Wren", "Harbor Lights", None) in cast
    assert ("Ben Gale", "Glass Coast", "Tom Hale") in cast


def test_a_round_ups_headings_of_people_or_of_one_line_are_no_works() -> None:
    """A heading opening with a common given name is a person's (`Ben Gale`), one with a dash
    tells of its work, and one bare heading alone makes no round-up."""
    people = ROUND_UP.replace("Harbor Lights\n", "Tom Hale\n").replace(
        "The Glass Coast\n", "Ben Gale\n"
    )
    assert not {"Tom Hale", "Ben Gale"} & _works(people)
    one = ROUND_UP.split("The Glass Coast\n")[0]
    assert "Harbor Lights" not in _works(one)


def test_who_departs_the_show_after_the_works_in_parentheses() -> None:
    """`Ada Wren (“Rover”) is departing the show`: the parentheses are no verb's subject, but
    her work before (round twenty: a quoted word in them is a title); `departed the company`
    casts no one."""
    assert _cast(_HEAD + "Ada Wren (“Rover”) is departing the show.") == {
        ("Ada Wren", "Harbor Lights", None),
        ("Ada Wren", "Rover", None),
    }
    assert _cast(_HEAD + "Ada Wren departed the company in May.") == set()


def test_a_list_of_actors_each_with_works_in_parentheses() -> None:
    """`The cast include A (“Rover”) and B (“Dune”)`: both in the cast, the list going on past
    the first one's parentheses; `A (“Rover,” “Dune”), who first appeared in X last season,
    has been upped to a series regular`: the verb past the parentheses and the clause."""
    text = (
        _HEAD
        + "Actors joining the cast include Corey Stoll (“Rover”) and Michael O'Keefe (“Dune”)."
    )
    cast = _cast(text)
    assert {
        ("Corey Stoll", "Harbor Lights", None),
        ("Michael O'Keefe", "Harbor Lights", None),
    } <= cast
    text = _HEAD + (
        "Meanwhile, actress Ada Wren (“Rover,” “Dune”), who first appeared in “Harbor Lights” "
        "last season, has been upped to a series regular."
    )
    assert ("Ada Wren", "Harbor Lights", None) in _cast(text)


def test_a_part_one_shines_on_screen_as() -> None:
    """`who shines on screen as CIA officer Carrie Mathison`: the part after the praise."""
    text = _HEAD + "Claire Danes, who shines on screen as CIA officer Carrie Mathison, is back."
    assert _cast(text) == {("Claire Danes", "Harbor Lights", "Carrie Mathison")}


def test_a_verb_of_saying_gives_its_clause_another_subject() -> None:
    """`Producer Ben Gale stated Ada Wren would love to return for a sequel`: Ada Wren's
    return, not Ben Gale's; `Ada Wren confirmed she will return for the sequel` is hers."""
    text = (
        _HEAD
        + "Producer Ben Gale stated Ada Wren would love to return for a sequel to Harbor Lights."
    )
    assert _people(text) == {"Ada Wren"}
    text = _HEAD + "Ada Wren confirmed she will return for the sequel to Harbor Lights."
    assert _people(text) == {"Ada Wren"}


def test_a_heading_that_is_no_bare_title_still_makes_a_round_up() -> None:
    """`Rover/Dune, Part Two` is no title to take, but it and `Harbor Lights` make the page a
    round-up whose bare heading names its work."""
    text = (
        "The week in sequels. To me, my spoilers!\n\n"
        "Rover/Dune, Part Two\n\n"
        "In conversation with a magazine, producer Tom Hale said a second film is coming soon "
        "to cinemas.\n\n"
        "Harbor Lights\n\n"
        "Speaking with a newspaper, Ada Wren said Harbor Lights is a completely original story "
        "and no reboot."
    )
    assert "Harbor Lights" in _works(text)
    assert "Harbor Lights" not in _works(text.replace("Rover/Dune, Part Two\n\n", ""))


def test_a_biopic_named_after_its_subject() -> None:
    """`the cast of Halloran` is a work's even where the story names Jack Halloran, and
    `Halloran has added yet another member` or `continues to grow` is no speech of a
    person's."""
    text = (
        "Casting news\n\nBen Gale’s Halloran has added yet another new member to its cast.\n\n"
        "As the cast of Halloran continues to grow, Tom Hale, Bo Lind and Kit Moss are all "
        "also set to star. The film is based on a book about Jack Halloran. In the film, "
        "Hale plays the titular Halloran."
    )
    assert "Halloran" in _works(text)
    assert ("Tom Hale", "Halloran", "Halloran") in _cast(text)
    assert ("Bo Lind", "Halloran", None) in _cast(text)


def test_works_set_off_by_their_kind_and_a_list_of_hit_shows() -> None:
    """`the 2014 biopic, Selma`, `for the miniseries, Small Island.`, `one of the sitcoms, The
    Big Bang Theory.`, `hit shows such as A, B, and C`; not `the creator of the series, Wes
    Craven.` nor `In the film, Ben Gale plays Nora`."""
    for text, title in (
        ("He is best known for starring in the 2014 biopic, Selma.", "Selma"),
        ("He was nominated for a BAFTA for the miniseries, Small Island.", "Small Island"),
        (
            "She starred in one of the highest-rated sitcoms, The Big Bang Theory.",
            "The Big Bang Theory",
        ),
    ):
        assert title in _works("Casting news\n\nAda Wren is busy. " + text), text
    text = "He directed episodes of hit shows such as Reacher, Bodyguard, and Versailles."
    assert {"Reacher", "Bodyguard", "Versailles"} <= _works("Casting news\n\n" + text)
    for text in (
        "It is the first film not directed by the creator of the series, Wes Craven.",
        "In the film, Ben Gale plays Nora.",
    ):
        assert _works("Casting news\n\n" + text) == set(), text


def test_a_part_with_a_rank_and_a_suffix() -> None:
    """`starring as Dr. Martin Luther King, Jr. in the 2014 biopic, Selma`: the rank and the
    suffix are the part's; `return as Dr. Nora Vale and Tom Hale` gives each their own."""
    text = (
        "Casting news\n\nAda Wren is best known for starring as Dr. Martin Luther King, Jr. in "
        "the 2014 biopic, Selma."
    )
    assert _cast(text) == {("Ada Wren", "Selma", "Dr. Martin Luther King, Jr.")}
    text = _HEAD + "Ada Wren and Ben Gale return as Dr. Nora Vale and Tom Hale in Harbor Lights."
    assert _cast(text) == {
        ("Ada Wren", "Harbor Lights", "Dr. Nora Vale"),
        ("Ben Gale", "Harbor Lights", "Tom Hale"),
    }


def test_names_beside_a_work_and_one_just_seen_in() -> None:
    """`appearing in Rover alongside A and B, the drama series Wool`: A and B in Rover, the
    work they stand beside; `opposite the already announced A`; `was recently seen in the
    thriller X`."""
    text = "Casting news\n\n" + (
        "Ben Gale will be appearing in the mystery-thriller See How They Run alongside Saoirse "
        "Ronan and Sam Rockwell, the Apple TV+ drama series Wool."
    )
    cast = _cast(text)
    assert ("Saoirse Ronan", "See How They Run", None) in cast
    assert ("Sam Rockwell", "See How They Run", None) in cast
    assert not any(work == "Wool" for _, work, _ in cast)
    text = "Casting news\n\n" + (
        "Ben Gale has signed on to star in the thriller Role Play. The actor will be starring "
        "opposite the already announced Kaley Cuoco. Gale was recently seen in the thriller "
        "The Girl Before."
    )
    assert _cast(text) == {
        ("Ben Gale", "Role Play", None),
        ("Kaley Cuoco", "Role Play", None),
        ("Ben Gale", "The Girl Before", None),
    }


def test_a_gallerys_headings_of_people_and_its_captions() -> None:
    """A gallery heads each slide with the person it tells of (`Noah Jupe` over `Noah Jupe
    has been added to the cast`, `Stana Katic` over `Katic will play`): no works; a caption's
    `Joe Manganiello in Justice League (2017)` names the work alone."""
    text = (
        "Film casting updates\n\nFind out the latest casting news for upcoming movies.\n\n"
        "Noah Jupe\n\n"
        "Hot on the heels of his breakout role, Noah Jupe has been added to the cast of the "
        "upcoming movie Honey Boy. Jupe will play a child star.\n\n"
        "Stana Katic\n\n"
        "Stana Katic has been added to the cast of a spy thriller with the tentative title "
        "Miss Atkins' Army. Katic will play the title character, Vera Atkins.\n\n"
        "Joe Manganiello in Justice League (2017)\n\n"
        "Following up on his surprise appearance in the post-credits scene, Joe Manganiello "
        "will reprise his role as Deathstroke in the forthcoming sequel."
    )
    works = _works(text)
    assert not {"Noah Jupe", "Stana Katic", "Joe Manganiello in Justice League"} & works
    assert {"Honey Boy", "Miss Atkins' Army", "Justice League"} <= works
    assert ("Stana Katic", "Miss Atkins' Army", "Vera Atkins") in _cast(text)


def test_owners_who_play_described_parts_or_lead_a_line_up() -> None:
    """Actors owned by their works as casting news lists them: `Westworld's A will play
    elderly sailor Farder Coram`, `will join him as`, `(Dafne's father) will play`, `Stars
    including Westworld's A`, `lead the stellar line-up`, `will take on the lead role`, a
    three-word name; a band's singer who plays a venue stays no actor."""
    for text, owner in (
        ("Westworld's James Cosmo will play elderly sailor Farder Coram.", "Westworld"),
        ("Westworld's Ruth Wilson will join him as the dangerous Mrs Coulter.", "Westworld"),
        ("Westworld's Will Keen (Dafne's father) will play Father MacPhail.", "Westworld"),
        ("Stars including Westworld's Clarke Peters also join the cast.", "Westworld"),
        ("Westworld's Jessica Brown Findlay leads the stellar line-up.", "Westworld"),
        ("Westworld's Thomasin McKenzie, 20, will take on the lead role of Ursula.", "Westworld"),
    ):
        assert owner in _works(_HEAD + text), text
    assert "Coldplay" not in _works(_HEAD + "Coldplay's Chris Martin will play live at Wembley.")


def test_a_channels_new_drama_set_off_by_a_comma() -> None:
    """`the new BBC drama, Life After Life.`"""
    text = "Casting news\n\nAda Wren leads the line-up for the new BBC drama, Life After Life."
    assert "Life After Life" in _works(text)


def test_one_who_will_next_be_seen_in_a_makers_film() -> None:
    text = "Casting news\n\nAda Wren will next be seen in Ridley Scott's Napoleon."
    assert _cast(text) == {("Ada Wren", "Napoleon", None)}


def test_a_reviews_headings_and_its_praise() -> None:
    """`The Wife Movie Review by Sputnik` and `REVIEW: The Wife finds beauty` name the work;
    `A was very good as the young Joan` casts A; `JOE CASTLEMAN (Glenn Close and Jonathan
    Pryce)` is a part and its actors, no works; `good as ever` is no part."""
    body = (
        "\n\nAfter forty years of marriage, JOAN and JOE CASTLEMAN (Glenn Close and Jonathan "
        "Pryce) are complements. Annie Starke was very good as the young Joan. Max Irons was "
        "good as their son David. Ben Gale is good as ever."
    )
    for heading in ("The Wife Movie Review by Sputnik", "REVIEW: The Wife finds beauty in agony"):
        facts = READ.facts(heading + body)
        assert {w.title for w in facts.works} == {"The Wife"}, heading
        assert {(c.person, c.work, c.role) for c in facts.cast} == {
            ("Annie Starke", "The Wife", "Joan"),
            ("Max Irons", "The Wife", "David"),
        }, heading
    assert _works("Review: Ada Wren shines in everything" + body) == set()


def test_parts_one_arrives_as_or_essays() -> None:
    """`is set to arrive as Morwenna` (one set to arrive is no film arriving), `is essaying
    the role of Lord Merlin`, a list joining as parts with `Tom York` in it; not `arrived as a
    guest`."""
    for text, member in (
        ("Ada Wren is set to arrive as Morwenna, Elizabeth's cousin.", ("Ada Wren", "Morwenna")),
        ("Ada Wren is essaying the role of Lord Merlin.", ("Ada Wren", "Lord Merlin")),
    ):
        assert _cast(_HEAD + text) == {(member[0], "Harbor Lights", member[1])}, text
    assert _cast(_HEAD + "Ada Wren arrived as a guest at the party.") == set()
    text = (
        "Poldark news\n\nHarry Richardson, Ellise Chappell and Tom York join Poldark as Drake, "
        "Morwenna, and Sam."
    )
    assert _cast(text) == {
        ("Harry Richardson", "Poldark", "Drake"),
        ("Ellise Chappell", "Poldark", "Morwenna"),
        ("Tom York", "Poldark", "Sam"),
    }


def test_a_panel_and_one_from_another_work() -> None:
    """`Included in the panel were A, B and C` (a cast's panel); `A from “Rover” will be
    playing R`: R in the story's work, A's known work the one she is from."""
    text = _HEAD + (
        "The cast discussed season 3 during the panel. Included in the panel were Katie McGrath, "
        "David Harewood and Chris Wood."
    )
    assert _people(text) == {
        "Katie McGrath",
        "David Harewood",
        "Chris Wood",
    }
    text = _HEAD + "Zoe McLellan from “Rover” will be playing Kendra Daynes, a brilliant attorney."
    assert ("Zoe McLellan", "Harbor Lights", "Kendra Daynes") in _cast(text)


def test_works_named_in_passing_are_not_the_storys() -> None:
    """A story that names a maker's credential (`executive producer of “Rover”`) and an
    earlier work list (`His previous work includes “Dune” and “Glass”`) before its own work is
    about its own: the cast it gives without a title is that work's."""
    text = (
        "The show returns for a second season.\n\n"
        "Ben Gale, executive producer of “Rover,” will take over. His previous work includes "
        "“Dune” and “Glass.”\n\n"
        "For season 2, “Harbor Lights” will have new cast members.\n\nThe new faces are many "
        "and varied. Ada Wren will be playing Kendra Daynes, a brilliant attorney."
    )
    assert ("Ada Wren", "Harbor Lights", "Kendra Daynes") in _cast(text)


def test_first_names_that_are_awards_and_the_next_actor_to_play_a_part() -> None:
    """`Tony Hale`, `Oscar Isaac`, `Emmy Raver-Lampman` are whole names (`Oscar winner Ada
    Wren` is Ada Wren); `will become the third actor to portray R`."""
    text = _HEAD + "The voice cast includes Tony Hale, Oscar Isaac and Emmy Raver-Lampman."
    assert _people(text) == {
        "Tony Hale",
        "Oscar Isaac",
        "Emmy Raver-Lampman",
    }
    text = _HEAD + "The Oscar Nominations are out. Ada Wren said it was a good year."
    assert "Oscar Nominations" not in {p.name for p in READ.facts(text).people}
    text = _HEAD + "Ada Wren will become the third actor to portray Queen Elizabeth II."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Queen Elizabeth II")}


_BODY = (
    "\n\nThe actress said she was thrilled to be part of it. Harbor Lights begins filming in "
    "May. Ben Gale said he loved her."
)


def test_a_headline_that_casts_names_in_its_work() -> None:
    """`A joins X`, `A cast in X season 2`, `A and B lead line-up for X as filming begins`, `A
    lands lead role in X`, `First look at A in X`, `X adds A` (the name after `adds` no
    speaker): X is a work when the story names it again; `A joins Ben Gale on stage` and a
    maker's film (`A to play BFG in Steven Spielberg film`) name none."""
    for headline, cast in (
        ("Ada Wren joins Harbor Lights", {"Ada Wren"}),
        ("Ada Wren cast in Harbor Lights season 2", {"Ada Wren"}),
        (
            "Ada Wren and Tom Hale lead line-up for Harbor Lights as filming begins",
            {"Ada Wren", "Tom Hale"},
        ),
        ("Ada Wren lands lead role in Harbor Lights", {"Ada Wren"}),
        ("First look at Ada Wren in Harbor Lights", {"Ada Wren"}),
        ("Harbor Lights adds Ada Wren", {"Ada Wren"}),
    ):
        facts = READ.facts(headline + _BODY)
        assert {w.title for w in facts.works} == {"Harbor Lights"}, headline
        assert {c.person for c in facts.cast if c.work == "Harbor Lights"} == cast, headline
    assert _works("Ada Wren joins Ben Gale on stage" + _BODY) == set()
    text = (
        "Ada Wren to play BFG in Steven Spielberg film\n\nThe director said he was thrilled. "
        "Ada Wren will play the title role in Steven Spielberg's film of the book."
    )
    assert "Steven Spielberg" not in _works(text)


def test_a_title_case_headline_that_casts() -> None:
    """US outlets capitalise every word: `Ada Wren Joins Harbor Lights`, `Ada Wren to Star in
    Harbor Lights`, `Harbor Lights Season 2 Adds Ada Wren as Nora Vale`; the verb ends the
    name and casts as in a sentence."""
    for headline, part in (
        ("Ada Wren Joins Harbor Lights", None),
        ("Ada Wren to Star in Harbor Lights", None),
        ("Ada Wren Lands Lead Role in Harbor Lights", None),
        ("Ada Wren Boards Harbor Lights", None),
        ("Harbor Lights Adds Ada Wren", None),
        ("Harbor Lights Season 2 Adds Ada Wren as Nora Vale", "Nora Vale"),
    ):
        assert _cast(headline + _BODY) == {("Ada Wren", "Harbor Lights", part)}, headline


def test_more_ways_news_writing_casts() -> None:
    """`is the latest addition to the cast of X`, `will recur on X as R`, `has come aboard X`,
    `has been confirmed for X`; not `confirmed for the festival` nor `for May`."""
    for text, part in (
        ("Ada Wren is the latest addition to the cast of Harbor Lights.", None),
        ("Ada Wren will recur on Harbor Lights as Nora Vale.", "Nora Vale"),
        ("Ada Wren has come aboard Harbor Lights.", None),
        ("Ada Wren has been confirmed for Harbor Lights.", None),
    ):
        assert _cast(_HEAD + "The show returns in May. " + text) == {
            ("Ada Wren", "Harbor Lights", part)
        }, text
    for text in (
        "Ada Wren has been confirmed for the festival.",
        "Ada Wren was confirmed for May.",
    ):
        assert _cast(_HEAD + text) == set(), text


def test_a_one_word_show_cast_in_the_ways_news_writes() -> None:
    """A one-word title is a work after `tapped to headline`, `come aboard`, `recur on`, `on
    board for`, `among the stars of`, and opening a sentence that `stars A as R` (not `It
    stars`, `tapped to lead Microsoft`, `recur on Sundays`); `come aboard the ship` or
    `confirmed for Glastonbury` is no casting."""
    for text in (
        "Ada Wren has been tapped to headline Severance.",
        "Ada Wren has come aboard Severance.",
        "Ada Wren will recur on Severance as Nora Vale.",
        "Ada Wren is on board for Severance.",
        "Ada Wren is among the stars of Severance.",
        "Severance stars Ada Wren as Nora Vale and Ben Gale as Tom Hale.",
    ):
        cast = _cast("Casting news\n\nThe show returns in May. " + text)
        assert any(c[:2] == ("Ada Wren", "Severance") for c in cast), text
    assert "It" not in _works("Casting news\n\nIt stars Ada Wren as Nora Vale.")
    for text in (
        "Ada Wren has been tapped to lead Microsoft.",
        "Ada Wren will recur on Sundays.",
        "Ada Wren has come aboard the ship.",
        "Ada Wren has been confirmed for Glastonbury.",
    ):
        assert _cast(_HEAD + "The show returns in May. " + text) == set(), text


def test_an_explainers_section_headings_and_places_one_is_seen_in() -> None:
    """An explainer's `Release Date`, `Cast`, `Plot` head paragraphs about the show and name
    no work; one `seen in London` or praised `for his performance in court` is no cast, one
    `seen in the HBO Max thriller X` is."""
    text = (
        "Harbor Lights season 2: everything we know\n\n"
        "Here is all we know about the new season of the hit show so far.\n\n"
        "Release Date\n\nThe show returns in May 2025, the streamer confirmed on Monday.\n\n"
        "Cast\n\nThe cast of the show includes Ada Wren and Ben Gale, who return as Nora Vale "
        "and Tom Hale.\n\n"
        "Plot\n\nThe new season picks up after the fire, and the show will follow the family."
    )
    assert _works(text) == {"Harbor Lights"}
    assert ("Ada Wren", "Harbor Lights", "Nora Vale") in _cast(text)
    for text in (
        "Ben Gale was seen in London last week.",
        "Ben Gale was praised for his performance in court.",
    ):
        assert _cast(_HEAD + "The show returns in May. " + text) == set(), text
    text = _HEAD + "Ben Gale was recently seen in the HBO Max thriller Harbor Lights."
    assert _cast(text) == {("Ben Gale", "Harbor Lights", None)}


def test_a_headline_that_joins_a_body_that_is_no_work() -> None:
    """`Ada Wren Joins Greenpeace` over a story that never speaks of a film or a show names no
    work; `Ada Wren joins Harbor Lights` over `The series begins in May` is a sentence whose
    work is Harbor Lights, not a title of five words."""
    for text in (
        "Ada Wren Joins Greenpeace\n\nGreenpeace welcomed her. Wren said she was thrilled.",
        "Keir Starmer Joins Labour Frontbench\n\nLabour Frontbench members met. Starmer smiled.",
    ):
        assert READ.facts(text).works == (), text
    text = "Ada Wren joins Harbor Lights\n\nThe series begins in May. Harbor Lights is a drama."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None)}


def test_casting_as_indian_and_british_outlets_write_it() -> None:
    """`will be seen opposite B in X`, `shared screen space with B in X`, `A and B will share
    the screen in X`, `has been roped in for X`, `will essay the role of R`, `made her acting
    debut in X`, `features in X`, `will be seen in a pivotal role in X`, `is part of the
    ensemble of X`; not `signed for Chelsea`, `made her debut in London`, `features in a new
    Vogue spread`."""
    for text in (
        "Ada Wren will be seen opposite Ben Gale in Harbor Lights.",
        "Ada Wren shared screen space with Ben Gale in Harbor Lights.",
        "Ada Wren and Ben Gale will share the screen in Harbor Lights.",
        "Ada Wren has been roped in for Harbor Lights.",
        "Ada Wren will essay the role of Nora Vale in Harbor Lights.",
        "Ada Wren made her acting debut in Harbor Lights.",
        "Ada Wren features in Harbor Lights.",
        "Ada Wren will be seen in a pivotal role in Harbor Lights.",
        "Ada Wren is part of the ensemble of Harbor Lights.",
    ):
        assert "Ada Wren" in _people(_HEAD + "The show returns in May. " + text), text
    for text in (
        "Ben Gale signed for Chelsea in May.",
        "Ada Wren made her debut in London in 2010.",
        "Ada Wren features in a new Vogue spread.",
    ):
        assert _cast(_HEAD + "The show returns in May. " + text) == set(), text


def test_headlines_of_parts_returns_and_exits() -> None:
    """`A cast as R in X`, `A on playing R in X`, `X season 2: A and B return`, `A exits X`
    (title case too): cast of X, with the part where the headline gives one."""
    for headline, cast in (
        ("Ada Wren cast as Nora Vale in Harbor Lights", {("Ada Wren", "Nora Vale")}),
        ("Ada Wren Cast as Nora Vale in Harbor Lights", {("Ada Wren", "Nora Vale")}),
        ("Ada Wren on playing Nora Vale in Harbor Lights", {("Ada Wren", "Nora Vale")}),
        (
            "Harbor Lights season 2: Ada Wren and Tom Hale return",
            {("Ada Wren", None), ("Tom Hale", None)},
        ),
        ("Ada Wren exits Harbor Lights", {("Ada Wren", None)}),
        ("Ada Wren Exits Harbor Lights", {("Ada Wren", None)}),
    ):
        found = _cast(headline + _BODY)
        assert {(p, r) for p, w, r in found if w == "Harbor Lights"} == cast, headline


def test_a_channels_show_named_after_a_day() -> None:
    """`Netflix's Wednesday`, `the Netflix series Wednesday`: a show; not `on Netflix on
    Wednesday`, nor `Netflix's Wednesday meeting`."""
    for text in (
        "Ada Wren stars in Netflix's Wednesday.",
        "Ada Wren will star in the Netflix series Wednesday.",
    ):
        assert _cast("Casting news\n\n" + text) == {("Ada Wren", "Wednesday", None)}, text
    for text in (
        "The show airs on Netflix on Wednesday.",
        "Ada Wren said Netflix's Wednesday meeting went well.",
    ):
        assert _works("Casting news\n\n" + text) == set(), text
