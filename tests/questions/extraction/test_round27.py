"""Round twenty-seven: what fresh development pages showed (a streaming series' casting, an
Indian spy film's lead, a Nollywood premiere, a soap's new faces), each rule read with a made-up
sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 1, 19))
SERIES = "Ada Wren has joined the cast of Night Harbor, a new series."


def test_a_part_played_by_an_actor_told_by_a_work_with_an_ampersand() -> None:
    """`It follows one Cruz Manuelos (played by Locke & Key's Laysla De Oliveira)`: the part in
    the story's work, and the credential's work too."""
    text = f"{SERIES} It follows one Nora Vale (played by Locke & Key's Ben Gale), a Marine."
    assert READ.cast(text) >= {
        ("Ben Gale", "Night Harbor", "Nora Vale"),
        ("Ben Gale", "Locke & Key", None),
    }


def test_an_office_by_its_initials_is_no_part() -> None:
    """`is set to play the fictional U.S. Secretary of State Edwin Mullins`: the part's names
    after the office; `the U.S. President` names none."""
    named = f"{SERIES} Ben Gale is set to play the fictional U.S. Secretary of State Tom Hale."
    assert ("Ben Gale", "Night Harbor", "Tom Hale") in READ.cast(named)
    office = f"{SERIES} Ben Gale is set to play the U.S. President in the film."
    assert ("Ben Gale", "Night Harbor", None) in READ.cast(office)


def test_a_part_after_three_words_of_its_job() -> None:
    """`Zoe Saldaña will play Lioness program station chief Joe, charged with training`."""
    text = f"{SERIES} Ben Gale will play Lioness program station chief Joe, charged with it."
    assert ("Ben Gale", "Night Harbor", "Joe") in READ.cast(text)


def test_his_guest_role_on_a_work() -> None:
    """`The role marks Freeman's return to TV following his 2021 guest role on The Kominsky
    Method`: his, in that work; not another's further back (`Gladstone is competing against
    Dakota Fanning for her role in “Ripley”` is Fanning's)."""
    text = (
        "Ben Gale has joined the cast of Night Harbor, a new series. The role marks Gale's "
        "return to TV following his 2021 guest role on The Kominsky Method, for which he won."
    )
    assert ("Ben Gale", "The Kominsky Method", None) in READ.cast(text)
    nearer = (
        "Ada Wren was nominated for Rover. Wren and Nell Ford are competing against Cara Dunn "
        "for her role in “Ripley”, and Ben Gale in “Rover”."
    )
    assert ("Ada Wren", "Ripley") not in READ.pairs(nearer)


def test_a_part_based_on_someone_is_no_work() -> None:
    """`it is the actor who will play the coveted role based on Doval`: whom the part is
    modelled on."""
    text = "Ben Gale announced his next film. It is Ada Wren who will play the role based on Doval."
    assert "Doval" not in READ.works(text)


def test_words_penned_on_instagram() -> None:
    """`“With your blessings, we embark ...,” he penned on Instagram. “I promise you ...”`: the
    words before the verb too, not only those after it."""
    text = (
        "Ben Gale announced the venture this week. “With your blessings, we embark on this "
        "great adventure with pure intent,” he penned on Instagram. “I promise you, this "
        "time, a cinematic experience like never before.”"
    )
    assert READ.quotes(text) == [
        ("Ben Gale", "With your blessings, we embark on this great adventure with pure intent,"),
        ("Ben Gale", "I promise you, this time, a cinematic experience like never before."),
    ]


def test_other_stars_at_a_premiere_are_no_cast() -> None:
    """`In attendance were the cast; A, B, C as well as other stars like AY Makun,
    ChiomaAkpotha, Ufuoma Mc Dermott, Shaffy Bello and many more`."""
    text = (
        "It was the premiere of “Moms at War,” featuring Ada Wren. In attendance were the cast; "
        "Ben Gale, Cara Dunn as well as other stars like AY Makun, ChiomaAkpotha, Tom Hale, "
        "Nell Ford and many more."
    )
    assert READ.people(text) == {"Ada Wren", "Ben Gale", "Cara Dunn"}


def test_a_soap_that_boasts_new_cast_members() -> None:
    """`Home and Away boasts new cast members who play in a fictional band`: a work, not one
    boasting; `Home and Away welcomes fresh faces`."""
    assert READ.works("Home and Away boasts new cast members who play in a band.") == {
        "Home and Away"
    }
    assert READ.works("Home and Away welcomes fresh faces.") == {"Home and Away"}
    boasting = "Ben Gale boasts about his role. “It was fun,” Ben Gale said."
    assert READ.works(boasting) == set()


SOAP = "There is a rotating door among the cast members of Home and Away."


def test_characters_listed_with_their_actors_in_brackets() -> None:
    """`classic characters like Marilyn Chambers (Emily Symons), Roo Stewart (Georgie Parker),
    and Alf Stewart (Ray Meagher) are undoubtedly timeless`: the parts first."""
    text = (
        f"{SOAP} Classic characters like Nora Vale (Ada Wren), Tom Hale (Ben Gale), and Nell "
        "Ford (Cara Dunn) are timeless."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Home and Away", "Nora Vale"),
        ("Ben Gale", "Home and Away", "Tom Hale"),
        ("Cara Dunn", "Home and Away", "Nell Ford"),
    }


def test_a_full_named_part_in_the_possessive_with_its_actor() -> None:
    """`Eden and Cash Newman’s (Nicholas Cartwright) engagement celebration`, the actor named
    again later, and `Dr. Liesl Obrecht's (Kathleen Gati) orders` with the part's rank; not a
    person's husband (`Ben Gale's (Ada Wren) husband`)."""
    text = (
        f"{SOAP} Fans caught her at Eden and Tom Hale’s (Ben Gale) engagement celebration. The "
        "show's publicist, Ben Gale and Ada Wren all follow her on Instagram. It was at Dr. "
        "Nell Ford's (Cara Dunn) orders. Cara Dunn has played her since 2015."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Home and Away", "Tom Hale"),
        ("Cara Dunn", "Home and Away", "Dr. Nell Ford"),
    }
    assert READ.cast(f"{SOAP} Ben Gale's (Ada Wren) husband came.") == set()


def test_a_sections_heading_over_an_items_heading() -> None:
    """`A new cast of characters for Home and Away` / `As Hailey Pinto, Abigail Fowler` /
    `Rumor has it that ...`: three paragraphs, so no name runs on into the next line
    ("Abigail Fowler Rumor"), and a heading that names two people credits neither as the
    other's part."""
    text = (
        f"{SOAP}\n\nA new cast of characters for Home and Away\nAs Ada Wren, Nora Vale\nRumor "
        "has it that Ada Wren’s new character, Nora Vale, is the sister of the Fowler siblings."
    )
    assert READ.cast(text) == {("Ada Wren", "Home and Away", "Nora Vale")}


def test_a_seasoned_actor_who_has_appeared_in_films_such_as() -> None:
    """`He is a seasoned actor who has appeared in films such as Water Rats, Wentworth`."""
    text = (
        "Ben Gale joined the cast of Home and Away. He is a seasoned actor who has appeared in "
        "films such as Water Rats, Wentworth, and Blue Heelers."
    )
    works = ("Water Rats", "Wentworth", "Blue Heelers")
    assert READ.pairs(text) >= {("Ben Gale", work) for work in works}


def test_a_caption_of_a_still_from_a_work() -> None:
    """`Park So-dam (left) and Choi Woo-shik in a still from Parasite.`, `Pyo Ye-jin in a still
    from Taxi Driver season 2.`: the work too, which the page may name nowhere else."""
    text = (
        "Ada Wren is on screens in the hit show Taxi Driver.\n\nAda Wren in a still from Taxi "
        "Driver season 2.\n\nBen Gale (left) and Cara Dunn in a still from Parasite."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Taxi Driver"),
        ("Ben Gale", "Parasite"),
        ("Cara Dunn", "Parasite"),
    }


def test_already_cast_as_the_male_lead_is() -> None:
    """`Already cast as the male lead is Kim Young-dae, the young breakout star of The
    Penthouse`: an actor, not a part, and in the work he is the breakout star of; `Cast as the
    lead is Ben Gale`."""
    text = (
        "Ada Wren stars in the drama Rover. Already cast as the male lead is Ben Gale, the young "
        "breakout star of The Penthouse."
    )
    assert ("Ben Gale", "The Penthouse") in READ.pairs(text)
    short = "Ada Wren stars in the drama Rover. Cast as the lead is Ben Gale."
    assert ("Ben Gale", "Rover") in READ.pairs(short)


def test_a_name_set_off_as_the_character_is_a_part() -> None:
    """`for Han Min-oh, the character stuck in time who will be played by Kim`: the part, not
    the role named earlier in the sentence."""
    text = (
        "Ben Gale is cast in the drama Rover. Ada Wren has been offered the role of Nora Vale, "
        "a woman who loves Tom Hale, the character stuck in time who will be played by Gale."
    )
    assert ("Ben Gale", "Rover", "Tom Hale") in READ.cast(text)


def test_whom_a_director_directed_in_a_film() -> None:
    """`Vinayak previously directed Chiranjeevi in a blockbuster Tagore`, a megastar known by
    one name; not the works a director directed (`who also directed Anaa, and Bin Roye`)."""
    text = (
        "Megastar Chiranjeevi’s 150th film began shooting today. Vinayak previously directed "
        "Chiranjeevi in a blockbuster Tagore which is also a remake."
    )
    assert READ.pairs(text) == {("Chiranjeevi", "Tagore")}
    works = (
        "Ada Wren will play Nell in Sabaat. The drama is directed by Tom Hale who also directed "
        "Anaa, and Bin Roye."
    )
    assert "Bin Roye" not in READ.people(works)


def test_works_a_director_has_also_directed() -> None:
    """`Farooq Rind has also directed Pyar Ke Sadqy and Ishq Zahe Naseeb`, `has previously
    written hit drama serials such as Tum Se Kehna Ta, Kasa-e-Dil, ...`: works, Urdu's "-e-"
    and all; not the people one directed."""
    made = (
        "The drama is directed by Tom Hale. Tom Hale has also directed Pyar Ke Sadqy and Ishq "
        "Zahe Naseeb."
    )
    assert READ.works(made) == {"Pyar Ke Sadqy", "Ishq Zahe Naseeb"}
    written = (
        "The drama is written by Tom Hale who has previously written hit drama serials such as "
        "Kasa-e-Dil, Uraan and Dil-e-Momin."
    )
    assert READ.works(written) == {"Kasa-e-Dil", "Uraan", "Dil-e-Momin"}
    assert READ.works("Nolan has directed Ben Gale and Tom Hale.") == set()


def test_a_list_of_dramas_numbered_with_dashes() -> None:
    """`1- Mushk` over its paragraph, `Pehli se Mohabbat` with Urdu's small word, a drama
    `starring newlywed Sara Khan and Imran Ashraf`."""
    text = (
        "New dramas to release soon\n\n1- Mushk\n\nAda Wren will be returning to television "
        "screens after a while now. The serial looks quite promising and the teaser already "
        "dropped in.\n\n2- Dunk\n\nNell Ford now paired up with the most admired actor of "
        "today and we can't wait to see this beautiful couple on screen.\n\nOther dramas "
        "include Raqs-e-Bismil starring newlywed Ben Gale and Tom "
        "Hale. Another drama serial Pehli se Mohabbat stars Cara Dunn."
    )
    assert {"Mushk", "Raqs-e-Bismil", "Pehli se Mohabbat"} <= READ.works(text)
    assert {("Ben Gale", "Raqs-e-Bismil"), ("Tom Hale", "Raqs-e-Bismil")} <= READ.pairs(text)


def test_after_the_success_of_a_drama() -> None:
    """`After the huge success of Suno Chanda, Farhan Saeed is again set for a romantic-comedy`:
    the work, and the subject in it; not a service (`After the success of Netflix`)."""
    text = "After the huge success of Suno Chanda, Ben Gale is again set for a romantic comedy."
    assert READ.pairs(text) == {("Ben Gale", "Suno Chanda")}
    assert READ.works("After the success of Netflix, Ben Gale said so.") == set()


def test_an_archive_pages_first_review() -> None:
    """`Category Archives: WEST END REVIEWS` then `REVIEW: Richard III – Trafalgar Studios,
    London`: the work; its cast told `in particular A as the Duke of Buckingham and the always
    watchable B`, and a caption `Martin Freeman as Richard III` of its own (not a list's `Yi
    Ch'ang-ho (KOFIC)`); "the 1970’s" is a decade, no event."""
    text = (
        "Category Archives: WEST END REVIEWS\n\nREVIEW: Richard III – Trafalgar Studios, London"
        "\n\nTom Hale’s version of Richard III moves the action to the 1970’s and Britain’s own "
        "winter of discontent.\n\nBen Gale as Richard III\n\nGale is supported by the rest of "
        "the excellent cast, in particular Ada Wren as the Duke of Buckingham and the always "
        "watchable Cara Dunn who delivers a nicely pitched performance as Queen Elizabeth.\n\n"
        "Nell Ford (KOFIC)"
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Richard III", "Richard III"),
        ("Ada Wren", "Richard III", "Duke of Buckingham"),
        ("Cara Dunn", "Richard III", "Queen Elizabeth"),
    }
    assert READ.events(text) == []


def test_a_blogs_review_lines() -> None:
    """`American Idiot` / `Arts Theatre` / `Reviewed on Wednesday 13th July 2016` / `★★★`: each
    line its own, the review's day no event, the theatre no work."""
    text = (
        "Review: American Idiot returns to the Arts Theatre starring Ben Gale\n\n\nAmerican "
        "Idiot\nArts Theatre \nReviewed on Wednesday 13th July 2016\n★★★\n\nFollowing its 2015 "
        "West End run and a UK tour, the production of American Idiot has returned to London."
    )
    assert READ.works(text) == {"American Idiot"}
    assert [date for date, _ in READ.events(text)] == ["2015"]


def test_a_filipino_cast_and_those_joining_it() -> None:
    """`stars Barbie Forteza & Mika dela Cruz as Kara & Mia respectively` (a Filipino name's
    "dela"), `Joining the cast of Kara Mia are A, B & C`."""
    text = (
        "Kara Mia has been trending. The upcoming primetime series stars Ada Wren & Nell dela "
        "Cruz as Kara & Mia respectively. Joining the cast of Kara Mia are Ben Gale, Tom Hale "
        "& Cara Dunn."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Kara Mia", "Kara"),
        ("Nell dela Cruz", "Kara Mia", "Mia"),
        ("Ben Gale", "Kara Mia", None),
        ("Tom Hale", "Kara Mia", None),
        ("Cara Dunn", "Kara Mia", None),
    }


def test_completed_filming_a_makers_film() -> None:
    """`Megastar Amitabh Bachchan has completed filming Shoojit Sircar’s directorial “Piku”`."""
    text = (
        "Big B wraps up ‘Piku’\n\nMegastar Ben Gale has completed filming Tom Hale’s "
        "directorial “Piku”."
    )
    assert READ.pairs(text) == {("Ben Gale", "Piku")}


def test_a_list_of_winners_under_their_names() -> None:
    """`Lamorne Morris` over `When Lamorne Morris took the stage to accept his award ...`:
    a winner's name, no work, so the quotes after it are his."""
    text = (
        "The first-time winners at the 2024 Emmys\n\nAda Wren\n\nAda Wren was so surprised "
        "about her award for best supporting actress that she admitted she hadn't written a "
        "speech.\n\n“Thank you to my husband, he told me to write a speech,” she explained.\n\n"
        "Lamorne Morris\n\nWhen Lamorne Morris took the stage to accept his award for supporting "
        "actor he was quick to thank his mom in his speech.\n\n“I want to thank God for "
        "allowing me to be here,” he began."
    )
    assert READ.works(text) == set()
    assert READ.quotes(text)[-1] == (
        "Lamorne Morris",
        "I want to thank God for allowing me to be here,",
    )


def test_her_portrayal_of_a_part_on_a_show_before_her_name() -> None:
    """`In her second year in a row being nominated for her portrayal of Princess Diana on The
    Crown, Elizabeth Debicki took home the award`: the name after the opening clause."""
    text = (
        "In her second year in a row being nominated for her portrayal of Princess Diana on The "
        "Crown, Ada Wren took home the award for supporting actress."
    )
    assert READ.cast(text) == {("Ada Wren", "The Crown", "Princess Diana")}


def test_joining_a_star_known_by_her_first_name() -> None:
    """`They will join Rachel, Bradley Cooper and Emma Stone`: a fan site's name for its star,
    no work they join (`Ben Gale will join Rover, the new drama` is one)."""
    text = (
        "Ada Wren is joining the untitled Cameron Crowe film. They will join Rachel, Ben Gale "
        "and Cara Dunn."
    )
    assert "Rachel" not in READ.works(text)
    assert "Rover" in READ.works("Ben Gale will join Rover, the new drama from the BBC.")
