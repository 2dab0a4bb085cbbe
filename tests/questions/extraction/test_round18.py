"""Round eighteen: what nine fresh development pages showed (an Indian wire story, a Bollywood
shoot diary, a casting round-up, a festival-film blog, a TV reboot column, a local paper's
obituary), each rule read with a made-up sentence of the genre and a look-alike it must leave
alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2021, 6, 2))


def test_a_starrer_names_its_star_and_its_work() -> None:
    """Indian outlets name a film by its star: `2015's Jennifer Lawrence starrer 'Joy'`, `Ranbir
    Kapoor starrer Animal`, `Sidharth Malhotra-starrer, Bhavesh Joshi`; the star is no work."""
    quoted = "It is his first feature since 2015's Ada Wren starrer 'Moon Harbor'."
    assert READ.pairs(quoted) == {("Ada Wren", "Moon Harbor")}
    assert "Ada Wren" not in READ.works(quoted)
    bare = "Rashmika will next be seen in Ben Gale starrer Moon Harbor, out on December 1."
    assert ("Ben Gale", "Moon Harbor") in READ.pairs(bare)
    assert "Ben Gale" not in READ.works(bare)
    comma = "Motwane has put his Ada Wren-starrer, Moon Harbor, on hold."
    assert READ.pairs(comma) == {("Ada Wren", "Moon Harbor")}


def test_a_story_about_an_untitled_film_sends_its_cast_to_no_other_film() -> None:
    """`Taylor Swift has joined the star cast of David O. Russell's next film` opens a story
    whose cast list (`an ensemble that includes Christian Bale, ...`) is that untitled film's,
    not the maker's earlier film the story names later; a sentence right after a titled one
    still casts for that title (`The French Dispatch premiered at Cannes. The film stars A,
    B`)."""
    text = (
        "Ada Wren has joined the star cast of director Tom Hale's next film. The film's title "
        "has been kept under wraps.\n\n"
        "Wren has joined an ensemble cast that includes Ben Gale, Nell Vance and Kit Moss.\n\n"
        "Hale is the filmmaker behind the Oscar-winning movies 'Night Harbor' and 'Blue Cove'."
    )
    assert READ.pairs(text) == set()
    titled = (
        "Ada Wren has joined the cast of Tom Hale's next movie.\n\n"
        "Hale's latest movie, Night Harbor, premiered at Cannes. The film stars Ben Gale, Nell "
        "Vance and Kit Moss."
    )
    assert ("Ben Gale", "Night Harbor") in READ.pairs(titled)


def test_shooting_for_a_film_casts_the_one_who_shoots() -> None:
    """`Hrithik Roshan on Friday started shooting for his upcoming film Vikram Vedha.`; a crew
    shooting names no one."""
    text = "Ada Wren on Friday started shooting for her upcoming film Moon Harbor."
    assert READ.pairs(text) == {("Ada Wren", "Moon Harbor")}
    crew = "The crew started shooting for Moon Harbor."
    assert READ.pairs(crew) == set()


def test_a_feature_debut_set_off_is_a_title() -> None:
    """`his English-language feature debut, The Room Next Door.` names the film the cast list
    after it is in; a debut set off by no possessive (`the debut, Ben Gale said`) names none."""
    text = (
        "Tom Hale has begun shooting his English-language feature debut, Night Harbor. "
        "Starring Ada Wren and Ben Gale, the ensemble has a new member."
    )
    assert "Night Harbor" in READ.works(text)
    assert ("Ada Wren", "Night Harbor") in READ.pairs(text)
    said = "It was a fine debut, Ben Gale said."
    assert "Ben Gale" not in READ.works(said)


def test_a_subtitled_work_that_lures_cast_is_a_work() -> None:
    """`Kong: Skull Island has lured another cast member.`: a subtitle is a work's, never a
    place's nor a person's; `Ben Gale has added another cast member` stays a person."""
    text = (
        "Kong: Skull Island has lured another cast member. Ed Moss joins the roster, which "
        "also includes Tom Hale and Brie Larson."
    )
    assert "Kong: Skull Island" in READ.works(text)
    assert ("Tom Hale", "Kong: Skull Island") in READ.pairs(text)
    person = "Ben Gale has added another cast member to his troupe."
    assert "Ben Gale" not in READ.works(person)


def test_a_country_after_in_the_ends_a_title() -> None:
    """`has commenced shooting for his next film Bell Bottom in the UK`: the country is where,
    not the title's last words; `Love in the Villa` keeps its own."""
    text = "Ada Wren has started shooting for her next film Moon Harbor in the UK."
    assert "Moon Harbor" in READ.works(text)
    assert "Moon Harbor in the UK" not in READ.works(text)
    villa = "Ada Wren stars in the film Love in the Villa."
    assert "Love in the Villa" in READ.works(villa)


def test_a_captions_place_in_the_photo_stands_between_name_and_verb() -> None:
    """`Allan Melvin, center, plays Barney Hefner in a scene from ... "Archie Bunker's
    Place"`: the photo's side is no part of the clause, as an age is not (`Ada Lee, 48,`)."""
    text = 'Ada Wren, center, plays Nell Vance in a scene from the "Harbor Lights" series.'
    assert ("Ada Wren", "Harbor Lights", "Nell Vance") in READ.cast(text)
    aged = 'Ada Wren, 48, plays Nell Vance in "Harbor Lights".'
    assert ("Ada Wren", "Harbor Lights", "Nell Vance") in READ.cast(aged)


def test_such_stars_as_names_the_stars_not_their_parts() -> None:
    """`The show ... will feature such stars as John Billingsley and Shiri Appleby`: "as" after
    "such stars" brings in people, where `stars as Nell Vance` brings in a part."""
    text = "The show Night Harbor will feature such stars as Ada Wren and Ben Gale."
    assert READ.pairs(text) == {("Ada Wren", "Night Harbor"), ("Ben Gale", "Night Harbor")}
    part = 'Ada Wren stars as Nell Vance in "Night Harbor".'
    assert READ.cast(part) == {("Ada Wren", "Night Harbor", "Nell Vance")}


def test_a_page_writes_part_and_actor_in_brackets_one_way_round() -> None:
    """A soap's spoilers write `Elizabeth (Rebecca Herbst)` and `Jared's (Matt Corboy) plot`,
    the part first; so their `Hayden Barnes (Rebecca Budig)` is a part and its actor too,
    though both are full names. A page writing `Misha Collins (Castiel)` puts the actor
    first, and its full-name pairs are left alone."""
    soap = (
        'Spoilers for "Harbor Lights" reveal that Nora Vale (Ada Wren) is in trouble because '
        "of her ex-husband Jared's (Tom Hale) plot. Meanwhile Elizabeth (Cy Moss) is back."
    )
    cast = READ.cast(soap)
    assert ("Ada Wren", "Harbor Lights", "Nora Vale") in cast
    assert all(person != "Nora Vale" for person, _, _ in cast)
    actors = (
        'On "Harbor Lights," Ada Wren (Nell) and Tom Hale (Kit) return. Ben Gale (Cy Moss) '
        "is in trouble."
    )
    assert all("Cy Moss" not in (person, role) for person, _, role in READ.cast(actors))


def test_a_plan_given_up_is_no_event() -> None:
    """`The series was initially slated to debut in January 2017, then May, before making the
    September schedule`: the plans dropped never happened; the debut it made still counts."""
    text = (
        "The series was initially slated to debut in January 2020, then May, before making "
        "the September schedule. Harbor Lights debuted on CBS in September 2020."
    )
    dates = [date for date, _ in READ.events(text)]
    assert "2020-01" not in dates
    assert "2020-09" in dates


def test_a_broadcast_seasons_span_is_no_event() -> None:
    """`NBC unveiled a 2008-'09 television schedule`: which season, no day; a run told `From
    1964-75, she played Alice` still began in 1964."""
    text = "NBC unveiled a 2019-'20 television schedule with new dramas."
    assert READ.events(text) == []
    run = "From 1964-75, Ada Wren played Alice Frame on Harbor Lights."
    assert "1964" in [date for date, _ in READ.events(run)]


def test_between_now_and_a_season_of_a_year_is_no_event() -> None:
    """`will premiere anytime between this May and summer 2009`: the end of a stretch, not a
    day; `will premiere in summer 2021` is one."""
    text = "The new shows will premiere anytime between this May and summer 2021."
    assert READ.events(text) == []
    plain = "Harbor Lights will premiere in summer 2021."
    assert "2021" in [date for date, _ in READ.events(plain)]


def test_a_korean_given_name_may_end_in_in() -> None:
    """`Actress Lee Da In shared, "..."`: a given name's last syllable mid-sentence is no
    preposition; a headline's `Ada Wren In Talks` still ends the name at "Wren"."""
    text = (
        "The drama “Night Harbor” airs soon. The combination of Lee Hak Joo (as Nam Yeon "
        "Joon), Lee Da In (as Kyung Eun Ae) and Kim Yoon Woo (as Ryang Eum) is raising hopes. "
        "Lee Da In shared, “It was fun to make the whole thing.”"
    )
    assert ("Lee Da In", "Night Harbor", "Kyung Eun Ae") in READ.cast(text)
    assert ("Lee Da In", "It was fun to make the whole thing.") in READ.quotes(text)
    headline = "Ada Wren In Talks To Join Night Harbor"
    assert all("In" not in person.split() for person, _, _ in READ.cast(headline))


def test_a_parts_real_name_in_brackets_is_no_actor() -> None:
    """`plays the role of police detective Chae Do Jin (real name Yoon Na Moo)`: the brackets
    give the part's other name, so the actor keeps the part."""
    text = (
        "The drama “Night Harbor” airs soon. Ada Wren plays the role of police detective "
        "Nell Vance (real name Kit Moss), whose father is a killer."
    )
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nell Vance")}


def test_a_title_quoted_again_with_its_full_stop_is_still_the_title() -> None:
    """`their upcoming drama “Come and Hug Me,”` then `for the first time through “Come and
    Hug Me.”`: the same words quoted again are the title, though the full stop is inside."""
    text = (
        "At a press conference for their upcoming drama “Come Home to Harbor,” stars Ada Wren "
        "and Ben Gale talked. Wren is a lead for the first time through “Come Home to Harbor.” "
        "She said, “I am very grateful for the chance to play a lead role.”"
    )
    quotes = READ.quotes(text)
    assert all("Come Home to Harbor" not in said for _, said in quotes)
    assert len(quotes) == 1


def test_a_title_set_in_capitals_is_a_title() -> None:
    """`the pre-Broadway engagement of THE QUEEN OF VERSAILLES will reprise`: theatre pages
    set titles in capitals; a shout (`Season 2 is NOW IN PRODUCTION`) and a caption's
    `(PHOTO NOT FOR SALE)` are none."""
    text = (
        "The complete cast from the engagement of THE MOON HARBOR will reprise their roles "
        "on Broadway. Ada Wren stars as Nell Vance."
    )
    assert "THE MOON HARBOR" in READ.works(text)
    assert ("Ada Wren", "THE MOON HARBOR", "Nell Vance") in READ.cast(text)
    shout = "Night Harbor Season 2 is NOW IN PRODUCTION, with new cast members on the way."
    assert "NOW IN PRODUCTION" not in READ.works(shout)
    caption = "The poster for the series is seen in this photo. (PHOTO NOT FOR SALE) (Yonhap)"
    assert READ.works(caption) == set()


def test_a_company_list_reads_initials_and_each_actors_other_work() -> None:
    """`Rejoining Chenoweth are Melody Butiu (Here Lies Love) as Sofia, Greg Hildreth
    (Company) as Gary, ...`: each bracket is the actor's other work and the part follows it;
    `(BOOP! The Musical)` ends no sentence; `KJ Hippensteel` is a name, `FA Cup` none."""
    text = (
        "The cast of “Moon Harbor” is set. Rejoining Wren are Ben Gale (Here Lies Love) as "
        "Sofia, Tom Hale (BOOP! The Musical) as John, Cy Moss (Company) as Gary, and Ana "
        "Lind (Meek) as Jonquil. The company also features Ed Roe, KJ Hale and Jo Park."
    )
    cast = READ.cast(text)
    for person, part in (("Ben Gale", "Sofia"), ("Tom Hale", "John"), ("Cy Moss", "Gary")):
        assert (person, "Moon Harbor", part) in cast
    assert ("Ana Lind", "Moon Harbor", "Jonquil") in cast
    assert ("KJ Hale", "Moon Harbor", None) in cast
    cup = "The “Moon Harbor” star, Ada Wren, said the FA Cup final was fun."
    assert all(person != "FA Cup" for person, _, _ in READ.cast(cup))


def test_according_to_a_company_gives_it_the_words() -> None:
    """`According to CBS, “Star Trek: Discovery will follow ...”`: the network's words, as
    `," CBS said` gives them; `According to a source` names no one."""
    said = "Night Harbor will follow the voyages of a crew on their missions to new worlds."
    text = f"The show airs soon. According to CBS, “{said}”"
    assert READ.quotes(text) == [("CBS", said)]
    source = f"The show airs soon. According to a source, “{said}”"
    assert READ.quotes(source) == []


def test_a_closing_mark_mistyped_as_an_opening_one_still_closes() -> None:
    """`‘The Tale of Halloween‘ is a horror anthology`: the second mark ends a word, so it
    closes the title; `Daniel Kyri‘s` is still an apostrophe."""
    text = "Written in 2007, ‘The Night Harbor‘ is a horror anthology starring Ada Wren."
    assert "The Night Harbor" in READ.works(text)
    assert ("Ada Wren", "The Night Harbor") in READ.pairs(text)


def test_an_academy_award_for_a_film_names_it() -> None:
    """`This is the first Academy Award for The Holdovers.`: the film the award is for is a
    work, as with "an Oscar for"; `the Academy Award for Best Actress` names none."""
    text = (
        "Ada Wren won for her role as Mary Lamb. This is the first Academy Award for The "
        "Winter Harbor."
    )
    assert "The Winter Harbor" in READ.works(text)
    assert ("Ada Wren", "The Winter Harbor", "Mary Lamb") in READ.cast(text)
    category = "Ada Wren won the Academy Award for Best Actress."
    assert READ.works(category) == set()


def test_a_cast_with_names_such_as_casts_them() -> None:
    """`the cast has great names, such as Brian Cox, Anna Paquin and Dylan Baker`; the film the
    director made before, in brackets after his name, is no work of theirs."""
    text = (
        "Written and directed by Tom Hale (‘Storm Bay’) in 2007, ‘Night Harbor’ is a horror "
        "anthology. In addition, the cast has great names, such as Ada Wren, Ben Gale and Cy "
        "Moss."
    )
    pairs = READ.pairs(text)
    assert {("Ada Wren", "Night Harbor"), ("Ben Gale", "Night Harbor")} <= pairs
    assert all(work != "Storm Bay" for _, work in pairs)


def test_a_part_told_before_its_work_and_an_award_category() -> None:
    """`for her role as an attorney for a cartel leader in Jacques Audiard's 'Emilia Perez'`:
    the part described, then the work; `Best Supporting Actress` is a category, no person."""
    text = (
        "Ada Wren won the Oscar for her role as an attorney for a cartel leader in 'Moon Harbor'."
    )
    assert READ.pairs(text) == {("Ada Wren", "Moon Harbor")}
    category = (
        "Hollywood actress Ada Wren won Best Supporting Actress for her role in 'Moon Harbor'."
    )
    assert all(person != "Best Supporting Actress" for person, _ in READ.pairs(category))
