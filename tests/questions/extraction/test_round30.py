"""Round thirty: what fresh development pages showed (a Hallmark round-up, a soap's return, a
Pakistani drama blog, a Canadian film site's profile box, a Filipino showbiz blog, a C-drama
fan blog, an Irish TV guide's interview, a Kenyan and a Zimbabwean drama story), each rule
read with a made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 6, 21))


def test_actors_told_by_their_works_possessive_all_through_a_cast_list() -> None:
    """`The cast included A, Cedar Cove’s Jesse Hutch, B, and Supernatural’s Samantha Ferris`:
    each possessive names the next actor's work, a title shaped like a name too, and every
    name is in the film's cast; owners outside a cast's list stay people."""
    text = (
        "Let It Snow (2013) is a charming film. The cast included Candace Cameron Bure, Cedar "
        "Cove’s Jesse Hutch, Gabrielle Rose, and Supernatural’s Samantha Ferris in a tale."
    )
    assert READ.pairs(text) == {
        ("Candace Cameron Bure", "Let It Snow"),
        ("Jesse Hutch", "Let It Snow"),
        ("Gabrielle Rose", "Let It Snow"),
        ("Samantha Ferris", "Let It Snow"),
        ("Jesse Hutch", "Cedar Cove"),
        ("Samantha Ferris", "Supernatural"),
    }
    dinner = "Ben Gale’s Ada Wren and Silver Creek’s Tom Hale went to dinner."
    assert READ.works(dinner) == set()


def test_an_actor_of_a_list_then_the_next_ones_work() -> None:
    """`also stars Art Malik and Effie Gray actor Riccardo Scamarcio`: the actor before "and"
    is no title of a pair; two titles before "star" still are."""
    text = "The show also stars Art Malik and Effie Gray actor Riccardo Scamarcio."
    assert READ.works(text) == {"Effie Gray"}
    pair = "How I Met Your Mother and Mercy Street star Josh Radnor will play the lead."
    assert READ.works(pair) == {"How I Met Your Mother", "Mercy Street"}


def test_a_cast_of_luminaries_and_the_careers_a_soap_launched() -> None:
    """`This cinematic symphony casts luminaries such as A and B`; `Neighbours ran for nearly
    9,000 episodes, with the soap launching the careers of many familiar faces, including A
    and B`: a show by its episodes, and its cast; not a firm's designers."""
    drama = (
        "The HUM TV production “Mere Ban Jao” is coming. This cinematic symphony casts "
        "luminaries such as Afzar Rehman, Kinza Hashmi and Zahid Ahmed."
    )
    assert READ.pairs(drama) == {
        ("Afzar Rehman", "Mere Ban Jao"),
        ("Kinza Hashmi", "Mere Ban Jao"),
        ("Zahid Ahmed", "Mere Ban Jao"),
    }
    soap = (
        "Neighbours ran for nearly 9,000 episodes from 1985 to 2022, with the soap launching "
        "the careers of many familiar faces, including Kylie Minogue and Margot Robbie."
    )
    assert READ.pairs(soap) == {("Kylie Minogue", "Neighbours"), ("Margot Robbie", "Neighbours")}
    firm = (
        "The label “Harbor” is famous. The studio launched the careers of many designers, "
        "including Ada Wren and Tom Hale."
    )
    assert READ.pairs(firm) == set()
    doubt = "The show “Harbor” was cancelled. It casts doubt on stars like Ada Wren and Tom Hale."
    assert READ.pairs(doubt) == set()
    assert READ.works("Ben Gale ran for office in 2019 and lost.") == set()


def test_a_story_of_a_girl_opens_on_its_title() -> None:
    """`Pyar Ke Sadqay is a story of a happy-go-lucky girl Mahjabeen, role played by Yumna
    Zaidi`: the plot told names the work; a person is a story of grit, no plot."""
    text = (
        "Pyar Ke Sadqay is a story of a happy-go-lucky girl Mahjabeen, role played by Yumna "
        "Zaidi, who is the only daughter of her parents."
    )
    assert READ.cast(text) == {("Yumna Zaidi", "Pyar Ke Sadqay", "Mahjabeen")}
    assert READ.works("Ana Lee is a story of grit. She is an actress.") == set()


def test_a_profiles_box_of_credits() -> None:
    """A profile page's box (`Features & TV Movies:` over `Title Shot (1979) Letting Go
    (TV-1984)`, `TV Series – Cast: Air Waves (1986-1987)`): the works, each the page's
    person's; dated lines under a heading of no credits are no one's."""
    text = (
        "Home Authors Posts by Staff\n\nAda Wren\n\nAda Wren, actress,\n\nAda Wren was still "
        "in her teens when she began her career on stage.\n\nFeatures & TV Movies:\n"
        "VR indicates Direct-to-Video Release\n\nVoice of the Fugitive (1978, short)\n"
        "Title Shot (1979)\nLetting Go Home (TV-1984)\nMadballs Gross Jokes (voice, VR-1987)"
        "\n\nTV Series – Cast:\nAir Waves (1986–1987)\n"
    )
    assert READ.pairs(text) == {
        ("Ada Wren", title)
        for title in (
            "Voice of the Fugitive",
            "Title Shot",
            "Letting Go Home",
            "Madballs Gross Jokes",
            "Air Waves",
        )
    }
    picks = text.replace("Features & TV Movies:", "Her Top Picks:").replace(
        "TV Series – Cast:", "Her Top Picks:"
    )
    assert READ.pairs(picks) == set()
    cinema = text.replace("Features & TV Movies:", "Classic Films This Month:").replace(
        "TV Series – Cast:", "Classic Films This Month:"
    )
    assert READ.pairs(cinema) == set()


def test_part_of_the_cast_the_likes_of_and_together_with() -> None:
    """`Also part of the cast were A and B`, `to cast and direct the likes of A and B`,
    `starred in X together with his on-screen love team A`, `where he was paired with actress
    A`: cast; `starred in X together with his wife` leaves the wife out."""
    text = (
        "Alden Cruz's last series was the 2018 show ‘Victor Magtanggol’ where he was paired "
        "with actress Janine Gutierrez. Also part of the cast were Andrea Torres and Coney "
        "Reyes.\n\nAlden Cruz also starred in the 2017 series ‘Destined to be Yours’ together "
        "with his on-screen love team Maine Mendoza."
    )
    assert {
        ("Janine Gutierrez", "Victor Magtanggol"),
        ("Andrea Torres", "Victor Magtanggol"),
        ("Coney Reyes", "Victor Magtanggol"),
        ("Maine Mendoza", "Destined to be Yours"),
    } <= READ.pairs(text)
    direct = (
        "The film “Wonder Woman” is out. Romano has returned to cast and direct the likes of "
        "Keri Russell and Nathan Fillion."
    )
    assert READ.pairs(direct) == {
        ("Keri Russell", "Wonder Woman"),
        ("Nathan Fillion", "Wonder Woman"),
    }
    wife = "Ben Gale starred in “Harbor” together with his wife Ada Wren."
    assert READ.pairs(wife) == {("Ben Gale", "Harbor")}
    gala = "Ben Gale, who starred in “Harbor”, arrived at the gala together with Ada Wren."
    assert ("Ada Wren", "Harbor") not in READ.pairs(gala)


def test_a_work_set_off_by_its_own_clause_then_its_cast() -> None:
    """`Nafsi, which has already wrapped up production, also stars Raymond Ofula`: the work;
    a person's own clause says "who"."""
    text = "Nafsi, which has already wrapped up production, also stars Raymond Ofula."
    assert READ.pairs(text) == {("Raymond Ofula", "Nafsi")}
    person = "Ben Gale, who has already wrapped up production, also stars Ada Wren."
    assert READ.works(person) == set()
    club = "Inter Miami, which signed him in 2023, also stars Lionel Messi."
    assert READ.works(club) == set()


def test_a_new_drama_set_off_before_a_dash() -> None:
    """`to promote his new drama, Sisterhood – a Chinese version of Samsui Women`: the title
    before the dash; an aside inside dashes after a name is no title."""
    text = "Dai Xiangyu will promote his new drama, Sisterhood – a Chinese version of it."
    assert "Sisterhood" in READ.works(text)
    aside = "In his new film, Ana Lee – his wife – plays a spy."
    assert READ.works(aside) == set()


def test_actors_from_their_works_in_brackets() -> None:
    """`Zhang Yunlong (from Les Interpretes) and Wang Yifei (from Pretty Li Huizhen) caught on
    a date`: each in their own work, no part; a place one is from is no work."""
    text = (
        "Zhang Yunlong (from Les Interpretes) and Wang Yifei (from Pretty Li Huizhen) caught "
        "on a date in Japan."
    )
    assert READ.cast(text) == {
        ("Zhang Yunlong", "Les Interpretes", None),
        ("Wang Yifei", "Pretty Li Huizhen", None),
    }
    assert READ.works("Ada Wren (from London) and Ben Gale met at a party.") == set()
    club = "Marcus Rashford (from Manchester United) and Declan Rice (from West Ham United) met."
    assert READ.works(club) == set()


def test_casted_for_and_the_leads_for() -> None:
    """`William Chan and Bai Baihe have been casted for X`, `Dili Reba and Zhang Vin are the
    leads for The King’s Woman`: cast in the works named; not leads for an inquiry."""
    text = (
        "Tang Yan started filming for drama See You Again. Dili Reba and Zhang Vin are the "
        "leads for The King’s Woman. William Chan has been casted for Alone Together."
    )
    assert {
        ("Dili Reba", "The King’s Woman"),
        ("Zhang Vin", "The King’s Woman"),
        ("William Chan", "Alone Together"),
    } <= READ.pairs(text)
    inquiry = "Ada Wren and Tom Hale are the leads for the inquiry."
    assert READ.pairs(inquiry) == set()
    police = "Detectives Ada Wren and Tom Hale are the leads for Operation Yewtree."
    assert READ.works(police) == set()


def test_a_rival_soap_set_off_by_a_comma() -> None:
    """`a visit to rival ITV soap, Coronation Street.`: the soap; `the rival soap, Ada Wren
    said.` names a person."""
    text = "Fans spotted a face during last night's visit to rival ITV soap, Coronation Street."
    assert READ.works(text) == {"Coronation Street"}
    person = "She mocked the rival soap, Ada Wren said."
    assert READ.works(person) == set()


def test_a_part_in_a_person_doing_something_is_no_title() -> None:
    """`Dave will play a part in Max Turner getting radicalised`: a person; `a part in Harbor
    Lights during filming` is a work."""
    text = "Newcomer Dave will play a part in Max Turner getting radicalised."
    assert READ.works(text) == set()
    work = "Ada Wren will play a part in Harbor Lights during filming this year."
    assert READ.works(work) == {"Harbor Lights"}


def test_where_an_actor_is_from_and_networks_are_no_works() -> None:
    """`The Dublin actor is making waves`, `Kapamilya star Kathryn Bernardo`, `an upcoming
    GMA series`: a city, a network's fans, a network; `The Dublin Murders actor` is a work."""
    place = "The Dublin actor is making waves in “Harbor” and “Seawall”."
    assert READ.works(place) == {"Harbor", "Seawall"}
    network = (
        "Kapuso actor Alden Cruz is set for an upcoming GMA series with Kapamilya star "
        "Kathryn Bernardo."
    )
    assert READ.works(network) == set()
    assert READ.works("Ada Wren appeared on GMA on Monday to promote her film.") == {"GMA"}
    assert READ.works("The Dublin Murders actor Ben Gale joins the show.") == {"The Dublin Murders"}


def test_an_actor_described_is_the_last_one_named_not_an_issue_or_a_centre() -> None:
    """`alumni, including Lynn Rafferty and Brian Gleeson, take on leading roles. It revolves
    around the controversial issue of Direct Provision. These include Wayne (Brian Gleeson),
    the manager of the Dublin Provision centre. For the popular Dublin actor, ...`: where no
    name was tied to "actor", the last one named who fits speaks, not an issue or a centre;
    "the director" is the one the page tied to it."""
    text = (
        "Director David Caffrey is behind the camera and a number of alumni, including Lynn "
        "Rafferty and Brian Gleeson, take on leading roles in “Taken Down”. It revolves around "
        "the controversial issue of Direct Provision. These include Wayne (Brian Gleeson), the "
        "manager of the Dublin Provision centre. For the popular Dublin actor, Taken Down is "
        "an important story. “I think this drama is ambitious,” he explains."
    )
    assert READ.quotes(text) == [("Brian Gleeson", "I think this drama is ambitious,")]
    director = (
        "Director David Caffrey is behind the camera in “Taken Down”. For the director, it is "
        "an important story. “I think this drama is ambitious,” he explains."
    )
    assert READ.quotes(director) == [("David Caffrey", "I think this drama is ambitious,")]
    practice = (
        "Police are investigating the practice of Ada Wren, a GP in Leeds. “We are cooperating "
        "fully,” Wren said."
    )
    assert READ.quotes(practice) == [("Ada Wren", "We are cooperating fully,")]
    pay = "They raised the issue of Ada Wren’s pay. “I am paid fairly,” Wren said."
    assert READ.quotes(pay) == [("Ada Wren", "I am paid fairly,")]
    reporter = (
        "Harry Kane spoke to reporter Ben Gale after the match. For the England star, the defeat "
        "hurt. “We were poor tonight,” the star said."
    )
    assert ("Ben Gale", "We were poor tonight,") not in READ.quotes(reporter)


def test_a_war_is_no_one() -> None:
    """`grieving the loss of her son in the Vietnam War. The actress is also the 11th Black
    woman to win. She said, “...”`: the actress speaks, not a war."""
    text = (
        "Ada Wren won for her role as Mary Lamb, who was grieving the loss of her son in the "
        "Vietnam War. The actress is also the first to win. She previously said, “I "
        "understood that she was the aching heartbeat of this movie.”"
    )
    assert READ.quotes(text) == [
        ("Ada Wren", "I understood that she was the aching heartbeat of this movie.")
    ]


def test_words_after_an_appeal_are_the_appealers() -> None:
    """`He appealed to aspiring artists to be patient.` then a paragraph of his words alone:
    his; a film that appealed to critics says nothing."""
    text = (
        "Zabron Kazani is an actor.\n\nHe appealed to aspiring artists to be patient.\n\n"
        "“When doing dramas, one has to take time.”"
    )
    assert READ.quotes(text) == [("Zabron Kazani", "When doing dramas, one has to take time.")]
    film = "The film appealed to critics.\n\n“It is a triumph,” the review ended."
    assert READ.quotes(film) == []
    advised = "Ada Wren is an actress.\n\nShe was advised by doctors to rest.\n\n“No travel.”"
    assert READ.quotes(advised) == []


def test_an_actor_described_is_no_part_named_before() -> None:
    """`Freeman is set to play the fictional U.S. Secretary of State Edwin Mullins. It's a plum
    role for the seasoned actor, who's played the president. The role marks Freeman's return
    following his guest role on X`: the actor is Freeman, not the part, so X is his."""
    text = (
        "Deadline reports that Morgan Freeman has joined the cast of Lioness, Sheridan's "
        "upcoming original series for Paramount+.\n\nFreeman is set to play the fictional "
        "U.S. Secretary of State Edwin Mullins. It's a plum role for the seasoned actor, who's "
        "played the president in three films. The role marks Freeman's return to TV following "
        "his 2021 guest role on The Kominsky Method, for which the actor earned a nomination."
    )
    assert READ.cast(text) == {
        ("Morgan Freeman", "Lioness", "Edwin Mullins"),
        ("Morgan Freeman", "The Kominsky Method", None),
    }


def test_a_surname_shared_with_kin_is_the_subjects() -> None:
    """`actor Rossif Sutherland — son of the late Donald Sutherland — star in X`, then `says
    Sutherland`: the actor the story is about speaks, and his kin is in no cast; one
    Sutherland alone is still the speaker."""
    text = (
        "It’s strange to see actor Rossif Sutherland — son of the late Canadian icon Donald "
        "Sutherland and brother of Kiefer — star in “Murder in a Small Town”.\n\n"
        "You know him best from his gritty independent films, all the way from 2007’s Poor "
        "Boy’s Game to 2020’s Possessor.\n\n"
        "“I’ve played detectives before,” says Sutherland."
    )
    assert READ.quotes(text) == [("Rossif Sutherland", "I’ve played detectives before,")]
    assert not any(person == "Donald Sutherland" for person, _ in READ.pairs(text))
    alone = "Donald Sutherland stars in “Ordinary People”.\n\n“It was fun,” says Sutherland."
    assert READ.quotes(alone) == [("Donald Sutherland", "It was fun,")]


def test_a_work_that_won_best_drama() -> None:
    """`The Glory also won Best Drama`: a work; a person wins Best Actress, and a maker wins
    Best Documentary or Best Picture for a work."""
    assert READ.works("Song Hye-kyo won Best Actress. The Glory also won Best Drama.") == {
        "The Glory"
    }
    makers = (
        "Mstyslav Chernov won Best Documentary at the gala. Emma Thomas also won Best Picture "
        "for Oppenheimer."
    )
    assert not {"Mstyslav Chernov", "Emma Thomas"} & READ.works(makers)


def test_a_theatre_seasons_run_headings() -> None:
    """`30 Aug - 3 Sep` over the paragraph on a show, on a page dated 4 August 2016: the show
    opens on the first day and its run ends on the last; with no page date, no year."""
    text = (
        "Cast Announcements for our Autumn Season\n\n30 Aug - 3 Sep\n\n"
        "The Glasgow Girls are back in a new production direct from the Fringe.\n\n"
        "18 - 22 Oct\n\nDundee Rep bring their production of this landmark play to us."
    )
    events = Reading(DateValue(2016, 8, 4)).events(text)
    opening = "The Glasgow Girls are back in a new production direct from the Fringe."
    assert ("2016-08-30", opening) in events
    assert ("2016-09-03", f"the run ends: {opening}") in events
    assert any(date == "2016-10-18" and "Dundee Rep" in what for date, what in events)
    assert extract(text).facts.events == ()
    winter = "Panto season\n\n28 Dec - 3 Jan\n\nOur pantomime production returns to the stage."
    dates = [date for date, _ in Reading(DateValue(2016, 8, 4)).events(winter)]
    assert dates == ["2016-12-28", "2017-01-03"]
    fixtures = "Fixtures\n\n3 - 5 May\n\nArsenal host Bournemouth at the Emirates."
    assert Reading(DateValue(2016, 4, 1)).events(fixtures) == []


def test_a_stretch_of_months_is_dated_by_its_first() -> None:
    """`took place between May and July 2024`: May 2024; `from November to January 2020`
    runs over New Year, so November 2019."""
    filming = READ.events("Filming of the series took place between May and July 2024.")
    assert [date for date, _ in filming] == ["2024-05"]
    winter = READ.events("The play ran from November to January 2020 in London.")
    assert [date for date, _ in winter] == ["2019-11"]


def test_a_prize_won_and_a_festival_by_its_letters_are_no_works() -> None:
    """`who won 'Best Emirati Filmmaker'` is a prize; `the it movie of DIFF` after `Dubai
    International Film Festival (DIFF)` a festival; letters the page never spells out may
    still be a work."""
    prize = "Ali Mustafa, who won 'Best Emirati Filmmaker' at the festival, made it."
    assert READ.works(prize) == set()
    festival = (
        "With Dubai International Film Festival (DIFF) starting, fans are happy. The it movie "
        "of DIFF this year is a hit."
    )
    assert READ.works(festival) == set()
    show = "Ben Gale will star in the new movie of HALO this year."
    assert "HALO" in READ.works(show)


def test_a_long_list_of_films_a_star_is_remembered_for() -> None:
    """`best remembered for his performance in the movies like A, B, Gaddaar (1973 film), C,
    D,E and F`: every one his, a film's year in brackets and a comma typed without its space
    all read."""
    text = (
        "Vinod Khanna is best remembered for his performance in the movies like Mere Apne, "
        "Gaddaar (1973 film), Jail Yatra, Imtihaan, Inkaar, Kuchhe Dhaage, Kaarnama,Suryaa: An "
        "Awakening and Jurm."
    )
    assert READ.pairs(text) == {
        ("Vinod Khanna", title)
        for title in (
            "Mere Apne",
            "Gaddaar",
            "Jail Yatra",
            "Imtihaan",
            "Inkaar",
            "Kuchhe Dhaage",
            "Kaarnama",
            "Suryaa: An Awakening",
            "Jurm",
        )
    }


def test_a_show_back_in_a_new_production() -> None:
    """`The Glasgow Girls are back in a new production direct from the Fringe`: a show; a band
    is back with a new tour."""
    assert "The Glasgow Girls" in READ.works(
        "The Glasgow Girls are back in a new production direct from the Fringe."
    )
    assert READ.works("The Rolling Stones are back with a new tour of Europe.") == set()
    assert READ.works("General Motors is back with a new production plan in Detroit.") == set()


def test_the_series_is_the_one_named_last_not_a_known_for_list() -> None:
    """`the veteran actor, best known for her roles in Mad As Hell and Muriel’s Wedding ...
    the second season of ABC’s dark comedy Bay Of Fires. Filming for the series, which stars
    Marta Dusseldorp (also the show’s co-creator) as Stella`: the series is Bay Of Fires, and
    an aside between the actor and her part is passed over."""
    text = (
        "Roz Hammond is feeling warm. “I am in Melbourne,” the veteran actor, best known for "
        "her roles in Shawn Micallef’s Mad As Hell and Muriel’s Wedding, tells Play. She spent "
        "the year shooting the second season of ABC’s dark comedy Bay Of Fires. “Oh my god, it "
        "was so bloody cold,” she says. Filming for the series, which stars Marta Dusseldorp "
        "(also the show’s co-creator) as Stella, took place in Tasmania."
    )
    assert ("Marta Dusseldorp", "Bay Of Fires", "Stella") in READ.cast(text)
    assert not any(work == "Mad As Hell" for _, work, _ in READ.cast(text))


def test_parts_respectively_and_roles_they_will_be_seen_in() -> None:
    """`A and B play the roles of Arindam and Sharmila respectively`: each actor's part in
    order; `C will be seen in guest roles in this film`, `D will also be seen playing important
    roles`: cast; a list that plays no parts respectively gets none."""
    text = (
        "Film news\n\nThe film “Harbor” is new. Ada Wren and Tom Hale play the roles of Nora and "
        "Kit respectively. Rudranil Ghosh will be seen in guest roles in this film. Tulika Basu "
        "will also be seen playing important roles in the film."
    )
    assert READ.cast(text) >= {
        ("Ada Wren", "Harbor", "Nora"),
        ("Tom Hale", "Harbor", "Kit"),
        ("Rudranil Ghosh", "Harbor", None),
        ("Tulika Basu", "Harbor", None),
    }
    sport = "Film news\n\nThe film “Harbor” is new. Ada Wren and Tom Hale play tennis and golf."
    assert READ.cast(sport) == set()


def test_a_headlines_kind_and_language_before_its_title() -> None:
    """`New Kolkata Bangla Film Pati Parameshwar starring ...` and `the New Kolkata Bangla film
    “Pati Parameshwar”`: the film is Pati Parameshwar, where it is made and its language no
    title; `Replied Rose, “...”` names Rose, the verb no part of her name."""
    text = (
        "Film news\n\nNew Kolkata Bangla Film Pati Parameshwar starring Tollywood Actress "
        "Rituparna Sengupta\n\nThe New Kolkata Bangla film “Pati Parameshwar” is a fresh take."
    )
    assert READ.works(text) == {"Pati Parameshwar"}
    language = "Film news\n\nIt is a New Kolkata Bangla film about love, starring Ada Wren."
    assert READ.works(language) == set()
    said = (
        "Film news\n\nIn fact, as one performer, the amiable Chloe Rose, star of Bruce McDonald’s "
        "Hellions, revealed, “I’m really excited to see Patricia Rozema’s new film”. In the "
        "midst of an interview, Rozema said “What?” Replied Rose, “Sorry. I didn’t know you were "
        "right beside me”. “(Huge laugh from Rozema) Yes you did. But I love it”. Rose: “I’m "
        "really excited to see it. It was cool to see your speech”."
    )
    assert all(speaker != "Replied Rose" for speaker, _ in READ.quotes(said))
