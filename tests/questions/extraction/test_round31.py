"""Round thirty-one: what fresh development pages showed (a Welsh actor's obituary, a Scottish
crime drama's casting, Irish and Northern Irish film premieres, English pantos, American
local papers and student papers, a Malaysian politician's film role, Caribbean and Egyptian
casts, a Maltese series, an Icelandic film body's round-up, a Cypriot comedy), each rule read
with a made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 6, 21))


def test_an_adaptation_of_a_writers_novel_takes_the_novels_title() -> None:
    """`the BBC’s adaptation of Evelyn Waugh’s novel Decline and Fall`: the title after the
    novel, not the writer before it; an adaptation of a named work is still that work."""
    text = (
        "He was seen as Mr Sniggs in the BBC’s adaptation of Evelyn Waugh’s novel Decline and Fall."
    )
    assert READ.works(text) == {"Decline and Fall"}
    plain = "The film is an adaptation of Great Expectations, shot in Kent."
    assert READ.works(plain) == {"Great Expectations"}


def test_an_obituarys_roles_seen_as_among_and_in_a_list_told_by_kind() -> None:
    """A Welsh radio site's obituary: `He has been seen on TV recently as Mr Sniggs in X`,
    `his role as a racist police superintendent, Merrick, in ITV’s X`, `A, B and C were
    among other productions he appeared in`, `movie roles in Martin Scorsese’s A, B, and the
    Bond film C`: each a credit of the man the page is about, and a work seen among others
    is no one who speaks."""
    text = (
        "The actor Tim Hale has died at the age of 70.\n\n"
        "He has been seen on TV recently as Mr Sniggs in the BBC’s Decline and Fall.\n"
        "Harbor Lights, Lewis, Silent Witness and Rover were among other productions he "
        "appeared in.\n"
        "Speaking last month, he said that his role as a racist police superintendent, "
        "Merrick, in ITV’s The Jewel In The Crown had been very important, adding: “It "
        "changed my life.”\n"
        "He had movie roles in Martin Scorsese’s Gangs Of New York, The Remains Of The Day, "
        "and the Bond film Quantum Of Solace."
    )
    assert READ.cast(text) == {
        ("Tim Hale", "Decline and Fall", "Mr Sniggs"),
        ("Tim Hale", "Harbor Lights", None),
        ("Tim Hale", "Lewis", None),
        ("Tim Hale", "Silent Witness", None),
        ("Tim Hale", "Rover", None),
        ("Tim Hale", "The Jewel In The Crown", "Merrick"),
        ("Tim Hale", "Gangs Of New York", None),
        ("Tim Hale", "The Remains Of The Day", None),
        ("Tim Hale", "Quantum Of Solace", None),
    }
    assert READ.quotes(text) == [("Tim Hale", "It changed my life.")]


def test_look_alikes_of_seen_as_a_role_that_and_among() -> None:
    """Seen as someone's heir, a chairman's role, firms among others and a festival's films
    among those shown are no credits; a list's last item that is no work stays out."""
    heir = "The senator Ada Wren spoke.\n\nShe has been seen recently as Biden’s heir."
    assert READ.cast(heir) == set()
    chair = "The actor Tom Hale spoke.\n\nHe said that his role as chairman of it was hard."
    assert READ.cast(chair) == set()
    firms = "The banker Tom Hale died. Apple, Google and Meta were among other firms he worked for."
    assert READ.works(firms) == set()
    shown = (
        "The festival opened. Harbor Lights, Rover and Dune were among the films shown, and "
        "Ada Wren said she appeared in none."
    )
    assert READ.cast(shown) == set()
    skipped = "CES, Mobile World Congress and IFA were among the shows the company skipped."
    assert READ.works(skipped) == set()
    gala = "The actor Tom Hale died.\n\nHe had roles in Harbor Lights and the film festival’s gala."
    assert READ.works(gala) == {"Harbor Lights"}


WELSH_OBITUARY = (
    "The actor and TV presenter Dewi “Pws” Morris has died, aged 76.\n"
    "Dewi Gray Morris took on the name Dewi Pws at school.\n"
    "He played Wayne Harries from Pobol y Cwm’s debut in 1974 until 1987.\n"
    "He also took roles in Rownd a Rownd, Taff Acre and many other plays, films and soaps.\n"
    "But it was his part as Oscar-winner Huw Griffith’s womanising son Glyn Lloyd-Evans in "
    "1978 BBC Wales comedy Grand Slam that became his best known role.\n"
    "In a 2018 interview he recalled the film’s enduring popularity.\n"
    "“Lots of people know every line in it,” he said.\n"
)


def test_a_welsh_obituary_its_nicknamed_actor_and_his_parts() -> None:
    """`Dewi “Pws” Morris`: the name around a quoted nickname is a person, and `Dewi Gray
    Morris` later is he by a fuller name; "from Pobol y Cwm’s debut" names a show (a Welsh
    title's small "y"); "took roles in A, B and many other plays"; "his part as Oscar-winner
    Huw Griffith’s womanising son Glyn Lloyd-Evans in 1978 BBC Wales comedy Grand Slam": a
    part, so the quote after is the actor's, and the year and channel before the kind are no
    title."""
    assert READ.cast(WELSH_OBITUARY) == {
        ("Dewi Morris", "Pobol y Cwm", "Wayne Harries"),
        ("Dewi Morris", "Rownd a Rownd", None),
        ("Dewi Morris", "Taff Acre", None),
        ("Dewi Morris", "Grand Slam", "Glyn Lloyd-Evans"),
    }
    assert READ.quotes(WELSH_OBITUARY) == [("Dewi Morris", "Lots of people know every line in it,")]
    assert READ.works(WELSH_OBITUARY) == {"Pobol y Cwm", "Rownd a Rownd", "Taff Acre", "Grand Slam"}
    bare = (
        "The actor Dewi Morris has died.\n"
        "It was his part as Glyn Lloyd-Evans in 1978 BBC Wales comedy Grand Slam that made "
        "him.\n“Lots of people know every line,” he said."
    )
    assert READ.quotes(bare) == [("Dewi Morris", "Lots of people know every line,")]
    assert READ.works(bare) == {"Grand Slam"}


def test_look_alikes_of_the_welsh_obituary() -> None:
    """A debut that is a person's, a list of banks, and two names that share only a first
    word stay what they are."""
    debut = "The actor Tom Hale died.\n\nHe played Wayne Harries from Emma Stone’s debut in 1974."
    assert READ.works(debut) == set()
    banks = (
        "The banker Tom Hale died.\n\nHe also took roles in Barclays, Lloyds and many other banks."
    )
    assert "Lloyds" not in READ.works(banks)
    two = (
        "Ada “Nell” Wren and Ada Grace Ross star in Rover.\n\n“It was fun,” Ross said.\n\n"
        "“It was hard,” Wren said."
    )
    assert READ.pairs(two) == {("Ada Wren", "Rover"), ("Ada Grace Ross", "Rover")}
    assert [speaker for speaker, _ in READ.quotes(two)] == ["Ada Grace Ross", "Ada Wren"]


def test_an_anime_voice_cast_its_particle_title_and_a_voice_actors_list() -> None:
    """An anime news site: `she will be voicing Miyako Saito in the upcoming Oshi no Ko anime`
    (a Japanese title's small "no"); `Lynn is known for voicing A in W1, B in W2, and more`:
    each part in its work; a maker's earlier work in brackets before "is adapting the
    character designs" or "reprised her duty in series composition" is no part of hers."""
    text = (
        "Voice actress Lynn announced that she will be voicing Miyako Saito in the upcoming "
        "Oshi no Ko anime. Lynn is known for voicing Sakura Yamauchi in I Want To Eat Your "
        "Pancreas, Mafuyu Kirise in We Never Learn: BOKUBEN, Rin Tohsaka in Fate Zero, and "
        "more. Kanna Hirayama (Rent-a-Girlfriend) is adapting the character designs, while "
        "Yasuko Kobayashi (JoJo’s Bizarre Adventure, Shakugan no Shana) reprised her duty in "
        "series composition."
    )
    assert READ.cast(text) == {
        ("Lynn", "Oshi no Ko", "Miyako Saito"),
        ("Lynn", "I Want To Eat Your Pancreas", "Sakura Yamauchi"),
        ("Lynn", "We Never Learn: BOKUBEN", "Mafuyu Kirise"),
        ("Lynn", "Fate Zero", "Rin Tohsaka"),
    }


def test_look_alikes_of_the_voice_cast() -> None:
    """Voicing concerns is no part, places in a list are no works, and one who directs and
    stars is cast."""
    designer = "Oshi no Ko is an anime. Kanna Hirayama (Rent-a-Girlfriend) is adapting it."
    assert READ.cast(designer) == set()
    concerns = "The senator Ada Wren spoke.\n\nShe will be voicing concerns in the Senate."
    assert READ.cast(concerns) == set()
    places = "Ada Wren is known for playing Nell in Rover, London in the rain, and more."
    assert READ.works(places) == {"Rover"}
    both = "Harbor Lights is a new film. Ada Wren (Dune) is directing and stars as Nell."
    assert READ.cast(both) == {("Ada Wren", "Harbor Lights", "Nell")}


def test_a_pantos_cast_its_show_coming_to_the_theatre_and_its_stars_past_shows() -> None:
    """A regional paper's panto story: "when Sleeping Beauty comes to the town's theatre"
    names the show; "who plays Prince Lee of Longnewton" is a part with its realm; "most
    famous for playing Peggy Ollerenshaw in the sitcom Hi-de-Hi" (a short word between
    hyphens); "roles in the theatre and TV shows like Casualty and Holby City": two shows."""
    text = (
        "The stars are promising plenty of festive fun when Sleeping Beauty comes to the "
        "town's theatre this Christmas.\n"
        "The cast is headed by musical theatre star Lee Mead, who plays Prince Lee of "
        "Longnewton, and pantomime legend Su Pollard as Carabosse the wicked fairy.\n"
        "Pollard, most famous for playing Peggy Ollerenshaw in the sitcom Hi-de-Hi, is "
        "performing in her 49th pantomime.\n"
        "Mead is new to panto. He has since had high-profile roles in the theatre and TV "
        "shows like Casualty and Holby City."
    )
    assert READ.cast(text) == {
        ("Lee Mead", "Sleeping Beauty", "Prince Lee of Longnewton"),
        ("Su Pollard", "Sleeping Beauty", "Carabosse"),
        ("Su Pollard", "Hi-de-Hi", "Peggy Ollerenshaw"),
        ("Lee Mead", "Casualty", None),
        ("Lee Mead", "Holby City", None),
    }


def test_look_alikes_of_the_panto() -> None:
    """A prince who comes to a theatre is a person; a title with its own "and" stays whole; a
    hyphened word in lower case is no title."""
    prince = "Crowds cheered when Prince Charles came to the theatre on Friday."
    assert READ.works(prince) == set()
    pride = "Ada Wren has had roles in films like Pride and Prejudice."
    assert READ.works(pride) == {"Pride and Prejudice"}
    winning = "Ada Wren starred in the sitcom Oscar-winning and in the sitcom Hi-de-Hi."
    assert READ.works(winning) == {"Hi-de-Hi"}


def test_a_years_panto_and_a_stars_appearances_such_as() -> None:
    """`this year’s Jack and the Beanstalk panto` names the show, a town's panto does not
    (`the Darlington panto`); `famous for his many appearances on stage and television such
    as BBC’s Miranda, Worzel Gummidge, and Sherlock`: the actor's, past the channel's
    possessive."""
    text = (
        "Cast announced for this year's Jack and the Beanstalk panto at Buxton Opera House.\n"
        "James Holmes is back for his ninth year. James, famous for his many appearances on "
        "stage and television such as BBC’s Miranda, Worzel Gummidge, and Sherlock, is a "
        "familiar face. Ruby Hewitt is appearing in the Darlington panto too."
    )
    assert READ.works(text) == {"Jack and the Beanstalk", "Miranda", "Worzel Gummidge", "Sherlock"}
    assert READ.pairs(text) >= {
        ("James Holmes", "Miranda"),
        ("James Holmes", "Worzel Gummidge"),
        ("James Holmes", "Sherlock"),
    }


def test_a_soap_magazines_brackets_of_parts_and_shows() -> None:
    """`Wes Ramsey (Sam, GUIDING LIGHT; ex-Owen, DAYS OF OUR LIVES) stars as a lawman`: each
    part in its show in capitals, a past one marked "ex-"; the parts are no works; a caption's
    `(London, UK)` names a place."""
    text = (
        "Lifetime's Deliverance Creek premieres Saturday. In the drama, Wes Ramsey (Sam, "
        "GUIDING LIGHT; ex-Owen, DAYS OF OUR LIVES) stars as a small-town lawman. Jamie Luner "
        "(Liza, ALL MY CHILDREN) also stars."
    )
    assert READ.cast(text) >= {
        ("Wes Ramsey", "GUIDING LIGHT", "Sam"),
        ("Wes Ramsey", "DAYS OF OUR LIVES", "Owen"),
        ("Jamie Luner", "ALL MY CHILDREN", "Liza"),
    }
    assert not READ.works(text) & {"Sam", "Owen", "Liza"}
    place = "The premiere of Rover drew crowds. Director Ada Wren (London, UK) spoke."
    assert READ.works(place) == {"Rover"}
    director = "Rover is directed by Tom Hale (ROSIE, I WENT DOWN)."
    assert READ.cast(director) == set()


def test_a_venue_after_a_possessive_is_no_speaker() -> None:
    """`joined the 39-year-old native at a screening at Ned Devine's Parris Room.` then
    `"...," he says`: a room is no one; the actor the story is about speaks."""
    text = (
        "Actor Tom Everett Scott is back in Boston.\n\n"
        "His mother joined the 39-year-old native at a screening at Ned Devine's Parris Room.\n\n"
        '"I don\'t often get to do this sort of thing," he says.'
    )
    assert READ.quotes(text) == [
        ("Tom Everett Scott", "I don't often get to do this sort of thing,")
    ]


def test_a_drama_set_off_after_of_and_the_speaker_it_leaves() -> None:
    """`the pigheaded protagonist Kashaf of Zindagi Gulzar Hai, a romantic drama` names the
    drama, so the quotes after are the actress's, not the drama's; a drama teacher is no
    drama."""
    text = (
        "Even for Sanam Saeed, the pigheaded protagonist Kashaf of Zindagi Gulzar Hai, a "
        "romantic drama referred to as a classic, it was a surprise. The London-born actor "
        "hopes for change. “People think Karachi is war-torn,” she says."
    )
    assert "Zindagi Gulzar Hai" in READ.works(text)
    assert READ.quotes(text) == [("Sanam Saeed", "People think Karachi is war-torn,")]
    teacher = "She is the daughter of Ada Wren, a drama teacher from Leeds."
    assert READ.works(teacher) == set()


def test_a_work_that_sees_its_actor_play_a_part() -> None:
    """`The latter sees McCole play brooding war veteran Logan Creggan`: the part, in the work
    the sentence means, and the cast told after it with "respectively" goes there too; a coach
    who saw someone play football names no part."""
    text = (
        "Hot on the heels of the thriller Vigil, Stephen McCole is in the latest series of the "
        "murder-mystery drama Shetland. The latter sees McCole play brooding war veteran Logan "
        "Creggan who finds himself a suspect.\n\n"
        "Perez, Tosh and Sandy – played by Douglas Henshall, Alison O’Donnell and Steven "
        "Robertson respectively – have their work cut out."
    )
    assert READ.cast(text) >= {
        ("Stephen McCole", "Shetland", "Logan Creggan"),
        ("Douglas Henshall", "Shetland", "Perez"),
        ("Steven Robertson", "Shetland", "Sandy"),
    }
    football = "The drama Harbor Lights is back. The coach saw Ada Wren play football in the park."
    assert READ.cast(football) == set()


def test_an_events_pronoun_is_written_as_the_person_it_stands_for() -> None:
    """`He played Wayne Harries from Pobol y Cwm’s debut in 1974`: the event reads "Dewi Morris
    played ...", so its date question stands alone; a sentence that names its people keeps
    its words."""
    text = (
        "The actor Dewi Morris has died, aged 76.\n"
        "He played Wayne Harries from Pobol y Cwm’s debut in 1974.\n"
        "In a 2018 interview he recalled the film’s popularity.\n"
        "Ada Wren met him in 1990."
    )
    assert READ.events(text) == [
        ("1974", "Dewi Morris played Wayne Harries from Pobol y Cwm’s debut."),
        ("2018", "In an interview Dewi Morris recalled the film’s popularity."),
        ("1990", "Ada Wren met him."),
    ]


def test_a_pages_stamp_of_its_day_is_no_event() -> None:
    """`Sat, 26 May 2018 - 02:30 GMT`, `By : Diella Yasmine | on 2:54 PM January 23, 2017`,
    `DateLine Sunday, 27 April 2008`: the page's own day and time, no event; a line that tells
    something on a day is one."""
    stamps = (
        "Stars present new characters\n\nSat, 26 May 2018 - 02:30 GMT\n\n"
        "By : Diella Yasmine | on 2:54 PM January 23, 2017\n\nDateLine Sunday, 27 April 2008\n\n"
        "02:46, Jul 19 2014\n\nSun | Jan 24, 2021\n\n| May 14, 2017\n\n"
        "DW staff (dc)February 19, 2005\n\nLast updated May 3.\n\n"
        "The drama Harbor Lights is back."
    )
    assert READ.events(stamps) == []
    told = "Stars present new characters\n\nHarbor Lights premiered on Sat, 26 May 2018 at 9pm."
    assert [date for date, _ in READ.events(told)] == ["2018-05-26"]


def test_a_casts_finest_talent_and_a_veterans_credits() -> None:
    """`The film features some of Jamaica's finest talent, including veteran actor Paul
    Campbell, whose credits include Dancehall Queen and Third World Cop.`: he is in the film
    and those are his past works, which the next sentence's part is in none of; a producer's
    credits are no cast."""
    text = (
        "Jamaicans have waited a year for the premiere of the movie 'Jamaican Mafia'.\n\n"
        "The film features some of Jamaica's finest talent, including veteran actor Paul "
        "Campbell, whose credits include Dancehall Queen and Third World Cop. The storyline "
        "chronicles the life of Zoolian Anderson (played by actor Mykal Fax)."
    )
    assert READ.cast(text) == {
        ("Paul Campbell", "Jamaican Mafia", None),
        ("Paul Campbell", "Dancehall Queen", None),
        ("Paul Campbell", "Third World Cop", None),
        ("Mykal Fax", "Jamaican Mafia", "Zoolian Anderson"),
    }
    producer = (
        "The film Harbor Lights opens soon. It is made by producer Ann Lee, whose credits "
        "include Rover and Dune."
    )
    assert READ.cast(producer) == set()


def test_a_round_up_of_interviews_each_with_its_part_and_show() -> None:
    """`Andrea Evans (Tina, One Life to Live): “So much has changed`, `Antonio Sabato Jr.
    (Jagger, General Hospital: Night Shift):`, `Luke Perry (pictured, ex-Dylan, Beverly Hills,
    90210):`: a part and its show in title case, the actor's words after the colon; a place
    in brackets with no words after is none."""
    text = (
        "Let’s take a look back at 2008:\n\n"
        "Luke Perry (pictured, ex-Dylan, Beverly Hills, 90210): “I want to run on a train.”\n\n"
        "Andrea Evans (Tina, One Life to Live): “So much has changed.”\n\n"
        "Antonio Sabato Jr. (Jagger, General Hospital: Night Shift):\n“It is like coming home.”"
    )
    assert READ.cast(text) == {
        ("Luke Perry", "Beverly Hills, 90210", "Dylan"),
        ("Andrea Evans", "One Life to Live", "Tina"),
        ("Antonio Sabato Jr.", "General Hospital: Night Shift", "Jagger"),
    }
    place = "The drama Rover opens. Its star Ada Wren (Sydney, New South Wales) is back."
    assert READ.works(place) == {"Rover"}


def test_a_part_told_as_a_role_played_by_its_actor() -> None:
    """`he meets and falls in love with Akosua, a role played by McBrown`: her part; a
    character played by no named actor is no credit."""
    text = (
        "Actress Nana Ama McBrown has starred in a feature film titled ‘Coming to Africa’. He "
        "falls in love with Akosua, a role played by McBrown."
    )
    assert READ.cast(text) == {("Nana Ama McBrown", "Coming to Africa", "Akosua")}
    fate = "The film Rover opens. He meets Ada Wren, a character played by the sea."
    assert READ.cast(fate) == set()


def test_a_reviews_look_alikes_of_the_rounds_rules() -> None:
    """Sentences of other news a review ran through the round's first rules, each misread by
    them once: jobs in a bracket of capitals, bands and surnames that come to a stage, a
    town's panto, jobs and grounds "such as", senior roles, towns with "-on-", kin and firms set
    off by a kind, a firm's launch, a fixture that "sees" a player play, a mayor seen as Santa,
    two people who share a first and a last name, and "for his part"."""
    assert (
        READ.cast("Jane Smith (Chair, BOARD OF DIRECTORS) said the results were strong.") == set()
    )
    assert (
        READ.cast(
            "Harry Kane (Captain, ENGLAND FOOTBALL TEAM; ex-Striker, TOTTENHAM HOTSPUR) scored."
        )
        == set()
    )
    assert READ.works("Crowds are expected when Coldplay comes to the stage at Wembley.") == set()
    assert READ.works("The Rolling Stones returned to the stage in Hyde Park last night.") == set()
    assert READ.works("Crowds gathered as the Prime Minister arrived to the Hippodrome.") == set()
    tennis = "Andy Murray played Federer in Melbourne, Nadal in Paris and Djokovic in London."
    assert ("Andy Murray", "Paris and Djokovic", "Nadal") not in READ.cast(tennis)
    assert READ.cast("Tom Hale (Sam, NORTH WEST RUGBY) scored twice.") == set()
    assert READ.works("There were cheers when Starmer came to the theatre in Liverpool.") == set()
    assert READ.works("Tickets for this year's Darlington panto go on sale on Monday.") == set()
    assert READ.works("Theresa May held roles in government such as Home Secretary.") == set()
    charities = (
        "The drama Harbor Lights returns. Ruth Davies says her roles in charities including "
        "Harbor Lights shaped her."
    )
    assert READ.cast(charities) == set()
    assert (
        READ.works("Jane Doe took senior roles in Oxfam, Save the Children and the Red Cross.")
        == set()
    )
    assert READ.works("Mark Jones had senior roles in Barclays and Goldman Sachs.") == set()
    assert (
        READ.works("The tour includes shows such as Stoke-on-Trent and Southend-on-Sea.") == set()
    )
    assert READ.works("He spoke as the son of Tom Hale, a film editor who died last year.") == set()
    assert READ.works("He played Sonic from Sega’s launch of the Mega Drive.") == set()
    fixture = "The film Rover opens. The new fixture list sees Harry Kane play Tottenham in Munich."
    assert READ.cast(fixture) == set()
    santa = "Councillor Bob Jones has been seen recently as Santa in Harrogate."
    assert READ.cast(santa) == set()
    two = (
        "Sarah Parker, the council leader, said the budget was fair. Sarah Jessica Parker stars "
        "as Carrie Bradshaw in And Just Like That."
    )
    assert READ.cast(two) == {("Sarah Jessica Parker", "And Just Like That", "Carrie Bradshaw")}
    idiom = "For his part as club captain Virgil van Dijk said: “We go again.”"
    assert READ.quotes(idiom) == [("Virgil van Dijk", "We go again.")]


def test_a_film_bodys_round_up_of_its_actors_films() -> None:
    """An Icelandic film body's news: `a prominent role in Albert Hughes' Alpha` (a maker's
    possessive with its apostrophe alone), `He also stars along with Guy Pearce in the Netflix
    series The Innocents`, `the adaptation Bloodshot by Dave Wilson, starring Vin Diesel` (its
    director, no work); a title's own possessive stays, and one "followed by" a film is no
    director."""
    text = (
        "The actor Jóhannes Haukur Jóhannesson has been on a roll. He has a prominent role in "
        "Albert Hughes' Alpha, which stars Kodi Smit-McPhee. He also stars along with Guy "
        "Pearce in the Netflix series The Innocents. Next is the adaptation Bloodshot by Dave "
        "Wilson, starring Vin Diesel."
    )
    assert READ.works(text) == {"Alpha", "The Innocents", "Bloodshot"}
    assert READ.cast(text) >= {
        ("Kodi Smit-McPhee", "Alpha", None),
        ("Jóhannes Haukur Jóhannesson", "The Innocents", None),
        ("Vin Diesel", "Bloodshot", None),
    }
    own = "She loved the film Charlotte's Web. The first film was followed by Rover Bay (2013)."
    assert READ.works(own) == {"Charlotte's Web", "Rover Bay"}


def test_a_fact_box_whose_apostrophes_print_as_closing_marks() -> None:
    """A paper's fact box over each actor: `Jesse Plemons|`, then `· Who he plays: Landry
    Clarke`, and its quotes with apostrophes printed as closing marks (`“I”ve been acting for
    a while”`): the part, and the words whole; a closing mark before a space or a comma still
    closes."""
    text = (
        "Although “Friday Night Lights” is set in Texas, few actors are from Texas.\n\n"
        "Jesse Plemons|\n\n"
        "· Who he plays: Landry Clarke, best friend of the quarterback\n\n"
        "· A family affair: “I”ve been acting for a while, and my family doesn”t know it,” "
        "he says."
    )
    assert READ.cast(text) == {("Jesse Plemons", "Friday Night Lights", "Landry Clarke")}
    assert READ.quotes(text) == [
        ("Jesse Plemons", "I’ve been acting for a while, and my family doesn’t know it,")
    ]
    closing = "Ada Wren stars in Rover. “It is good,” she said."
    assert READ.quotes(closing) == [("Ada Wren", "It is good,")]
