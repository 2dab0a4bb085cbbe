"""Round thirteen: what six fresh pages showed (a fan site's interview, a casting note, two
interview round-ups, a news agency's piece, a blog's casting post), each rule read with a
made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2016, 5, 20))
HEAD = "Harbor Lights season 2 news\n\n"
BODY = "\n\nAda Wren stars as Kate Hale in Harbor Lights."


def test_a_stamp_with_a_lost_author_or_an_update_is_no_event() -> None:
    """`May 15, 2010 by` (the author's link lost in the copy), `July 8, 2014 Updated: July
    18, 2015`: the page's stamps; a sentence of the story "by" a place is still an event."""
    for stamp in ("May 15, 2016 by", "May 8, 2016 Updated: May 18, 2016"):
        assert READ.events(HEAD + stamp + BODY) == [], stamp
    story = HEAD + "The show premiered on May 2, 2015 by the sea." + BODY
    assert READ.events(story) == [("2015-05-02", "The show premiered by the sea.")]


_CAST = "Harbor Lights returns\n\nBen Gale plays Jack Hale in Harbor Lights.\n\n"


def test_a_colon_hands_the_quote_to_its_sentences_subject() -> None:
    """`He praises actress Ada Wren, who plays his love interest, Nora Lane:` then a quote
    paragraph: his words, not those of the last person named; past an opening clause too
    (`When asked how he plays it, Ben offered his view:`). A possessive subject is not the
    speaker (`Gale's co-star Ada Wren explained:` is hers)."""
    praise = "He praises actress Ada Wren, who plays his new love interest, Nora Lane:"
    asked = "When asked how he plays the part, Ben offered his perspective:"
    owner = "Gale's co-star Ada Wren explained:"
    for line, speaker in ((praise, "Ben Gale"), (asked, "Ben Gale"), (owner, "Ada Wren")):
        text = _CAST + line + "\n\n“There is a certain innocence to hide behind.”"
        assert READ.quotes(text) == [(speaker, "There is a certain innocence to hide behind.")]


def test_a_portrayal_names_a_part_no_speaker() -> None:
    """`his portrayal of Jack Hale on Harbor Lights`: Jack Hale is a part, so a line he says on
    screen is no quote of a person."""
    text = (
        "Ben Gale talks season 3\n\nAfter an award for his portrayal of Jack Hale on Harbor "
        "Lights, Ben Gale talked about the show.\n\n“I always wanted to be here,” Jack Hale "
        "says in the first episode."
    )
    assert READ.quotes(text) == []


def test_he_stays_with_the_subject_of_the_sentence_before() -> None:
    """`He owes his performance to Tom Reed and the writers.` then `When asked how he plays
    it, ...`: the second "he" is the first one's (the subject), not the last man named."""
    text = (
        "Ben Gale talks season 3\n\nBen Gale discussed what is in store for his character "
        "this year.\n\nIn this interview, you can see how humble Ben is. He says that his "
        "performance is only enabled by Tom Reed and the writers.\n\nWhen asked how he plays "
        "his character, he offered his perspective:\n\n“There is a certain innocence to hide "
        "behind.”"
    )
    assert [s for s, _ in READ.quotes(text)] == ["Ben Gale"]


def test_a_headlines_verb_of_speech_ends_the_name() -> None:
    """`Ada Wren Says Goodbye to Harbor Lights`, `Ada Wren Interviewed about Nora`: the verb
    is no part of her name, so the quote after is Ada Wren's."""
    for head in ("Ada Wren Says Goodbye to Harbor Lights", "Ada Wren Interviewed about Nora"):
        text = head + "\n\n“I will miss everyone,” she said of the show."
        assert READ.quotes(text) == [("Ada Wren", "I will miss everyone,")], head


def test_a_works_returning_stars_and_newcomers_with_their_parts() -> None:
    """`Harbor Lights returning stars Ben Gale (Jack Hale) and ..., and newcomers like Liam
    Cole (Davos Reed) and Cy Moss (Mel)`: the work before its stars and newcomers, each
    credited with a part."""
    text = (
        "Season 2 talk\n\nWe chatted with Harbor Lights returning stars Ben Gale (Jack Hale) "
        "and Ada Wren (Nora Lane), and newcomers like Liam Cole (Davos Reed) and Cy Moss (Mel)."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Harbor Lights", "Jack Hale"),
        ("Ada Wren", "Harbor Lights", "Nora Lane"),
        ("Liam Cole", "Harbor Lights", "Davos Reed"),
        ("Cy Moss", "Harbor Lights", "Mel"),
    }


def test_a_surnames_small_word_stays_in_the_name() -> None:
    """`Carice van Houten`, `Ana de Armas`: the lower-case particle is part of the name; a
    place after "to la" is no person."""
    text = "Season 2 talk\n\nHarbor Lights stars Ben Gale (Jack Hale) and Carice van Houten (Mel)."
    assert ("Carice van Houten", "Harbor Lights", "Mel") in READ.cast(text)
    assert READ.cast("Ana de Armas stars in Blonde, the new film.") == {
        ("Ana de Armas", "Blonde", None)
    }


def test_a_heading_that_opens_with_a_name_gives_the_quote_under_it() -> None:
    """An interview round-up: `Liam Cole — There Is A New Captain In Town` over a paragraph
    of nothing but a quote is Liam Cole's; a heading of a work (`Harbor Lights – What We
    Know`) gives its quote to nobody."""
    head = "Season 2 tips\n\nThe drama Harbor Lights returns on Sunday.\n\n"
    quote = "\n\n“My character is new to the show. He is the brother pushed to one side.”"
    said = [("Liam Cole", "My character is new to the show. He is the brother pushed to one side.")]
    assert READ.quotes(head + "Liam Cole — There Is A New Captain In Town" + quote) == said
    assert READ.quotes(head + "Harbor Lights – What We Know" + quote) == []


def test_a_nickname_inside_a_name_is_no_work() -> None:
    """`Sandor "The Hound" Clegane (Rory Moss)`: what he is called, no title; a title before
    a heading's noun stays one (`Watch "Harbor Lights" Trailer`)."""
    text = 'Season two news\n\nWe talk to Sandor "The Hound" Clegane (Rory Moss) about it.'
    assert READ.works(text) == set()
    assert READ.works('Season two news\n\nWatch "Harbor Lights" Trailer now.') == {"Harbor Lights"}


def test_a_sentences_opening_preposition_is_no_part_of_a_title() -> None:
    """`On Xaro Davos' season two role, Anozie said`: neither "On Xaro Davos" nor the part
    is a work (the apostrophe ends a possessive, not a title before "season two"); a title
    the story writes with its preposition inside a sentence keeps it (`In Treatment`), as
    does one with no comma ending a phrase after it (`For All Mankind season 4 premieres`)."""
    text = (
        "Season two news\n\nToday we meet Xaro Davos (played by Nonso Anozie) in the drama Harbor "
        "Lights.\n\nOn Xaro Davos' season two role, Anozie said it was fun."
    )
    assert READ.works(text) == {"Harbor Lights"}
    assert READ.works(
        "Treatment news\n\nIn Treatment is back. The HBO drama In Treatment returns."
    ) == {"In Treatment"}


def test_a_cast_for_an_untitled_or_unmade_work_goes_to_no_other() -> None:
    """`The currently untitled film also stars A and B` goes to no work, not to a work the
    story names later (`his reunion with the Harbor Lights (2014) director`); nor does a
    casting that never came to be (`a biopic that would have seen C in the titular role`)."""
    text = (
        "Shooting begins\n\nTom Reed has started shooting his action-thriller. The currently "
        "untitled film also stars Ada Wren and Ben Gale in pivotal roles. The film was first "
        "conceived as a biopic that would have seen Cy Moss in the titular role.\n\nThe film "
        "marks Reed's reunion with the Harbor Lights (2014) star."
    )
    assert READ.cast(text) == set()
    # a title in the sentence keeps its cast
    assert READ.people("News\n\nThe untitled Harbor Lights sequel stars Ada Wren.") == {"Ada Wren"}


def test_shooting_for_a_title_names_a_work() -> None:
    """`has started shooting for Pathan, ..., which also stars A and B`: the film shot is a
    work, and the cast the clause gives is its cast, as is the one shooting for it (since
    round eighteen); `shooting for his next film` names none."""
    text = (
        "Shooting news\n\nAda Wren has already started shooting for Pathan, one of the most "
        "awaited films, which also stars Ben Gale and Cy Moss in lead roles."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Pathan", None),
        ("Ben Gale", "Pathan", None),
        ("Cy Moss", "Pathan", None),
    }
    assert READ.works("News\n\nAda Wren has started shooting for her next film.") == set()


_JUNE = Reading(DateValue(2015, 6, 28))


def test_a_likely_or_reported_plan_is_dated_ahead() -> None:
    """In a story of June 28: `which is likely on July 18` and `shooting would start in
    September` are this year's July and September, not last year's; `premiered on July 18`
    is last year's."""
    assert _JUNE.events("Film news\n\nIt will release on Eid, which is likely on July 18.") == [
        ("2015-07-18", "It will release on Eid, which is likely.")
    ]
    told = "Film news\n\nThe studio said shooting would start in September."
    assert [d for d, _ in _JUNE.events(told)] == ["2015-09"]
    assert [d for d, _ in _JUNE.events("Film news\n\nThe show premiered on July 18.")] == [
        "2014-07-18"
    ]


def test_entertainment_tonight_is_no_date() -> None:
    """`told Entertainment Tonight` names a show, so the sentence is not dated the day of
    publication; "tonight" and an opening "Tonight," still are."""
    said = "Soap news\n\nAda Wren told Entertainment Tonight that she is leaving the show."
    assert _JUNE.events(said) == []
    assert [d for d, _ in _JUNE.events("Soap news\n\nTonight, Ada Wren returns to the show.")] == [
        "2015-06-28"
    ]


def test_words_a_source_informs_a_publication_of_are_no_ones_named() -> None:
    """`“..., Ada Wren is part of this schedule,” a source in the know informs an online
    publication`: an unnamed source's words, not Ada Wren's; `," Ada Wren informed her
    fans` is hers."""
    quote = "“The film went on floors some days back. Ada Wren is part of this schedule,”"
    assert READ.quotes(f"Film news\n\n{quote} a source in the know informs a website.") == []
    assert READ.quotes("Film news\n\n“We start today,” Ada Wren informed her fans.") == [
        ("Ada Wren", "We start today,")
    ]


def test_leaving_a_show_after_years_on_it() -> None:
    """`Ada Wren revealed she is leaving Days of Our Lives after 37 years on the show`: the
    soap is a work and she was in its cast; `leaving London after 37 years in the city` is
    neither."""
    text = "Soap news\n\nAda Wren revealed she is leaving Days of Our Lives after 37 years on "
    assert READ.cast(text + "the show.") == {("Ada Wren", "Days of Our Lives", None)}
    city = "Soap news\n\nAda Wren is leaving London after 37 years in the city."
    assert READ.works(city) == set()


def test_a_title_that_opens_with_a_preposition_keeps_it() -> None:
    """`For All Mankind season 4 premieres on Apple TV+`: no phrase a comma ends, so "For"
    is the title's."""
    text = "Season news\n\nFor All Mankind season 4 premieres on Apple TV+ in November."
    assert READ.works(text) == {"For All Mankind"}


def test_a_works_cast_in_brackets_after_it() -> None:
    """`Darkest Hour (Gary Oldman, Stephen Dillane, Kristin Scott Thomas) –`: a review's entry
    gives its cast; the cast makes no other parenthesis a work (`The King (George VI)`)."""
    text = (
        "Darkest Hour\n\nDarkest Hour explores the month when Churchill became Prime "
        "Minister.\n\nDarkest Hour (Gary Oldman, Stephen Dillane, Kristin Scott Thomas) – As "
        "the Nazis advanced, Britain faced defeat. The King (George VI) was less than enthralled."
    )
    assert READ.works(text) == {"Darkest Hour"}
    assert READ.people(text) == {
        "Gary Oldman",
        "Stephen Dillane",
        "Kristin Scott Thomas",
    }


def test_a_review_round_ups_rated_heading_names_its_film() -> None:
    """`Luce (15)` over `Directed by Julius Onah`: a film and its certificate; `as a star US
    high-school athlete` describes the part and names none."""
    text = (
        "Film round-up\n\nLuce (15)\nDirected by Julius Onah\n\nSmall films hit hardest, and "
        "that is true of Luce.\n\nAda Wren scores strongly as a star US high-school athlete."
    )
    assert READ.works(text) == {"Luce"}
    assert READ.cast(text) == {("Ada Wren", "Luce", None)}


def test_a_headlines_stamp_of_its_own_day_is_no_event() -> None:
    """`Film round-up: May 20, 2016` on a page of that day is its stamp; `Harbor Lights
    returns: May 29, 2016` is news to come."""
    assert READ.events("Film round-up: May 20, 2016" + BODY) == []
    assert READ.events("Harbor Lights returns: May 29, 2016" + BODY) == [
        ("2016-05-29", "Harbor Lights returns")
    ]


def test_the_name_that_speaks_is_the_actor_the_other_the_part() -> None:
    """`First, Ben Gale (Jack Hale) stopped by the radio` then `According to Gale, ...`: the
    one who speaks is the actor, the name in parentheses his part, which then speaks no quote
    (`in Jack's future. “He has to deal with him.”`); with nobody speaking, no credit."""
    head = "Season 6 talk\n\nThe Harbor Lights cast is out in the press. "
    visit = "First, Ben Gale (Jack Hale) stopped by the radio and talked about Jack’s reunion."
    said = (
        "\n\nAccording to Gale, there is a fight in Jack’s future. “He has to deal with him. "
        "That is what he will do.”"
    )
    facts = READ.facts(head + visit + said)
    assert {(c.person, c.role) for c in facts.cast} == {("Ben Gale", "Jack Hale")}
    assert {q.speaker for q in facts.quotes} <= {"Ben Gale"}
    assert READ.cast(head + visit) == set()
