"""One short sentence per pattern of cast credits in published articles."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import DateValue

PUB = DateValue(2020, 5, 4)


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}


def test_a_review_heading_under_its_dateline_is_the_work() -> None:
    text = (
        "Monday, May 2, 2016\n\nStar Harbor (♦♦♦♦)\n\nStar Harbor is a fun sequel. "
        "Ada Wren as Nell, Tom Hale as Kit, and Bo Lind as Pip all reprise their roles."
    )
    assert _cast(text) == {
        ("Ada Wren", "Star Harbor", "Nell"),
        ("Tom Hale", "Star Harbor", "Kit"),
        ("Bo Lind", "Star Harbor", "Pip"),
    }


def test_a_heading_the_next_paragraph_calls_a_film() -> None:
    text = (
        "Sunday, November 2, 2025\n\nIt was Only a Dream\n\nThis new Iranian film was shot "
        "in secret. Ada Wren stars as Nell. He enlists Tom Hale as Kit, Bo Lind as Pip."
    )
    assert _cast(text) == {
        ("Ada Wren", "It was Only a Dream", "Nell"),
        ("Tom Hale", "It was Only a Dream", "Kit"),
        ("Bo Lind", "It was Only a Dream", "Pip"),
    }


def test_a_review_heading_names_the_work() -> None:
    text = "Star Harbor review\n\nIt is a comedy about a wife (Ada Wren) and her co-star."
    assert ("Ada Wren", "Star Harbor", None) in _cast(text)


def test_a_headline_under_a_dateline_is_no_title() -> None:
    text = "Monday, May 2, 2016\n\nAda Wren joins Star Harbor\n\nTom Hale as Kit is fun."
    assert all(work != "Ada Wren joins Star Harbor" for _, work, _ in _cast(text))


def test_a_title_with_its_year_and_a_franchise_is_no_work() -> None:
    text = (
        "The Harbor franchise began with Harbor Days (2001), starring Ada Wren. "
        "Harbor Nights (2013) features Tom Hale and centers on Kit Moss (Bo Lind). "
        "The prequel included Cy Roe as fellow student Nell Park."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", None),
        ("Tom Hale", "Harbor Nights", None),
        ("Bo Lind", "Harbor Nights", "Kit Moss"),
        ("Cy Roe", "Harbor Nights", "Nell Park"),
    }


def test_a_surname_in_parentheses_is_the_actor_of_the_part_before_it() -> None:
    text = "Harbor Days (2001) stars Ada Wren. It brings back Nell Park (Wren) as a student."
    assert ("Ada Wren", "Harbor Days", "Nell Park") in _cast(text)


def test_works_in_parentheses_after_actors_names() -> None:
    text = (
        "Ada Wren has signed on to join the cast of Harbor Days. She joins Tom Hale "
        "(Booksmart), Bo Lind (Star Trek: Discovery) and Cy Roe (Ugly Days and Devious Nights). "
        "Hale will play Kit."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Harbor Days", None),
        ("Tom Hale", "Booksmart", None),
        ("Bo Lind", "Star Trek: Discovery", None),
        ("Cy Roe", "Ugly Days", None),
        ("Cy Roe", "Devious Nights", None),
        ("Tom Hale", "Harbor Days", "Kit"),
    }


def test_a_lone_word_in_parentheses_is_a_part() -> None:
    text = "Harbor Days (2001) stars Ada Wren (Nell)."
    assert _cast(text) == {("Ada Wren", "Harbor Days", "Nell")}


def test_a_relative_clause_with_commas_before_the_cast_verb() -> None:
    text = (
        "Ada Wren, Tom Hale, who played the younger versions of Bo, Cy and Di, are coming "
        "back for the sequel of “Harbor Days”."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Harbor Days sequel", None),
        ("Tom Hale", "Harbor Days sequel", None),
    }


def test_the_next_sentence_goes_on_with_the_cast_of_the_same_work() -> None:
    text = (
        "Ada Wren will appear in the “Harbor Days” sequel. Cy Roe is coming back for the "
        "sequel. He will be joined by veteran actors Tom Hale and Bo Lind."
    )
    assert ("Tom Hale", "Harbor Days sequel", None) in _cast(text)


def test_signed_up_to_the_forthcoming_film_of_a_sequel() -> None:
    text = (
        "Ada Wren will appear in the “Harbor Days” sequel. "
        "The original was a hit. Tom Hale and Bo Lind have also signed up to the forthcoming film."
    )
    assert ("Bo Lind", "Harbor Days sequel", None) in _cast(text)


def test_to_reprise_a_role_and_the_title_role_and_nabbing_a_role() -> None:
    text = (
        "Ada Wren has said she is excited to reprise her role as Nell in “Harbor Days”. "
        "Tom Hale will lead the comedy Rosa Rising, with Hale taking on the title role. "
        "Bo Lind also joined the cast of Rosa Rising, nabbing the role of soldier Dario."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Harbor Days", "Nell"),
        ("Tom Hale", "Rosa Rising", "Rosa Rising"),
        ("Bo Lind", "Rosa Rising", "Dario"),
    }


def test_in_talks_to_join_a_cast_and_sees_x_as_y() -> None:
    text = (
        "Actor Ada Wren is in talks to join Tom Hale and Bo Lind in origin tale “Harbor”, "
        "formerly titled “Harbor: Year Zero”, which sees Hale as a young Prince Kit."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor", None),
        ("Tom Hale", "Harbor", "Prince Kit"),
        ("Bo Lind", "Harbor", None),
    }


def test_a_list_with_a_title_and_part_of_the_cast() -> None:
    text = (
        "Jo Reyes is directing “Harbor Days” with Ada Wren and Cy Smit-McPhee. "
        "Tom Hale will also be part of the cast for season 2 of Harbor Nights."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", None),
        ("Cy Smit-McPhee", "Harbor Days", None),
        ("Tom Hale", "Harbor Nights", None),
    }


def test_won_the_titular_role() -> None:
    text = "Ada Wren last week won the coveted titular role in the adaptation of “Harbor Days”."
    assert _cast(text) == {("Ada Wren", "Harbor Days", "Harbor Days")}


def test_a_round_up_section_heading_with_its_channel_is_the_work() -> None:
    text = (
        "Casting news of the week.\n\nHarbor Days – Netflix\n\nIt is a thriller. "
        "A teenage girl, Nell (Ada Wren), is kidnapped.\n\n"
        "Kit Can F*** Off – AMC\n\nTom Hale will play Kit Moss, a chef."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", "Nell"),
        ("Tom Hale", "Kit Can F*** Off", "Kit Moss"),
    }


def test_landed_a_role_and_taking_the_named_role() -> None:
    text = (
        "Ada Wren has landed another role, the female lead in the comedy “Harbor Days” "
        "starring Tom Hale. Hale is taking the Kit Moss role."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", None),
        ("Tom Hale", "Harbor Days", "Kit Moss"),
    }


def test_the_adaptation_of_a_one_word_title() -> None:
    text = "Ada Wren won the titular role in the live-action adaptation of “Cinderella”."
    assert _cast(text) == {("Ada Wren", "Cinderella", "Cinderella")}


def test_a_list_of_the_works_a_person_had_turns_in() -> None:
    text = (
        "Ada Wren has joined the cast of “Harbor Days”. She also had turns in Night Boat Home "
        "and The Long Goodbye, and was praised for her work in both The Red Door and Blue Moon "
        "Rising."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", None),
        ("Ada Wren", "Night Boat Home", None),
        ("Ada Wren", "The Long Goodbye", None),
        ("Ada Wren", "The Red Door", None),
        ("Ada Wren", "Blue Moon Rising", None),
    }


def test_the_sequel_to_a_numbered_title_is_that_title() -> None:
    text = "Ada Wren is starring in the sequel to Harbor Days 2. She will be back as Nell."
    assert _cast(text) == {("Ada Wren", "Harbor Days 2", "Nell")}


def test_an_article_that_gives_works_in_parentheses_does_so_throughout() -> None:
    text = (
        "Harbor Days (2001) stars Ada Wren (The Long Goodbye).\n\n"
        "Nell Park (Wren) is a nurse. Kit is played by Tom Hale (Dough), who is fine."
    )
    assert _cast(text) >= {
        ("Ada Wren", "The Long Goodbye", None),
        ("Tom Hale", "Dough", None),
    }
    assert all(work != "Wren" for _, work, _ in _cast(text))


def test_parts_with_descriptions_initials_nicknames_and_described_actors() -> None:
    text = (
        "Harbor Days (2013) brings back Bo “Big” Lind (Wren) after Ada Wren starred in it. "
        "It stars Tom Hale as Greek Council president Kit J. Moss III. "
        "It has a romance with Chopper (series regular Cy Roe)."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Harbor Days", "Bo Lind"),
        ("Tom Hale", "Harbor Days", "Kit J. Moss III"),
        ("Cy Roe", "Harbor Days", "Chopper"),
    }


def test_a_quoted_title_before_actor_is_the_actors_other_work() -> None:
    text = (
        "Ada Wren will lead “Harbor Days”. “Night Boat” actor Tom Hale has been cast as "
        "her Prince Kit in “Harbor Days”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", None),
        ("Tom Hale", "Night Boat", None),
        ("Tom Hale", "Harbor Days", "Prince Kit"),
    }


def test_her_co_star_in_parentheses() -> None:
    text = "Harbor Days review\n\nA wife (Ada Wren) falls for her co-star (Tom Hale) in London."
    assert _cast(text) >= {("Tom Hale", "Harbor Days", None)}


def test_cast_in_an_adaptation_of_a_writers_book_and_the_paragraph_goes_on() -> None:
    text = (
        "Ada Wren will star in Night Boat.\n\n"
        "Tom Hale has been cast in the adaptation of author Jo Reyes’s The Long Goodbye. "
        "The thriller stars Bo Lind and Cy Roe. The idea came from Jo Reyes. "
        "It follows an architect, Kit Moss (Lind), and Di Fox also stars as a friend of Roe’s "
        "character."
    )
    assert _cast(text) == {
        ("Ada Wren", "Night Boat", None),
        ("Tom Hale", "The Long Goodbye", None),
        ("Bo Lind", "The Long Goodbye", "Kit Moss"),
        ("Cy Roe", "The Long Goodbye", None),
        ("Di Fox", "The Long Goodbye", None),
    }


def test_the_film_out_in_a_year_is_not_the_coming_sequel() -> None:
    text = (
        "Ada Wren is coming back for the sequel of “Harbor Days”. "
        "Tom Hale played a pilot, Kit, in the 2017 film."
    )
    assert ("Tom Hale", "Harbor Days", "Kit") in _cast(text)


def test_on_board_for_which_includes_and_lent_a_voice() -> None:
    text = (
        "Ada Wren is still on board for a Harbor Days reboot. Hulu added cast members to "
        "the series Night Boat, which includes Tom Hale (The Long Goodbye). The actor also "
        "lent his voice to a character called Flop in the animation Blue Moon."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Harbor Days", None),
        ("Tom Hale", "Night Boat", None),
        ("Tom Hale", "Blue Moon", "Flop"),
    }


def test_a_franchise_is_no_credits_work_under_a_heading() -> None:
    text = (
        "Casting news.\n\nThe Hunter – Disney +\n\nThe famous Star Wars bounty hunter will be "
        "back.\n\nHe is played by Ada Wren. She is no stranger to the Star Wars universe."
    )
    assert _cast(text) == {("Ada Wren", "The Hunter", None)}


def test_returning_for_a_revival_with_a_subtitle() -> None:
    text = (
        "The revival is titled Harbor Days: New Blood. Ada Wren starred in Harbor Days for "
        "years. Wren's character is not the only one to come back, as the Trinity Killer, "
        "who was played by Tom Hale, is also set to return."
    )
    assert _cast(text) >= {
        ("Tom Hale", "Harbor Days", "the Trinity Killer"),
        ("Tom Hale", "Harbor Days: New Blood", "the Trinity Killer"),
    }


def test_a_heading_with_a_dash_but_no_channel_is_no_work() -> None:
    text = "Ada Wren – Interview\n\nTom Hale plays Kit in the film Harbor Days."
    assert _cast(text) == {("Tom Hale", "Harbor Days", "Kit")}


def test_known_for_her_roles_and_her_credits_include() -> None:
    text = (
        "Ada Wren is best known for her roles in Night Boat and The Long Goodbye. "
        "Tom Hale joins her; his credits include Blue Moon Rising."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Night Boat", None),
        ("Ada Wren", "The Long Goodbye", None),
        ("Tom Hale", "Blue Moon Rising", None),
    }


def test_casting_news_verbs_before_a_part() -> None:
    text = (
        "Ada Wren has been tapped to play Nell Park in “Harbor Days”. Tom Hale landed the "
        "role of Kit in “Harbor Days”. Bo Lind will portray Pip in “Harbor Days”, and Cy Roe "
        "is reprising the role of Di in “Harbor Days”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", "Nell Park"),
        ("Tom Hale", "Harbor Days", "Kit"),
        ("Bo Lind", "Harbor Days", "Pip"),
        ("Cy Roe", "Harbor Days", "Di"),
    }


def test_a_possessive_names_whose_film_credits_they_are() -> None:
    text = "Ada Wren joins Tom Hale. Hale's film credits include Night Boat and The Long Goodbye."
    assert _cast(text) >= {
        ("Tom Hale", "Night Boat", None),
        ("Tom Hale", "The Long Goodbye", None),
    }


def test_an_earlier_part_told_with_an_adverb_or_without_its_name() -> None:
    text = (
        "Ada Wren stars in Glass House. Wren previously played Queen Nell in The Old Crown. "
        "She also played the queen's sister in Harbor Lights."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", None),
        ("Ada Wren", "The Old Crown", "Queen Nell"),
        ("Ada Wren", "Harbor Lights", None),
    }


def test_a_work_someone_rose_to_fame_in_is_theirs_and_their_co_stars() -> None:
    text = "Tom Hale stars in Glass House. Hale rose to fame in Normal Days, opposite Bo Lind."
    facts = extract(text, published=PUB).facts
    assert {w.title for w in facts.works} == {"Glass House", "Normal Days"}
    assert ("Bo Lind", "Normal Days", None) in _cast(text)
    assert ("Bo Lind", "Glass House", None) not in _cast(text)


def test_what_a_creator_is_best_known_for_are_works_but_no_parts() -> None:
    text = "The series Glass House is made by Ada Wren, best known for Happy Vale and Gentle Jack."
    facts = extract(text, published=PUB).facts
    assert {w.title for w in facts.works} == {"Glass House", "Happy Vale", "Gentle Jack"}
    assert facts.cast == ()


def test_a_part_on_a_channels_show() -> None:
    text = "Tom Hale has been busy, playing the mayor Kit Moss on HBO’s Harbor Lights."
    assert _cast(text) == {("Tom Hale", "Harbor Lights", "Kit Moss")}


def test_a_show_that_ends_the_clause_before_said_is_no_speaker() -> None:
    text = "Ada Wren, who plays Nell Ford on Glass House, said the final season is sad."
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell Ford")}


def test_an_age_between_a_name_and_its_part() -> None:
    text = "Ada Wren, 48, who plays Nell Ford in Glass House, said it is sad."
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell Ford")}


def test_the_verb_after_a_relative_clause_is_its_subjects() -> None:
    text = (
        "Ada Wren is back in the 2016 comedy Glass House. Wren, who starred in the film "
        "alongside Bo Lind, will reprise her role as single mother Nell."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell"), ("Bo Lind", "Glass House", None)}


def test_a_subject_described_not_named() -> None:
    text = (
        "Ada Wren is not ready to return. The actress, who played Nell Ford on Glass House "
        "from 1997 to 2003, spoke at a premiere."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell Ford")}


def test_a_captions_sides_and_a_service_in_parentheses_are_no_parts() -> None:
    text = (
        "The series Glass House returns. Ada Wren (L) and Tom Hale (R) at the premiere. "
        "Bo Lind (Netflix) said she was thrilled. Kit Moss (Castiel) will be around."
    )
    assert _cast(text) == {("Kit Moss", "Glass House", "Castiel")}


def test_a_cast_named_before_the_work_the_story_names_again() -> None:
    text = (
        "Ada Wren leads the new series, which also stars Tom Hale and Bo Lind.\n\n"
        "Kit Moss is escaping “The Long Watch” for a new role, as she has joined “Glass House.” "
        "“Glass House” starts filming in May."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Glass House", None), ("Tom Hale", "Glass House", None)} <= cast
    assert all(work != "The Long Watch" for person, work, _ in cast if person != "Kit Moss")


def test_a_work_a_headline_names_once_stays_the_storys() -> None:
    text = (
        "Ada Wren joins “The Long Watch”\n\n“Glass House” made Wren famous. “Glass House” "
        "still airs on Sundays. She is happy.\n\nTom Hale also stars."
    )
    assert ("Tom Hale", "The Long Watch", None) in _cast(text)


def test_a_first_work_named_again_stays_the_storys() -> None:
    text = (
        "Ada Wren leads “Rover,” which also stars Tom Hale. Wren starred in “Glass House” "
        "and “Glass House 2.” “Rover” airs in May; “Glass House” aired in 2010."
    )
    assert ("Tom Hale", "Rover", None) in _cast(text)


def test_a_given_name_joined_by_a_hyphen() -> None:
    text = "“Glass House” is back. Emmy-winning “Rover Nights” star Lee Min-jae joins it."
    assert ("Lee Min-jae", "Rover Nights", None) in _cast(text)


def test_a_compound_after_a_name_is_no_part_of_it() -> None:
    text = "“Glass House” stars Ada Wren. Tom Hale Seoul-born and bred, joins the cast."
    assert {person for person, _, _ in _cast(text)} >= {"Ada Wren"}
    assert all("-" not in person for person, _, _ in _cast(text))


def test_a_gallerys_heading_names_the_show_the_part_and_the_actor() -> None:
    text = (
        "Fall TV’s newcomers, in photos.\n\nHarbor P.D.: Officer Nell Ford (Ada Wren)\n\n"
        "The precinct gains a new officer this fall."
    )
    assert _cast(text) == {("Ada Wren", "Harbor P.D.", "Officer Nell Ford")}


def test_a_heading_with_a_colon_and_no_actor_in_parentheses_credits_nobody() -> None:
    text = "Harbor Lights: Season 2 (Netflix)\n\nThe show “Harbor Lights” returns with Ada Wren."
    assert all(role is None for _, _, role in _cast(text))


def test_a_photo_credit_ends_a_captions_title() -> None:
    text = "Ada Wren as Nell in Glass House Kit Moss/Netflix\n\nWren returns in May."
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell")}


def test_parts_named_after_their_actors_possessives() -> None:
    text = (
        "“Glass House” returns for its third season without two of its firefighters: "
        "Ada Wren‘s Nell Ford and Tom Hale’s Kit Moss."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", "Nell Ford"),
        ("Tom Hale", "Glass House", "Kit Moss"),
    }


def test_makers_possessives_are_no_parts() -> None:
    text = (
        "Ada Wren stars in “Glass House.” She grew up on Steven Spielberg’s Jaws, "
        "Martin Scorsese’s Taxi Driver and Francis Coppola’s Apocalypse Now."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", None)}


def test_an_actor_in_square_brackets_after_a_part_in_a_quote() -> None:
    text = (
        "“Glass House” returns in May. “Nell will be a challenge to Kidd [Ada Wren], "
        "his new lieutenant,” said Tom Hale."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", "Kidd")}


def test_a_pronoun_or_a_surname_in_square_brackets_is_no_part() -> None:
    text = (
        "“Glass House” returns in May. “She [Ada Wren] is great, and Tom [Hale] too, "
        "and Netflix [Glass House] knows it,” said Bo Lind."
    )
    assert _cast(text) == set()


def test_a_whole_cast_named_with_no_casting_verb() -> None:
    text = (
        "The original cast of “Glass House” — Ada Wren, Tom Hale and Bo Lind — reunite for "
        "a special. Returning cast members include Kit Moss and Cy Roe. "
        "Nell Ford and Pip Lane will also appear in “Glass House.”"
    )
    assert {person for person, work, _ in _cast(text) if work == "Glass House"} == {
        "Ada Wren",
        "Tom Hale",
        "Bo Lind",
        "Kit Moss",
        "Cy Roe",
        "Nell Ford",
        "Pip Lane",
    }


def test_a_cast_back_for_a_sequel_and_back_together() -> None:
    text = (
        "Ada Wren, Tom Hale and Bo Lind will be back for the “Glass House” sequel. "
        "The “Rover Nights” cast — Kit Moss and Cy Roe — got back together in May."
    )
    cast = _cast(text)
    assert ("Bo Lind", "Glass House sequel", None) in cast
    assert ("Cy Roe", "Rover Nights", None) in cast


def test_reuniting_with_someone_or_appearing_in_a_place_is_no_credit() -> None:
    text = (
        "Ada Wren stars in “Glass House.” Wren reunited with her sister Bo Lind in Paris. "
        "She appeared in Rome with Tom Hale."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", None)}


def test_unquoted_shows_of_a_casting_round_up() -> None:
    text = (
        "Here is the latest casting news for Once Upon a Time, Glass House, Harbor and more.\n\n"
        "Ada Wren as a new love interest on Bates Motel: We all know Wren from Alias. She "
        "will play a divorced woman named Nell, according to TVLine. Also joining Bates Motel "
        "is Tom Hale in a recurring role as Kit Moss."
    )
    facts = extract(text, published=PUB).facts
    assert {w.title for w in facts.works} >= {"Once Upon a Time", "Glass House", "Bates Motel"}
    assert {(c.person, c.work, c.role) for c in facts.cast} == {
        ("Ada Wren", "Bates Motel", "Nell"),
        ("Tom Hale", "Bates Motel", "Kit Moss"),
    }


def test_a_guest_on_a_show_plays_no_part_named_like_it() -> None:
    text = "She was a guest on Monday. Ada Wren appeared as a guest on Harbor Lights."
    assert _cast(text) == {("Ada Wren", "Harbor Lights", None)}


def test_a_slides_heading_under_its_number_is_the_work() -> None:
    text = (
        "1 of 2\nThe Glass Harbor\nTom Hale returns as Kit Moss.\n1 of 2\n2 of 2\n"
        "The Rover Nights\nAda Wren plays Nell in it."
    )
    assert _cast(text) == {
        ("Tom Hale", "The Glass Harbor", "Kit Moss"),
        ("Ada Wren", "The Rover Nights", "Nell"),
    }


def test_a_star_heading_a_galleries_slide_is_no_work() -> None:
    text = (
        "1 of 2\nAda Wren\nWren stars in the film Glass Harbor.\n1 of 2\n2 of 2\n"
        "Tom Hale\nHale plays Kit in the film Rover Nights."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass Harbor", None),
        ("Tom Hale", "Rover Nights", "Kit"),
    }


def test_a_shows_last_word_stands_for_it() -> None:
    text = "“The Harbor Walking Dead” returns. Tom Hale is back as Kit for season 5 of Dead."
    assert _cast(text) == {("Tom Hale", "The Harbor Walking Dead", "Kit")}


def test_a_last_word_two_titles_share_stands_for_neither() -> None:
    text = (
        "“The Harbor Walking Dead” and “The Evil Dead” return. "
        "Tom Hale is back as Kit for season 5 of Dead."
    )
    assert ("Tom Hale", "Dead", "Kit") in _cast(text)


def test_a_part_after_a_cast_members_possessive() -> None:
    text = (
        "“Glass House” returns. Tom Hale stars in it. A running gag was about the hamster "
        "Tom Hale's Crowley kept last season."
    )
    assert _cast(text) == {("Tom Hale", "Glass House", "Crowley")}


def test_a_makers_possessive_alone_is_no_part() -> None:
    text = (
        "“Glass House” returns this season. Ada Wren stars in it. She loves Steven "
        "Spielberg's Jaws, and the cast watched Kit Moss's Harbor last season."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", None)}


def test_works_quoted_after_of_a_name_are_its_own() -> None:
    text = (
        "“Glass House” begins filming. Ada Wren of “Rover Nights” and “The Long Watch” "
        "has also been added to the cast."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", None),
        ("Ada Wren", "Rover Nights", None),
        ("Ada Wren", "The Long Watch", None),
    }


def test_of_a_quoted_title_after_no_name_credits_nobody_in_it() -> None:
    text = "Ada Wren stars in “Glass House,” an adaptation of “The Long Watch.”"
    assert _cast(text) == {("Ada Wren", "Glass House", None)}


def test_a_photos_caption_names_the_cast_of_a_work() -> None:
    text = (
        "Ada Wren stars in the film The Long Watch.\n\n"
        "Tom Hale and Bo Lind in THE LONG WATCH ©Harbor Pictures\n\n"
        "Kit Moss in Paris\n\nIt opens in May."
    )
    assert _cast(text) == {
        ("Ada Wren", "The Long Watch", None),
        ("Tom Hale", "The Long Watch", None),
        ("Bo Lind", "The Long Watch", None),
    }


def test_a_part_in_a_romance_with_another_part() -> None:
    text = (
        "Tom Hale starred in “Glass House.” He spent years as Kit Moss, in a romance with "
        "Nell Ford (Ada Wren)."
    )
    assert ("Ada Wren", "Glass House", "Nell Ford") in _cast(text)


def test_family_named_by_their_parts_with_actors_in_parentheses() -> None:
    text = (
        "Ada Wren stars in “Glass House.” Her mom Nell Ford (Bo Lind) and dad Kit Ford "
        "(Tom Hale) are back too, as is her best friend Pip Lane (Cy Roe)."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", None),
        ("Bo Lind", "Glass House", "Nell Ford"),
        ("Tom Hale", "Glass House", "Kit Ford"),
        ("Cy Roe", "Glass House", "Pip Lane"),
    }


def test_a_franchise_named_again_is_not_the_storys_work() -> None:
    text = (
        "Ada Wren leads the new series, which also stars Tom Hale.\n\nIt is set in the "
        "“Star Harbor” era, decades before the “Star Harbor” canon. “Glass Harbor” films in May."
    )
    assert _cast(text) == {("Ada Wren", "Glass Harbor", None), ("Tom Hale", "Glass Harbor", None)}


def test_an_actors_earlier_work_told_in_passing() -> None:
    text = (
        "Ada Wren joins “Glass House.” We all know Wren from “Rover Nights.” She recently "
        "starred on “The Long Watch.” Tom Hale, best known for his role in “Harbor Days,” "
        "joins too. Bo Lind rose to fame on “Star Harbor.”"
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", None),
        ("Ada Wren", "Rover Nights", None),
        ("Ada Wren", "The Long Watch", None),
        ("Tom Hale", "Harbor Days", None),
        ("Bo Lind", "Star Harbor", None),
    }


def test_a_quote_after_from_or_a_stage_names_no_earlier_work() -> None:
    text = (
        "Ada Wren joins “Glass House.” I know Tom Hale from “Rover Nights,” she said. "
        "She recently starred on Broadway. She is known for her activism."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", None)}


def test_a_part_named_like_a_person_before_played_by() -> None:
    text = (
        "Ada Wren stars in “Glass House.” Robin Hood will be played by Tom Hale. "
        "She is paired with Nell Ford, played by Bo Lind, this season."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", None),
        ("Tom Hale", "Glass House", "Robin Hood"),
        ("Bo Lind", "Glass House", "Nell Ford"),
    }


def test_a_cast_named_after_the_verb() -> None:
    text = (
        "“Glass House” returns in May. Joining Ada Wren are Tom Hale and Bo Lind. "
        "Rounding out the cast are Kit Moss and Cy Roe. The ensemble also includes Nell Ford. "
        "Its line-up: Pip Lane and Jo Marsh."
    )
    assert {person for person, _, _ in _cast(text)} == {
        "Tom Hale",
        "Bo Lind",
        "Kit Moss",
        "Cy Roe",
        "Nell Ford",
        "Pip Lane",
        "Jo Marsh",
    }


def test_people_joining_someone_at_an_event_are_no_cast() -> None:
    text = "“Glass House” returns in May. Joining her at the gala are Tom Hale and Bo Lind."
    assert _cast(text) == set()


def test_a_part_taken_over_or_voiced() -> None:
    text = (
        "“Glass House” returns in May. Tom Hale takes over the role of Kit from Bo Lind. "
        "Ada Wren replaces Cy Roe as Nell. Jo Marsh lends her voice to Pip. "
        "Kit Moss will appear as Ray."
    )
    assert _cast(text) == {
        ("Tom Hale", "Glass House", "Kit"),
        ("Ada Wren", "Glass House", "Nell"),
        ("Cy Roe", "Glass House", "Nell"),
        ("Jo Marsh", "Glass House", "Pip"),
        ("Kit Moss", "Glass House", "Ray"),
    }


def test_a_clause_that_ends_inside_quote_marks_names_earlier_work() -> None:
    text = (
        "The “Glass House” cast has added another name for season 2. Tom Hale, who is known "
        "for his work on “Rover Nights” and “Harbor Days,” has been tapped to play a recurring "
        "role. Hale will portray Kit Moss, a father."
    )
    assert _cast(text) == {
        ("Tom Hale", "Glass House", "Kit Moss"),
        ("Tom Hale", "Rover Nights", None),
        ("Tom Hale", "Harbor Days", None),
    }


def test_initials_for_a_first_name_and_stepping_into_a_role() -> None:
    text = (
        "The series “Glass House” adds two for season 2. R.J. Hale is stepping into the "
        "role of Kit, and the U.S. Army base is its setting."
    )
    assert _cast(text) == {("R.J. Hale", "Glass House", "Kit")}


def test_a_part_told_after_an_actors_other_work_in_parentheses() -> None:
    text = (
        "The series “Glass House” adds Ada Wren for season 2. "
        "Wren (Supergirl) will be playing a new character Nell."
    )
    assert ("Ada Wren", "Glass House", "Nell") in _cast(text)


def test_a_round_ups_item_heading_names_its_show_for_short() -> None:
    text = (
        "Casting news for Glass House, Parks and Recreation, Rover and more.\n\n"
        "The Fonz is back on Parks and Rec: That’s right, Tom Hale is set to guest star."
    )
    assert _cast(text) == {("Tom Hale", "Parks and Recreation", None)}


def test_a_title_with_a_subtitle_inside_a_paragraph_is_whole() -> None:
    text = (
        "Ada Wren stars in the film Harbor Days. (That is no diss on Harbor Days II: Season "
        "of the Witch, which is fun.)"
    )
    assert _titles_of(text) >= {"Harbor Days"}
    assert "Harbor Days II" not in _titles_of(text)


def _titles_of(text: str) -> set[str]:
    return {w.title for w in extract(text, published=PUB).facts.works}


def test_a_verb_past_a_parenthesis_is_not_the_names_inside_it() -> None:
    text = (
        "Most of the original cast of “Glass House” (Ada Wren will play Nell, whose original "
        "actor Tom Hale died in 2005) has reunited for the special."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell")}


def test_a_return_told_with_no_part() -> None:
    text = (
        "“Glass House” returns in May. The show's star, Ada Wren, is back. Tom Hale is also "
        "set to return. Bo Lind and Cy Roe will all return for the finale. Kit Moss is "
        "reprising the role."
    )
    assert {person for person, _, _ in _cast(text)} == {
        "Ada Wren",
        "Tom Hale",
        "Bo Lind",
        "Cy Roe",
        "Kit Moss",
    }


def test_returning_to_a_place_is_no_return_to_a_work() -> None:
    text = "“Glass House” returns in May. Ada Wren is expected to return to London this week."
    assert _cast(text) == set()


def test_two_actors_each_with_a_clause_naming_a_part() -> None:
    text = (
        "“Glass House” returns in May. Ada Wren, who plays Nell, and Tom Hale, who plays Kit, "
        "are back."
    )
    assert _cast(text) == {("Ada Wren", "Glass House", "Nell"), ("Tom Hale", "Glass House", "Kit")}


def test_a_list_of_names_then_a_clause_with_their_parts() -> None:
    text = (
        "“Glass House” returns in May. Ada Wren and Tom Hale, who play Nell and Kit Moss, are back."
    )
    assert _cast(text) == {
        ("Ada Wren", "Glass House", "Nell"),
        ("Tom Hale", "Glass House", "Kit Moss"),
    }


def test_the_end_of_a_franchises_name_is_no_part_played_by() -> None:
    text = (
        "Kit Moss will appear in the second season of “Glass House.” The famous Star Harbor "
        "bounty hunter will be played by Tom Hale."
    )
    assert ("Tom Hale", "Glass House", None) in _cast(text)
    assert all(role != "Harbor" for _, _, role in _cast(text))


def test_a_newcomer_takes_the_part_of_the_cast_member_they_replace() -> None:
    text = (
        "“Glass House” returns in May. Tom Hale, who played Kit Moss, is being replaced by "
        "Bo Lind. The director was replaced by Cy Roe."
    )
    assert _cast(text) == {
        ("Tom Hale", "Glass House", "Kit Moss"),
        ("Bo Lind", "Glass House", "Kit Moss"),
    }


def test_a_couple_reuniting_is_no_cast() -> None:
    text = (
        "“Glass House” premieres in May. "
        "Tom Hale and Bo Lind reunite for the first time since their divorce."
    )
    assert _cast(text) == set()


def test_a_guest_spot_a_new_face_or_a_job_is_no_part() -> None:
    text = (
        "“Glass House” premieres in May. Tom Hale will appear as a guest on the Tonight Show. "
        "Bo Lind replaced Cy Roe as the new face of Chanel. "
        "Kit Moss is stepping into the role of Netflix CEO in June."
    )
    assert _cast(text) == set()


def test_a_showrunners_works_after_of_are_no_credits() -> None:
    text = "The new series “Glass House” comes from showrunner Tom Hale of “Rover” and “Gone.”"
    assert _cast(text) == set()


def test_a_festivals_line_up_and_a_stars_parents_are_no_cast() -> None:
    text = (
        "“Glass House” returns in May. The festival's line-up includes Tom Hale and Bo Lind. "
        "Joining Wren are her parents, Kit Moss and Cy Roe."
    )
    assert _cast(text) == set()


def test_a_list_of_makers_possessives_in_a_shows_sentence_is_no_parts() -> None:
    text = (
        "“Glass House” returns in May. The show's creators grew up on Martin Scorsese's "
        "Taxi Driver, Steven Spielberg's Jurassic Park and Ridley Scott's Black Rain."
    )
    assert _cast(text) == set()


def test_a_first_name_or_a_pronoun_made_plain_in_brackets_is_no_part() -> None:
    text = (
        "“Glass House” returns in May. “Working with Jen [Jennifer Aniston] was a dream,” "
        "he said. “Him [Tom Hale] and me go way back,” she said."
    )
    assert _cast(text) == set()


def test_a_label_before_a_heading_is_no_title_and_a_title_no_actor() -> None:
    text = "Exclusive: Tom Hale (Harbor Lights)\n\nTom Hale talks about “Harbor Lights.”"
    assert _cast(text) == set()
    assert "Exclusive" not in {w.title for w in extract(text, published=PUB).facts.works}


def test_a_quoted_title_is_no_short_form_of_a_longer_one() -> None:
    text = "Tom Hale starred in “Spider-Man” in 2002. Bo Lind starred in “The Amazing Spider-Man.”"
    assert _cast(text) == {
        ("Tom Hale", "Spider-Man", None),
        ("Bo Lind", "The Amazing Spider-Man", None),
    }


def test_a_headline_ending_in_a_cue_does_not_make_the_next_name_a_part() -> None:
    text = "Ada Wren to play outlaw\n\nAda Wren is set to play outlaw Belle Starr in “Harbor Days”."
    assert _cast(text) == {("Ada Wren", "Harbor Days", "Belle Starr")}


def test_a_part_opening_with_a_rank() -> None:
    text = "The show “Harbor Days” adds a doctor. Ada Wren will play Dr. Amy Ross, a surgeon."
    assert _cast(text) == {("Ada Wren", "Harbor Days", "Dr. Amy Ross")}


def test_voices_a_part_and_a_hyphened_description() -> None:
    text = (
        "“Harbor Days” opens in June. Tom Hale voices Barnaby, a grumpy badger. "
        "Ada Wren portrays real-life jazz great Nell Cole."
    )
    assert _cast(text) == {
        ("Tom Hale", "Harbor Days", "Barnaby"),
        ("Ada Wren", "Harbor Days", "Nell Cole"),
    }


def test_voiced_concerns_or_support_is_no_part() -> None:
    text = (
        "“Harbor Days” opens in June. Tom Hale voiced his support for Bo Lind. "
        "Ada Wren and Cy Roe voiced concerns about it."
    )
    assert _cast(text) == set()


def test_a_review_praises_a_performance_as_a_part() -> None:
    text = "“Harbor Days” is gripping. Ada Wren shines as Nell; Tom Hale is terrific as Kit."
    assert _cast(text) == {("Ada Wren", "Harbor Days", "Nell"), ("Tom Hale", "Harbor Days", "Kit")}


def test_praise_with_no_part_named_is_no_credit() -> None:
    text = "“Harbor Days” is gripping. Tom Hale is terrific as always; Ada Wren shines as a host."
    assert _cast(text) == set()


def test_returns_as_a_job_is_no_credit() -> None:
    text = "“Harbor Days” is back. Tom Hale returns as showrunner and Ada Wren returns as host."
    assert _cast(text) == set()


def test_the_title_role_of_a_title_that_names_its_hero() -> None:
    text = (
        "The sitcom “Danny in the Dark” is returning. Leo Marsh, who played the title role "
        "in the show, will return for the new episodes."
    )
    assert _cast(text) == {("Leo Marsh", "Danny in the Dark", "Danny")}


def test_stars_in_a_work_as_a_part_and_cast_in_the_lead_role_of() -> None:
    text = (
        "Ada Wren stars in “Cold Creek” as Ruth, a nurse. "
        "Tom Hale was cast in the lead role of Sam Kane in “Cold Creek”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Cold Creek", "Ruth"),
        ("Tom Hale", "Cold Creek", "Sam Kane"),
    }


def test_a_key_role_or_a_game_played_is_no_credit() -> None:
    text = (
        "“Cold Creek” opens in May. Producer Ada Wren played a key role in getting “Cold "
        "Creek” made. Tom Hale played golf with the crew."
    )
    assert _cast(text) == set()


def test_who_plays_a_full_name_in_parentheses() -> None:
    text = "Ada Wren (who plays Ruth Kane) teased the new season of “Cold Creek” on Monday."
    assert _cast(text) == {("Ada Wren", "Cold Creek", "Ruth Kane")}


def test_series_star_and_upped_to_series_regular() -> None:
    text = (
        "Disney's “Moon Kids” has been renewed. Series star Ada Wren announced the news. "
        "Tom Hale has been upped to series regular for the second season of “Moon Kids”."
    )
    assert _cast(text) == {("Ada Wren", "Moon Kids", None), ("Tom Hale", "Moon Kids", None)}


def test_a_movie_star_is_no_cast_member() -> None:
    text = "Disney's “Moon Kids” has been renewed. Movie star Ada Wren praised the news."
    assert _cast(text) == set()


def test_boards_and_headlines_a_quoted_work() -> None:
    text = (
        "Ada Wren has boarded “The Quiet Year”, Netflix's new drama. "
        "Tom Hale will headline Netflix's “Night Bus”."
    )
    assert _cast(text) == {("Ada Wren", "The Quiet Year", None), ("Tom Hale", "Night Bus", None)}


def test_boards_a_quoted_work_the_page_names_again() -> None:
    """A quoted name boarded with no kind beside it is a work when the page names it again."""
    text = "Ada Wren has boarded “Night Harbor”. “Night Harbor” is the talk of the town."
    assert _cast(text) == {("Ada Wren", "Night Harbor", None)}


def test_headlined_a_festival_is_no_credit() -> None:
    text = "Netflix's “Night Bus” opens in May. Tom Hale headlined Glastonbury on Friday."
    assert _cast(text) == set()


def test_reunited_for_a_reunion_special_named_by_its_show() -> None:
    text = (
        "Glass Harbor cast reunite\n\n"
        "Ada Wren and Tom Hale reunited for a Glass Harbor reunion special on Sunday."
    )
    assert _cast(text) == {("Ada Wren", "Glass Harbor", None), ("Tom Hale", "Glass Harbor", None)}


def test_a_role_or_a_turn_as_a_part() -> None:
    text = (
        "Ada Wren's role as Ruth Kane in “Cold Creek” made her a star. Tom Hale was "
        "nominated for an Emmy for his turn as Sam Kane in “Cold Creek”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Cold Creek", "Ruth Kane"),
        ("Tom Hale", "Cold Creek", "Sam Kane"),
    }


def test_a_role_as_a_job_is_no_part() -> None:
    text = "“Cold Creek” is back. Ada Wren's role as a mentor to young writers made her proud."
    assert _cast(text) == set()


def test_known_as_a_part_on_a_work() -> None:
    text = (
        "Ada Wren, best known as Ruth Kane on “Cold Creek”, has signed on to a thriller. "
        "Tom Hale, who rose to fame as Sam Kane in “Cold Creek”, is writing a memoir."
    )
    assert _cast(text) == {
        ("Ada Wren", "Cold Creek", "Ruth Kane"),
        ("Tom Hale", "Cold Creek", "Sam Kane"),
    }


def test_known_as_a_stage_name_is_no_part() -> None:
    text = "“Cold Creek” is back. Tom Hale, best known as The Rock, released a song on Friday."
    assert _cast(text) == set()


def test_a_part_in_a_clause_and_the_main_verb_credit_two_works() -> None:
    text = (
        "Ada Wren, who starred as Ruth Kane in “Cold Creek”, has joined the cast of “Dust "
        "Devil”. Tom Hale, best known for playing Sam in “Cold Creek”, will lead “Pie Town”."
    )
    assert _cast(text) == {
        ("Ada Wren", "Cold Creek", "Ruth Kane"),
        ("Ada Wren", "Dust Devil", None),
        ("Tom Hale", "Cold Creek", "Sam"),
        ("Tom Hale", "Pie Town", None),
    }


def test_a_nickname_quoted_inside_a_part_is_no_work() -> None:
    text = (
        "The biopic “Blue Hour” has found its star. Ada Wren will play Dolores “Dee” Marlowe. "
        "Tom Hale played her manager in the musical “Dee”."
    )
    assert ("Ada Wren", "Blue Hour", "Dolores Marlowe") in _cast(text)


def test_an_unquoted_title_star_or_possessive_is_the_names_other_work() -> None:
    text = (
        "Glass Harbor star Ada Wren has joined the cast of Marvel's Iron Saints. "
        "Fans of the drama Night Bus know Glass Harbor's Tom Hale too. He stars in Night Bus."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Glass Harbor", None),
        ("Ada Wren", "Iron Saints", None),
        ("Tom Hale", "Glass Harbor", None),
    }


def test_a_possessive_before_a_name_that_is_no_title_is_no_credit() -> None:
    text = "The drama Night Bus opens in May. Steven Spielberg's Tom Hale cameo is a secret."
    assert ("Tom Hale", "Steven Spielberg", None) not in _cast(text)
    assert all(work != "Steven Spielberg" for _, work, _ in _cast(text))


def test_joined_a_drama_as_a_part() -> None:
    text = "Ada Wren has joined the BBC drama Cold Coast as Inspector Ian Dale."
    assert _cast(text) == {("Ada Wren", "Cold Coast", "Inspector Ian Dale")}


def test_the_star_who_played_a_part_of_the_main_work() -> None:
    text = (
        "The revival of “Danny in the Dark” is coming to Hulu. Tom Hale, the “Iron Road” star "
        "who played Danny's father, Hal, is back."
    )
    assert ("Tom Hale", "Danny in the Dark", "Hal") in _cast(text)
    assert ("Tom Hale", "Iron Road", "Hal") not in _cast(text)


def test_the_creator_who_wrote_a_part_is_no_cast() -> None:
    text = (
        "The revival of “Danny in the Dark” is coming to Hulu. Tom Hale, the show's creator "
        "who wrote Danny's father, Hal, is back."
    )
    assert _cast(text) == set()


def test_signed_on_to_play_gives_the_part() -> None:
    text = (
        "“Harbor Days” is a new drama. Ada Wren has signed on to play Nell, a vampire who gets "
        "by as a trader. Tom Hale agreed to play Kit."
    )
    assert _cast(text) == {("Ada Wren", "Harbor Days", "Nell"), ("Tom Hale", "Harbor Days", "Kit")}


def test_a_part_named_with_its_works_possessive() -> None:
    text = (
        "Ben Gale made waves as Dark Harbor's Logan, the boyfriend of the detective. Ada Wren "
        "is best known as Silver Creek's Nell. Both the drama Dark Harbor and the sitcom Silver "
        "Creek were canceled in June."
    )
    assert _cast(text) == {
        ("Ben Gale", "Dark Harbor", "Logan"),
        ("Ada Wren", "Silver Creek", "Nell"),
    }


def test_a_part_owned_by_a_person_or_a_place_names_no_work() -> None:
    text = "Ada Wren starred as Lorelai's mother. Tom Hale is known as Hollywood's Mr Nice."
    assert _cast(text) == set()


def test_names_said_to_be_a_works_cast_members() -> None:
    text = (
        "Dark Harbor returns\n\nAda Wren, Tom Hale and Bo Lind are just some of the iconic "
        "Dark Harbor cast members to return to the soap."
    )
    assert _cast(text) == {
        ("Ada Wren", "Dark Harbor", None),
        ("Tom Hale", "Dark Harbor", None),
        ("Bo Lind", "Dark Harbor", None),
    }


def test_names_among_no_works_cast_are_no_credit() -> None:
    text = "Ada Wren and Tom Hale were among the guests at the Dark Harbor party."
    assert _cast(text) == set()


def test_a_quoted_works_co_star_is_in_that_work() -> None:
    text = (
        "Ada Wren starred in “Dark Harbor” for years. She appeared on a show alongside her "
        "“Silver Creek: Origins” co-star Tom Hale."
    )
    assert ("Tom Hale", "Silver Creek: Origins", None) in _cast(text)


def test_a_title_role_hoped_for_is_in_the_work_it_names() -> None:
    text = (
        "Her breakout was “Nell and the Night Watch” in 1998. During a visit to “The Late "
        "Show,” Ada Wren, 47, revealed that she would consider reprising the role of Nell Hale, "
        "though she left the “Nell” universe behind long ago. A “Nell” reboot is planned."
    )
    cast = _cast(text)
    assert ("Ada Wren", "Nell and the Night Watch", "Nell Hale") in cast
    assert all(work != "The Late Show" for _, work, _ in cast), cast


def test_a_part_set_off_by_dashes_before_its_actor() -> None:
    text = (
        "“Harbor Days” is back. Ada Wren becomes friends with Nell Hale - who is portrayed by "
        "Bo Lind - in the first episode."
    )
    assert _cast(text) == {("Bo Lind", "Harbor Days", "Nell Hale")}


def test_taking_on_a_role_and_an_alter_ego_give_the_part() -> None:
    text = (
        "“Harbor Days” is back. Ada Wren will take on the role of novelist Nell Day. Tom "
        "Hale's alter-ego Lord Kit is stunned."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", "Nell Day"),
        ("Tom Hale", "Harbor Days", "Lord Kit"),
    }


def test_a_name_said_to_be_part_of_a_works_cast() -> None:
    text = (
        "The premiere drew a crowd. Silver Creek Star, Ada Wren, is also part of The Harbor "
        "Days 2 cast. She voiced the character of Voyd."
    )
    assert ("Ada Wren", "The Harbor Days 2", "Voyd") in _cast(text)
    assert not any("Star" in person for person, _, _ in _cast(text))


def test_a_film_with_its_cast_after_it() -> None:
    text = "Ben Gale is gearing up for his upcoming film Harbor Days 2 with Ada Wren and Bo Lind."
    assert _cast(text) >= {("Ada Wren", "Harbor Days 2", None), ("Bo Lind", "Harbor Days 2", None)}


def test_dinner_with_a_person_is_no_cast() -> None:
    assert _cast("Ben Gale had dinner at Nobu with Ada Wren.") == set()


def test_a_voice_cast_that_includes_and_guest_stars() -> None:
    text = (
        "“Harbor Days” features a star-studded voice cast that includes Ada Wren and Tom Hale. "
        "Guest stars this season include “Night Shift” stars Bo Lind and Cy Dunn. Also guest "
        "starring is Al Vee, among others."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Harbor Days", None), ("Tom Hale", "Harbor Days", None)} <= cast
    assert ("Al Vee", "Harbor Days", None) in cast
    assert ("Al Vee", "Night Shift", None) not in cast


def test_names_among_the_cast_members_are_the_storys_cast() -> None:
    text = (
        "“Harbor Days” is back. Ada Wren, Tom Hale, and Bo Lind are among the cast members "
        "that spoke about the new season."
    )
    assert _cast(text) == {
        ("Ada Wren", "Harbor Days", None),
        ("Tom Hale", "Harbor Days", None),
        ("Bo Lind", "Harbor Days", None),
    }
