"""Round seventeen: what thirteen fresh development pages showed (a Bollywood gossip site, two
reworded stories, a review blog, a book-to-screen round-up, a TV news diary, an animation
blog, a trade paper, three horror-news listings, a soap round-up, a scoop site), each rule read
with a made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.extraction.lexicon import is_full_name
from questions.extraction.text import parse
from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2019, 5, 2))


def test_a_kind_of_feature_brings_in_a_title() -> None:
    """`the voice cast of upcoming family animation feature Stardog And Turbocat`: "feature"
    after what kind it is names a film; the verb ("will feature") does not."""
    text = (
        "Ada Wren has joined the voice cast of upcoming family animation feature Moon And "
        "Mallow. Wren will voice Pip, a rabbit who wants to fly."
    )
    assert "Moon And Mallow" in READ.works(text)
    assert ("Ada Wren", "Moon And Mallow", "Pip") in READ.cast(text)
    verb = "The sequel will feature Ben Gale, Night Harbor's director said on Monday."
    assert "Ben Gale" not in READ.works(verb)


def test_a_title_cased_parenthesis_is_the_actors_other_work_not_a_part() -> None:
    """`Luke Evans (Beauty And The Beast) has joined`: a capitalised "And The" is how titles
    are written, never a part's name, which `Ada Wren (Nell)` still is."""
    text = (
        "Ada Wren (Lions And The Lamb) has joined the voice cast of the animated film "
        "Moon Harbor. Wren will voice Pip."
    )
    cast = READ.cast(text)
    assert ("Ada Wren", "Moon Harbor", "Pip") in cast
    assert all(role != "Lions And The Lamb" for _, _, role in cast)
    part = "The animated film Moon Harbor stars Ada Wren (Nell) and Ben Gale (Kit)."
    assert ("Ada Wren", "Moon Harbor", "Nell") in READ.cast(part)


def test_a_world_war_is_no_work() -> None:
    """`a love triangle set against the backdrop of the Second World War, featuring A, B and
    C`: the war is the story's setting, and casts no one; `World War Z` is still a film."""
    text = (
        "It is not Ben Gale's new film, a love triangle set against the backdrop of the "
        "Second World War, featuring Ada Wren, Tom Hale and Nell Vance."
    )
    assert "Second World War" not in READ.works(text)
    assert all(work != "Second World War" for _, work, _ in READ.cast(text))
    film = "Ada Wren joins the sequel to World War Z, featuring Tom Hale and Nell Vance."
    assert "World War Z" in READ.works(film)


def test_an_ordinal_alone_is_no_title() -> None:
    """`It's a 2-parter with the 2nd installment airing tomorrow`: which part, not a work."""
    text = (
        "The Night Harbor documentary airs on ABC tonight. It’s a 2-parter with the 2nd "
        "installment airing tomorrow."
    )
    assert "2nd" not in READ.works(text)


def test_a_title_ending_in_a_common_noun_is_no_persons_name() -> None:
    """`Imagi's upcoming Astro Boy film`: a boy, a girl or a man ends titles and heroes' names,
    never a surname; `the Steven Spielberg film` is still a maker's."""
    text = (
        "The voice cast for Imagi's upcoming Rocket Boy film has been announced. "
        "The robotic boy himself will be voiced by Ada Wren."
    )
    assert ("Ada Wren", "Rocket Boy") in READ.pairs(text)
    maker = "The voice cast for the upcoming Tom Hale film has been announced."
    assert "Tom Hale" not in READ.works(maker)


def test_joined_by_the_vocal_talents_of_a_list() -> None:
    """`And he will be joined by the vocal talents of A, B and C`: the voice cast, as `joined
    by A, B and C` is; the talents of a party's guests are not."""
    text = (
        "The voice cast for the upcoming Night Harbor film has been announced. The robot will "
        "be voiced by Ada Wren. And she will be joined by the vocal talents of Ben Gale, Tom "
        "Hale and Nell Vance."
    )
    pairs = READ.pairs(text)
    assert {("Ben Gale", "Night Harbor"), ("Nell Vance", "Night Harbor")} <= pairs
    party = "Night Harbor wrapped. Ada Wren was joined by the talents of Ben Gale at the party."
    assert ("Ben Gale", "Night Harbor") not in READ.pairs(party)


def test_an_image_name_run_into_the_first_words_is_dropped() -> None:
    """`Annihilation_by_jeff_vandermeerNatalie Portman is in early talks`: a copied page's
    image file name runs into the name after it; a handle like `@ada_wren` is left alone."""
    text = (
        "Night Harbor news.\n\nnight_harbor_by_tom_haleAda Wren is in early talks to star in "
        "the film Night Harbor."
    )
    assert ("Ada Wren", "Night Harbor") in READ.pairs(text)
    handle = "Follow Ada Wren at @ada_wren_Official for Night Harbor news."
    assert "@ada_wren_Official" in parse(handle).text


def test_the_adaptation_of_a_novel_takes_its_title() -> None:
    """`in early talks to star in the adaptation of the Jeff VanderMeer novel Annihilation for
    Paramount Pictures`: the film takes the book's title, and the studio after "for" ends it."""
    text = (
        "Ada Wren is in early talks to star in the adaptation of the Tom Hale novel Night "
        "Harbor for Paramount Pictures."
    )
    assert READ.works(text) == {"Night Harbor"}
    assert ("Ada Wren", "Night Harbor") in READ.pairs(text)
    plain = "Ada Wren loved the adaptation of the novel when she was young."
    assert not READ.works(plain)


def test_returning_as_showrunners_is_no_part() -> None:
    """`Pate, Pate and Burke will all return as showrunners and executive producers`: a job,
    not the cast; `will all return as Nell and Kit` is still parts."""
    text = (
        "Netflix renewed “Night Harbor” for Season 2. Created by Ann Lee and Ben Gale, the "
        "show stars Ada Wren. Lee and Gale will all return as showrunners and executive "
        "producers."
    )
    assert READ.pairs(text) == {("Ada Wren", "Night Harbor")}
    parts = "Netflix renewed “Night Harbor”. Ada Wren and Ben Gale will all return as Nell and Kit."
    assert ("Ben Gale", "Night Harbor", "Kit") in READ.cast(parts)


def test_a_language_or_a_nationality_is_no_part_of_a_title() -> None:
    """`to remake Train to Busan in English`, `the 2009 French film ‘Martyrs’`: the language a
    remake is made in ends the title, and where a film is from is none; `The French Dispatch`
    keeps its word."""
    assert READ.works("Gaumont made a deal to remake Night Harbor in English.") == {"Night Harbor"}
    french = "Anchor Bay bought the rights to the 2009 French film ‘Night Harbor’ on Monday."
    assert "French" not in READ.works(french)
    assert "The French Dispatch" in READ.works("Ada Wren stars in The French Dispatch.")
    assert "American Idol" in READ.works("Ada Wren joins the American Idol finale tonight.")


def test_a_quoted_title_after_a_verb_of_making_is_a_work_not_speech() -> None:
    """`Jeff Buhler, who penned ‘The Midnight Meat Train’, wrote the script`: the quoted title
    is the work he wrote, not words of his; `“It is over,” wrote Ben Gale` is still his."""
    text = "Tom Hale, who penned ‘The Night Harbor Train’, wrote the script."
    assert READ.quotes(text) == []
    assert "The Night Harbor Train" in READ.works(text)
    said = "Night Harbor ends. “It is over and I will miss it,” wrote Ben Gale on his page."
    assert READ.quotes(said) == [("Ben Gale", "It is over and I will miss it,")]


def test_a_teaser_cut_off_in_a_title_names_no_work() -> None:
    """`Bailey Noble, who stared in the vampire series ‘True […]`: a listing page cut the
    title off; `Continue Reading` under each teaser is the page's, not a speaker."""
    text = (
        "Ada Wren, who starred in the vampire series ‘Night […]\n\nContinue Reading\n\n"
        "Tom Hale, who penned ‘The Night Harbor Train’, wrote the script."
    )
    assert READ.works(text) == {"The Night Harbor Train"}
    assert not READ.quotes(text)


def test_a_headline_common_noun_is_no_persons_name() -> None:
    """`‘Toxic Avenger’ is Getting the Remake Treatment from a ‘Sausage Party’ Co-Director`: a
    title-case headline's "Remake Treatment" is nobody, and casts no one."""
    assert not is_full_name("Remake Treatment")
    text = (
        "Ben Gale is Directing a Remake of ‘Night Harbor’\nWritten by Tom Hale, November 8, "
        "2016\nBen Gale is writing and directing a remake of “Night Harbor.”\n\n‘Rover’ is "
        "Getting the Remake Treatment from a ‘Dune’ Co-Director\nWritten by Tom Hale, "
        "September 13, 2016\nOn one hand I am surprised."
    )
    assert not READ.cast(text)


def test_an_archives_dated_heading_is_no_event() -> None:
    """`----- October 31, 2018 -----` heads an archive's day of news, and `the highest recorded
    for a film released in 2018 to date` is a record's reach: neither is an event."""
    text = (
        "----- October 31, 2018 -----\n\nNight Harbor opened in two cinemas, the highest "
        "average recorded for a film released in 2018 to date."
    )
    assert READ.events(text) == []
    dated = "Night Harbor was released in 2018, the best film of the year."
    assert [date for date, _ in READ.events(dated)] == ["2018"]


def test_a_quoted_title_after_leaving_is_a_work() -> None:
    """`the latest long-running cast member to leave “Grey’s Anatomy.”`: the show left, its
    full stop inside the marks, is a title; then `who has starred as R on the show` casts it."""
    text = (
        "Actor Ben Gale is the latest cast member to leave “Night Harbor.” Gale, who has "
        "starred as Dr. Kit Moss on the show for 12 seasons, opened up about his exit."
    )
    assert ("Ben Gale", "Night Harbor", "Dr. Kit Moss") in READ.cast(text)
    said = 'Ben Gale said: "I will never leave."'
    assert READ.quotes(said) == [("Ben Gale", "I will never leave.")]


def test_what_a_biopic_focuses_on_and_a_photos_year_are_no_events() -> None:
    """`Powell's new biopic will focus on Powell's 2003 report`, `(pictured above with
    Thurgood Marshall in 1956)`: the film's story and a photo's day, not the news."""
    text = (
        "Ada Wren will play Nell Vance. The new biopic will focus on Vance's 2003 report to "
        "the UN. Ben Gale will direct a feature about Kit Moss (pictured above with Tom Hale "
        "in 1956)."
    )
    assert READ.events(text) == []
    news = "Night Harbor premiered in 2019 and Ada Wren left the show."
    assert [date for date, _ in READ.events(news)] == ["2019"]


def test_the_directors_chair_goes_to_no_cast_member() -> None:
    """`The director's chair for the project went to Reginald Hadlin (Marshall)`: a director
    with his earlier film in parentheses, no actor known for it."""
    text = (
        "Ada Wren will star in “Night Harbor.” The director's chair for the project went to "
        "Ben Gale (Rover). Tom Hale (The Dune Sea) has joined the cast."
    )
    pairs = READ.pairs(text)
    assert ("Ben Gale", "Night Harbor") not in pairs
    assert ("Ben Gale", "Rover") not in pairs
    assert ("Tom Hale", "Night Harbor") in pairs
