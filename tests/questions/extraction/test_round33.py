"""Round thirty-three: what a date question shows a player, who reads an event's words with
no sentence before them, and what fresh development pages showed; each rule read with a
made-up text of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 6, 21))

OBITUARY = (
    "The actor Tom Hale, who played Dr Ross in the BBC drama “Harbor Lights”, has died, aged "
    "76.\n\nHe was admitted to hospital in 2021 for an operation.\n\n"
    "His final role came in 2019, in the film “Rover”.\n\n"
    "Ada Wren, who played Nell in “Harbor Lights”, said: “He was a joy.”\n\n"
    "She joined the show in 2012, and her debut came in 2010."
)


def test_an_events_opening_pronoun_is_written_as_its_name() -> None:
    """`He was admitted to hospital in 2021`: a date question shows the event's words alone,
    so "he", "she", "his" and "her" opening them are written as whom they stand for, with
    "’s" for a possessive, also when the sentence names someone else in another clause."""
    assert READ.events(OBITUARY) == [
        ("2021", "Tom Hale was admitted to hospital for an operation."),
        ("2019", "Tom Hale’s final role came, in the film “Rover”."),
        ("2012", "Ada Wren joined the show"),
        ("2010", "Ada Wren’s debut came."),
    ]


def test_look_alikes_of_an_opening_pronoun() -> None:
    """A title that opens with "Her", and a pronoun for someone the page neither casts nor
    quotes (a senator), stay as written."""
    titled = (
        "Ada Wren, who played Nell in the BBC drama “Harbor Lights”, said: “It was a joy.”\n\n"
        "Her Story, the film, premiered in 2016 with her sister in the lead."
    )
    assert READ.events(titled) == [
        ("2016", "Her Story, the film, premiered with her sister in the lead.")
    ]
    senator = "The senator Tom Reed spoke at the gala.\n\nHe was elected in 2018."
    assert READ.events(senator) == [("2018", "He was elected.")]


def test_an_odia_film_and_its_debutante_and_young_actress() -> None:
    """An Odisha paper's release round-up: "young Odia actress" names a language, no work;
    "stars debutante A and young Odia actress B", "stars veteran A": what each is, before the
    name; "directorial debut ‘Chirkut’" names a film; singers who "rendered their voices to
    songs of the movie" are no cast."""
    text = (
        "Four Odia films will release during the Raja festival.\n\n"
        "‘Selfish Dil’ stars debutante Sunil Nayak and young Odia actress Suryamayee Mohapatra. "
        "The movie is directed by Basant Sahu.\n\n"
        "Last but not the least is comedian Papu Pom Pom’s directorial debut ‘Chirkut’ which "
        "stars newcomers Aurojit Patra and Ananya Mohanty. Aseema Panda and Antara Chakraborty "
        "have rendered their voices to songs of the movie.\n\n"
        "‘Golmal Love’ stars veteran Babushan Mohanty and debutante Tamannah Vyas."
    )
    assert READ.works(text) == {"Selfish Dil", "Chirkut", "Golmal Love"}
    assert READ.cast(text) == {
        ("Sunil Nayak", "Selfish Dil", None),
        ("Suryamayee Mohapatra", "Selfish Dil", None),
        ("Aurojit Patra", "Chirkut", None),
        ("Ananya Mohanty", "Chirkut", None),
        ("Babushan Mohanty", "Golmal Love", None),
        ("Tamannah Vyas", "Golmal Love", None),
    }


def test_look_alikes_of_the_odia_round_up() -> None:
    """Voices lent to the parts are still a cast; a debut that is a speech is no title."""
    voiced = "In ‘Dune’, Ada Lee and Bo Kim lent their voices to the lead characters."
    assert READ.pairs(voiced) == {("Ada Lee", "Dune"), ("Bo Kim", "Dune")}
    speech = "She called her acting debut “terrifying” in an interview."
    assert READ.works(speech) == set()


def test_a_pakistani_serial_penned_by_and_its_stellar_cast() -> None:
    """`Produced under the banner of A in association with B, Sammi is penned by`: a work told
    by its writing, and the phrase before its comma no title beside it; "has a stellar cast
    comprising industry’s veterans A, B and C"; an Urdu name's small "ul"."""
    text = (
        "Karachi - Produced under the banner of MD Productions in association with Centre for "
        "Communication Programs Pakistan, Sammi is penned by the legendary writer Noor Ul Huda "
        "Shah and is directed by Saifee Hasan.\n\n"
        "The serial has a stellar cast comprising industry’s veterans Adnan Siddiqui, Seemi "
        "Raheel, Noor ul Hasan and Ahad Raza Mir."
    )
    assert READ.works(text) == {"Sammi"}
    assert READ.cast(text) == {
        ("Adnan Siddiqui", "Sammi", None),
        ("Seemi Raheel", "Sammi", None),
        ("Noor ul Hasan", "Sammi", None),
        ("Ahad Raza Mir", "Sammi", None),
    }


def test_look_alikes_of_the_pakistani_serial() -> None:
    """A list of two titles keeps both; a report penned by a minister is no work."""
    listed = (
        "The channel aired Udaari, Sammi and Baaghi.\n\nThe serial Sammi is penned by Noor "
        "Shah and stars Mawra Hocane."
    )
    assert {"Udaari", "Sammi", "Baaghi"} <= READ.works(listed)
    report = "The report is penned by the minister, Ada Khan, and was published on Monday."
    assert READ.works(report) == set()


WAITING = (
    "A new BBC drama titled ‘Waiting For The Out’ has begun filming in Liverpool.\n\n"
    "BAFTA nominated Scouser Josh Finan leads the cast as Dan, a philosopher. Known for his "
    "role as Marco in The Responder, Finan recently appeared in Black Mirror.\n\n"
    "BBC Waiting For The Out cast\n\n"
    "Josh Finan (The Responder)\n\n"
    "Gerard Kearns (The Day of the Jackal)\n\n"
    "Samantha Spiro (Sex Education)\n"
)


def test_a_cast_list_under_its_heading_and_a_known_for_part() -> None:
    """A heading `BBC Waiting For The Out cast` over lines of `Name (Work)`: each is in the
    work the heading names, and known for the one in brackets; "Known for his role as Marco in
    The Responder, Finan": the part is in the work it opens with; "Scouser" says where one is
    from, no word of the name."""
    cast = READ.cast(WAITING)
    assert {
        ("Josh Finan", "The Responder", "Marco"),
        ("Josh Finan", "Black Mirror", None),
        ("Gerard Kearns", "Waiting For The Out", None),
        ("Gerard Kearns", "The Day of the Jackal", None),
        ("Samantha Spiro", "Waiting For The Out", None),
        ("Samantha Spiro", "Sex Education", None),
    } <= cast
    assert not any(person.startswith("Scouser") for person, _, _ in cast)
    assert ("Josh Finan", "Black Mirror", "Marco") not in cast
    # "A new BBC drama titled ‘Waiting For The Out’": the story's work, whose part "leads the
    # cast as Dan" is, though The Responder is named twice
    assert ("Josh Finan", "Waiting For The Out", "Dan") in cast


def test_look_alikes_of_the_cast_list() -> None:
    """Lines of names and works under a heading that is no cast's (a list of guests), and a
    nation's word that opens the name of a thing, stay as they were."""
    guests = (
        "The BBC drama ‘Waiting For The Out’ held a gala.\n\nGuests at the gala\n\n"
        "Josh Finan (The Responder)\n\nGerard Kearns (The Day of the Jackal)\n"
    )
    assert READ.pairs(guests) == {
        ("Josh Finan", "The Responder"),
        ("Gerard Kearns", "The Day of the Jackal"),
    }
    song = (
        "Ada Lee starred in ‘The Responder’ and toured with ‘The Responder’ cast. Her new "
        "album titled ‘Rover’ is out.\n\nLee plays Dan, a philosopher."
    )
    assert ("Ada Lee", "The Responder", "Dan") in READ.cast(song)
    payment = (
        "Calling for a doubling of the Scottish Child Payment, Anas Sarwar said the plan lacked "
        "ambition.\n\n“This is not enough,” he said."
    )
    assert [speaker for speaker, _ in READ.quotes(payment)] == ["Anas Sarwar"]


def test_a_pair_who_will_play_two_parts_in_a_company_production() -> None:
    """ "A and B will play tramps Vladimir and Estragon in a new production of Samuel Beckett’s
    Waiting for Godot for the Sydney Theatre Company": a part each, in order, and a theatre
    company after "for" is no word of the title."""
    text = (
        "Hugo Weaving and Richard Roxburgh will play tramps Vladimir and Estragon in a new "
        "production of Samuel Beckett’s Waiting for Godot for the Sydney Theatre Company next "
        "year."
    )
    assert READ.works(text) == {"Waiting for Godot"}
    assert READ.cast(text) == {
        ("Hugo Weaving", "Waiting for Godot", "Vladimir"),
        ("Richard Roxburgh", "Waiting for Godot", "Estragon"),
    }


def test_look_alikes_of_the_pair_and_the_company() -> None:
    """A band that will play two venues, and a title that ends with a company's word."""
    venues = "Ada Lee and Tom Hale of the film “Rover” will play Wembley and Leeds on tour."
    assert ("Ada Lee", "Rover", "Wembley") not in READ.cast(venues)
    company = (
        "Rhys Ifans plays Ralph in the revival of ‘Rover’. Film includes Snowdon, Dominion, Len "
        "and Company, Under Milk Wood."
    )
    assert ("Rhys Ifans", "Len and Company") in READ.pairs(company)


def test_days_a_paper_tells_by_its_own_and_a_works_it() -> None:
    """ "Yesterday" opening a sentence and "last night" are the day before publication; "This
    weekend on Sunday there is a casting call" is the weekend to come, though in the present;
    "It releases June 28." names the work for a date question, which shows the words alone."""
    text = (
        "The film ‘Selfish Dil’ stars Sunil Nayak.\n\n"
        "The movie has good action sequences. It releases June 28.\n\n"
        "Yesterday the producers unveiled its trailer.\n\n"
        "Nayak sang on the talk show ‘Late Night’ last night.\n\n"
        "This weekend on Sunday there is an open casting call for ‘Selfish Dil’."
    )
    assert READ.events(text) == [
        ("2024-06-28", "Selfish Dil releases."),
        ("2024-06-20", "The producers unveiled its trailer."),
        ("2024-06-20", "Nayak sang on the talk show “Late Night”."),
        ("2024-06-23", "This weekend there is an open casting call for “Selfish Dil”."),
    ]


def test_look_alikes_of_the_days_and_the_it() -> None:
    """Last weekend's Saturday is past; an "It" that stands for no work, or for one named two
    paragraphs up, stays."""
    past = "Last weekend on Saturday there was an open casting call for ‘Selfish Dil’."
    assert READ.events(past) == [
        ("2024-06-15", "Last weekend there was an open casting call for “Selfish Dil”.")
    ]
    far = (
        "The film ‘Selfish Dil’ stars Sunil Nayak.\n\nThe crew is large.\n\nThe city is hot.\n\n"
        "It will be available on Prime Video in August."
    )
    assert READ.events(far) == [("2024-08", "It will be available on Prime Video.")]


def test_a_soap_obituarys_shouted_first_word_and_its_setting() -> None:
    """`BELOVED Emmerdale star Steve Halliwell`: a story's first word in capitals is no word
    of the title it runs into, where the text names the title without it; "the Yorkshire
    soap" is where the soap is set, no work."""
    text = (
        "BELOVED Emmerdale star Steve Halliwell has died at the age of 77 after spending 29 "
        "years on the Yorkshire soap as Zak Dingle.\n\n"
        "In 2003, he took a break from Emmerdale for personal reasons."
    )
    assert READ.works(text) == {"Emmerdale"}
    assert READ.pairs(text) == {("Steve Halliwell", "Emmerdale")}


def test_look_alikes_of_the_shouted_word() -> None:
    """A title whose first word is set in capitals and never named without it stays whole."""
    text = "CORONATION Street star Ada Wren has died.\n\nShe joined the soap in 2003."
    assert READ.works(text) == {"CORONATION Street"}


def test_her_performance_in_a_makers_latest_movie() -> None:
    """`Eguavoen has killed it again following her brilliant performance in Lancelot’s latest
    movie, ‘Gbege’`: a performance in a work, past its maker's possessive and its kind, is a
    credit of whom "her" stands for."""
    text = (
        "Actress Angela Eguavoen has reached new heights of stardom.\n\n"
        "This is even as Eguavoen has killed it again following her brilliant performance in "
        "Lancelot’s latest movie, ‘Gbege’ which is due for world premiere in October."
    )
    assert READ.pairs(text) == {("Angela Eguavoen", "Gbege")}


def test_look_alikes_of_a_performance() -> None:
    """A performance in a race or in the polls is no credit, even where the page names a work."""
    text = (
        "The runner Ada Wren, who starred in the film ‘Gbege’, spoke.\n\n"
        "Wren praised her brilliant performance in the final of the 400m."
    )
    assert READ.pairs(text) == {("Ada Wren", "Gbege")}


def test_a_reviews_look_alikes_from_other_news() -> None:
    """A helper ran 252 sentences of politics, sport, music, books and local news aimed at
    this round's rules through the code before and after them; the first cut read 45 of them
    worse. These are kept as they read before: a title after "Her" or "His", a pronoun for a
    woman the page never named beside a man who spoke, an "It" for a school, a report penned
    by its author, composers a duo will play, "the last night of the Proms", the song
    "Yesterday", a first word in capitals that an initialism is or that a longer name holds,
    and a boxer's performance in a fight billed as a drama."""
    majesty = (
        '"It was a moving occasion," said Lady Mayoress Anne Grey. Her Majesty the Queen opened '
        "the bridge in June 1998."
    )
    assert READ.events(majesty) == [("1998-06", "Her Majesty the Queen opened the bridge.")]
    book = (
        '"Philip was a giant of children\'s fiction," said publisher David Fickling. His Dark '
        "Materials was first published in 1995."
    )
    assert READ.events(book) == [("1995", "His Dark Materials was first published.")]
    nurse = (
        "Police have praised nurse Amy Cole, who helped a man who collapsed on a train. "
        '"She saved his life," said Sgt Tom Reed. Her actions on March 2 were described as heroic.'
    )
    assert READ.events(nurse) == [("2024-03-02", "Her actions were described as heroic.")]
    school = (
        "Gary Neville's documentary “The Class of 92” was a hit. His new school in Salford is "
        "almost complete. It opens on September 1."
    )
    assert READ.events(school) == [("2024-09-01", "It opens.")]
    report = "The Casey Review is penned by Baroness Louise Casey and was published on Tuesday."
    assert READ.works(report) == set()
    recital = (
        "At the Wigmore Hall recital, titled Northern Lights, Steven Isserlis and Connie Shih will "
        "play Grieg and Sibelius on May 9."
    )
    assert READ.cast(recital) == set()
    proms = "Fans waved flags on the last night of the Proms in September, the BBC said."
    assert READ.events(proms) == [
        ("2023-09", "Fans waved flags on the last night of the Proms, the BBC said.")
    ]
    song = "Sir Paul McCartney's song Yesterday has been covered by more than 2,200 artists."
    assert READ.events(song) == []
    downing = "CORONATION Street star Sue Cleaver visited Downing Street on Tuesday."
    assert READ.works(downing) == {"CORONATION Street"}
    initialism = (
        "NCIS Los Angeles star Chris O'Donnell has put his home up for sale. The actor moved to "
        "Los Angeles in the 1990s."
    )
    assert READ.works(initialism) == {"NCIS Los Angeles"}
    boxer = (
        "Anthony Joshua said his performance in the heavyweight drama, “Knockout Night”, was "
        "his best."
    )
    assert READ.cast(boxer) == set()


def test_an_events_words_with_no_dangling_clause_or_preposition() -> None:
    """A date question shows an event's words alone: `Song, who made her debut in the
    entertainment industry` (the main clause went with a later date's clause) reads `Song made
    her debut ...`; `in the [last year]` and `set for [December 2024]` go with their dates."""
    text = (
        "Song, who made her debut in the entertainment industry in 1996, was previously "
        "nominated for Best Actress at Baeksang for Full House in 2005.\n\n"
        "This is the third movie shoot in Almonte in the last year.\n\n"
        "The play ‘Rover’ opened in London. Its opening night in Leeds is set for December 2024."
    )
    assert READ.events(text)[:3] == [
        ("1996", "Song made her debut in the entertainment industry"),
        (
            "2005",
            "Song, who made her debut in the entertainment industry in 1996, was previously "
            "nominated for Best Actress at Baeksang for Full House.",
        ),
        ("2023", "This is the third movie shoot in Almonte."),
    ]
    assert ("2024-12", "Its opening night in Leeds is set.") in READ.events(text)


def test_look_alikes_of_a_dangling_clause() -> None:
    """A relative clause whose main clause follows stays, and "for" not after "set" too."""
    kept = "Im, who also played a dark role in 2019, said she was attracted to the character."
    assert READ.events(kept) == [
        ("2019", "Im, who also played a dark role, said she was attracted to the character.")
    ]
    named = "The play ‘Rover’ was named for its writer in 1990."
    assert READ.events(named) == [("1990", "The play “Rover” was named for its writer.")]


def test_a_new_face_joining_a_telenovela_and_the_character_taken_on() -> None:
    """`Siyabonga Radebe, one of the many new faces joining the SABC1 telenovela Uzalo, has
    been cast`: an appositive that places a name among a work's cast; `takes on the character
    of Vikizitha Magwaza` names the part."""
    text = (
        "Actor Siyabonga Radebe, one of the many new faces joining the SABC1 telenovela Uzalo, "
        "has been cast as a thug.\n\n"
        "This time Radebe takes on the character of Vikizitha Magwaza, a lethal criminal."
    )
    assert READ.cast(text) == {("Siyabonga Radebe", "Uzalo", "Vikizitha Magwaza")}
    star = "Actor Ada Wren, one of the stars of the telenovela Uzalo, has died."
    assert READ.pairs(star) == {("Ada Wren", "Uzalo")}


def test_look_alikes_of_a_new_face() -> None:
    """One of the faces of a campaign, or one of the stars of a night, is in no work; nor is
    one of the stars of a concert that is quoted, as a work would be."""
    campaign = "Ada Wren, one of the faces of the Labour campaign, spoke on Monday."
    assert READ.cast(campaign) == set()
    night = "Ada Wren, one of the stars of the night at Wembley, won the race."
    assert READ.cast(night) == set()
    # a second review's: what is quoted after it is a campaign, a concert, a council project
    aurora = (
        'Grace Obi, one of the faces of "Project Aurora", Shell\'s renewable push, left the '
        "company on Friday."
    )
    assert READ.cast(aurora) == set()
    concert = (
        'Chris Martin, one of the stars in "Live Aid 40", the anniversary concert at Wembley, '
        "confirmed the line-up on Tuesday."
    )
    assert READ.cast(concert) == set()


def test_italics_markup_names_no_work_by_itself() -> None:
    """A pasted page's italics markup was tried as a mark of titles and dropped: a second
    review found it on journals, ships, species and foreign words far more than on works."""
    text = (
        "The study, published in <i>Nature</i>, was led by Ada Wren. The <i>HMS Queen "
        "Elizabeth</i> sailed on Monday, a case of <i>Schadenfreude</i> for some."
    )
    assert READ.works(text) == set()
