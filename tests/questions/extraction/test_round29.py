"""Round twenty-nine: what fresh development pages showed (a trade blog's new BBC drama, a
Telugu film's working title, a Malayalam blog's boxes of credits, a Nollywood column, a
Filipino horror film's opening, a C-drama blog), each rule read with a made-up sentence of
the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 6, 21))


def test_a_work_which_will_be_shown_on_a_channel() -> None:
    """`The Hour, which will be shown on BBC Two, will be a six-part series`: a work, and the
    parts its cast then plays are in it; not a thing shown on a channel's stand."""
    text = (
        "The Hour, which will be shown on BBC Two, will be a six-part drama.\n\n"
        "Ben Gale plays Freddie Lyon, a brilliant journalist."
    )
    assert READ.cast(text) == {("Ben Gale", "The Hour", "Freddie Lyon")}
    stand = "The Lamp, which will be shown on a stand in the hall, is old. Ben Gale said so."
    assert READ.works(stand) == set()


def test_a_working_title_the_film_is_currently_called_as() -> None:
    """`Currently called as Mahesh25, the movie's shooting has begun from today`: the film's
    working title, and its stars' credits; a person called something is no work."""
    text = (
        "Star Ben Gale is all set to shoot for his upcoming movie soon. Currently called as "
        "Gale25, the movie's shooting has begun. Ada Wren is to act alongside Ben Gale as the "
        "female lead."
    )
    assert READ.works(text) == {"Gale25"}
    assert READ.pairs(text) >= {("Ada Wren", "Gale25")}
    person = "Ada Wren, called Nell by her friends, said the movie is a hit."
    assert READ.works(person) == set()


def test_a_person_set_off_after_the_movie_is_no_title() -> None:
    """`Speaking on the movie, Nkechi, who rose to fame with the movie ‘Omoge Lekki’, said`:
    a person, as "who" says; `In the film, Harbor, which opens` is a title."""
    text = (
        "Actress Ada Wren is on set for her new movie titled ‘Torera’.\n\n"
        "Speaking on the movie, Wren, who rose to fame with the movie ‘Omoge Lekki’, said it "
        "is about anger."
    )
    assert "Wren" not in READ.works(text)
    work = "He spoke of the movie, Harbor, which opens in May with Ada Wren in the lead."
    assert "Harbor" in READ.works(work)


def test_a_blogs_boxes_of_credits_with_labels_run_into_names() -> None:
    """`Rashtram -new release` over `Director:Anil.C.Menon` and a cast line with a surname in
    lower case, ending on a comma; then `Mahasamudram` over a cast line whose last name
    follows ", and": two works, each with its billed cast."""
    text = (
        "Harbor -new release\n\nDirector:Anil.C.Menon\nProducer:C.Karunakaran\n"
        "Cast: Suresh gopi,Laya,Madhu,KPAC Lalitha,Chaly Pala,\nMusic: Deepak Dev\n\n"
        "Seawall\n\nDirector:Dr. S. Janardhanan\nProducer:Suresh Kumar\n"
        "Cast: Mohanlal, Laila,Innocent, Rajan P. Dev, Krishna Prasad, and Ram Mohan\n"
        "Music: M. Jayachandran"
    )
    pairs = READ.pairs(text)
    assert {("Suresh Gopi", "Harbor"), ("Chaly Pala", "Harbor"), ("Laya", "Harbor")} <= pairs
    assert {("Mohanlal", "Seawall"), ("Rajan P. Dev", "Seawall"), ("Ram Mohan", "Seawall")} <= (
        pairs
    )
    sentence = "Cast: the gold ring, and then the silver one, into the sea."
    assert READ.pairs(sentence) == set()


def test_a_debutant_director_is_no_work() -> None:
    """`is being directed by Debutant director Sukamal Nath`: a word of a first work before a
    job; `Harbor Lights director Tom Hale` still names the work."""
    text = (
        "Shooting starts for new thriller 'Seawall'\n\nSeawall is an upcoming thriller which "
        "is being directed by Debutant director Tom Hale. The cast of the film includes "
        "actress Ada Wren."
    )
    assert READ.works(text) == {"Seawall"}
    work = "Harbor Lights director Tom Hale said the film stars Ada Wren as Nell."
    assert "Harbor Lights" in READ.works(work)


def test_signing_on_for_the_directors_chair_is_no_casting() -> None:
    """`Amorosa: The Revenge director Topel Lee ... says he signed on to sit in the director’s
    chair`: he directs it; "signed on to star" still casts."""
    base = "Harbor: The Return is a horror film with Ada Wren in the lead. "
    chair = base + "Its director Tom Hale says he signed on to sit in the director’s chair."
    assert ("Tom Hale", "Harbor: The Return") not in READ.pairs(chair)
    star = base + "Tom Hale says he signed on to star because he liked the script."
    assert ("Tom Hale", "Harbor: The Return") in READ.pairs(star)


def test_its_lead_actress_set_off_by_commas() -> None:
    """`Its lead actress, Angel Aquino, realized as much`: the film's of the sentence before;
    "Its lead story, Ada Wren" is no actress."""
    opening = "'Harbor' Now Showing!\n\nHarbor, a horror film, opens in theaters today. "
    text = opening + "Its lead actress, Ada Wren, realized as much on her first day."
    assert ("Ada Wren", "Harbor") in READ.pairs(text)
    story = opening + "Its lead story, Ada Wren said, is about a mother."
    assert ("Ada Wren", "Harbor") not in READ.pairs(story)


def test_starring_a_line_of_actresses_including_a_list() -> None:
    """`an upcoming short monologue drama ... starring a line of solid actresses including
    A, B, and C`: each is cast; actresses including a list of cities are none."""
    text = (
        "Harbor Lights is an upcoming drama starring a line of solid actresses including Ada "
        "Wren, Nell Ford, and Mia Cole."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Harbor Lights"),
        ("Nell Ford", "Harbor Lights"),
        ("Mia Cole", "Harbor Lights"),
    }
    cities = "Harbor Lights is a drama starring actresses from places including Leeds and York."
    assert READ.pairs(cities) == set()


def test_a_weekday_that_ends_a_name_set_off_by_commas_is_a_surname() -> None:
    """`NOLLYWOOD actress, Nkechi Blessing Sunday, is presently on set`: her name, so "she
    said" after her short name is hers; a day after a name is when it happened."""
    text = (
        "Nollywood actress, Ada Wren Sunday, is on set for her new movie ‘Torera’. It "
        "features Nell Ford and Mia Cole.\n\n"
        "Speaking on the movie, Ada, who rose to fame with the movie ‘Omoge Lekki’, said the "
        "movie is about anger.\n\n"
        "“Whatsoever we do today is not a secret in future,” she said."
    )
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Ada Wren Sunday"]
    day = "Harbor opened.\n\n“It is great,” Ada Wren said Sunday, adding that she loved it."
    assert [speaker for speaker, _ in READ.quotes(day)] == ["Ada Wren"]


def test_who_rose_to_fame_with_a_quoted_movie() -> None:
    """`Nkechi, who rose to fame with the movie ‘Omoge Lekki’`: she was in it; rising to fame
    with a husband is no credit."""
    text = "Ada Wren, who rose to fame with the movie ‘Omoge Lekki’, said it was hard."
    assert READ.pairs(text) == {("Ada Wren", "Omoge Lekki")}
    husband = "Ada Wren, who rose to fame with her husband in ‘Omoge Lekki’ week, said so."
    assert READ.pairs(husband) == set()


def test_on_set_for_her_new_movie_and_a_title_after_titled_and_a_comma() -> None:
    """`is presently on set for her new movie ‘Torera’`: she is in it; on set for a show as
    someone's guest is not; `her new movie titled, ‘Torera’` names the work."""
    text = "Actress Ada Wren is presently on set for her new movie ‘Torera’ (Love turn sore)."
    assert READ.pairs(text) == {("Ada Wren", "Torera")}
    guest = "Actress Ada Wren was on set for the show ‘Torera’ as a guest of the director."
    assert READ.pairs(guest) == set()
    titled = "Ada Wren is presently shooting her new movie titled, ‘Torera’ (Love turn sore)."
    assert READ.works(titled) == {"Torera"}


def test_a_list_after_an_aside_on_its_lead_is_in_the_paragraphs_work() -> None:
    """`Eliza Scanlen, who also appears in Little Women, stars with a small cast including A,
    B`: she and the list are in the film the paragraph is about; Little Women is hers alone."""
    text = (
        "Ada Wren in First Trailer for ‘Babyteeth’ Film Premiering in Venice\n\n"
        "Babyteeth Trailer\n\n"
        "eOne has revealed the first trailer for an indie drama titled Babyteeth. This "
        "Australian comedy follows a couple. Ada Wren, who also appears in Little Women, stars "
        "with a small cast including Tom Hale, Nell Ford, and Mia Cole."
    )
    pairs = READ.pairs(text)
    assert {("Tom Hale", "Babyteeth"), ("Mia Cole", "Babyteeth"), ("Ada Wren", "Babyteeth")} <= (
        pairs
    )
    assert ("Tom Hale", "Little Women") not in pairs
    assert ("Ada Wren", "Little Women") in pairs


def test_an_animes_parts_voiced_by_cv() -> None:
    """`a friend of Momotaro Morikawa (CV: Yosuke Eguchi), the father of the heroine Kokone
    (CV: Mitsuki Takahata)`: each actor voices the part before; "CV: ..." is no work, and a
    title keeps its Japanese "no"."""
    text = (
        'Cast news for the anime film "Harbor: The Unknown Watashi no Monogatari," which will '
        "be released on March 18, 2017.\n\nIt was announced that Ada Wren will play Sado, a "
        "friend of Momotaro Morikawa (CV: Tom Hale), the father of the heroine Kokone (CV: "
        "Nell Ford)."
    )
    work = "Harbor: The Unknown Watashi no Monogatari"
    assert READ.works(text) == {work}
    assert READ.cast(text) == {
        ("Ada Wren", work, "Sado"),
        ("Tom Hale", work, "Momotaro Morikawa"),
        ("Nell Ford", work, "Kokone"),
    }
    plain = "The father of the heroine, Momotaro Morikawa (Tom Hale), runs a garage in Harbor."
    assert ("Momotaro Morikawa", "Tom Hale") not in {(c[0], c[2]) for c in READ.cast(plain)}


def test_a_design_by_someone_of_a_film_is_no_casting() -> None:
    """`The original character design is by Satoko Morikawa of “The Cat Returns,” the design
    of the sidecar “Hearts” is by Shigeto Koyama of “Baymax”`: makers, not its cast; "Ada
    Wren of “Baymax”" in a cast list is."""
    text = (
        "The anime film “Harbor” opens in May. The original character design is by Ada Wren "
        "of “The Cat Returns,” and the design of the sidecar “Hearts” is by Tom Hale of "
        "“Baymax.”"
    )
    assert READ.pairs(text) == set()
    cast = "The anime film “Harbor” opens in May. It stars Ada Wren of “Baymax” and Tom Hale."
    assert ("Ada Wren", "Baymax") in READ.pairs(cast)


def test_a_part_with_its_actor_by_courtesy_title_and_an_aside_sentence() -> None:
    """`(There’s even a sly allusion to her fiery version of “Proud Mary.”) The story of Joe
    Roy (Mr. Hall) and his son`: Vondie Curtis Hall plays Joe Roy in the musical reviewed, not
    in the song the aside names."""
    text = (
        "A preacher and his son go at it in “The Total Bent,” a new musical. Playing the "
        "preacher is the vibrant Tom Curtis Hale, who shines. (There’s even a sly allusion to "
        "Ms. Turner’s version of “Proud Mary.”) The story of Joe Roy (Mr. Hale) begins as his "
        "son urges Joe to record a protest album."
    )
    assert READ.cast(text) >= {("Tom Curtis Hale", "The Total Bent", "Joe Roy")}
    assert ("Tom Curtis Hale", "Proud Mary") not in READ.pairs(text)


def test_a_telenovela_and_shows_listed_after_before_like() -> None:
    """`SABC 1's prominent telenovela Uzalo`, `has starred in various shows before like Gold
    Diggers`: works by their kind; "before like" a person is none."""
    text = (
        "Actor Ada Wren showed up on SABC 1's prominent telenovela Uzalo on Wednesday. The "
        "star has starred in various shows before like Gold Diggers."
    )
    assert {"Uzalo", "Gold Diggers"} <= READ.works(text)
    person = "Ada Wren has met various people before like Nell Ford at the premiere."
    assert "Nell Ford" not in READ.works(person)


def test_a_quote_signed_by_a_dash_and_a_name_the_story_gave() -> None:
    """`“... Ethan’s definitely coming in with a bang.” – Matthew James-Bailey`: his words, as
    the story named him before; a recap item signed `—Tim Stack` is its writer's signature."""
    text = (
        "Ada Wren joins the cast of Hollyoaks as Maya.\n\n"
        "“My time on the soap has been incredible. Maya is here to shake things up.” – Ada Wren"
    )
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Ada Wren"]
    byline = (
        "Ada Wren joins the cast of Hollyoaks as Maya.\n\n"
        "“One of the joys is moments like this where the characters work together.” —Tom Hale"
    )
    assert [speaker for speaker, _ in READ.quotes(byline)] != ["Tom Hale"]


def test_several_films_shown_somewhere_including_a_list() -> None:
    """`Nawazuddin Siddiqui has appeared in several films showcased at the Cannes Film
    Festival, including Monsoon Shootout, Miss Lovely, and Manto`: his films, each one; cities
    a person visited are none."""
    text = (
        "Ada Wren stars in Harbor Lights. Ada Wren has appeared in several films showcased at "
        "the Cannes Film Festival, including Monsoon Shootout, Miss Lovely, and Manto."
    )
    assert READ.pairs(text) >= {
        ("Ada Wren", "Monsoon Shootout"),
        ("Ada Wren", "Miss Lovely"),
        ("Ada Wren", "Manto"),
    }
    cities = (
        "Ada Wren stars in Harbor Lights. She has visited many cities, including Rome and Paris."
    )
    assert READ.pairs(cities) == {("Ada Wren", "Harbor Lights")}


def test_a_reviews_look_alikes_of_the_rounds_rules() -> None:
    """A review's sentences that the round's rules first misread: a list of days, a storm's
    and a baby's names, an event on a channel, a quoted answer, a name run into a part."""
    days = "Shops open over Thanksgiving, Black Friday, Super Bowl Sunday, and Christmas. "
    assert READ.facts(days + "“It is busy,” she said.").quotes == ()
    for named in ("The storm, currently named Hurricane Ida,", "The baby, tentatively named Luna"):
        assert READ.works(f"{named} is well, Ada Wren said.") == set()
    event = "The Super Bowl, which will air on CBS, is the biggest game of the year."
    assert READ.works(event) == set()
    answer = "Harbor Lights is a film. Asked if she would return, Ada Wren said “Yes or no”."
    assert READ.works(answer) == {"Harbor Lights"}
    run_in = "The anime “Harbor” opens in May with deGrasse (CV: Ada Wren) as the hero."
    assert ("Ada Wren", "Harbor", "Grasse") not in READ.cast(run_in)


def test_a_place_or_a_pronoun_before_is_directed_by_is_no_work() -> None:
    """`The movie shot in beautiful locations of Mustang is directed by Rambabu Gurung`: a
    place; `It is directed by`: the film before; `Chirutha is produced by` opens on a work."""
    text = (
        "Poster of an upcoming movie, ‘Kabaddi’, was released. The movie shot in beautiful "
        "locations of Mustang is directed by Tom Hale. It is directed by him alone.\n\n"
        "The movie features actors Ada Wren, Nell Ford and others."
    )
    assert READ.works(text) == {"Kabaddi"}
    assert READ.pairs(text) == {("Ada Wren", "Kabaddi"), ("Nell Ford", "Kabaddi")}
    work = "Chirutha is produced by Tom Hale and directed by Ada Wren. Chirutha opens soon."
    assert "Chirutha" in READ.works(work)


def test_a_word_of_praise_is_a_title_after_a_strong_cue() -> None:
    """`the Enos Olik directed new series, Famous.`: a title, whose parts then go to it;
    "Famous director Tom Hale said" is no work."""
    text = (
        "Showmax has announced the release date for the new series, Famous. The trailer shows "
        "its leads: Nyota (Ada Wren), a newcomer, and Nikita (Nell Ford), a star."
    )
    assert READ.cast(text) == {("Ada Wren", "Famous", "Nyota"), ("Nell Ford", "Famous", "Nikita")}
    praise = "Famous director Tom Hale said the film Harbor Lights stars Ada Wren."
    assert "Famous" not in READ.works(praise)


def test_one_of_a_playwrights_best_known_works() -> None:
    """`one of his best known works, The Crucible.`: the play the review's parts are in."""
    text = (
        "The company has turned to a legendary playwright and one of his best known works, The "
        "Crucible. Like the first, The Crucible is a play I had read.\n\n"
        "The story starts as the Reverend Samuel Parris (Tom Hale), a respected pastor, "
        "discovers some girls dancing, including his young daughter, Betty (Ada Wren)."
    )
    assert READ.cast(text) == {
        ("Tom Hale", "The Crucible", "Reverend Samuel Parris"),
        ("Ada Wren", "The Crucible", "Betty"),
    }
    places = "He has visited one of his favourite cities, New York, with Ada Wren."
    assert READ.works(places) == set()


def test_a_cast_which_has_the_likes_of_and_so_many_movies_including() -> None:
    """`With a celebrated cast which has the likes of A, B and C`, `Nuella has featured in so
    many movies including Another Level, Beautiful Colour`: the film's cast, her films."""
    text = (
        "Ada Wren unravels the mystery of stardom in her new movie, Jujuwood. With a celebrated "
        "cast which has the likes of Ada Wren, Nell Ford and Mia Cole the movie will get "
        "attention. Ada Wren has featured in so many movies including Another Level, Beautiful "
        "Colour and a host of others."
    )
    assert READ.pairs(text) >= {
        ("Nell Ford", "Jujuwood"),
        ("Mia Cole", "Jujuwood"),
        ("Ada Wren", "Another Level"),
        ("Ada Wren", "Beautiful Colour"),
    }
    friends = "Harbor Lights is a film. Its cast has the likes of pizza and chips at lunch."
    assert READ.pairs(friends) == set()


def test_a_speaker_set_off_by_a_job_at_a_company() -> None:
    """`Mr Kingsley Warner, Country Manager of Viu Malaysia, said, “...”`: his words, not the
    company's."""
    text = (
        "Harbor Lights streams from Thursday. Mr Tom Hale, Country Manager of Viu Malaysia, "
        "said, “We have produced award-winning titles.”"
    )
    assert [speaker for speaker, _ in READ.quotes(text)] == ["Tom Hale"]
