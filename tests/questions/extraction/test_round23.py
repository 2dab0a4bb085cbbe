"""Round twenty-three: what fresh development pages showed (obituaries with filmographies, a
blog's tag page, a revue's review), each rule read with a made-up sentence of the genre and a
look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 3, 4))  # a Monday


def test_a_nations_word_describes_a_part_and_names_none() -> None:
    """`gained recognition for her role as a fading Czechoslovak film star`: no part called
    "Czechoslovak"."""
    text = (
        'Ada Wren, known for her role in the film "Harbor Lights," has died. Wren gained '
        "recognition for her role as a fading Czechoslovak film star trying to revive her career."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lights", None)}
    named = 'Ada Wren, known for her role in the film "Harbor Lights" as Nora Vale, has died.'
    assert READ.cast(named) == {("Ada Wren", "Harbor Lights", "Nora Vale")}


def test_a_filmography_of_films_each_with_its_year() -> None:
    """`Her filmography includes supporting roles in classic films such as "The Sting" (1973),
    "The Way We Were" (1973), "JFK" (1991)`: a credit in each, and each film's year, the two of
    1973 as well; a short title with its year is a title too."""
    text = (
        "Ada Wren has died. Her filmography includes supporting roles in classic films such as "
        '"Harbor" (1973), "The Long Watch" (1973), "JFK" (1991), and "Night Sky" (2003).'
    )
    assert READ.pairs(text) == {
        ("Ada Wren", title) for title in ("Harbor", "The Long Watch", "JFK", "Night Sky")
    }
    assert sorted(date for date, _ in READ.events(text)) == ["1973", "1973", "1991", "2003"]
    said = 'Ada Wren has died. Her agent said "Bye" (1991) was her last word on stage.'
    assert READ.works(said) == {"Bye"}  # a quoted word with a year is a work's title
    plain = 'Ada Wren has died. Her agent called her "Blue" at the time.'
    assert READ.works(plain) == set()


def test_an_awards_name_is_no_person() -> None:
    """`Golden Globe and Independent Spirit awards`: no one called Independent Spirit takes the
    list of films the next sentence gives "her"."""
    text = (
        'Ada Wren has died.\n\nThe film "Harbor" (1984) brought her not only an Oscar nomination '
        "but also Golden Globe and Independent Spirit awards.\n\nHer filmography includes roles "
        'in films such as "Night Sky" (1973).'
    )
    assert READ.people(text) == {"Ada Wren"}


def test_an_honorific_part_and_a_described_one_set_off_by_commas() -> None:
    """`her role as the possessed nanny, Mrs. Baylock, in The Omen`, `memorable turns in
    BAFTA-winning performances in A and B`: bare titles after a part and after a prize's
    performances, all the subject's."""
    text = (
        "Ada Wren has died at 82. She also appeared in over 50 movies, with memorable turns "
        "in BAFTA-winning performances in Night Harbor and Cold Creek, as well as her role as "
        "the possessed nanny, Mrs. Baylock, in The Long Watch."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", None),
        ("Ada Wren", "Cold Creek", None),
        ("Ada Wren", "The Long Watch", "Mrs. Baylock"),
    }
    honorific = "Ada Wren is known for her role as Mrs. Baylock in The Long Watch."
    assert READ.cast(honorific) == {("Ada Wren", "The Long Watch", "Mrs. Baylock")}


def test_plays_listed_after_several_of_a_writers_are_the_subjects() -> None:
    """`The actress began her work with Beckett in 1963 and appeared in several of Beckett’s
    plays, including Play, Not I, and Footfalls`: the actress's, not Beckett's."""
    text = (
        "Ada Wren, known for her work with Tom Hale, has died. The actress began her working "
        "relationship with Hale in 1963 and appeared in several of Hale’s plays, including "
        "Play, Not I, and Footfalls, which Hale wrote for her."
    )
    assert READ.pairs(text) == {("Ada Wren", t) for t in ("Play", "Not I", "Footfalls")}
    wrote = "Tom Hale wrote many plays, including Play and Footfalls, for Ada Wren."
    assert READ.cast(wrote) == set()


def test_a_version_is_no_persons_name() -> None:
    """`Disney’s New CG-Hybrid Version of ‘The Jungle Book’`: no one called Hybrid Version;
    `is in final talks to voice the villainous tiger Shere Khan`: Elba's part."""
    text = (
        "Ada Wren to Voice Kit Moss in Disney’s New CG-Hybrid Version of ‘Harbor Lights’\n\n"
        "The studio is making another version of Harbor Lights. British actor Ada Wren is in "
        "final talks to voice the villainous tiger Kit Moss."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lights", "Kit Moss")}


def test_a_blog_reviews_heading_names_the_show_before_its_venue() -> None:
    """`Inventing Mary Martin @ The York Theater Company` under the post's day: the revue,
    whose "performances by" and "narrated by" are its cast; the parts its subject originated
    each name their work in brackets: `the roles of Nellie(South Pacific), Maria(The Sound of
    Music), Venus`."""
    text = (
        "Monday, April 28, 2014\n\n"
        "Harbor Lights @ The York Theater Company\n\n"
        "Nora Vale, famous for originating the roles of Nellie(Night Sky), Maria(The Long "
        "Watch), Venus, and Kit, had a long career. This revue honors her with stunning "
        "performances by Ada Wren, Tom Hale, and hilariously narrated by Max Dale.\n\n"
        "Written and directed by Ben Gale, Harbor Lights runs until May."
    )
    assert READ.cast(text) == {
        ("Nora Vale", "Night Sky", "Nellie"),
        ("Nora Vale", "The Long Watch", "Maria"),
        ("Ada Wren", "Harbor Lights", None),
        ("Tom Hale", "Harbor Lights", None),
        ("Max Dale", "Harbor Lights", None),
    }
    made = (
        "Harbor Lights @ The York Theater Company\n\nThe show has performances from the "
        "orchestra, directed by Ben Gale and written by Tom Hale. Harbor Lights runs until May."
    )
    assert READ.people(made) == set()


def test_a_filipino_titles_small_words_and_a_cast_told_a_line_each() -> None:
    """`‘Bilangin ang Bituin sa Langit’` is one title, its "ang" and "sa" in lower case;
    `Philippines’ Superstar Nora Aunor`; a cast told `Aunor is Cedes Dela Cruz.`, `Gabby
    Eigenmann is the eligible bachelor Arthur, a promising entrepreneur`."""
    text = (
        "‘Bilangin ang Bituin sa Langit’ to Showcase Three Actresses\n\n"
        "Philippines’ Superstar Ada Wren returns in the remake of Bilangin ang Bituin sa Langit."
        "\n\nAda Wren\n\nWren is Cedes Dela Cruz.\n\n"
        "Tom Hale is the eligible bachelor Arthur, a promising entrepreneur."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Bilangin ang Bituin sa Langit", "Cedes Dela Cruz"),
        ("Tom Hale", "Bilangin ang Bituin sa Langit", "Arthur"),
    }
    jobs = (
        "The series Harbor Lights starts soon.\n\nBen Gale is Executive Producer.\n\n"
        "Matt Dale is The Long Watch\n\nThe film The Long Watch opens in May."
    )
    assert READ.cast(jobs) == set()


def test_a_year_run_into_letters_is_no_year() -> None:
    """`Lee Soon Jae (Potato Star 2013QR3)`: a title's code, no event of 2013."""
    text = "Ada Wren (Potato Star 2013QR3) has signed on to play the lead in Harbor Lights."
    assert READ.events(text) == []
    assert READ.events("Ada Wren won the award in 2013, and again in 2015.") != []


def test_a_title_announced_as_a_channels_new_drama() -> None:
    """`Glorious Day has been announced as SBS’ new weekend drama. Lee Sang Woo (One Warm Word)
    ... have signed on as the main roles`: its cast; the writer in charge is none."""
    text = (
        "Glorious Day has been announced as SBS’ new weekend drama. Ada Wren (One Warm Word) "
        "and Tom Hale (Night Sky) have signed on as the main roles of the story. In charge of "
        "writing is Ben Gale (Ma Boy)."
    )
    pairs = READ.pairs(text)
    assert {("Ada Wren", "Glorious Day"), ("Tom Hale", "Glorious Day")} <= pairs
    assert "Ben Gale" not in {person for person, _ in pairs}
    announced = "Ben Gale has been announced as the new host. Ada Wren stars in Night Sky."
    assert READ.works(announced) == {"Night Sky"}


def test_a_second_part_in_a_second_quoted_work() -> None:
    """`Maris Racal as Irene in “Can’t Buy Me Love” and Sarah in “Simula sa Gitna”`."""
    text = (
        "Our list of the year's best parts.\n\n"
        "Ada Wren as Irene in “Harbor Lights” and Sarah in “Night Sky”\n\n"
        "We love a versatile queen."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Irene"),
        ("Ada Wren", "Night Sky", "Sarah"),
    }


def test_a_captions_star_of_the_movie_is_in_the_pages_film() -> None:
    """`Stella Damasus Aboderin (Star of the Movie)` under the premiere of `‘The Widow’`, which
    was `held at 'Planet One'`: a venue, no work; the producer's other film is not hers."""
    text = (
        "Here are pictures from the premiere of Ben Gale’s movie, ‘Harbor Lights’, for those "
        "who don’t know him, he also produced ‘Night Sky’.\n"
        "The premiere was held at 'Planet One' in Maryland, Lagos, Nigeria\nBen Gale\n\n"
        "Ada Wren (Star of the Movie)\n\nTom Hale (TH)\n"
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lights", None)}
    assert READ.works(text) == {"Harbor Lights", "Night Sky"}


def test_turkish_names_and_an_images_markup() -> None:
    """`starring Çağatay Ulusoy`, `Ceren Taşçı as Hilal`, `Ferit Aktuğ as ... Ahmet`: names
    with Turkish letters; an image's markup (`alt="Çağatay Ulusoy"`) names no work."""
    text = (
        "Turkish Series News\n"
        "The channel plans to air the series “Harbor Lights,” starring Çağatay Ulusoy, on "
        "Tuesday.\n"
        '<image>data:image/s3, "s3://crabby-images/72fde/72fde.png" alt="Çağatay Ulusoy"'
        "</image>\nÇağatay Ulusoy\n"
        "Filming has begun for the new series “Fer.” The series also stars: Ceren Taşçı as "
        "Hilal, Dilek’s friend; and Ferit Aktuğ as Dilek’s husband Ahmet."
    )
    assert READ.cast(text) == {
        ("Çağatay Ulusoy", "Harbor Lights", None),
        ("Ceren Taşçı", "Fer", "Hilal"),
        ("Ferit Aktuğ", "Fer", "Ahmet"),
    }


def test_a_headings_day_or_year_is_no_event() -> None:
    """`Turkish Series News on October 28, 2024` and a list's `- The Best Inventions of 2024`
    head what follows; a heading that tells of something keeps its date."""
    text = (
        "Turkish Series News on October 28, 2024\n\nAda Wren joined the cast of Harbor Lights "
        "in 2019.\n\nMore from us\n\n- The Best Inventions of 2024\n\n- How Ben Gale Won"
    )
    assert [date for date, _ in READ.events(text)] == ["2019"]
    told = "Harbor Lights premieres on October 28, 2024\n\nThe show is back."
    assert [date for date, _ in READ.events(told)] == ["2024-10-28"]


def test_quotes_after_a_title_and_a_job_and_after_an_honorific() -> None:
    """`," joked “Doctor Who” lead writer/executive producer Steven Moffat.`; `“He’s
    mysterious,” Mr. Capaldi said.`: a title's stop ends no sentence."""
    text = (
        "Actor Tom Hale is back on “Harbor Lights”.\n\n"
        "“It’s the only job where everybody asks you when you’re leaving,” joked “Harbor "
        "Lights” lead writer/executive producer Ben Gale.\n\n"
        "“He’s mysterious,” Mr. Hale said. “I think it is fine.”"
    )
    assert READ.quotes(text) == [
        ("Ben Gale", "It’s the only job where everybody asks you when you’re leaving,"),
        ("Tom Hale", "He’s mysterious,"),
        ("Tom Hale", "I think it is fine."),
    ]


def test_a_cast_line_cut_off_on_its_comma() -> None:
    """A box of credits the page cuts off: `Cast: Anthony Hopkins, Iwan Rheon, Sara Martins,`."""
    text = "Harbor Lights is an epic drama.\n\nCast: Ada Wren, Tom Hale, Max Dale,"
    assert READ.pairs(text) == {
        ("Ada Wren", "Harbor Lights"),
        ("Tom Hale", "Harbor Lights"),
        ("Max Dale", "Harbor Lights"),
    }
    sentence = "Harbor Lights is an epic drama.\n\nWith Ada Wren and Tom Hale gone, the show waits."
    assert READ.cast(sentence) == set()


def test_a_stretch_of_days_with_a_short_month_and_the_year_at_its_end() -> None:
    """`the 2024 Paris Olympics (July 26 – Aug 11, 2024)`: both days of 2024."""
    text = "All episodes premiere in time for the Paris Olympics (July 26 – Aug 11, 2024)."
    assert sorted(date for date, _ in READ.events(text)) == ["2024-07-26", "2024-08-11"]


def test_a_delayed_film_and_its_stars_last_time_playing_a_part() -> None:
    """`moving No Time to Die - which serves as Daniel Craig's fifth and final time playing
    James Bond - back seven months`, then `Six days after No Time to Die was officially
    postponed`: the film a title, Craig its Bond."""
    text = (
        "MGM announced it would be moving Harbor Lights - which serves as Ada Wren's fifth and "
        "final time playing Nora Vale - back seven months. Six days after Harbor Lights was "
        "officially postponed, Sony did the same with smaller titles like Night Sky."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lights", "Nora Vale")}
    assert READ.works(text) == {"Harbor Lights", "Night Sky"}


def test_an_anticipated_film_its_voice_cast_and_a_ghibli_debut() -> None:
    """`The Boy and the Heron is one of this winter’s most anticipated films`, `makes his
    Ghibli debut in`, `starred in the underrated Porco Rosso`; `the final film from the
    legendary Hayao Miyazaki has just shared its stellar English voice dub cast`: no voice
    part for its maker."""
    text = (
        "The final film from the legendary Ben Gale has just shared its stellar English voice "
        "dub cast.\n\nHarbor Lights is one of this winter’s most anticipated films. Ada Wren "
        "starred in the underrated Night Sky, while Tom Hale makes his Ghibli debut in Harbor "
        "Lights."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Sky", None),
        ("Tom Hale", "Harbor Lights", None),
    }


def test_days_after_a_future_verb_and_a_limited_release() -> None:
    """`The film will be presented ... on October 18 ..., followed by a limited release on
    November 22 before going wide December 8.`: all three of the year ahead."""
    text = (
        "The film will be presented in IMAX on October 18 as part of the festival, followed "
        "by a limited release on November 22 before going wide December 8."
    )
    dates = [date for date, _ in Reading(DateValue(2023, 10, 17)).events(text)]
    assert dates == ["2023-10-18", "2023-11-22", "2023-12-08"]


def test_a_shows_venue_a_part_someone_is_known_as_and_a_pages_caps_heading() -> None:
    """`musical comedy Waitress at the Adelphi Theatre`, `taking over from Blake Harrison,
    well known as Neil from The Inbetweeners`: Harrison's work is no part of Sugg's; the
    heading's `(21 AUGUST 2019)`, `As of 2019` and a graphic novel series tell no event or
    work."""
    text = (
        "SENSATION ADA WREN TO JOIN THE CAST OF HARBOR LIGHTS (21 AUGUST 2019)\n\n"
        "Ada Wren will make her stage debut in the musical comedy Harbor Lights at the Adelphi "
        "Theatre. She will join the cast in the role of Ogie, taking over from Tom Hale, well "
        "known as Neil from The Long Watch, who leaves.\n\n"
        "As of 2019, she has over 27 million followers. She wrote the graphic novel series "
        "'Username'."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", "Ogie"),
        ("Tom Hale", "The Long Watch", "Neil"),
    }
    assert READ.events(text) == []
    assert READ.works(text) == {"Harbor Lights", "The Long Watch"}


def test_a_quote_whose_speaker_the_next_paragraph_names_with_those_words() -> None:
    """`“Our vocation ...”` alone, then `With those words, Diego Ávalos, Vice President of
    Original Content at Netflix Spain, summarized this Thursday`; `its 2020/21 content` is
    no year's event."""
    text = (
        "The team presented its 2020/21 content to the press.\n\n"
        "“Our vocation continues to be to move the world with stories made in Spain.”\n\n"
        "With those words, Ada Wren, Vice President of Original Content at Netflix Spain, "
        "summarized the platform’s commitment."
    )
    assert READ.quotes(text) == [
        ("Ada Wren", "Our vocation continues to be to move the world with stories made in Spain.")
    ]
    assert READ.events(text) == []


def test_a_lists_heading_with_the_shows_own_title_in_brackets() -> None:
    """`Unauthorized Living (Vivir sin Permiso)` over `..., the series addresses`: the show,
    its cast after `starring`; `Drug Squad: Costa del Sol (Brigada Costa del Sol)` names no
    actor."""
    text = (
        "Below we offer you a list of Spanish series.\n\n"
        "Harbor Lights (Luces sin Puerto)\n\n"
        "Based on a story by a writer, the series addresses drug trafficking in Galicia. The "
        "show is created by Ben Gale and starring Ada Wren, Tom Hale, Max Dale.\n\n"
        "Drug Squad: Costa del Sol (Brigada Costa del Sol)\n\n"
        "This frenetic police action show tells the story of the first anti-drug police."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Harbor Lights"),
        ("Tom Hale", "Harbor Lights"),
        ("Max Dale", "Harbor Lights"),
    }
    parts = (
        "The show Harbor Lights is back.\n\nNora Vale (Ada Wren)\n\nThe series' heroine returns."
    )
    assert "Nora Vale" not in READ.works(parts)


def test_urdu_titles_small_word_and_the_serials_a_star_was_recently_seen_in() -> None:
    """`Bukhari was recently seen in Inteha e Ishq, Berukhi, Meray Humnasheen, Pehchaan and
    Ishq Nahin Aasan`: each serial, its "e" a title's small word; `Jhok Sial is a highly
    anticipated production`."""
    text = (
        "Directed by Ben Gale, the mind behind hit dramas like Sang e Mah, Jhok Sial is a highly "
        "anticipated production.\n\nOn the work front, Ada Wren was recently seen in Inteha e "
        "Ishq, Berukhi, Meray Humnasheen and Ishq Nahin Aasan."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", t)
        for t in ("Inteha e Ishq", "Berukhi", "Meray Humnasheen", "Ishq Nahin Aasan")
    }
    assert {"Sang e Mah", "Jhok Sial"} <= READ.works(text)


def test_a_caption_before_its_photo_credit_and_a_byline_with_its_day() -> None:
    """`Kylie Minogue as Charlene and Jason Donovan as Scott in ‘Neighbours’. (Photo: AAP
    Image/Ten)`: the caption is read, its credit is not; `by Sean Slatter IF Magazine March 3,
    2022` is a byline's day, no event."""
    text = (
        "‘Neighbours’ to end\n\nby Sean Slatter IF Magazine March 3, 2022\n\n"
        "Ada Wren as Charlene and Tom Hale as Scott in ‘Neighbours’. (Photo: AAP Image/Ten)\n\n"
        "The end is near for Australia’s longest running drama, Neighbours."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Neighbours", "Charlene"),
        ("Tom Hale", "Neighbours", "Scott"),
    }
    assert READ.events(text) == []


def test_a_cast_including_with_a_comma_and_an_untitled_next_drama() -> None:
    """`with a great cast including, Adam Zwar, Beth Buchanan`; `Junaid Khan to star alongside
    Hira Mani and Armeena Khan in his next drama`: no title, no credit."""
    text = (
        "ABC TV's new comedy series Lowdown launches next week with a great cast including, Ada "
        "Wren, Tom Hale and Max Dale.\n\n"
        "Ben Gale to star alongside Nia Vale and Kit Moss in his next drama\n\n"
        "Gale is all set for his new venture alongside Nia Vale and Kit Moss."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Lowdown"),
        ("Tom Hale", "Lowdown"),
        ("Max Dale", "Lowdown"),
    }
