"""Round twenty-eight: what fresh development pages showed (a newspaper's casting story, a
K-drama's cast, a Telugu film's launch, an anime's English dub, an untitled film's cast), each
rule read with a made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 6, 21))
UNDATED = Reading(DateValue(2023, 6, 21))
FRIEND = "Actor Ben Gale has joined the cast of sci-fi thriller Night Harbor."


def test_a_stamp_updated_at_an_hour_is_no_event() -> None:
    """`June 21, 2023 12:18 pm | Updated 12:18 pm IST` under a headline: when the page was
    posted, not news; a sentence opening on a date stays one."""
    stamp = (
        "Ben Gale to star in Night Harbor\n\nJune 21, 2023 12:18 pm | Updated 12:18 pm IST"
        f"\n\n{FRIEND}"
    )
    assert READ.events(stamp) == []
    news = f"{FRIEND}\n\nJune 21, 2023 was the day Night Harbor opened in cinemas."
    assert [date for date, _ in READ.events(news)] == ["2023-06-21"]


def test_can_currently_be_seen_in_a_series_its_maker_and_channel_before_it() -> None:
    """`Friend can currently be seen in the Ben Stiller/Apple TV+ limited series High Desert
    opposite Patricia Arquette`: in that series, as she is; not in a place."""
    text = (
        f"{FRIEND} Gale can currently be seen in the Ada Wren/Apple TV+ limited series High "
        "Desert opposite Nell Ford."
    )
    assert READ.pairs(text) >= {("Ben Gale", "High Desert"), ("Nell Ford", "High Desert")}
    place = f"{FRIEND} Gale can currently be seen in London with his family."
    assert READ.pairs(place) == {("Ben Gale", "Night Harbor")}


def test_he_stars_alongside_a_list_in_a_makers_feature() -> None:
    """`He also stars alongside Scarlett Johansson, Tom Hanks, and Bryan Cranston in Wes
    Anderson's feature Asteroid City`: he too, in the feature after its maker's name."""
    text = (
        f"{FRIEND} He also stars alongside Ada Wren, Tom Hale, and Nell Ford in Cara Dunn's "
        "feature Asteroid City, which premiered at Cannes."
    )
    assert READ.pairs(text) >= {("Ben Gale", "Asteroid City"), ("Tom Hale", "Asteroid City")}
    place = f"{FRIEND} He also stars alongside Ada Wren in Rome."
    assert ("Ben Gale", "Rome") not in READ.pairs(place)


def test_wrapped_production_on_a_makers_film_after_two_adverbs() -> None:
    """`Friend has also recently wrapped production on Wes Anderson's The Wonderful Story of
    Henry Sugar for Netflix`: he is in it; a set is no work."""
    text = f"{FRIEND} Gale has also recently wrapped production on Cara Dunn's The Long Watch."
    assert ("Ben Gale", "The Long Watch") in READ.pairs(text)
    no_work = f"{FRIEND} Gale has also recently wrapped production on the set in Spain."
    assert READ.pairs(no_work) == {("Ben Gale", "Night Harbor")}


def test_other_cast_in_a_quoted_drama_are_a_list() -> None:
    """`other cast in the drama series ‘Lady’ are Jang Hee Jin, Park Ki Woong, and Bong Tae
    Gyu`: each in the drama; a sentence that says what they are names no one."""
    text = (
        "Ada Wren will lead the new drama ‘Lady’. In addition to Wren, other cast in the drama "
        "series ‘Lady’ are Tom Hale, Nell Ford, and Cara Dunn."
    )
    assert READ.pairs(text) >= {("Tom Hale", "Lady"), ("Nell Ford", "Lady"), ("Cara Dunn", "Lady")}
    excited = "Ada Wren will lead the new drama ‘Lady’. The other cast in ‘Lady’ are excited."
    assert READ.pairs(excited) == {("Ada Wren", "Lady")}


def test_a_day_in_digits_dated_by_its_weekday() -> None:
    """`On Thursday (4/8/2022) Soompi reported`: 4 August, the Thursday; on a Friday the same
    digits are 8 April; a weekday neither reading falls on gives no day."""
    thursday = "On Thursday (4/8/2022) Soompi reported that the drama Lady confirmed its cast."
    assert [date for date, _ in READ.events(thursday)] == ["2022-08-04"]
    friday = "On Friday (4/8/2022) Soompi reported that the drama Lady confirmed its cast."
    assert [date for date, _ in READ.events(friday)] == ["2022-04-08"]
    monday = "On Monday (4/8/2022) Soompi reported that the drama Lady confirmed its cast."
    assert all(len(date) == 4 for date, _ in READ.events(monday))


def test_the_films_hero_and_heroine_by_one_name() -> None:
    """`the film’s hero Sunil and heroine Colors Swathi graced the occasion`, as Telugu outlets
    bill a film's leads: both in the film; a hero described is no one."""
    text = (
        "Director Ram Varma's new Telugu film, Appalraju, was launched on Friday. Celebs like "
        "Naga Chaitanya and the film’s hero Sunil and heroine Colors Swathi graced the occasion."
    )
    assert READ.pairs(text) == {("Sunil", "Appalraju"), ("Colors Swathi", "Appalraju")}
    described = "Director Ram Varma's new film, Appalraju, was launched. The film’s hero is a cook."
    assert READ.pairs(described) == set()


def test_a_nations_cast_is_no_work() -> None:
    """`The English cast for the original re-dub was revealed`: a language's cast; `The
    Martian` before its cast is a work still."""
    dub = "The anime Sailor Moon is back. The English cast for the original re-dub was revealed."
    assert "The English" not in READ.works(dub)
    martian = "The Martian cast includes Ada Wren and Tom Hale. The Martian lands in October."
    assert "The Martian" in READ.works(martian)


def test_the_new_anime_named_like_a_person_and_its_headline() -> None:
    """`Sailor Moon English Cast Announced` over `we're only one episode into the new Sailor
    Moon Crystal anime`: both works, though shaped like names; a maker's name before films of a
    kind is the maker's ("the Tom Hale Christmas films")."""
    text = (
        "Sailor Moon English Cast Announced\n\nWe're one episode into the new Sailor Moon "
        "Crystal anime. Viz Media now has everything Sailor Moon. The cast has Ben Gale as Luna."
    )
    assert {"Sailor Moon", "Sailor Moon Crystal"} <= READ.works(text)
    assert "Sailor Moon English" not in READ.works(text)
    maker = "Ada Wren kept the Tom Hale Christmas films out. Wren stars in Night Harbor."
    assert "Tom Hale Christmas" not in READ.works(maker)


def test_the_next_film_by_a_maker_is_untitled() -> None:
    """`The next film by Cameron Crowe is touted to be a huge blockbuster ... a reworking of
    Crowe’s previous project called “Deep Tiki” ... Cooper’s step-brother would be played by
    Baruchel`: in the untitled film, not the project it reworks."""
    untitled = (
        "Ben Gale Joins Cara Dunn’s Next Film\n\nThe next film by Cara Dunn is touted to be a "
        "blockbuster. It has a plethora of talented actors.\n\nBen Gale is a part of the "
        "untitled movie. This is a reworking of Dunn’s previous project called “Deep Tiki”. "
        "The plot follows a pilot in Hawaii. Ada’s step-brother would be played by Gale."
    )
    assert ("Ben Gale", "Deep Tiki") not in READ.pairs(untitled)
    titled = (
        "The film “Deep Tiki” is touted to be a blockbuster. Ada’s step-brother would be played "
        "by Ben Gale."
    )
    assert ("Ben Gale", "Deep Tiki") in READ.pairs(titled)


def test_a_title_in_sentence_case_after_its_kind() -> None:
    """`Baruchel is coming fresh from a summer hit, “This is the end”`: a work, his; words a
    person says after the kind are none."""
    text = "Ben Gale joined the cast. Gale is coming fresh from a summer hit, “This is the end”."
    assert ("Ben Gale", "This is the end") in READ.pairs(text)
    said = "Ben Gale joined the cast. Of the film, he said, “This is the end”."
    assert "This is the end" not in READ.works(said)


def test_a_days_possessive_before_a_cast_members_name() -> None:
    """`Barry Keoghan is to star alongside singer The Weeknd and Wednesday's Jenna Ortega`: the
    show she is known by; a day's guests are no one's show."""
    text = (
        "Ben Gale is to star alongside singer Tom Hale and Wednesday's Ada Wren in the new film "
        "Night Harbor."
    )
    assert ("Ada Wren", "Wednesday") in READ.pairs(text)
    day = "Ben Gale is to star in Night Harbor. He met Tom Hale and Wednesday's guests there."
    assert "Wednesday" not in READ.works(day)


def test_a_given_name_whose_surname_the_page_writes_in_lower_case() -> None:
    """`In the morning show Javed sheikh raised an important issue`, the page writing "Javed
    sheikh" each time: a person, no show; a title a noun follows each time is one still."""
    text = (
        "The cast of the serial Night Harbor includes Javed sheikh and Ada Wren. Javed sheikh "
        "praised Wren. In the morning show Javed sheikh raised an important issue."
    )
    assert "Javed" not in READ.works(text)
    season = (
        "Ada Wren stars in the drama Rover. Rover season 2 was a hit, and Rover season 3 is "
        "coming. She loved Rover season 1 too."
    )
    assert "Rover" in READ.works(season)


def test_a_shows_run_in_brackets_after_its_title() -> None:
    """`First up is Disaster! (begins previews February 9, opens March 8 at the Nederlander
    Theatre), a musical parody`: a show; a person opening up in brackets is no show."""
    text = (
        "First up is Night Harbor (begins previews February 9, opens March 8 at the Nederlander "
        "Theatre), a musical parody. It arrives with a cast that includes Ada Wren."
    )
    assert READ.pairs(text) == {("Ada Wren", "Night Harbor")}
    person = "Ada Wren (opens up about her role) stars in the play Rover."
    assert "Ada Wren" not in READ.works(person)


def test_a_pages_own_section_heading_is_no_work() -> None:
    """`Spring Preview 2016` over `Spring Preview 2016: A Bright Broadway Season Continues`: the
    page's section; a work's heading taken up again is one."""
    section = (
        "Spring Preview 2016\n\nSpring Preview 2016: A Bright Broadway Season Continues\n\n"
        "Stars will brighten the marquees. First up is Night Harbor, a musical starring Ada Wren."
    )
    assert not any(work.startswith("Spring Preview") for work in READ.works(section))
    work = "Night Harbor\n\nNight Harbor is a musical parody starring Ada Wren."
    assert "Night Harbor" in READ.works(work)


def test_a_cast_list_of_award_winners_and_nominees() -> None:
    """`a starry cast that includes Tony Award winners Faith Prince and Roger Bart, Tony
    nominees Kevin Chamberlain, Kerry Butler, and Adam Pascal`: each named actor, no award."""
    text = (
        "First up is Night Harbor (begins previews February 9), a musical parody. It arrives on "
        "Broadway with a starry cast "
        "that includes Tony Award winners Ada Wren and Tom Hale, Tony nominees Nell Ford, Cara "
        "Dunn, and Kit Lane."
    )
    cast = READ.pairs(text)
    assert {("Ada Wren", "Night Harbor"), ("Nell Ford", "Night Harbor")} <= cast
    assert {person for person, _ in cast} == {
        "Ada Wren",
        "Tom Hale",
        "Nell Ford",
        "Cara Dunn",
        "Kit Lane",
    }


def test_a_part_acted_by_a_musician_set_off() -> None:
    """`In the film, a rapper, Chukwuma Amadi, acted by music artiste, Speed Darlington, is a
    youth presidential aspirant`, as Nigerian papers write it: his part."""
    text = (
        "Greatiby Productions premiered its new film, Night Harbor. In the film, a rapper, Nora "
        "Vale, acted by music artiste, Ben Gale, is a youth presidential aspirant."
    )
    assert ("Ben Gale", "Night Harbor", "Nora Vale") in READ.cast(text)


def test_a_part_described_before_played_by() -> None:
    """`premieres are the Christmas House, which features a married couple played by Jonathan
    Bennett and Brad Harder`: a part described, so the capitalised words before are no parts;
    `Nora and Kit, played by A and B` names them."""
    described = (
        "Hallmark announced its lineup. Among the 14th movie, premieres are the Christmas House, "
        "which features the main storyline about a married couple played by Ada Wren and Tom "
        "Hale who are looking to adopt a child. There’s also the Hanukkah film, Love, Lights, "
        "Hanukkah!, about a restaurant."
    )
    assert all(role is None for _, _, role in READ.cast(described))
    named = (
        "Ada Wren joined Night Harbor. Its heroes Nora Vale and Kit Lane, played by Ada Wren and "
        "Tom Hale, want to adopt."
    )
    assert ("Ada Wren", "Night Harbor", "Nora Vale") in READ.cast(named)


def test_a_network_starts_its_programming_on_a_day_to_come() -> None:
    """`a few weeks left to go before Hallmark starts their holiday programming on October
    23rd`, published in September: this October; started, last October."""
    sept = Reading(DateValue(2020, 9, 24))
    coming = (
        "We’re a few weeks away before Hallmark starts their holiday programming on October 23rd."
    )
    assert [date for date, _ in sept.events(coming)] == ["2020-10-23"]
    past = "Hallmark started its holiday programming on October 23rd."
    assert [date for date, _ in sept.events(past)] == ["2019-10-23"]


def test_hero_and_heroine_opening_a_sentence() -> None:
    """`Hero Nakulan and heroine Sunena attended the function`, as Tamil outlets bill a film's
    leads: both in the story's film; a hero alone doing "another film" is in none of it."""
    text = (
        "Kadhal Nila: Audio launch\n\nThe launch of Kadhal Nila audio was held at Sathyam "
        "Cinemas.\n\nHero Nakulan and heroine Sunena attended the function along with the cast."
    )
    assert READ.pairs(text) == {("Nakulan", "Kadhal Nila"), ("Sunena", "Kadhal Nila")}
    another = (
        "Kadhal Nila: Audio launch\n\nThe launch of Kadhal Nila audio was held at Sathyam "
        "Cinemas.\n\nHero Ravi Prasad is doing another film that has serious connotations."
    )
    assert ("Ravi Prasad", "Kadhal Nila") not in READ.pairs(another)


def test_a_day_to_come_in_the_week_before_publication() -> None:
    """`The third instalment of Prime Video's Breathe drops on November 9`, published on
    November 10: written the day before, that November; a day further back is next year's."""
    nov = Reading(DateValue(2022, 11, 10))
    day_before = "The third season of Night Harbor drops on November 9 on Prime Video."
    assert [date for date, _ in nov.events(day_before)] == ["2022-11-09"]
    further = "The third season of Night Harbor drops on November 2 on Prime Video."
    assert [date for date, _ in nov.events(further)] == ["2023-11-02"]


def test_a_production_lists_boxes_under_their_headings() -> None:
    """`Diary of an Uber Driver` over `Produced by Revlover Films`, `Producers: ...`, `Writer:
    ...`, its cast line below: a work and its cast; `Doctor Doctor - series 4` makes no work of
    the season's number (unlike "the series 24"); prose that opens "Produced by" is no box."""
    text = (
        "TV Series Index\n\nNight Harbor\n\nProduced by Revlover Films\nProducers: Ada Moss\n"
        "Writer: Tom Ward\nDirector: Kit Moore\n\nThe series follows a driver.\n\n"
        "Cast: Ben Gale, Nell Ford\n\nAll Thumbs\n\nProduced by Jungle\nCreator: Demon "
        "Herriman\n\nThree outcasts cross paths.\n\nDoctor Doctor - series 4\n\nProduced by "
        "Easy Tiger"
    )
    assert READ.pairs(text) == {("Ben Gale", "Night Harbor"), ("Nell Ford", "Night Harbor")}
    assert "4" not in READ.works(text)
    assert "24" in READ.works("Ada Wren stars in the series 24, which returns in May.")
    prose = (
        "Night Harbor\n\nProduced by Ada Moss’ company, it will also star Ben Gale.\n\n"
        "It is a drama."
    )
    assert "Night Harbor" not in READ.works(prose)


def test_an_awards_name_is_no_speaker() -> None:
    """`The Pulitzer Prize-winning author researched her biography ... “My husband’s a
    dyed-in-the-wool Albertan,” the Massachusetts native`: the author, not the prize."""
    text = (
        "If you were going to look for Cleopatra, you might not begin in Edmonton. Tell that "
        "to Ada Moss. The Pulitzer Prize-winning author researched much of her biography at "
        "the University of Alberta. “My husband’s a dyed-in-the-wool Albertan,” the "
        "Massachusetts native"
    )
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Ada Moss"]


def test_a_part_after_opposite_is_the_subjects() -> None:
    """`The Australian-Canadian actress stars opposite Yannick Bisson as Dr. Julia Ogden on
    CBC’s Murdoch Mysteries`: her part, not his; a list's "A as R" names A's."""
    opposite = "Ada Wren stars opposite Ben Gale as Dr. Nora Vale on CBC’s Night Harbor."
    assert ("Ben Gale", "Night Harbor", "Dr. Nora Vale") not in READ.cast(opposite)
    listed = "Night Harbor stars Ben Gale as Dr. Nora Vale and Ada Wren as Kit."
    assert ("Ben Gale", "Night Harbor", "Dr. Nora Vale") in READ.cast(listed)


def test_a_part_quoted_after_the_role_of_is_no_work() -> None:
    """`Swan most recently starred in the role of ‘Medusa’ in Marvel’s Inhumans`: a part; a
    title quoted after "in" is a work."""
    part = "Ada Wren joined Night Harbor. She starred in the role of ‘Medusa’ in the show."
    assert "Medusa" not in READ.works(part)
    work = "Ada Wren joined Night Harbor. She starred in “Medusa” on Netflix."
    assert "Medusa" in READ.works(work)


def test_a_speaker_named_by_one_word_after_says() -> None:
    """`“It puts a huge smile on my face,” says Abuzeid in an interview.`: the one name after
    the verb is the speaker, the next quote his too; a day after it is none."""
    text = (
        "“It puts a huge smile on my face,” says Abuzeid in an interview. “This story is such "
        "a part of Canadian culture.” Continue reading."
    )
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Abuzeid", "Abuzeid"]
    day = "“It puts a huge smile on my face,” said Friday’s guest, and left."
    assert all(speaker != "Friday" for speaker, _ in READ.quotes(day))


def test_a_storys_time_circa_a_year_is_no_event() -> None:
    """`a British Music Hall troupe comes to Toronto circa 1910`: when the story is set; a
    year a show first aired is an event."""
    setting = "Night Harbor returns tonight as a British troupe comes to Toronto circa 1910."
    assert all(date != "1910" for date, _ in READ.events(setting))
    aired = "Night Harbor first aired in 2008 on CBC."
    assert [date for date, _ in READ.events(aired)] == ["2008"]


def test_a_films_cast_and_crew_including_lead_actors() -> None:
    """`The event showcased the film’s talented cast and crew, including lead actors Prathamesh
    Parab, Ankita Lande, and Abhijit Chavan, under the direction of Shailesh Shetty`: the
    three; a crew's own list of makers is none."""
    text = (
        "Mumbai — The press conference for the Marathi movie “Night Harbor” was held today. The "
        "event showcased the film’s talented cast and crew, including lead actors Ada Wren, Tom "
        "Hale, and Nell Ford, under the direction of Cara Dunn."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Night Harbor"),
        ("Tom Hale", "Night Harbor"),
        ("Nell Ford", "Night Harbor"),
    }
    crew = (
        "The press conference for the Marathi movie “Night Harbor” was held today. The film’s "
        "crew, including producers Ada Wren and Tom Hale, spoke."
    )
    assert READ.pairs(crew) == set()
