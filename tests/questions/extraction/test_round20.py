"""Round twenty: what fresh development pages showed (a TV casting round-up, listicles of
sitcom actors who died, a touring play's review, a gossip post), each rule read with a
made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 3, 1))


def test_the_present_tense_reflects_gives_the_words_to_the_speaker() -> None:
    """`“...,” Biel reflects.` is hers; a lake that reflects the sky says nothing."""
    text = "“I was stuck in 1900, and so was she,” Ada Wren reflects. “I loved it.”"
    assert READ.quotes(text)[0] == ("Ada Wren", "I was stuck in 1900, and so was she,")
    assert READ.quotes("The lake reflects the sky over Harbor Lights.") == []


def test_discussing_her_role_in_her_latest_movie_casts_her_in_it() -> None:
    """`discusses her role in her latest movie, “The Illusionist,”`; a role in a company is no
    part."""
    text = "Ada Wren discusses her role in her latest movie, “Harbor Lights,” which opens soon."
    assert READ.pairs(text) == {("Ada Wren", "Harbor Lights")}
    company = "Ada Wren discusses her role in the company behind “Harbor Lights,” a drama."
    assert READ.pairs(company) == set()


def test_widely_loved_as_a_part_on_a_show_credits_the_part_not_a_speaker() -> None:
    """`who was widely loved as Theo Huxtable on The Cosby Show` casts him as Theo; the part
    named is nobody a later `He once declared` stands for, and neither is `Costa Rican`."""
    text = (
        "Tom Hale, who was widely loved as Kit Moss on The Glass Coast, died at 54. Hale "
        "drowned while swimming off Costa Rican shores. Aside from Kit, Hale touched the lives "
        "of fans. He once declared, “I have peace of mind.”"
    )
    assert READ.cast(text) == {("Tom Hale", "The Glass Coast", "Kit Moss")}
    assert READ.quotes(text) == [("Tom Hale", "I have peace of mind.")]
    # a nation's adjective that is a surname too stays a name
    assert READ.quotes("Dawn French said, “It is a gift.”") == [("Dawn French", "It is a gift.")]


def test_a_part_before_the_pronoun_of_its_actor() -> None:
    """`As Willie Tanner on NBC's “ALF,” he expertly played the father` casts the man named
    before; `As CEO, he` plays no part."""
    text = (
        "For four seasons, Max Wren was the straight man. As Nick Dale on NBC’s “Harbor,” he "
        "expertly played the long-suffering father."
    )
    assert READ.cast(text) == {("Max Wren", "Harbor", "Nick Dale")}
    job = "Max Wren runs “Harbor.” As CEO of the studio, he expertly played the long game."
    assert READ.cast(job) == set()


def test_a_review_headline_with_a_bar_names_its_play() -> None:
    """`REVIEW | The Verdict`, the play named again below; `REVIEW | Ada Wren Shines` is a
    sentence about a person."""
    text = (
        "REVIEW | The Glass Coast\n\nThe Glass Coast contains strong language.\n\n"
        "Starring Ada Wren as the protagonist Nora, the play tours the country."
    )
    assert READ.cast(text) == {("Ada Wren", "The Glass Coast", "Nora")}
    person = "REVIEW | Ada Wren Shines\n\nAda Wren shines in a quiet play on tour."
    assert READ.works(person) == set()


def test_a_list_of_works_in_parentheses_before_the_part() -> None:
    """`Starring Jason Merrells (Emmerdale, Casualty and Cutting it) as the protagonist
    Frank`: the parentheses list his other works, each a credit; with no part after them,
    one-word names in parentheses are parts (`Ada Wren (Nora, Kit and Jo)`)."""
    text = (
        "REVIEW | The Glass Coast\n\nThe Glass Coast tours the country. Starring Ada Wren "
        "(Harbor, Rover and Cutting it) as the protagonist Nora, the play is a hit."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "The Glass Coast"),
        ("Ada Wren", "Harbor"),
        ("Ada Wren", "Rover"),
        ("Ada Wren", "Cutting it"),
    }
    parts = "The Glass Coast tours the country with Ada Wren (Nora, Kit and Jo) on stage."
    assert not {"Nora", "Kit", "Jo"} & READ.works(parts)


def test_a_title_with_a_possessive_of_its_own_before_its_star() -> None:
    """`Other cast members that have already been announced include Schitt’s Creek’s Annie
    Murphy and Carolyn Michelle Smith`: a two-word title whose first word is a possessive is
    no person, and a cast's clause before its list still lists it."""
    text = (
        "Tom Hale is the latest name to join the cast of Season 2 of Russian Doll, the Netflix "
        "series. Other cast members that have already been announced include Grey’s Harbor’s "
        "Ada Wren and Kit Moss."
    )
    assert READ.pairs(text) == {
        ("Tom Hale", "Russian Doll"),
        ("Ada Wren", "Russian Doll"),
        ("Ada Wren", "Grey’s Harbor"),
        ("Kit Moss", "Russian Doll"),
    }


def test_the_alum_of_a_quoted_show_is_the_person_named_before() -> None:
    """`The “Parenthood” alum has been cast as Portgas D. Ace in Season 3 of “One Piece,”`
    casts the man named before in both; `The “Parenthood” director` made it, and a headline's
    `Cobra Kai Vet` is nobody's name."""
    text = (
        "Casting News: Harbor Vet Joins Rover\n"
        "Tom Hale is staying put at Netflix.\n"
        "The “Glass Coast” alum has been cast as Kit Moss in Season 3 of “Rover,” which films "
        "later this year in Cape Town, South Africa."
    )
    assert READ.cast(text) == {("Tom Hale", "Rover", "Kit Moss"), ("Tom Hale", "Glass Coast", None)}
    made = "Tom Hale is staying put at Netflix. The “Glass Coast” director will make “Rover.”"
    assert READ.pairs(made) == set()


def test_cast_as_a_series_regular_in_a_pilot() -> None:
    """`has been cast as a series regular in Greg Berlanti's Hulu pilot “Foster Dade,”` is
    the pilot's cast, not the work in parentheses after the name."""
    text = (
        "* Ada Wren (“Rover”) has been cast as a series regular in Kit Moss's Hulu pilot "
        "“Harbor Lights,” Deadline reports. Wren will play Nora Vale."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Ada Wren", "Rover", None),
    }


def test_a_quoted_word_in_parentheses_after_an_actor_is_a_work() -> None:
    """`Taraji P. Henson (“Empire”)`: a one-word title, an outlet's name too; not after a
    name, one quoted word in parentheses is no title."""
    text = "Ada Wren (“Empire”) is attached to star in Peacock’s “The Glass Coast.”"
    assert READ.pairs(text) == {("Ada Wren", "Empire"), ("Ada Wren", "The Glass Coast")}
    assert "Empire" not in READ.works("The band (“Empire”) played on Harbor Lights.")


def test_an_outlet_after_per_gives_its_words() -> None:
    """`,” per Variety.` names whose description it is; `per se` names no one."""
    text = "The drama casts Wren as “a fearless Texas Ranger on the trail of a thief,” per Variety."
    assert READ.quotes(text) == [("Variety", "a fearless Texas Ranger on the trail of a thief,")]
    loose = "The drama casts Wren as “a fearless Texas Ranger on the trail of a thief,” per se."
    assert READ.quotes(loose) == []


def test_words_set_after_a_part_with_no_speaker_are_no_quote() -> None:
    """`joined Season 3 as non-binary character Bon Clay, a “theatrical assassin who turns
    combat into art.”` casts the part in the season's work; the quoted description is no
    one's words, but `told Variety of Nora Vale, a “...”` keeps its speaker."""
    text = (
        "Tom Hale has been cast in Season 3 of “Rover.” He is the second addition, following "
        "word that Ada Wren (“Harbor”) has joined Season 3 as non-binary character Bon Clay, a "
        "“theatrical assassin who turns combat into art.”"
    )
    assert ("Ada Wren", "Rover", "Bon Clay") in READ.cast(text)
    assert READ.quotes(text) == []
    told = "Ada Wren told Variety of Nora Vale, a “woman who never gives up on anyone.”"
    assert READ.quotes(told) == [("Ada Wren", "woman who never gives up on anyone.")]


def test_parts_after_quoted_works_in_parentheses_in_a_list() -> None:
    """`has added the following recurring guest stars to Season 4: Ali Skovbye (“Firefly
    Lane”) as Rainn, ...`: each part in the list's work, each quoted work the actor's own."""
    text = (
        "Netflix drama “Harbor” has added the following recurring guest stars to Season 4: Ada "
        "Wren (“Rover”) as Nora, Tom Hale (“The Glass Coast”) as Kit and Ben Gale (“Dune”) as "
        "Jo."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor", "Nora"),
        ("Tom Hale", "Harbor", "Kit"),
        ("Ben Gale", "Harbor", "Jo"),
        ("Ada Wren", "Rover", None),
        ("Tom Hale", "The Glass Coast", None),
        ("Ben Gale", "Dune", None),
    }


# Second batch: Bollywood shoots, soap exits, K-drama round-ups, box-office reports.


def test_an_actor_named_before_is_no_work_in_parentheses() -> None:
    """`Lee Jung Jae, Shin Min Ah & Lee Elijah confirmed for JTBC’s upcoming drama ‘Aide’`,
    then `the story of Jang Tae Joon (Lee Jung Jae)`: a part and its actor, while a director's
    parenthesis still lists his works."""
    text = (
        "Ada Lee Wren, Kit Moss & Ben Gale confirmed for JTBC’s upcoming drama ‘Harbor’.\n\n"
        "The drama will be directed by Kwak Jung Hwan PD (The K2, Ms. Hammurabi).\n\n"
        "The drama tells the story of Jang Tae Joon (Ada Lee Wren) who became a detective."
    )
    assert READ.cast(text) == {
        ("Ada Lee Wren", "Harbor", "Jang Tae Joon"),
        ("Kit Moss", "Harbor", None),
        ("Ben Gale", "Harbor", None),
    }
    assert {"The K2", "Ms. Hammurabi"} <= READ.works(text)
    assert "Ada Lee Wren" not in READ.works(text)
    festival = "Ada Wren, Kit Moss & Ben Gale confirmed for Glastonbury this year."
    assert READ.cast(festival) == set()


def test_the_shows_own_star_who_joined_the_show_to_play_a_part() -> None:
    """`The Young and the Restless‘ Daniel Goddard, who joined the show to play Cane Ashby in
    2007,`: the show owning the name is the one "the show" means, even when the story is
    about another; `Glee's Grant Gustin`, with no "the show", plays in the story's show."""
    text = (
        "Through the years, stars of Days of Our Lives, Harbor Lights, The Glass Coast, and many "
        "more have left.\n\n"
        "In 2019, The Glass Coast‘ Tom Hale, who joined the show to play Kit Moss in 2007, "
        "shared that he had been ousted."
    )
    assert READ.cast(text) == {("Tom Hale", "The Glass Coast", "Kit Moss")}
    assert READ.works(text) == {"Days of Our Lives", "Harbor Lights", "The Glass Coast"}
    flash = "“The Flash” is The CW's new drama. Barry Allen is played by Glee's Grant Gustin."
    assert ("Grant Gustin", "The Flash", "Barry Allen") in READ.cast(flash)


def test_a_films_takings_name_it_but_not_a_person() -> None:
    """`Mamma Mia 2 took in $34.9 million`, `The Equalizer 2 came in $1,059,460 ahead`: what
    takes money at the box office is a film; `for star and producer Denzel Washington, opened
    to $36.0 million` is no title."""
    text = (
        "Harbor Lights 2 came in $1,059,460 ahead of the rest. Harbor Lights 2, the first sequel "
        "ever for star and producer Ada Wren, opened to $36.0 million. Glass Coast 2 took in "
        "$34.9 million."
    )
    assert READ.works(text) == {"Harbor Lights 2", "Glass Coast 2"}


def test_one_word_said_twice_is_a_title_and_an_air_force_pilot_is_a_part() -> None:
    """`The Bang Bang actor` names the film `Bang Bang` (a heading run into its paragraph,
    `Fist Fight Fist Fight`, is still one title); `plays the role of an Air Force pilot in
    'Fighter'` is a part, and the film is `Fighter`."""
    text = (
        "Hrithik Roshan plays the role of an Air Force pilot in 'Fighter'. Deepika Padukone "
        "will play the female lead in the film. The Bang Bang actor also has more films."
    )
    assert READ.pairs(text) == {
        ("Hrithik Roshan", "Fighter"),
        ("Deepika Padukone", "Fighter"),
        ("Hrithik Roshan", "Bang Bang"),
    }


def test_a_part_named_like_the_title_keeps_its_own_name() -> None:
    """`a tough cop Vikram (Saif Ali Khan)` in the film `Vikram Vedha` plays Vikram, not the
    film's title."""
    text = (
        "The actor was last seen in Vikram Vedha. The story of Vikram Vedha is full of twists, "
        "as a tough cop Vikram (Saif Ali Khan) sets out to chase a gangster Vedha (Hrithik "
        "Roshan)."
    )
    assert READ.cast(text) >= {
        ("Saif Ali Khan", "Vikram Vedha", "Vikram"),
        ("Hrithik Roshan", "Vikram Vedha", "Vedha"),
    }


def test_her_post_reads_gives_her_its_words() -> None:
    """`Her latest Insta post reads, “Shubh arambh”`: two words, but what her post says; a
    shop's sign that reads so says nothing of hers."""
    text = (
        "Actress Ada Wren has started shooting for her new film with Ben Gale on Monday. Her "
        "latest Insta post reads, “Shubh arambh”, which means an auspicious beginning."
    )
    assert READ.quotes(text) == [("Ada Wren", "Shubh arambh")]
    sign = "Ada Wren walked past a shop. The sign reads, “Shubh arambh”, in gold letters."
    assert READ.quotes(sign) == []


# Third batch: renewal news, Tamil film announcements, theatre review pages.


def test_a_star_the_page_calls_by_one_name() -> None:
    """`Actor Sivakarthikeyan`, `Lyonne stars as` in a page that never gives her first name:
    a person, credited (in a work an aside set off by dashes names too) and given her words
    (`with Lyonne calling the new season the “...”`); `She stars as`, `Nollywood stars`,
    `Pride and Prejudice stars` name no one."""
    text = (
        "“Harbor” gets a second season.\n\n"
        "Lyonne stars as a woman caught in a loop on “Harbor.” Lyonne - who also starred in "
        "“Glass Coast” - created the series with Ada Wren. She was always the heart of it, as "
        "we knew Lyonne would be. “It's not a one-woman show, so what would be the most fun "
        "way to tell you this?” And we cannot wait for more.\n\n"
        "Wren announced the renewal, with Lyonne calling the new season the “same show, but "
        "weirder.”"
    )
    assert READ.pairs(text) == {("Lyonne", "Harbor"), ("Lyonne", "Glass Coast")}
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Lyonne", "Lyonne"]
    others = (
        "“Harbor” is a hit. She stars as a nurse. She stars in it. Nollywood stars gathered. "
        "Nollywood loves it. Pride and Prejudice stars Ada Wren. Prejudice is everywhere."
    )
    assert {"She", "Nollywood", "Prejudice"}.isdisjoint(READ.people(others))


def test_played_by_the_incomparable_actor() -> None:
    """`Emma (played by the incomparable Denise Gough)`: a word of praise before the actor."""
    text = (
        "Harbor Lights ★★★★★\n\nHarbor Lights has returned to the London stage. Our "
        "protagonist, Emma (played by the incomparable Ada Wren), is an actress."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lights", "Emma")}


# Fourth batch: awards-night speeches, biopic news.


def test_a_speech_that_began_and_concluded() -> None:
    """`,” Aduba began.` and `the actress concluded with, “...”` give the speech to her; a show
    that began filming says nothing."""
    text = (
        "Ada Wren won again.\n"
        "“I really just want to say thank you a thousand times,” Wren began.\n"
        "After more thank-yous, the actress concluded with, “God bless you all, every one.”\n"
        "“Harbor Lights” began filming in May."
    )
    assert READ.quotes(text) == [
        ("Ada Wren", "I really just want to say thank you a thousand times,"),
        ("Ada Wren", "God bless you all, every one."),
    ]


def test_a_quoted_nickname_after_her_role_as_is_the_part() -> None:
    """`Uzo Aduba's winning streak is not over. The Orange Is the New Black star ... for her
    role as "Crazy Eyes" on the hit Netflix series`: the star the possessive named plays the
    part in quotation marks, which is no work."""
    text = (
        "Ada Wren's winning streak is not over.\n"
        "The Harbor Lights star had a strong year, bringing home awards for her role as "
        '"Crazy Eyes" on the hit Netflix series.'
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lights", "Crazy Eyes")}
    assert READ.works(text) == {"Harbor Lights"}


def test_a_film_about_someone_named_by_his_surname() -> None:
    """`Martin Scorsese has signed on to direct the Frank Sinatra biopic`, `the Sinatra movie`,
    `the Dylan film`: films about people, no titles, and the director no cast; `Todd Haynes'
    2007 Bob Dylan biopic, ''I'm Not There.''` names one after its kind and a comma."""
    text = (
        "Martin Scorsese has signed on to direct the Frank Sinatra biopic. He may use Frank's "
        "own singing in the Sinatra movie, much like Todd Haynes' 2007 Bob Dylan biopic, "
        "''I'm Not There.'' Unlike the Dylan film, it will have one lead."
    )
    assert READ.works(text) == {"I'm Not There"}
    assert READ.cast(text) == set()


# Fifth batch: Australian soap news, anime adaptations.


def test_a_soap_star_by_the_show_in_an_exclusive_headline() -> None:
    """`EXCLUSIVE: Home And Away star Cameron Daddo spills on his return to Summer Bay`: the
    label is no part of the title, `Summer Bay` is a place (`Michael Bay` still a man), `his
    Home And Away co-stars A and B` names the show and casts them, and its last word `Away`
    is nobody; `her Doctor Who character` names a work, `his Ada Wren co-stars` none."""
    text = (
        "EXCLUSIVE: Home And Away star Cameron Daddo spills on his return to Summer Bay as a "
        "different character\n\n"
        "He is back in Summer Bay as Owen, says Michael Bay.\n\n"
        "Cameron pictured with his Home And Away co-stars Emily Symon and Georgie Parker."
    )
    assert READ.works(text) == {"Home And Away"}
    assert READ.pairs(text) == {
        ("Cameron Daddo", "Home And Away"),
        ("Emily Symon", "Home And Away"),
        ("Georgie Parker", "Home And Away"),
    }
    assert READ.works("She loved her Doctor Who character.") == {"Doctor Who"}
    assert READ.works("He loved his Ada Wren co-stars.") == set()


# Sixth batch: release calendars, production tables, ratings columns.


def test_a_round_ups_week_and_a_byline_that_lost_its_author_date_nothing() -> None:
    """`Movie Production Status Changes For The Week of April 18th, 2012`, `by on April 18,
    2012` and a heading `Ratings Roundup for the Week of September 15, 2024` under a site's
    banner are labels of a page; `filming starts the week of March 5, 2024.` is news."""
    page = (
        "Try 30 days of free premium.\n\n"
        "Ratings Roundup for the Week of September 15, 2024\n\n"
        "by on April 18, 2012\n\n"
        "Harbor Lights opened with decent numbers."
    )
    assert READ.events(page) == []
    news = "Harbor Lights is a new drama.\n\nFilming starts the week of March 5, 2024."
    assert [date for date, _ in READ.events(news)] == ["2024-03-05"]


def test_a_release_pushed_names_its_film() -> None:
    """`The studio has also pushed 'White Bird: A Wonder Story.'` then `The Marc Forster
    feature ... stars A, B and C`: the film pushed is a title, and its cast."""
    text = (
        "The studio has also pushed 'Harbor Lights: A Wonder Story.'\n"
        "The Ada Wren feature stars Ben Gale, Kit Moss and Tom Hale."
    )
    assert READ.works(text) == {"Harbor Lights: A Wonder Story"}
    assert READ.people(text) >= {"Ben Gale", "Kit Moss", "Tom Hale"}


def test_a_title_opening_its_sentence_and_starring_its_cast() -> None:
    """`Chronicles of Riddick: Dead Man Stalking stars Vin Diesel, Karl Urban, Katee Sackhoff`
    after a list naming other films first: the cast is that title's, not the page's first
    film's; `“Rover” star Ada Wren joins Harbor Lights` keeps Rover her earlier work."""
    text = (
        "Amongst the titles are movies like Anchorman 2, Transformers 4 and Cloud Atlas.\n\n"
        "Chronicles of Riddick: Dead Man Stalking stars Vin Diesel, Karl Urban, Katee Sackhoff."
    )
    assert READ.pairs(text) == {
        ("Vin Diesel", "Chronicles of Riddick: Dead Man Stalking"),
        ("Karl Urban", "Chronicles of Riddick: Dead Man Stalking"),
        ("Katee Sackhoff", "Chronicles of Riddick: Dead Man Stalking"),
    }
    joins = "“Rover” star Ada Wren joins the cast of “Harbor Lights.”"
    assert ("Ada Wren", "Harbor Lights") in READ.pairs(joins)
