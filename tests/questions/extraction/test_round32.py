"""Round thirty-two: what fresh development pages showed (an American student paper's
interview, a soap site's interview, an English panto's cast, a Pakistani paper's TV column, a
Malaysian box-office story, a Polish festival's prizes, a Jamaican theatre season, a Mexican
actor's obituary), each rule read with a made-up sentence of the genre and a look-alike it
must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 6, 21))


def test_a_channels_quoted_title_keeps_the_period_american_style_tucks_in() -> None:
    """`the cast members of HBO Max’s “The Sex Lives of College Girls.”`: an owner's
    possessive before the mark places a work, and "Max’s" is no first name around a
    nickname; a nickname between names stays one."""
    text = (
        "I interviewed the four main cast members of HBO Max’s “The Sex Lives of College "
        "Girls.”\nIf you read my article, you know I adore it. Leighton (Reneé Rapp) and Whitney "
        "(Alyah Chanelle Scott) became my favorites.\n\nCapturing college is no easy feat."
    )
    assert READ.cast(text) == {
        ("Reneé Rapp", "The Sex Lives of College Girls", "Leighton"),
        ("Alyah Chanelle Scott", "The Sex Lives of College Girls", "Whitney"),
    }
    nickname = "Peter “Littlefinger” Baelish schemed.\n\nCapturing power is no easy feat."
    assert READ.works(nickname) == set()


def test_an_actor_and_part_back_on_a_soap_whose_title_has_our() -> None:
    """`Bryan Dattilo (Lucas Horton) has been on-screen on Days of our Lives`: a part in
    brackets makes the show, and "of our" stays inside a title; a town one returns to is no
    work, and a cheer in marks (`a big “Welcome Home!”`) no title."""
    text = (
        "It has been years since Bryan Dattilo (Lucas Horton) has been on-screen on Days of "
        "our Lives.\n\nHere is our chat, and we want to add, a big “Welcome Home!”"
    )
    assert READ.works(text) == {"Days of our Lives"}
    assert READ.works("Ada Wren (Nora) returns to Salem next week.") == set()
    assert READ.works("Ada Wren (Nora Lee) is back on BBC One this week.") == set()
    assert READ.works("The cast sang the musical “Oklahoma!” last night.") == {"Oklahoma!"}


def test_a_panto_is_a_kind_of_work_and_its_caption_names_it() -> None:
    """`Jack Edwards as Dame Trott in The Kings Theatre 2021 panto, Jack and The Beanstalk`: the
    theatre and its year are no title, the tale after the comma is, and "the panto X" names
    one as "the film X" does."""
    caption = (
        "Jack Edwards as Dame Trott in The Kings Theatre 2021 panto, Jack and The Beanstalk\n\n"
        "Tickets are on sale now."
    )
    assert READ.cast(caption) == {("Jack Edwards", "Jack and The Beanstalk", "Dame Trott")}
    text = "The panto Jack and the Beanstalk stars comedy favourite James Percy as Silly Billy."
    assert READ.cast(text) == {("James Percy", "Jack and the Beanstalk", "Silly Billy")}
    assert READ.works("Tickets for the Darlington panto are on sale now.") == set()


def test_a_columns_listing_heads_its_show_even_one_word_long() -> None:
    """A TV column's `Parwarish | ARY, Mon-Tues 8.00pm` over its review: the show the parts in
    brackets under it are in, though its word ends as "British" does; a nation's word alone
    is still no title."""
    text = (
        "THE WEEK THAT WAS\n\n"
        "Parwarish | ARY, Mon-Tues 8.00pm\n\n"
        "Still holding the top spot, the story entertains.\n\n"
        "Wali (Samar Abbas) realises music may be his passion."
    )
    assert READ.cast(text) == {("Samar Abbas", "Parwarish", "Wali")}
    assert READ.works("The British film won three awards.") == set()


def test_a_date_is_no_title_and_an_award_no_speaker() -> None:
    """`Since it was first shown on June 23`: a day; `The Best Director of the 57th Asia
    Pacific Film Festival also said`: a prize's winner, so "he said" after it is the
    director the page named."""
    shown = (
        "Since it was first shown on June 23, the film, which was inspired by a true history, "
        "has become one of the main conversations on social media."
    )
    assert READ.works(shown) == set()
    text = (
        "Its director, Syamsul Yusof, said the film was a hit.\n\n"
        "The Best Director of the 57th Asia Pacific Film Festival also said that the film "
        "leads the chart.\n\n"
        "“It has been proven several times, Malay film works can stand on their own,” he said."
    )
    assert READ.quotes(text) == [
        (
            "Syamsul Yusof",
            "It has been proven several times, Malay film works can stand on their own,",
        ),
    ]


def test_a_cast_lined_up_or_powered_by_its_actors() -> None:
    """`The film Mat Kilau ... is lined up with many great actors including A, B`, `The cast
    is powered by A and B`: the work's cast; a team lined up with players is not."""
    text = (
        "The film Mat Kilau, which cost RM8 million, is lined up with many great actors "
        "including Adi Putra, Beto Kusyairy and Fattah Amin."
    )
    assert READ.pairs(text) == {
        ("Adi Putra", "Mat Kilau"),
        ("Beto Kusyairy", "Mat Kilau"),
        ("Fattah Amin", "Mat Kilau"),
    }
    powered = (
        "Ada Wren stars in the musical Harbor Lights. The cast is powered by Donald Anderson "
        "and Jean Paul Menou."
    )
    assert READ.pairs(powered) == {
        ("Ada Wren", "Harbor Lights"),
        ("Donald Anderson", "Harbor Lights"),
        ("Jean Paul Menou", "Harbor Lights"),
    }
    team = (
        "Ada Wren stars in the musical Harbor Lights. The club is lined up with many great "
        "players including Tom Hale and Ben Gale."
    )
    assert READ.pairs(team) == {("Ada Wren", "Harbor Lights")}


def test_a_festival_winner_by_its_maker_and_a_show_playing_at_its_theatre() -> None:
    """`Silent Night by newcomer Piotr Domalewski took home the Golden Lions`; `this year’s X,
    which plays at Centre Stage Theatre`; `Genesian Theatre Company’s X is playing at
    Genesian Theatre`: works, the company's possessive left off; a person playing at a
    theatre and a band at a stadium are none."""
    prize = (
        "The verdict came as no surprise: Silent Night by newcomer Piotr Domalewski took home "
        "the Golden Lions. The film has great performances by the ensemble cast, comprising "
        "Dawid Ogrodnik and Tomasz Ziętek."
    )
    assert READ.pairs(prize) == {
        ("Dawid Ogrodnik", "Silent Night"),
        ("Tomasz Ziętek", "Silent Night"),
    }
    stage = (
        "Jambiz retains Glen Campbell with this year’s If There's A Will There's a Wife, which "
        "plays at Centre Stage Theatre.\n\n"
        "Genesian Theatre Company’s The Murder of Roger Ackroyd is playing at Genesian Theatre."
    )
    assert READ.works(stage) == {
        "If There's A Will There's a Wife",
        "The Murder of Roger Ackroyd",
    }
    others = (
        "Emma Stone, playing at the Globe Theatre this week, said she was thrilled. "
        "Coldplay plays at Wembley Stadium in June. A portrait of Emma Stone by visual artist "
        "Norman Leto won the prize."
    )
    assert READ.works(others) == set()


def test_telenovelas_in_sentence_case_by_their_year_or_their_kind() -> None:
    """A Mexican actor's obituary: `soap operas such as “Los ricos tambien lloran”`,
    `telenovelas such as “Vanessa” (1982) ... and “Nada personal” (1996)`: works written in
    sentence case; words said in marks stay a quote."""
    text = (
        "Rogelio Guerra, the star of soap operas such as “Los ricos tambien lloran” (The rich "
        "cry, too) died Wednesday.\n\n"
        "He was known for roles in other telenovelas such as “Vanessa” (1982) and “Nada "
        "personal” (1996)."
    )
    assert READ.works(text) == {"Los ricos tambien lloran", "Vanessa", "Nada personal"}
    said = "“Nada personal,” he said of the feud in 1996."
    assert READ.works(said) == set()


def test_a_part_in_the_unnamed_soap_is_in_the_soap_named_before() -> None:
    """`Lindsay played Shelley Unwin in the ITV soap for five years and has also starred in
    the BBC comedy Still Open All Hours`: the soap the story named, not the comedy the
    sentence goes on to; a kind with its title right after it is that title's."""
    text = (
        "Sally Lindsay paid tribute to her Coronation Street co-star Liz Dawn.\n\n"
        "Lindsay, 44, played Shelley Unwin in the ITV soap for around five years and has also "
        "starred in the BBC comedy Still Open All Hours."
    )
    assert ("Sally Lindsay", "Coronation Street", "Shelley Unwin") in READ.cast(text)
    named = (
        "Sally Lindsay paid tribute to her Coronation Street co-star Liz Dawn.\n\n"
        "Kunle Remi is known for his role in the Netflix series “Anikulapo”."
    )
    assert ("Kunle Remi", "Anikulapo") in READ.pairs(named)


def test_a_surname_the_page_named_is_joined_as_a_person() -> None:
    """`Sir Kenneth Branagh attending the premiere ... Stars joined Branagh on the red carpet`:
    the man, not a work called "Branagh"; a work joined is still one."""
    text = (
        "Sir Kenneth Branagh attended the Irish premiere of his film 'Belfast'.\n\n"
        "Stars including Jamie Dornan joined Branagh on the red carpet."
    )
    assert "Branagh" not in READ.works(text)
    joined = "Ada Wren met Tom Hale in May.\n\nBen Gale has joined Harbor Lights as Nora's father."
    assert "Harbor Lights" in READ.works(joined)


def test_a_reviews_look_alikes_of_the_rounds_rules() -> None:
    """Sentences of sport, politics, music and local news a helper built on the round's shapes,
    each read as something else by the round's first rules: none is a work or a credit."""
    nothing = [
        "Labour lost Hartlepool by newcomer Jill Mortimer's margin of 7,000 votes.",
        "Murray was knocked out of Wimbledon by young Carlos Alcaraz on Friday.",
        "The Foo Fighters play at the Apollo Theatre on Friday.",
        "The Rotary Club's Christmas Fayre runs at the Pavilion Theatre on December 2.",
        "Oldham Athletic’s Under-18s, playing at the Coliseum Theatre ground, won 3-1.",
        "Tiger Woods (USA) is back on Tour this week after surgery.",
        "Yoga Class | Community Centre, Mon-Thurs 7pm\n\nSarah Jones (Instructor) leads it.",
        "Premier League | Sky Sports, Sun 4.30pm\n\nMikel Arteta (Arsenal) faces Chelsea.",
        "The Club of Rome's report “Limits to growth” (1972) sold millions.",
        "It owns franchises such as “Pizza hut” across the region.",
        "Hundreds of supporters of Trump’s “Make America Great Again.” rally gathered.",
    ]
    for text in nothing:
        assert READ.works(text) == set(), text
    assert READ.works("We saw a great “Mamma Mia!” at the Novello last night.") == {"Mamma Mia!"}
    series = (
        "Vicky McClure starred in This Is England. She played DI Kate Fleming in the drama "
        "series Line of Duty."
    )
    assert ("Vicky McClure", "Line of Duty", "DI Kate Fleming") in READ.cast(series)
    sport = (
        "Netflix's Break Point returns in January. This year's Australian Open boasts stars "
        "including Carlos Alcaraz and Jannik Sinner.\n\n"
        "The cricket documentary The Test airs on Prime Video. The series is anchored by Joe "
        "Root, whose 150 settled it."
    )
    assert READ.cast(sport) == set()


def test_songs_tours_books_and_scores_are_no_works() -> None:
    """Real news of other things (`tests/extract/test_other_news.py`) read songs, tours,
    memoirs and a cricket score as works: `her first No. 1 country hit “Can’t Even Get the
    Blues,”`, `a new song titled “Valley Boy,”`, `her ‘Live in Concert’ Tour`, `Bush’s memoir,
    ‘Decision Points,’`, `the album, titled Shoot For The Stars`, `closed on 456-3`. A film's
    hit, a novel a screen version adapts, a film titled so and "9-1-1" stay works."""
    nothing = [
        "Reba had her first No. 1 country hit “Can’t Even Get the Blues,” in 1982.",
        "Her No. 1 hit “Somebody” opened the show, and her ‘Live in Concert’ Tour sold out.",
        "The band shared a new song titled “Valley Boy,” on Friday.",
        "Former President George W. Bush’s memoir, ‘Decision Points,’ will be published soon.",
        "Victor said that the album, titled Shoot For The Stars, would be out on Friday.",
        "Cook reached 182 not out as the hosts closed on 456-3 at Edgbaston.",
    ]
    for text in nothing:
        assert READ.works(text) == set(), text
    assert READ.works("Seth Rogen is fresh from last summer hit, “This is the end”.") == {
        "This is the end"
    }
    adapted = (
        "Lily James has joined the cast of BBC's adaptation of Nancy Mitford's celebrated "
        "novel “The Pursuit Of Love”."
    )
    assert READ.works(adapted) == {"The Pursuit Of Love"}
    assert READ.works("Ben Gale stars in the film, titled Harbor Lights, as Tom.") == {
        "Harbor Lights"
    }
    assert READ.works("She plays Grace in the drama 9-1-1: Lone Star.") == {"9-1-1: Lone Star"}


def test_a_gathering_and_a_job_are_no_speakers() -> None:
    """Other news gave quotes to `the Mobile World Congress` (`before the Mobile World Congress
    in Barcelona begins, modu said it would “...”`) and to `Nextbit Chief Technology` (`Nextbit
    Chief Technology officer Mike Chan added: “...”`): a gathering's name and a job's words end
    no name."""
    congress = (
        "Less than a week before the Mobile World Congress in Barcelona begins, modu said it "
        "would “rewrite the mobile landscape”."
    )
    assert all(speaker != "Mobile World Congress" for speaker, _ in READ.quotes(congress))
    job = (
        "Nextbit Chief Technology officer Mike Chan added: “We’re focusing on a device that "
        "can adapt to you.”"
    )
    assert READ.quotes(job) == [("Mike Chan", "We’re focusing on a device that can adapt to you.")]


def test_who_said_it_in_news_of_other_things() -> None:
    """Quotes in 36 real pages of politics, sport and local news
    (`tests/extract/quotes/`): an office before a name (`said Mayor Woodfin`, `Parliamentary
    Affairs Minister Pralhad Joshi`, `Council Member Tag Green said`), an office after it
    (`Mustapha Gbande, NDC Deputy General Secretary, stated`), a club named like a saint's
    (`St Johnstone manager Tommy Wright`), and lists of what was said, signed after a dash
    (`" - Premier Daniel Andrews`, `" -- Noah Lyles after completing a sprint double`)."""
    council = (
        "Mayor Randall Woodfin distributed copies of a revised resolution.\n\n"
        '"It\'s worth it," said Mayor Woodfin.'
    )
    assert READ.quotes(council) == [("Randall Woodfin", "It's worth it,")]
    minister = (
        "Parliamentary Affairs Minister Pralhad Joshi on Sunday accused Jairam Ramesh of "
        'insulting the people.\n\n"Maybe you should not vent out your frustrations like '
        'this," Mr Joshi said.'
    )
    assert READ.quotes(minister) == [
        ("Pralhad Joshi", "Maybe you should not vent out your frustrations like this,")
    ]
    member = "“Nobody wants to change your zoning right now,” Council Member Tag Green said."
    assert READ.quotes(member) == [("Tag Green", "Nobody wants to change your zoning right now,")]
    after = (
        "“Such MPs must be taken out of Parliament,” Mustapha Gbande, NDC Deputy General "
        "Secretary, stated in an interview."
    )
    assert READ.quotes(after) == [("Mustapha Gbande", "Such MPs must be taken out of Parliament,")]
    club = (
        "In contrast, St Johnstone manager Tommy Wright cut a frustrated figure.\n\n"
        "He said: “We didn’t compete in the second half.”"
    )
    assert READ.quotes(club) == [("Tommy Wright", "We didn’t compete in the second half.")]
    listed = (
        "WHAT WAS SAID ABOUT THE BUDGET:\n\n"
        '* "It\'s important that we push forward and create jobs" - Premier Daniel Andrews\n\n'
        '* "This budget makes those first steps" - chief executive Tanja Kovac\n\n'
        '"I battled my way out of hospital." -- Noah Lyles after completing a sprint double.'
    )
    assert READ.quotes(listed) == [
        ("Daniel Andrews", "It's important that we push forward and create jobs"),
        ("Tanja Kovac", "This budget makes those first steps"),
        ("Noah Lyles", "I battled my way out of hospital."),
    ]
    # A recap's item signed by its writer, named nowhere before, is still nobody's words.
    assert READ.quotes("“It was a great panel.” —Tim Stack") == []


def test_a_years_possessive_goes_with_its_year_from_the_event() -> None:
    """`Rob Marshall, who directed 2011’s Pirates of the Caribbean`: the event of 2011 is told
    without "2011’s", or its text would give its date away and no date question be asked of
    it; the word before the year stays ("starred in 2019’s X"), and "this summer’s film" keeps
    its words, which a bare "film" would not read without."""
    text = "He returns with Rob Marshall, who directed 2011’s Pirates of the Caribbean."
    assert READ.events(text) == [
        ("2011", "He returns with Rob Marshall, who directed Pirates of the Caribbean.")
    ]
    starred = "Ada Wren starred in 2019’s Harbor Lights, a thriller."
    assert READ.events(starred) == [("2019", "Ada Wren starred in Harbor Lights, a thriller.")]
    summer = "Ada Wren starred in this summer’s film Harbor Lights, a thriller."
    assert READ.events(summer) == [("2024", summer)]
