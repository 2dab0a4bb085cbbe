"""Round twenty-two: what fresh development pages showed (a festival's critics' round-up, Hindi
films' first days of shooting, a fan site's premiere note), each rule read with a made-up
sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 9, 25))  # a Monday


def test_a_part_ends_before_a_clause_of_contrast() -> None:
    """`sees Deepika playing the role of Queen Padmini while Shahid essays the character of
    her husband, Raja Rawal Ratan Singh`: each part is named, "while" ends the first."""
    text = (
        "Ada Wren, Tom Hale and Max Dale were spotted on set. The film ‘Harbor Lights’ sees "
        "Ada Wren playing the role of Queen Nora while Tom Hale sings. In the film, Max Dale "
        "essays the character of her husband, Raja Kit Moss."
    )
    assert READ.cast(text) >= {
        ("Ada Wren", "Harbor Lights", "Queen Nora"),
        ("Max Dale", "Harbor Lights", "Raja Kit Moss"),
    }
    essay = "In the film ‘Harbor Lights’, Max Dale essays the character with great charm."
    assert READ.cast(essay) <= {("Max Dale", "Harbor Lights", None)}


def test_a_quote_inside_a_quote_is_part_of_it() -> None:
    """A fan site quotes a star whose words quote a thought in double marks: one quote, not
    one cut at the inner closing mark and a second in single marks after it."""
    text = (
        "Ada Wren told the press that the shoot was hard: “I had such a hard time. Thinking "
        "for three months, “what if my husband was killed?” It put me in a bad place. "
        "Couples say, ‘I want to kill him,’ but I would never want that.”"
    )
    quotes = READ.quotes(text)
    assert len(quotes) == 1
    assert quotes[0][1].endswith("I would never want that.")
    # one closing mark for two opening ones: no nesting, the quote ends where it did
    typo = "Ada Wren said: “I loved every day of the shoot. “Harbor Lights” is the best."
    assert [speaker for speaker, _ in READ.quotes(typo)] == ["Ada Wren"]


def test_a_second_partial_quote_after_said_the_film_is_the_same_critics() -> None:
    """`Tania Hussain also said the "rhythmically erratic" film is an "unfortunate belly
    flop."`: both partial quotes are hers."""
    text = (
        'The film "Harbor Lights" opened. Collider\'s Nia Vale also said the "rhythmically '
        'erratic and flatly steered" film is an "unfortunate belly flop."'
    )
    assert READ.quotes(text) == [
        ("Nia Vale", "rhythmically erratic and flatly steered"),
        ("Nia Vale", "unfortunate belly flop."),
    ]
    scare = 'The film "Harbor Lights" opened. The crew said the set was a "belly flop" at first.'
    assert READ.quotes(scare) == []


def test_a_pronoun_that_also_stars_is_in_the_work_just_named() -> None:
    """`Anna Kendrick's directorial debut "Woman of the Hour," a crime drama ... She also
    stars.`: she is in it; a sentence that goes on to name another work is not this rule's."""
    text = (
        'The buzziest film was Ada Wren\'s directorial debut "Harbor Lights," a crime drama '
        "based on a true story. She also stars."
    )
    assert READ.pairs(text) == {("Ada Wren", "Harbor Lights")}
    director = (
        'The buzziest film was Ada Wren\'s directorial debut "Harbor Lights," a crime drama '
        "based on a true story. She also wrote it."
    )
    assert READ.pairs(director) == set()


def test_a_post_on_a_named_account_is_the_accounts_words() -> None:
    """`"...," the post shared on Nadiadwala Grandson official Twitter handle read.`"""
    text = (
        "The film Harbor Lights began production on Wednesday.\n"
        '"Straight from the first shot of the film," the post shared on Glass Coast '
        "Pictures official Twitter handle read."
    )
    assert READ.quotes(text) == [
        ("Glass Coast Pictures", "Straight from the first shot of the film,")
    ]
    person = (
        "The film Harbor Lights began production.\n"
        '"Straight from the set," the post shared on Ada Wren\'s Instagram account read.'
    )
    assert READ.quotes(person) == [("Ada Wren", "Straight from the set,")]


def test_a_press_notes_lists_of_credits_are_the_actors() -> None:
    """A theatre's press note: `His theatre credits include King Lear (The Old Vic), ...`,
    then `Film includes A, B` and `Television includes C and D`: every work is his, the venues
    in brackets neither works nor people."""
    text = (
        "Bo Lind will direct A Winter Tale, starring Ada Wren as Queen Nora.\n\n"
        "Ada Wren works across stage, television and film. Her theatre "
        "credits include King Lear (The Old Vic), Protest Song, Volpone and Glass Harbor "
        "(National Theatre) and Bad Finger (Donmar Warehouse). Film includes Snowdon, Another "
        "Me and Hannibal Rising. Television includes Berlin Station and Burning Love."
    )
    found = READ.facts(text)
    works = {w.title for w in found.works}
    assert {"Volpone", "Glass Harbor", "Bad Finger", "Another Me", "Burning Love"} <= works
    assert not works & {"The Old Vic", "National Theatre", "Donmar Warehouse"}
    assert {c.person for c in found.cast} == {"Ada Wren"}
    assert {c.work for c in found.cast} >= {"King Lear", "Snowdon", "Berlin Station"}


def test_a_list_of_two_shows_splits_where_the_second_opens_on_its_article() -> None:
    """`best known for his roles in shows such as As Time Goes By and The Fall and Rise of
    Reginald Perrin`; `He also appeared in A Fish Called Wanda`: each work whole, each his."""
    text = (
        "Ben Gale has died at the age of 93.\n\nThe veteran actor was best known for his roles "
        "in shows such as As Time Goes By and The Fall and Rise of Reginald Perrin.\n\n"
        "He also appeared in A Fish Called Wanda."
    )
    assert READ.pairs(text) == {
        ("Ben Gale", "As Time Goes By"),
        ("Ben Gale", "The Fall and Rise of Reginald Perrin"),
        ("Ben Gale", "A Fish Called Wanda"),
    }
    place = "Ben Gale has died at the age of 93.\n\nHe also appeared in court in 2019."
    assert READ.pairs(place) == set()


def test_a_musicals_cast_list_and_its_stars_shows() -> None:
    """`Opening Night, the upcoming West End musical with music by ...`, its cast `completed
    by` five more, its star `known for TV shows such as A and B` and songs in single marks,
    which are no works."""
    text = (
        "Opening Night, the upcoming West End musical with music and lyrics by Bo Lind, has "
        "released its full cast list.\n\nIt stars Ada Wren as Myrtle. The cast is completed by "
        "Max Dale, Kit Moss and Nia Vale.\n\nBo, who has been releasing music since 1998, is "
        "known for songs like ‘The Art Teacher’ and ‘Out of the Game’.\n\nAda, meanwhile, is "
        "known for TV shows such as Harbor Lights and The Castaways."
    )
    found = READ.facts(text)
    assert {w.title for w in found.works} == {"Opening Night", "Harbor Lights", "The Castaways"}
    assert {(c.person, c.work) for c in found.cast} == {
        ("Ada Wren", "Opening Night"),
        ("Max Dale", "Opening Night"),
        ("Kit Moss", "Opening Night"),
        ("Nia Vale", "Opening Night"),
        ("Ada Wren", "Harbor Lights"),
        ("Ada Wren", "The Castaways"),
    }
    director = "Bo Lind directed the film Rover. Bo Lind is known for films like Harbor Lights."
    assert ("Bo Lind", "Harbor Lights") not in READ.pairs(director)


def test_a_stretch_of_days_takes_its_year_from_its_last_day() -> None:
    """`The show runs from 6 March-27 July 2024`: both days in 2024, though published in
    September 2023; `from November 18 to January 20, 2018` starts the year before."""
    text = "The musical Harbor Lights runs from 6 March-27 July 2024 at the Gielgud Theatre."
    assert {date for date, _ in READ.events(text)} == {"2024-03-06", "2024-07-27"}
    winter = "The play Harbor Lights runs from November 18 to January 20, 2018."
    assert {date for date, _ in READ.events(winter)} == {"2017-11-18", "2018-01-20"}


def test_a_numbered_list_heads_each_work() -> None:
    """A list of renewals heads each entry `1. 13 Reasons Why`: the numbered heading is the
    work its paragraph is about; a sentence's `Another` is none."""
    text = (
        "2018 Show Renewals: 4 Hit Dramas Returning for Season 2\n\n"
        "1. Glass Harbor\n\nMany of us thought Glass Harbor was over since the book was covered "
        "in season one. But the show is writing a new chapter.\n\n"
        "2. Night Shift\n\nAnother season two comes from a superhero show Night Shift. This "
        "season a new villain comes to Harlem.\n\n"
        "3. You Are Wanted\n\nNetflix isn't the only streamer bringing drama, with You Are "
        "Wanted at number three. A hotel manager's life is turned upside down."
    )
    assert READ.works(text) == {"Glass Harbor", "Night Shift", "You Are Wanted"}


def test_what_a_news_items_heading_and_a_makers_credit_hold_is_no_title() -> None:
    """`... CAROL (14 AUGUST 2017)` is a date; `a new adaptation by Harry Potter and the
    Cursed Child's Jack Thorne` names the play, not a play ending in his name."""
    text = (
        "WREN IS SCROOGE IN A CHRISTMAS CAROL (14 AUGUST 2017)\n\nBo Lind will direct A "
        "Christmas Carol in a new adaptation by Harbor Lights and the Cursed Child's Jack "
        "Thorne, starring Ada Wren as Ebenezer Scrooge."
    )
    works = READ.works(text)
    assert "14 AUGUST 2017" not in works
    assert "Harbor Lights and the Cursed Child" in works
    assert not any(title.endswith("Jack Thorne") for title in works)


def test_a_drama_serial_is_a_kind_of_work() -> None:
    """`their hit soap serial Kaffara`, `Drama serial ‘Ishq-e-Laa’ will be released`; a serial
    killer is none."""
    text = (
        "Ada Wren got huge fame through their hit soap serial Glassharbor, which garnered two "
        "billion views.\n\nDrama serial ‘Rovermoon’ will be released in October."
    )
    assert READ.works(text) == {"Glassharbor", "Rovermoon"}
    killer = "Ada Wren plays a serial killer Nora Vale hunts."
    assert READ.works(killer) == set()


def test_the_drama_of_a_paragraph_naming_none_is_the_one_named_just_before() -> None:
    """A list of coming dramas tells each in two paragraphs: `Besides Sajal and Azaan Sami, the
    cast of the drama includes A, B` is the second drama's, not the first's."""
    text = (
        "Here are the dramas to air this month.\n\nHarbor Lights\n\nAda Wren starrer ‘Harbor "
        "Lights’ will air this month. The cast includes Ada Wren and Max Dale.\n\nGlass "
        "Coast\n\nDrama serial ‘Glass Coast’ will be released on 21st October with Nia Vale.\n\n"
        "It is another Bo Lind production. Besides Nia, the cast of the drama includes Kit "
        "Moss and Tom Hale."
    )
    cast = READ.pairs(text)
    assert {("Kit Moss", "Glass Coast"), ("Tom Hale", "Glass Coast")} <= cast
    assert ("Kit Moss", "Harbor Lights") not in cast


def test_the_cast_of_their_untitled_next_drama_is_in_no_work() -> None:
    """`Geo TV is bringing them back in their upcoming drama series which will air during
    Ramadan ... The cast also includes A, B`: a work with no title, not the couple's last."""
    text = (
        "Ada Wren and Tom Hale got huge fame through their hit soap serial Glassharbor.\n\n"
        "Now, Geo TV is bringing them back on the screen in their upcoming drama series which "
        "will air during Ramadan. The cast also includes Kit Moss and Nia Vale.\n\n"
        'Another Glassharbor fan wrote, "I need the same innocent Sitara."'
    )
    found = READ.facts(text)
    assert {c.person for c in found.cast} <= {"Ada Wren", "Tom Hale"}
    assert found.quotes == ()


def test_a_directors_film_at_a_festival_and_its_veterans() -> None:
    """`the premiere of her movie Lion Heart at Tiff 2018`; `Lion Heart is Genevieve ‘s debut as
    a movie director. The movie features veteran’s like A and B`."""
    text = (
        "Director Ada Wren could not hold back her tears during the premiere of her movie "
        "Harbor Heart at Tiff 2018.\nHarbor Heart is Ada ‘s debut as a movie director. The "
        "movie features veteran’s like Nkem Owoh and Onyeka Onwenu, it has also been acquired "
        "by Netflix."
    )
    found = READ.facts(text)
    assert {w.title for w in found.works} == {"Harbor Heart"}
    assert {(c.person, c.work) for c in found.cast} == {
        ("Nkem Owoh", "Harbor Heart"),
        ("Onyeka Onwenu", "Harbor Heart"),
    }


def test_a_countdowns_lines_rank_an_actor_for_a_work() -> None:
    """`10. Shakeel for An-Kahi`, `6. Fawad Khan for Humsafar`: each actor in his drama."""
    text = (
        "Top 10 Best Male TV Drama Roles\n\nFriends this is just my opinion and choice.\n\n"
        "3. Ben Gale for Harbor Lights\n\n2. Shakeel for Glassharbor\n\n1. Max Dale for Rover"
    )
    assert READ.pairs(text) == {
        ("Ben Gale", "Harbor Lights"),
        ("Shakeel", "Glassharbor"),
        ("Max Dale", "Rover"),
    }
    prose = "Ben Gale was praised for Harbor Lights by the critics."
    assert ("Ben Gale", "Harbor Lights") not in READ.pairs(prose)


def test_a_list_of_names_that_will_play_the_lead_roles() -> None:
    """`A, B, C, and D will play the lead role in the upcoming project, Sabaat.`"""
    text = (
        "Ada Wren, Nia Vale, Max Dale, and Tom Hale will play the lead role in the upcoming "
        "project, Glassharbor."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Glassharbor"),
        ("Nia Vale", "Glassharbor"),
        ("Max Dale", "Glassharbor"),
        ("Tom Hale", "Glassharbor"),
    }


def test_a_quote_a_teaser_cut_off_is_nobodys() -> None:
    """A tag page's teaser opens a quote and stops on `…`: nobody said those words, while a
    quote that runs on into the next paragraph is still read."""
    text = (
        "Actor Ben Gale is out with a new film titled ‘Harbor Lights’ set for release March "
        "2011. “Harbor Lights the movie tells the story of Nora Vale and her girlfriend, both born "
        "and raised in Africa, but stuck with the principle of …\n"
        "Another teaser opens here."
    )
    assert READ.quotes(text) == []
    spoken = (
        "Ben Gale spoke about his new film ‘Harbor Lights’.\n"
        "“It tells the story of a woman and her girlfriend, both born and raised in Africa, "
        "and I loved every day of making it,” Gale said."
    )
    assert [speaker for speaker, _ in READ.quotes(spoken)] == ["Ben Gale"]


def test_a_fronted_known_for_credits_the_subject_in_its_works_only() -> None:
    """`Best known for his roles in productions including Rock of Ages and FOX’s Scream Queens,
    Diego Boneta stars as Luis Miguel`, in a story whose series has no title: he is in the
    two productions; his part is in no work the story names, nor is the cast around him."""
    text = (
        "Production has begun in Mexico City for the original series based on the life of "
        "singer Luis Miguel.\nBest known for his roles in Hollywood productions including Rock "
        "of Ages and FOX’s Scream Queens, Max Dale stars as Luis Miguel; Nia Vale stars as his "
        "girlfriend.\nThe series also features Tom Hale as his manager Hugo Lopez."
    )
    found = READ.facts(text)
    assert {w.title for w in found.works} == {"Rock of Ages", "Scream Queens"}
    assert {(c.person, c.work, c.role) for c in found.cast} == {
        ("Max Dale", "Rock of Ages", None),
        ("Max Dale", "Scream Queens", None),
    }
    listed = (
        "Through the years, stars of Harbor Lights, Glass Coast, General Hospital, and many "
        "more have left."
    )
    assert "General Hospital" in READ.works(listed)


def test_a_job_before_a_comma_then_the_speaker() -> None:
    """`," said Neighbours’ Executive Producer, Jason Herbison.`: the name after the job."""
    text = (
        "Ada Wren has joined the regular cast of Harbor Lights.\n\n"
        '"The writers have had free rein with our new man," said Harbor Lights’ Executive '
        'Producer, Bo Lind. "Let’s just say his arrival is quite explosive."'
    )
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Bo Lind", "Bo Lind"]


def test_a_long_press_list_is_read_whole_with_its_titles_own_ands() -> None:
    """A press note's list of twenty films, one with "and the" in its title: every film read,
    that title whole; the list's "and" before a capital joins two items."""
    films = [f"Film Number {n}" for n in range(1, 19)]
    text = (
        "Ada Wren will star in A Winter Tale.\n\nAda Wren works across stage and film. Film "
        f"includes {', '.join(films)}, Harry Potter and the Deathly Hallows: Part 1 and Notting "
        "Hill (BAFTA nominated)."
    )
    works = READ.works(text)
    assert {"Film Number 1", "Film Number 18", "Notting Hill"} <= works
    assert "Harry Potter and the Deathly Hallows: Part 1" in works


def test_a_renowned_directors_upcoming_thriller_is_untitled() -> None:
    """`Renowned director Park Chan-wook's upcoming thriller ... has confirmed the addition of
    actors A, B`: "Renowned" is praise, no work, and the thriller's cast is in no work."""
    text = (
        "In short Renowned director Bo Lind's new thriller, featuring a star-studded cast "
        "including Ada Wren, is creating a buzz.\n\nRenowned director Bo Lind's upcoming "
        "thriller has confirmed the addition of actors Max Dale and Nia Vale."
    )
    found = READ.facts(text)
    assert "Renowned" not in {w.title for w in found.works}
    assert found.cast == ()


def test_a_title_with_a_note_on_its_name_heads_its_box() -> None:
    """`Peninsula (literal translation), a sequel to`; a heading `Mathematician From A Strange
    World (literal translation)` over `Director:` and `Starring:` lines casts its box."""
    text = (
        "Upcoming movies in 2020 include Seaharbor (literal translation), a sequel to Glass "
        "Coast.\n\nMathematician From A Strange World (literal translation)\n\n"
        "Director: Bo Lind\n\nStarring: Ada Wren, Max Dale\n\nGenre: Drama"
    )
    found = READ.facts(text)
    assert {"Seaharbor", "Mathematician From A Strange World"} <= {w.title for w in found.works}
    assert {(c.person, c.work) for c in found.cast} == {
        ("Ada Wren", "Mathematician From A Strange World"),
        ("Max Dale", "Mathematician From A Strange World"),
    }


def test_a_director_who_has_cast_star_actors() -> None:
    """`Director Kim Jee-woon has cast star actors A and B for his short film W`: they are in
    it, he is not ("star actors" is no verb); a studio that "has cast doubt" casts no one."""
    text = (
        "Director Bo Lind has cast star actors Ada Wren and Nia Vale for his short film Seaharbor."
    )
    assert READ.pairs(text) == {("Ada Wren", "Seaharbor"), ("Nia Vale", "Seaharbor")}
    doubt = "The studio has cast doubt on Ada Wren and the film Seaharbor."
    assert READ.pairs(doubt) == set()


def test_a_work_set_off_after_what_it_was() -> None:
    """`As the most popular drama this summer, Story of Yanxi Palace has racked up`; not `As a
    fan of the show, Ada Wren has`."""
    text = "As the most popular drama this summer, Story of Harbor Palace has racked up clicks."
    assert READ.works(text) == {"Story of Harbor Palace"}
    fan = "As a fan of the show, Ada Wren has watched it all."
    assert READ.works(fan) == set()


def test_an_executive_beside_a_star_in_a_caption_is_no_cast() -> None:
    """`Sanford Panitch, president of Columbia Pictures, alongside Cheng Wu (middle),
    vice-president of Tencent Holdings Ltd, promote Venom`: no one is cast."""
    text = (
        "Bo Lind, president of Glass Pictures, alongside Ada Wren (middle), vice-president of "
        'Harbor Holdings Ltd, promote "Seaharbor" in Beijing.\nThe drama "Seaharbor" has '
        "racked up clicks."
    )
    assert READ.pairs(text) == set()


def test_a_portrayal_a_reader_was_captivated_by() -> None:
    """`I remember being completely captivated by his portrayal of Fredo in ‘The Godfather’`:
    his part in it."""
    text = (
        "This list is a tribute to actors who passed away too soon.\nJohn Gale\n\n"
        "I’ve always been fascinated by John Gale. I remember being completely "
        "captivated by his portrayal of Fredo in ‘Harbor Lights’."
    )
    assert READ.cast(text) == {("John Gale", "Harbor Lights", "Fredo")}


def test_a_rank_opens_a_part_and_a_title_inside_it_is_not_its_work() -> None:
    """`his portrayal of the world-weary Det. Phil Fish on the 1970s ABC sitcom Barney Miller`,
    beside his spinoff `Fish`: "Det." ends no sentence, and the part is in Barney Miller."""
    text = (
        "Ben Gale, who earned Emmy Award nominations for his portrayal of the world-weary Det. "
        "Phil Fish on the 1970s ABC sitcom Barney Miller, has died. He and his spinoff show, "
        "Fish, are referenced in a song."
    )
    assert ("Ben Gale", "Barney Miller", "Det. Phil Fish") in READ.cast(text)
    assert not any(work == "Fish" and role for _, work, role in READ.cast(text))
