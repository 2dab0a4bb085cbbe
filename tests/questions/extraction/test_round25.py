"""Round twenty-five: what fresh development pages showed (a trade paper's production news, a
biopic gallery, Bollywood shoots and comebacks), each rule read with a made-up sentence of the
genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2022, 3, 3))  # a Thursday


def test_a_trade_papers_box_casts_for_the_show_above_it() -> None:
    """`Cast includes: Tom Edden, Marianne Benedict ...` under a show's paragraph and its boxes
    of authors and director: that show's cast, not the story's first show's."""
    text = (
        "Ada Wren is to play Nora Vale in Night Harbor for 10 weeks.\n\n"
        "Ben Gale and Bo Lind are among new cast members announced for the London production "
        "of The Long Watch.\n\nAuthors: Tom Hale (music), Dan Ross (book)\n\n"
        "Director: Ed Moss\n\nCast includes: Kit Lane, Sam Holt and Lee Park"
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", "Nora Vale"),
        ("Ben Gale", "The Long Watch", None),
        ("Bo Lind", "The Long Watch", None),
        ("Kit Lane", "The Long Watch", None),
        ("Sam Holt", "The Long Watch", None),
        ("Lee Park", "The Long Watch", None),
    }
    unnamed = "Ada Wren and Ben Gale are among new cast members who spoke to us."
    assert READ.cast(unnamed) == set()


def test_is_to_play_and_a_choreographer_before_the_name() -> None:
    """`Choreographer Craig Revel Horwood is to play Miss Hannigan in Annie`: a plan as British
    papers write it, the job no part of the name; not "the plan is to play it safe"."""
    text = "Choreographer Ada Wren is to play Nora Vale in Night Harbor."
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nora Vale")}
    idiom = "The plan for Night Harbor is to play Ada Wren songs all night."
    assert READ.cast(idiom) == set()


def test_a_part_before_its_work_is_no_title_of_a_list() -> None:
    """`is to play Miss Hannigan in Annie and Of Mice and Men will tour`: the part and its work,
    not a title "Miss Hannigan in Annie" beside the play."""
    text = (
        "Ada Wren is to play Nora Vale in Harbor and Of Mice and Men will tour the UK.\n\n"
        "Ada Wren is to play Nora Vale in the production of Harbor for 10 weeks."
    )
    assert "Nora Vale in Harbor" not in READ.works(text)
    assert ("Ada Wren", "Harbor", "Nora Vale") in READ.cast(text)


def test_a_stars_next_venture_is_untitled() -> None:
    """`has started shooting for Vashu Bhagnani's next venture, co-starring Diljit Dosanjh`: the
    co-star is in a film with no title, not in the film the story names after."""
    text = (
        "Actress Ada Wren has started shooting for Tom Hale's next venture, co-starring Ben "
        "Gale. The Night Harbor actress said she was thrilled."
    )
    assert ("Ben Gale", "Night Harbor") not in READ.pairs(text)
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", None)}


def test_a_performance_in_a_work_that_won_an_award() -> None:
    """`Diljit won the Best Debut Actor Male at the IIFA awards for his performance in Udta
    Punjab`: the work after "his performance in", however long the award's name."""
    text = (
        "Ben Gale won the Best Debut Actor Male at the IIFA awards for his performance in "
        "Night Harbor."
    )
    assert READ.cast(text) == {("Ben Gale", "Night Harbor", None)}
    court = "Ben Gale won praise at the hearing for his performance in Court Five."
    assert READ.cast(court) == set() or READ.works(court) == {"Court Five"}


def test_what_a_star_was_last_and_will_next_be_seen_in() -> None:
    """`Sonakshi Sinha last featured in Sunhil Sippy's Noor. She will next be seen in
    Ittefaq`: one-word titles too, after "last featured in" and "will next be seen in"."""
    text = (
        "Actress Ada Wren has started shooting. Ada Wren last featured in Tom Hale's Harbor. "
        "She will next be seen in Rover, co-starring Ben Gale."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor", None),
        ("Ada Wren", "Rover", None),
        ("Ben Gale", "Rover", None),
    }
    place = "Actress Ada Wren has started shooting. She was seen in Rome with her husband."
    assert READ.cast(place) == set()


def test_someones_other_upcoming_project_is_a_title() -> None:
    """`Sonakshi's other upcoming project is Namastey England opposite Akshay Kumar`: the title
    set off by what it is, its co-star after it."""
    text = (
        "Actress Ada Wren has started shooting. Ada's other upcoming project is Night Harbor "
        "opposite Ben Gale."
    )
    assert READ.works(text) == {"Night Harbor"}
    assert ("Ben Gale", "Night Harbor", None) in READ.cast(text)
    vague = "Ada's other upcoming project is quite different from her last."
    assert READ.works(vague) == set()


def test_the_actress_of_a_work_added() -> None:
    """`The Lootera actress added that she is looking forward to the film`: the one who said so,
    told by her work."""
    text = (
        "Actress Ada Wren has started shooting, she told PTI. The Night Harbor actress added "
        "that she is looking forward to the film."
    )
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", None)}


def test_a_named_project_said_to_be_a_film_starring_her() -> None:
    """`The actress announced her upcoming project ‘Sukhee’ on Tuesday ... the project appears to
    be a female-centric film starring Shetty in the lead role`: the named project's star, its
    announcement the Tuesday before the page's Thursday, not the one after."""
    text = (
        "Actress Ada Wren started shooting for her next movie ‘Harbor’.\nThe actress announced "
        "her upcoming project ‘Harbor’ on Tuesday by sharing a poster.\n"
        "Going by the poster, the project appears to be a female-centric film starring Wren in "
        "the lead role."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor", None)}
    assert [date for date, _ in READ.events(text)] == ["2022-03-01"]
    ahead = "Actress Ada Wren will unveil her upcoming project ‘Harbor’ on Tuesday."
    assert [date for date, _ in READ.events(ahead)] == ["2022-03-08"]


def test_a_judge_on_a_show_with_other_judges() -> None:
    """`She can be currently seen as a judge on the show ‘India’s Got Talent’ with veteran actor
    Kirron Kher`: a panel, no cast; an actor with her on a drama is."""
    panel = (
        "Actress Ada Wren is busy. She can be currently seen as a judge on the show ‘Star Hunt’ "
        "with veteran actor Ben Gale and rapper Bo Lind."
    )
    assert READ.cast(panel) == set()
    cast = (
        "Actress Ada Wren is busy. She can be seen on the show ‘Star Hunt’ with veteran actor "
        "Ben Gale."
    )
    assert ("Ben Gale", "Star Hunt", None) in READ.cast(cast)


def test_a_comeback_with_a_comedy_drama() -> None:
    """`Shetty recently made her comeback to the silver screen after a gap of many years with
    the comedy-drama ‘Hungama 2’`: the work she came back with, after a kind of two words."""
    text = (
        "Actress Ada Wren is busy. Wren recently made her comeback to the silver screen after "
        "a gap of many years with the comedy-drama ‘Harbor 2’."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor 2", None)}
    company = "Actress Ada Wren made her comeback to the stage with her husband Ben Gale."
    assert READ.cast(company) == set()


def test_a_gallerys_heading_of_an_actor_and_the_person_played() -> None:
    """`Jack O'Connell - Blake Fielder-Civil` over a photo's lines that name the film: the
    actor as that person in the film cast for, not in the one the lines name in brackets as
    an earlier part, nor a photo's caption beside its show."""
    text = (
        "Films about famous people: “Harbor,” “Rover” and “Scoop.”\n\n"
        "Ada Wren - Nora Vale\n\nThe British actress, known for the series “Scoop,” will play "
        "a poet in the film “Harbor.”\n\nBen Gale - Tom Lane\n\nOnce Ben already played an "
        "outstanding man (Ed Moss in the series “Rover”), this time in a new film."
    )
    cast = READ.cast(text)
    assert ("Ada Wren", "Harbor", "Nora Vale") in cast
    assert not any(c[0] == "Ben Gale" and c[2] == "Tom Lane" for c in cast)
    caption = "Night Harbor Stars Dish\n\nVictor Reflects - Marvel's Night Harbor\n\nWe loved it."
    assert not any(c[0] == "Victor Reflects" for c in READ.cast(caption))


def test_both_opens_a_pair_not_its_first_title() -> None:
    """`Both Spectre and The Peanuts Movie enjoyed strong holds`: "Both" is no part of a title."""
    text = (
        "'Harbor' Stays at #1\nThree new films cracked the weekend top ten. Both Harbor and The "
        "Long Watch enjoyed strong holds from last weekend.\nMaintaining its second place "
        "position from last weekend is The Long Watch. The film dropped a little."
    )
    assert READ.works(text) == {"Harbor", "The Long Watch"}


def test_a_telugu_blogs_shoot_and_its_heroine() -> None:
    """`Charmi is donning the role of Pinky`, `Hero Allari Naresh and heroine Kamalinee Mukherjee
    are participating in the shoot now`, `Chirutha is produced by Ashwinidutt and directed by
    Puri Jagannadh`: a part donned, the leads at the shoot, a film told by its making."""
    text = (
        'A special set is erected for the film "Harbor". Hero Ben Gale and heroine Ada Wren '
        "are participating in the shoot now.\n\nRover speaks!\n\nRover's shooting is nearing "
        "end. Heroine Nell is donning the role of Pinky. Rover is produced by Tom Hale and "
        "directed by Dan Ross. Nell is happy."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Harbor", None),
        ("Ada Wren", "Harbor", None),
        ("Nell", "Rover", "Pinky"),
    }
    person = "Ada Wren is produced by her mother, the singer says."
    assert READ.works(person) == set()


def test_the_cast_of_a_paragraphs_untitled_film() -> None:
    """`Director VV Vinayak's new film starring Ravi Teja and Trisha ... Ravi Teja is
    participating in the shooting`, `Mamata Mohandas has signed up this yet to be titled film`:
    the cast of a work with no title, not of the film the page names next."""
    text = (
        "Director Tom Hale's new film starring Ben Gale is shooting in Hyderabad. It was "
        "recently launched. Ben Gale is participating in the shooting.\n\nAda Wren has signed "
        'up this yet to be titled film.\n\nA special set is erected for the film "Harbor". '
        "Hero Bo Lind is participating in the shoot now."
    )
    assert READ.cast(text) == {("Bo Lind", "Harbor", None)}


def test_a_heroine_who_had_acted_in_films_like() -> None:
    """`Heroine Sheela who had acted in films like "Seetakoka Chiluka" and "Rajubhai" is being
    considered`: in both films, her new one unnamed."""
    text = (
        "Nell is considered for Jaya's film\nHeroine Nell who had acted in films like \"Harbor "
        'Lights" and "Night Rover" is being considered for director Jaya\'s film.'
    )
    assert READ.cast(text) == {("Nell", "Harbor Lights", None), ("Nell", "Night Rover", None)}


def test_a_soaps_nickname_and_its_arrivals() -> None:
    """`Several Corrie actors have already announced they will be departing`, `Coronation Street
    has reportedly invited a star from rival soap EastEnders`, `Corrie has signed up EastEnders
    star Samuel James`: the soap by its nickname is the soap the page names in full."""
    text = (
        "Harbor Lights has reportedly invited a star from rival soap Rover to make their "
        "debut.\n\nDespite the cast cull, Corrie has signed up Rover star Ada Wren. Ada will be "
        "joining Corrie as solicitor Nora Vale."
    ).replace("Harbor Lights", "Coronation Street")
    assert READ.works(text) == {"Coronation Street", "Rover"}
    assert ("Ada Wren", "Coronation Street", "Nora Vale") in READ.cast(text)
    many = (
        "Several Harbor Lights actors have already announced they will be departing, including "
        "Ben Gale (who plays Tom Lane)."
    )
    assert READ.cast(many) == {("Ben Gale", "Harbor Lights", "Tom Lane")}


def test_a_newcomer_known_from_shows_like_then_taking_on_a_part() -> None:
    """`Jason Callender, who has appeared on shows like Silent Witness, Malory Towers and 4
    O’Clock Club. Callender will be taking on the role of James Bailey`: the shows are his
    career's, the part the story's soap's."""
    text = (
        "When will new Harbor Lights actors arrive on the soap?\nThe first new actor to arrive "
        "on Harbor Lights will be Ben Gale, who has appeared on shows like Silent Rover, Night "
        "Towers and Dusk Club.\nGale will be taking on the role of Tom Lane."
    )
    assert READ.cast(text) == {
        ("Ben Gale", "Harbor Lights", "Tom Lane"),
        ("Ben Gale", "Silent Rover", None),
        ("Ben Gale", "Night Towers", None),
        ("Ben Gale", "Dusk Club", None),
    }


def test_fans_quoted_after_a_colon_are_no_one_named() -> None:
    """`Fans rushed to ask Seamus about his exit, with one writing: "Omg are you leaving."
    Another said: "..."`: the fans' words, not the star's."""
    text = (
        "Star Ben Gale announced his departure from the soap Harbor Lights. The actor, who "
        'plays Kit on the cobbles, said in an Instagram post that he had "gone out with a '
        'bang".\nFans rushed to ask Ben about his exit, with one writing: "Are you leaving?" '
        'Another said: "Say it is not so!"'
    )
    assert READ.quotes(text) == [("Ben Gale", "gone out with a bang")]


def test_a_parts_full_name_is_no_possessive() -> None:
    """`in Lauren Bolton's court case. Lauren - played by Cait Fitton - was charged`: the part
    is Lauren Bolton."""
    text = (
        "Coronation Street has reportedly invited a star from rival soap Rover to make their "
        "debut.\n\nDespite the cast cull, Corrie has signed up Rover star Ada Wren. Ada will be "
        "joining Corrie as solicitor Nora Vale, who is leading the prosecution in Nell Hale's "
        "court case. Nell - played by Bo Lind - was charged with murder last year."
    )
    assert ("Bo Lind", "Coronation Street", "Nell Hale") in READ.cast(text)


def test_a_work_tells_the_story_a_speaker_tells_none() -> None:
    """`Peterloo tells the story of the Peterloo massacre ... and stars Rory Kinnear`: a work,
    even of one word opening its sentence; a person telling a story stays a person."""
    text = (
        "Harbor tells the story of a massacre, which took place in 1819, and stars Ben Gale "
        "and Ada Wren."
    )
    assert READ.cast(text) == {("Ben Gale", "Harbor", None), ("Ada Wren", "Harbor", None)}
    person = "Ada Wren tells the story of her childhood in Night Harbor, her memoir."
    assert "Ada Wren" not in READ.works(person)


def test_a_career_starring_in_films_such_as() -> None:
    """`Fawad Khan has enjoyed huge success, starring in big blockbuster films across the border
    such as ‘Khoobsurat’, ‘Kapoor & Sons’ and ‘Ae Dil Hai Mushkil’`, `We have seen him in dramas
    such as ‘Humsafar’`: each a work of the subject's, or of the one "him" stands for."""
    text = (
        "Actor Ben Gale is back. Ben Gale has enjoyed huge success, starring in big blockbuster "
        "films across the border such as “Harbor Lights”, “Night Rover” and “Dusk Club”. We "
        "have seen him in dramas such as “Stone Lane” and “Sea Fog”, to name a few."
    )
    assert READ.cast(text) == {
        ("Ben Gale", title, None)
        for title in ("Harbor Lights", "Night Rover", "Dusk Club", "Stone Lane", "Sea Fog")
    }
    maker = "Tom Hale is a director. Critics have seen him in the news such as in Vogue."
    assert READ.cast(maker) == set()


def test_a_partial_quote_after_saying_is_the_subjects_past_her_job() -> None:
    """`Actress Ada Wren announced her departure from the soap Harbor Lights, saying she had
    "gone out with a bang"`: the subject's words, her job before her name, not the soap's
    (a look-alike written while testing round twenty-five's fans' quotes)."""
    text = (
        "Actress Ada Wren announced her departure from the soap Harbor Lights, saying she had "
        '"gone out with a bang".'
    )
    assert READ.quotes(text) == [("Ada Wren", "gone out with a bang")]
