"""Cast told with credentials (round eleven): casting news names each newcomer by the work
they are known for (`Westworld's Ana Lee`, `Star Wars' Ana Lee`, `Doctor Who alumnus Ana
Lee`, `Ana Lee (The Chair)`), in lists the show or its cast takes in (`has added`, `now
includes`, `the season 2 cast, including`), and joins a show by its bare one-word name
(`has joined Severance`). Each rule's made-up sentence, and a look-alike it must leave alone.
Written from the genre, not from pages."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 1))
_cast = READ.cast
_works = READ.works

_HEAD = "Harbor Lights season 2 news\n\n"


def test_an_actor_owned_by_their_work_joins_a_show_by_its_bare_name() -> None:
    """`Westworld's Ana Lee has joined Harbor Lights`: in both works; a one-word owner opening
    the sentence is a work when its name goes on to act."""
    cast = _cast(_HEAD + "Westworld's Thandiwe Newton has joined Harbor Lights.")
    assert cast == {
        ("Thandiwe Newton", "Harbor Lights", None),
        ("Thandiwe Newton", "Westworld", None),
    }
    assert _cast("Severance adds cast\n\nThandiwe Newton has joined Severance.") == {
        ("Thandiwe Newton", "Severance", None)
    }


def test_a_list_of_owned_actors_a_show_has_added() -> None:
    """`Harbor Lights has added Westworld's A and Star Wars' B`: each in the show and in the
    work that owns their name, `Star Wars'` with its bare apostrophe too."""
    cast = _cast(
        _HEAD + "Harbor Lights has added Westworld's Thandiwe Newton and Star Wars' Joonas Suotamo."
    )
    assert cast == {
        ("Thandiwe Newton", "Harbor Lights", None),
        ("Joonas Suotamo", "Harbor Lights", None),
        ("Thandiwe Newton", "Westworld", None),
        ("Joonas Suotamo", "Star Wars", None),
    }


def test_a_cast_including_actors_told_by_their_works() -> None:
    """`among the season 2 cast of X, including Doctor Who alumnus A, Star Wars' B, ...`: the
    works told before the names are no work of the cast's, and a run `Star Wars' B and Doctor
    Who` is no title."""
    text = _HEAD + (
        "There are plenty of new faces among the season 2 cast of Harbor Lights, including "
        "Doctor Who alumnus Billie Piper, Star Wars' Joonas Suotamo, Westworld's Thandiwe "
        "Newton, and The Big Lebowski's Steve Buscemi."
    )
    cast = _cast(text)
    for person, work in (
        ("Billie Piper", "Doctor Who"),
        ("Joonas Suotamo", "Star Wars"),
        ("Thandiwe Newton", "Westworld"),
        ("Steve Buscemi", "The Big Lebowski"),
    ):
        assert (person, "Harbor Lights", None) in cast
        assert (person, work, None) in cast
    assert not any(" and " in work for work in _works(text))


def test_a_cast_that_now_includes_names() -> None:
    text = _HEAD + (
        "Please give a round of double snaps to our Harbor Lights cast — now including "
        "Christopher Lloyd, Steve Buscemi and Joanna Lumley!"
    )
    assert {p for p, w, _ in _cast(text) if w == "Harbor Lights"} == {
        "Christopher Lloyd",
        "Steve Buscemi",
        "Joanna Lumley",
    }
    # a team is no cast, nor a festival's line-up
    text = _HEAD + "The Harbor Lights team, including Ada Wren and Ben Gale, took the stage."
    assert _cast(text) == set()


def test_credentials_after_the_first_name_of_a_list() -> None:
    """`A, Fringe star B and C (Nurse Jackie)`: the second name's work too; `Fringe` alone is
    a show, not the Edinburgh festival."""
    text = _HEAD + (
        "Harbor Lights has added Game of Thrones alum Gwendoline Christie and Fringe star "
        "John Noble."
    )
    cast = _cast(text)
    assert ("Gwendoline Christie", "Game of Thrones", None) in cast
    assert ("John Noble", "Fringe", None) in cast
    assert ("John Noble", "Harbor Lights", None) in cast
    assert "Edinburgh Fringe" not in _works(
        _HEAD + "Ada Wren stars in Harbor Lights. She began at the Edinburgh Fringe star show."
    )


def test_a_roster_led_by_names() -> None:
    text = _HEAD + "The roster is led by Fringe star John Noble and Merritt Wever."
    assert ("Merritt Wever", "Harbor Lights", None) in _cast(text)


def test_owners_that_are_firms_places_people_or_outlets_are_no_works() -> None:
    """An agency's initials, a place, a person or an outlet owns people too: no work, so no
    credit in it; nor the show's credit lost."""
    for text, owner in (
        ("CAA's Ada Wren has joined WME.", "CAA"),
        ("Britain's Ada Wren has joined Harbor Lights.", "Britain"),
        ("Ben Gale's Ada Wren joins the cast of Harbor Lights.", "Ben Gale"),
        ("Variety's Ben Gale has joined Harbor Lights.", "Variety"),
        ("Netflix's Ben Gale will star in Harbor Lights.", "Netflix"),
    ):
        assert owner not in _works(_HEAD + text), text
    assert _cast(_HEAD + "Britain's Ada Wren has joined Harbor Lights.") == {
        ("Ada Wren", "Harbor Lights", None)
    }


def test_makers_named_by_their_work_are_no_cast_of_it() -> None:
    """`Ready Or Not's A and B will direct`: the work's makers, not its actors."""
    text = (
        _HEAD
        + "Harbor Lights has found its directors: Ready Or Not's Ada Wren and Ben Gale will direct."
    )
    assert not any(w == "Ready Or Not" for _, w, _ in _cast(text))


def test_a_show_taking_in_names_for_a_job_or_a_staff_casts_none() -> None:
    for text in (
        "Harbor Lights adds Ada Wren as a producer.",
        "Harbor Lights has tapped Ada Wren to direct the finale.",
        "Harbor Lights welcomes Ada Wren as director.",
        "Harbor Lights has added Ada Wren to its writing staff.",
        "Harbor Lights features music by Ada Wren.",
        "The series includes interviews with Ada Wren and Ben Gale.",
        '"It was a dream," added Ada Wren as fans cheered in Harbor Lights.',
    ):
        assert _cast(_HEAD + text) == set(), text


def test_joining_a_show_by_its_bare_name_and_look_alikes() -> None:
    """`has joined Harbor Lights` casts; joining its creator, its fans, a panel, or as a
    writer does not."""
    assert _cast(_HEAD + "Ada Wren has joined Harbor Lights for its second season.") == {
        ("Ada Wren", "Harbor Lights", None)
    }
    for text in (
        "Ada Wren joined Harbor Lights creator Ben Gale on stage.",
        "Ada Wren joined Harbor Lights fans at the premiere.",
        "Ada Wren joined Harbor Lights on the red carpet in London.",
        "Ada Wren joined Harbor Lights for a panel at Comic-Con.",
        "Ada Wren has joined Harbor Lights as a writer.",
        "Ada Wren won't join Harbor Lights after all.",
    ):
        assert _cast(_HEAD + text) == set(), text
    # joining actors in a work still casts: "in talks to join A and B in X"
    text = _HEAD + "Dominic Cooper is in talks to join Luke Evans and Sarah Gadon in Harbor Lights."
    assert ("Dominic Cooper", "Harbor Lights", None) in _cast(text)


def test_a_part_with_its_actor_played_by_in_brackets() -> None:
    """`Nora Vale (played by Ada Wren) is back`: the actor in the brackets, the part before,
    never the part as a person."""
    assert _cast(_HEAD + "Nora Vale (played by Ada Wren) is back in Harbor Lights.") == {
        ("Ada Wren", "Harbor Lights", "Nora Vale")
    }
    # no part's name before the brackets: the actors alone
    assert _cast(_HEAD + "The sisters (played by Ada Wren and Ben Gale) return.") == {
        ("Ada Wren", "Harbor Lights", None),
        ("Ben Gale", "Harbor Lights", None),
    }


def test_a_sentence_opening_with_starring() -> None:
    text = _HEAD + "Starring Ada Wren and Ben Gale, Harbor Lights follows two sisters in Maine."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None), ("Ben Gale", "Harbor Lights", None)}
    assert "Starring Ada Wren" not in _works(text)
    assert _cast(_HEAD + "Starring roles went to Ada Wren in 2019.") == set()


def test_co_stars_with_and_joined_by_in_a_work() -> None:
    """Both sides of `co-stars with B in X` and `A is joined by B and C in X`; not one joined
    by a husband at a premiere, nor the star joined by a friend in a city."""
    assert _cast(_HEAD + "Ada Wren co-stars with Ben Gale in Harbor Lights.") == {
        ("Ada Wren", "Harbor Lights", None),
        ("Ben Gale", "Harbor Lights", None),
    }
    text = _HEAD + "Ada Wren is joined by Ben Gale and Tom Hale in Harbor Lights."
    assert {p for p, _, _ in _cast(text)} == {"Ada Wren", "Ben Gale", "Tom Hale"}
    text = _HEAD + "Ada Wren was joined by her husband Ben Gale at the premiere."
    assert _cast(text) == set()
    assert "Ada Wren" not in {
        p for p, _, _ in _cast(_HEAD + "Ada Wren was joined by Ben Gale in London.")
    }


def test_a_clause_that_leaves_out_the_verb() -> None:
    """`A is back as Jack, and B as Nora`: the second name takes the first one's verb; `and B
    as well` names no part, and a work is no actor."""
    assert _cast(_HEAD + "Ben Gale is back as Jack Vale, and Ada Wren as Nora.") == {
        ("Ben Gale", "Harbor Lights", "Jack Vale"),
        ("Ada Wren", "Harbor Lights", "Nora"),
    }
    for text in (
        "Ben Gale is back as Jack Vale, and Ada Wren as well.",
        "Ben Gale is back as Jack Vale, and Netflix as its home.",
    ):
        assert _cast(_HEAD + text) == {("Ben Gale", "Harbor Lights", "Jack Vale")}


def test_who_plays_set_off_by_dashes() -> None:
    for dash in ("—", "–"):
        text = _HEAD + f"Ada Wren {dash} who plays Nora Vale {dash} says the season is darker."
        assert _cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}


def test_a_part_one_is_known_or_praised_for_in_a_named_work() -> None:
    """`best known for playing R in X`, `rose to fame as R in X`, `won an Emmy for playing R
    in X`, `returns to her iconic role as R in X`, `gives a career-best performance as R`."""
    for text in (
        "Ada Wren is best known for playing Nora Vale in Harbor Lights.",
        "Ada Wren made her name as Nora Vale in Harbor Lights.",
        "Ada Wren rose to fame as Nora Vale in Harbor Lights.",
        "Ada Wren won an Emmy for playing Nora Vale in Harbor Lights.",
        "Ada Wren returns to her iconic role as Nora Vale in Harbor Lights.",
        "Ada Wren gives a career-best performance as Nora Vale.",
    ):
        assert _cast(_HEAD + text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}, text
    text = _HEAD + "Ada Wren, known for playing Nora Vale on Harbor Lights, has joined Rover."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale"), ("Ada Wren", "Rover", None)}


def test_a_known_part_without_its_work_is_no_part_of_the_story() -> None:
    """The part belongs to a work the sentence does not name: not the story's."""
    for text in (
        "Ada Wren won an Emmy for playing Nora Vale in a TV movie.",
        "Ada Wren rose to fame as a teen idol in London.",
        "Ada Wren returns to her role as CEO of Vale Media.",
    ):
        assert _cast(_HEAD + text) == set(), text
    text = _HEAD + "Ada Wren, best known for playing Nora, has joined Rover."
    assert _cast(text) == {("Ada Wren", "Rover", None)}


def test_a_part_set_off_by_commas_beside_its_actor() -> None:
    for text in (
        "As Nora Vale, Ada Wren steals every scene.",
        "Ada Wren, as Nora Vale, is the heart of the show.",
        "Ada Wren, as the villainous Nora Vale, is the heart of the show.",
    ):
        assert _cast(_HEAD + text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}, text
    for text in (
        "As CEO, Ada Wren runs the company.",
        "Ada Wren, as President, will lead the union.",
        "Ada Wren, as always, is great.",
    ):
        assert _cast(_HEAD + text) == set(), text


def test_a_work_coming_back_for_a_reboot() -> None:
    """`the possibility of One Tree Hill returning for a reboot`: a work; a person coming
    back for a sequel is none."""
    text = "Ada Wren is opening up about the possibility of One Tree Hill returning for a reboot."
    assert "One Tree Hill" in _works(_HEAD + text)
    for text in (
        "Ada Wren says she would love to see Ben Gale come back for a sequel.",
        "Ada Wren is returning for a second season.",
    ):
        assert not _works(_HEAD + text) - {"Harbor Lights"}, text


def test_a_new_show_set_off_by_its_kind() -> None:
    assert "Dynasty" in _works(_HEAD + "She will also handle the CW's new show, Dynasty.")
    assert "Ben Gale" not in _works(_HEAD + "In Ada Wren's new film, Ben Gale plays Nora Vale.")


def test_works_in_parentheses_after_a_name_and_a_surname() -> None:
    """`Keeley Hawes (Line of Duty, Ashes to Ashes)`: several works in a title's shape say the
    article's parentheses hold works, so `Sims (Broadchurch)` after `Joe Sims` is one too;
    `Ólafur Darri Ólafsson (NOS4A2)` with his accented capitals."""
    text = "Beowulf news\n\n" + (
        "Joe Sims and David Bradley star in Beowulf. Keeley Hawes (Line of Duty, Ashes to "
        "Ashes) leads. Sims (Broadchurch) appears in Episode 5 as Greff, a miner."
    )
    cast = _cast(text)
    assert {
        ("Keeley Hawes", "Line of Duty", None),
        ("Keeley Hawes", "Ashes to Ashes", None),
    } <= cast
    assert ("Joe Sims", "Broadchurch", None) in cast
    text = text.replace(
        "Sims (Broadchurch) appears", "Guest starring is Bradley (Broadchurch), who"
    )
    assert ("David Bradley", "Broadchurch", None) in _cast(text)
    # a part in parentheses, places, where nothing shows the parentheses hold works
    text = "Beowulf news\n\nJoe Sims stars in Beowulf. Sims (Greff) appears in Episode 5."
    assert _works(text) == {"Beowulf"}
    text = "Beowulf news\n\nJoe Sims stars in Beowulf. Tom Hale (London, New York) directs."
    assert _works(text) == {"Beowulf"}
    text = _HEAD + "Ólafur Darri Ólafsson (NOS4A2) and Bob Balaban (The Chair) join the cast."
    assert {"NOS4A2", "The Chair"} <= _works(text)


def test_a_part_one_is_recognized_for_then_the_new_part() -> None:
    """`A, recognized for her role as R on “W,” will portray S in X`: R in W, S in X; the
    clause ends at the title's closing mark, where the comma sits inside it."""
    text = "Harbor Lights season 2 news\n\n" + (
        "Oona Chaplin, recognized for her role as Talisa Maegyr on “Game of Thrones,” will "
        "portray Varang in Harbor Lights."
    )
    assert _cast(text) == {
        ("Oona Chaplin", "Game of Thrones", "Talisa Maegyr"),
        ("Oona Chaplin", "Harbor Lights", "Varang"),
    }


def test_a_seasons_number_and_a_subtitles_and_are_no_part_of_a_title() -> None:
    """`joins The Crown Season 5` joins The Crown; `Avatar: Fire and Ash` is one title, its
    subtitle no person's name."""
    assert _works("The Crown news\n\nImelda Staunton joins The Crown Season 5.") == {"The Crown"}
    text = "Avatar news\n\nOona Chaplin will portray Varang in Avatar: Fire and Ash."
    assert ("Oona Chaplin", "Avatar: Fire and Ash", "Varang") in _cast(text)
    assert "Ash" not in _works(text)


def test_more_casting_verbs_and_their_look_alikes() -> None:
    """Casting news' other verbs: a role `on` a show, tapped for a part, a new character,
    headlining or fronting a show by its bare name, a show that `has cast` a name, reuniting
    or teaming up in a show, reprising an award-winning role."""
    for text, member in (
        ("Ada Wren has nabbed a recurring role on Harbor Lights.", None),
        ("Ada Wren has been tapped for the role of Nora Vale.", "Nora Vale"),
        ("Ada Wren will take on the part of Nora Vale.", "Nora Vale"),
        ("Ada Wren will be on screens as the new character Nora from June 8.", "Nora"),
        ("Ada Wren will headline Harbor Lights.", None),
        ("Ada Wren is set to front Harbor Lights.", None),
        ("Harbor Lights has cast Ada Wren in a recurring role.", None),
        ("Ada Wren teams up with Ben Gale for Harbor Lights.", None),
        ("Ada Wren reprises her Emmy-winning role.", None),
    ):
        assert ("Ada Wren", "Harbor Lights", member) in _cast(_HEAD + text), text
    for text in (
        "Ada Wren reunites with her sister in London.",
        "Ada Wren teams up with Ben Gale for a charity gig.",
        "Ada Wren was tapped for the role of CEO.",
        "Ada Wren is seen as the character everyone loves.",
    ):
        assert _cast(_HEAD + text) == set(), text


def test_joining_a_person_by_surname_names_no_work() -> None:
    """`The three actors join Kessell, Jason Ritter (Raising Dion)`: Kessell is Simone
    Kessell, named in full before, not the show they join (which had taken the story's
    cast)."""
    text = "Yellowjackets season 2 adds three\n\n" + (
        "Yellowjackets has added three actors. Ana Lee (The Book of Boba Fett) will play an "
        "associate to Simone "
        "Kessell's Lottie. The three actors join Kessell, Jason Ritter (Raising Dion) and "
        "Lauren Ambrose (Servant) as the latest additions."
    )
    assert "Kessell" not in _works(text)
    assert ("Jason Ritter", "Yellowjackets", None) in _cast(text)


def test_a_work_in_parentheses_that_opens_with_a_number() -> None:
    """`Sophie Nélisse (47 Meters Down: Uncaged) are all set to return`: the list goes on to
    its verb past a title that opens with a number."""
    text = "Yellowjackets season 2 news\n\n" + (
        "Melanie Lynskey (Candy), Tawny Cypress (House of Cards), and Sophie Nélisse (47 "
        "Meters Down: Uncaged) are all set to return."
    )
    cast = _cast(text)
    assert ("Sophie Nélisse", "Yellowjackets", None) in cast
    assert ("Sophie Nélisse", "47 Meters Down: Uncaged", None) in cast


def test_a_work_with_numbered_seasons_is_a_show() -> None:
    """`Showtime's hit thriller Yellowjackets` is a show once the story gives it a Season 2:
    no film has one, so no question asks of "the film"."""
    text = "Yellowjackets Season 2 adds three\n\n" + (
        "Showtime's hit thriller Yellowjackets has added three new cast members for Season 2. "
        "Ada Wren will play Lisa."
    )
    assert READ.facts(text).works[0].kind == "show"
    text = "Rover news\n\nThe hit thriller Rover opens in May. Ada Wren plays Lisa."
    assert READ.facts(text).works[0].kind == "film"


def test_a_part_told_by_a_pronouns_possessive() -> None:
    """`Her character, Nora Vale, died`: the person the pronoun stands for; a description is
    no part's name."""
    text = _HEAD + "Ada Wren stars in Harbor Lights. Her character, Nora Vale, died in the finale."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}
    text = _HEAD + "Ben Gale stars in Harbor Lights. His character Jack returns."
    assert _cast(text) == {("Ben Gale", "Harbor Lights", "Jack")}
    text = _HEAD + "Ada Wren stars in Harbor Lights. Her character, a nurse, returns."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None)}


def test_names_and_their_own_work() -> None:
    """`A and B attended the premiere of their drama, X`, `A discussed her new film X`: cast
    of X; not a maker's film, nor a fan's favourite."""
    text = _HEAD + "Ada Wren and Ben Gale attended the premiere of their drama, Harbor Lights."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None), ("Ben Gale", "Harbor Lights", None)}
    assert _cast(_HEAD + "Ada Wren discussed her new film Harbor Lights on the show.") == {
        ("Ada Wren", "Harbor Lights", None)
    }
    for text in (
        "Ben Gale discussed his new film Harbor Lights, which he directed.",
        "Ada Wren praised her favourite show Harbor Lights.",
        "Ada Wren watched her favourite film, Harbor Lights, as a child.",
    ):
        assert _cast(_HEAD + text) == set(), text


def test_it_led_by_actors_told_by_their_works() -> None:
    text = _HEAD + (
        "The new cast is impressive. It is led by Game of Thrones alum Gwendoline Christie and "
        "Fringe star John Noble."
    )
    cast = _cast(text)
    assert {
        ("Gwendoline Christie", "Harbor Lights", None),
        ("John Noble", "Harbor Lights", None),
    } <= cast
    assert _cast(_HEAD + "The studio is growing. It is led by CEO Ben Gale and Ada Wren.") == set()


def test_a_round_ups_sections_and_its_makers_possessive() -> None:
    """A round-up of sequels, tried as a host would: `has joined M. Night Shyamalan's Glass`
    (the title quoted in the headline only), `will bring back A and B`, `Jackson plays the
    title character`; a section heading `CCH Pounder Returns to the Avatar Franchise` makes
    no person of `Pounder Returns`, and the paragraphs under it tell of *Avatar*."""
    text = (
        "Sequel Buzz: Sarah Paulson Joins M. Night Shyamalan's 'Glass'\n\n"
        "Sarah Paulson has joined M. Night Shyamalan's Glass, per his Twitter. The movie will "
        "bring back Bruce Willis and Samuel L. Jackson from the first movie (Jackson plays the "
        "title character).\n\n"
        "CCH Pounder Returns to the Avatar Franchise\n\n"
        "Yes, the Avatar sequels are also happening. The character is also the mother of Zoe "
        "Saldana's character, Neytiri."
    )
    cast = _cast(text)
    assert {
        ("Sarah Paulson", "Glass", None),
        ("Bruce Willis", "Glass", None),
        ("Samuel L. Jackson", "Glass", "Glass"),
        ("Zoe Saldana", "Avatar", "Neytiri"),
    } <= cast
    assert not any(person == "Pounder Returns" for person, _, _ in cast)


def test_a_line_a_page_wrapped_is_no_section_heading() -> None:
    """A paragraph's line cut by the page (`Produced by Jessica Biel, Cruel`) heads nothing."""
    text = (
        "Round-up\n\nAda Wren stars in Harbor Lights, a drama.\nProduced by Ben Gale, Rover\n"
        "is due in May. Tom Hale plays Jack."
    )
    assert "Rover" not in {work for _, work, _ in _cast(text)}


def test_what_only_a_work_does_names_it() -> None:
    """`X is based on the novel`, `X premiered to rave reviews`, `left X after three
    seasons`, `was written out of X`; not a city left after years, a song premiered, nor a
    match that airs."""
    for text in (
        "Harbor Lights is based on the novel by Ben Gale.",
        "Harbor Lights premiered to rave reviews in 2019.",
    ):
        assert "Harbor Lights" in _works("Casting news\n\n" + text), text
    # a show the article names elsewhere is left after seasons; a team is too ("departed Red
    # Bull after five seasons"), so seasons alone name no work
    text = "Ada Wren left Harbor Lights after three seasons."
    assert _cast(_HEAD + text) == {("Ada Wren", "Harbor Lights", None)}
    assert _cast("Casting news\n\n" + text) == set()
    text = "Ada Wren was written out of Harbor Lights."
    assert _cast("Casting news\n\n" + text) == {("Ada Wren", "Harbor Lights", None)}
    for text in (
        "Ada Wren left London after three years.",
        "Ada Wren premiered her new song in May.",
        "Ada Wren left Harbor Lights fans in tears.",
    ):
        assert _cast("Casting news\n\n" + text) == set(), text


def test_self_review_look_alikes() -> None:
    """A review of the round's rules with look-alikes from firms, clubs and awards: a board
    takes people in, a club's star leads a team, an award names no work."""
    for text in (
        "The company has added Google's Ana Lee and Apple's Ben Gale to its board.",
        "It is led by Chelsea star Mason Mount.",
        "Ada Wren won an award for playing Nora.",
        "Manchester United has added Chelsea's Mason Mount and Arsenal's Declan Rice.",
        "Ada Wren has joined Harbor Lights' writers' room.",
        "As Netflix's CEO, Ada Wren approved Harbor Lights.",
        "Ada Wren was picked for the role of ambassador.",
        "Ada Wren will take on the part of a lifetime.",
    ):
        assert _cast(_HEAD + text) == set(), text
    assert "Google" not in _works(_HEAD + "The company has added Google's Ana Lee to its board.")


def test_bands_parties_and_firms_own_people_too() -> None:
    """A possessive owner is a work only when its person is cast: a band's singer plays a
    venue or joins a star on stage, a party's member joins a picket line, a festival's
    line-up features singers; a team is left after seasons, a tour premieres, a product is
    based on a model."""
    for text in (
        "Coldplay's Chris Martin joined Taylor Swift on stage at Wembley.",
        "Oasis' Liam Gallagher will play Knebworth next summer.",
        "Labour's Angela Rayner joined the picket line on Monday.",
        "Tesla's Elon Musk joined the call late.",
        "The lineup features Coldplay's Chris Martin and Oasis' Liam Gallagher.",
        "Max Verstappen departed Red Bull after five seasons.",
        "The Eras Tour premiered in Glendale in March.",
        "Copilot is based on GPT-4.",
    ):
        facts = READ.facts("Casting news\n\n" + text)
        assert (facts.cast, facts.works) == ((), ()), text
    cast = _cast(_HEAD + "Westworld's Ana Lee will play Nora Vale in Harbor Lights.")
    assert {("Ana Lee", "Westworld", None), ("Ana Lee", "Harbor Lights", "Nora Vale")} <= cast


def test_company_offices_and_crew_are_no_cast() -> None:
    """Where the article's show is known, no one joins its cast by leading a team, holding an
    office, joining it in a crew's job, starring with someone at a gala, playing guitar on
    its record, a role on Capitol Hill, playing a festival on a day, or panning it."""
    head = _HEAD + "Ada Wren stars in Harbor Lights as Nora Vale. "
    for text in (
        "As Captain, Ben Gale led the team.",
        "As Poet Laureate, Ben Gale wrote a poem for Harbor Lights.",
        "Ben Gale joined Harbor Lights as a stunt coordinator.",
        "Ben Gale joined Harbor Lights as its choreographer.",
        "Ben Gale joined Harbor Lights as a co-financier.",
        "Ada Wren starred with Ben Gale at the gala.",
        "Featuring Ben Gale on guitar, the soundtrack album is out now.",
        "Ben Gale landed a role on Capitol Hill as an aide.",
        "Ben Gale — who plays Glastonbury on Friday — spoke to fans.",
        "Critic Ben Gale panned their new drama, Harbor Lights.",
    ):
        assert _cast(head + text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}, text
    for text in (
        "Ada Wren starred with Ben Gale in Harbor Lights.",
        "Ben Gale leads the new crime drama Harbor Lights.",
    ):
        assert any(person == "Ben Gale" for person, _, _ in _cast(head + text)), text
