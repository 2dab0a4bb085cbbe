"""Round nineteen: what fresh development pages showed (a Telugu review's box of credits, a
Bollywood shoot's facts, K-drama casting round-ups and listicles), each rule read with a
made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2022, 2, 18))

#: A review's box of credits, as Indian outlets print it over the review.
BOX = (
    "Home MoviesReviews\n\n"
    "'Moon Harbor' Review: Different Thriller\n\n"
    "Movie: Moon Harbor\n"
    "Rating: 2.75/5\n"
    "Cast: Vikram, Tanvi, Ada Wren, Raghu and others\n"
    "Music: Ben Gale\n"
    "Producer: Vikram\n"
    "Written and directed by: Kit Moss\n"
    "Release date: Nov 10, 2017\n\n"
    "A boy comes to the office of private detective Arjun Dev (Vikram) asking him to find his "
    "dog. He and his friend Mano (Tanvi) take up the case. In the role of a private detective, "
    "Vikram looks completely new."
)


def test_a_box_of_credits_names_its_film_cast_and_release() -> None:
    """`Movie: Detective`, `Cast: Vishal, Prasanna, Anu Emmanuel and others` (one-word names
    billed as people), `Release date: Nov 10, 2017`, and a part with its billed actor in
    brackets (`Advaith Bhushan (Vishal)`); the crumb over the headline is no title."""
    facts = READ.facts(BOX)
    assert [w.title for w in facts.works] == ["Moon Harbor"]
    assert READ.cast(BOX) == {
        ("Vikram", "Moon Harbor", "Arjun Dev"),
        ("Tanvi", "Moon Harbor", "Mano"),
        ("Ada Wren", "Moon Harbor", None),
        ("Raghu", "Moon Harbor", None),
    }
    assert READ.events(BOX) == [("2017-11-10", "the film “Moon Harbor” came out")]
    # the producer's line is no cast line
    produced = "Movie: Moon Harbor\nProducer: Vikram\nMusic: Ben Gale\n\nIt opens on Friday."
    assert READ.people(produced) == set()


def test_a_short_month_before_a_day_and_year_is_a_date() -> None:
    """`released on Nov 10, 2017` is a day; `Jan Lee, 10,` is a name and an age."""
    assert READ.events("Moon Harbor was released on Nov 10, 2017.") == [
        ("2017-11-10", "Moon Harbor was released.")
    ]
    assert READ.events("Jan Lee, 10, joined the cast of Moon Harbor.") == []


def test_a_year_opening_a_sentence_is_no_title() -> None:
    """`In 2019, Brahmastra released its official logo` names one film, not `In 2019`."""
    text = (
        "Bollywood film Moon Harbor, starring Ada Wren and Ben Gale, is wrapping up its "
        "shooting.\n\nIn 2019, Moon Harbor released its official logo."
    )
    assert READ.works(text) == {"Moon Harbor"}


def test_a_described_character_named_after_what_it_has() -> None:
    """`Ranbir plays a character with superpowers named Shiva`; with no name after, no part."""
    text = "Moon Harbor is a fantasy film. Ada Wren plays a character with superpowers named Shiva."
    assert READ.cast(text) == {("Ada Wren", "Moon Harbor", "Shiva")}
    unnamed = "Moon Harbor is a fantasy film. Ada Wren plays a character with superpowers."
    assert READ.cast(unnamed) == {("Ada Wren", "Moon Harbor", None)}


def test_a_date_given_up_is_no_event() -> None:
    """`The release date of Brahmastra was initially December 4, 2020`: a plan dropped."""
    assert READ.events("The release date of Moon Harbor was initially December 4, 2020.") == []
    assert READ.events("Moon Harbor was released on December 4, 2020.") != []


def test_a_life_span_in_brackets_is_no_title() -> None:
    """`Yu Mong-in (1559-1623)` gives a life's years; `Ada Wren (Moon Harbor 2)` a work."""
    text = "Ada Wren stars in “Harbor”. It is based on a story by Tom Hale (1559-1623), a scholar."
    assert READ.works(text) == {"Harbor"}
    assert "Moon Harbor 2" in READ.works("Ada Wren (Moon Harbor 2) joins the cast of “Harbor”.")


def test_a_title_whose_full_stop_the_sentence_runs_past() -> None:
    """`the lead role for “Saimdang, the Herstory.” which will start airing`: a comma typed as
    a full stop; a quoted sentence stays a quote."""
    text = "Ada Wren will be playing the lead role for “Moon Harbor.” which will start in October."
    assert READ.pairs(text) == {("Ada Wren", "Moon Harbor")}
    said = "“We loved making it,” Ada Wren said of “Moon Harbor”. “It was a dream.” And it shows."
    assert READ.quotes(said)[-1] == ("Ada Wren", "It was a dream.")


def test_the_lead_male_role_as_a_part() -> None:
    """`Lee Joon Ki will play the lead male role as Prince Wang So`."""
    text = "Harbor Lights is a drama. Ben Gale will play the lead male role as Prince Wang So."
    assert READ.cast(text) == {("Ben Gale", "Harbor Lights", "Prince Wang So")}


def test_known_for_playing_a_part_in_a_work() -> None:
    """`who is well-known for playing the role of Cheon Song Yi in the drama “My Love from the
    Star”(2014), will play the lead female role. Jun will act alongside actor Lee Min-ho in
    “The Legend of the Sea.”`"""
    text = (
        "Actress Ada Wren, who is well-known for playing the role of Nora Vale in the drama "
        "“Moon Harbor”(2014), will play the lead female role. Wren will act alongside actor Ben "
        "Gale in “Blue Cove.”"
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Moon Harbor", "Nora Vale"),
        ("Ada Wren", "Blue Cove", None),
        ("Ben Gale", "Blue Cove", None),
    }


def test_a_writers_name_over_the_day_and_hour_is_no_event() -> None:
    """`Su Jin Jang, July 27, 2016, 9:47 a.m.` is the page's byline; a sentence dated so is an
    event, and so is one dated by a short month without its full stop (round thirty-four)."""
    text = "Su Jin Wren, July 27, 2016, 9:47 a.m.\n\nMoon Harbor will air on SBS from Aug 29."
    assert [what for _, what in READ.events(text)] == ["Moon Harbor will air on SBS."]
    assert READ.events("Ada Wren, the star, wed on July 27, 2016.") != []


def test_korean_names_end_with_five_letter_syllables() -> None:
    """`Lee Yoo-young (Dr Brain) as a successful businesswoman`: the name whole, the brackets
    her earlier work, the part told only by what it is."""
    text = (
        "The drama Insider stars Kang Ha-neul (When the Camellia Blooms) as a rookie lawmaker, "
        "and Lee Yoo-young (Dr Brain) as a successful businesswoman."
    )
    assert READ.cast(text) == {
        ("Kang Ha-neul", "Insider", None),
        ("Lee Yoo-young", "Insider", None),
    }


def test_a_part_described_before_its_name_in_another_work() -> None:
    """`known for her leading role as the villainous soprano Cheon Seo-jin in The Penthouse`;
    `as the enigmatic Man in Black.` names no work."""
    text = (
        "Kim So-yeon, known for her leading role as the villainous soprano Nora Vale in The "
        "Penthouse, is set to play the lead in the second season of Tale of the Nine-Tailed."
    )
    assert ("Kim So-yeon", "The Penthouse", "Nora Vale") in READ.cast(text)
    epithet = (
        "Harbor Lights season 2: Cast member confirms return\n\nThe stakes in Harbor Lights have "
        "been raised.\n\nBen Gale will be returning as the enigmatic Man in Black."
    )
    assert READ.cast(epithet) == {("Ben Gale", "Harbor Lights", "Man in Black")}


def test_korean_channels_and_a_mistyped_closing_mark() -> None:
    """`in KBS2 drama series “Jugglers.”`: the channel is no work; `after “Temperature of Love“)`
    closes its title with an opening mark."""
    text = (
        "Ada Wren will play the lead in KBS2 drama series “Jugglers.” It takes the slot after "
        "“Temperature of Love“)."
    )
    assert READ.works(text) == {"Jugglers", "Temperature of Love"}


def test_an_offer_not_yet_taken_casts_no_one() -> None:
    """`have been offered lead roles in “Doubtful Victory.” ... If Yoon Gyun-Sang accepts, he
    will play Oh Il-Seung`; `Ada Wren will play Nora Vale` does cast."""
    text = (
        "Ada Wren and Ben Gale have been offered lead roles in the drama series “Moon Harbor.” "
        "If Ada Wren accepts, she will play Nora Vale."
    )
    assert READ.cast(text) == set()
    assert READ.cast("The drama series “Moon Harbor” is coming. Ada Wren will play Nora Vale.") == {
        ("Ada Wren", "Moon Harbor", "Nora Vale")
    }


def test_the_name_given_again_is_the_actor_in_a_pair() -> None:
    """`starring Yoo Ji-Tae, Woo Do-Hwan ... The team is led by Choi Kang-Woo (Yoo Ji-Tae)`: the
    bracketed name is given elsewhere, the other only here, so it is the part."""
    text = (
        "Here are posters for “Moon Harbor” starring Ada Wren, Ben Gale and Kit Moss. The team "
        "is led by Nora Vale (Ada Wren) who has the nickname of Harbor."
    )
    assert ("Ada Wren", "Moon Harbor", "Nora Vale") in READ.cast(text)


def test_an_actress_told_by_her_work_is_in_it() -> None:
    """`1. Park Shin Hye` then `the Doctor Crush actress returns to television in the series
    Memories of the Alhambra`; `and The Entertainer actor leads` keeps its own "The"; `the
    Best actress series` is an award's, no work."""
    text = (
        "1. Ada Wren\n\n"
        "In the second half of this year, the Doctor Vale actress returns in the series Moon "
        "Harbor. She stars as a former musician.\n\n"
        "2. Ben Gale\n\n"
        "TVN plans to premiere the romantic fantasy Knowing Wife, and The Entertainer actor "
        "leads the series as a bank employee."
    )
    assert {("Ada Wren", "Doctor Vale"), ("Ben Gale", "The Entertainer")} <= READ.pairs(text)
    assert "Knowing Wife" in READ.works(text)
    award = "Ada Wren made her space in the Best actress series for “Moon Harbor”."
    assert READ.works(award) == {"Moon Harbor"}


def test_a_soaps_stars_and_their_parts_set_off() -> None:
    """`Coronation Street stars have led tributes`; `Antony Cotton – the soap’s Sean Tully –
    wrote on Twitter: “...”` gives the part and the words to the actor, not to Sean Tully."""
    text = (
        "Harbor Lane stars have led tributes to Ada Wren following her death.\n\n"
        "Ben Gale – the soap’s Sean Tully – wrote on Twitter: “I’m devastated. Ada was a "
        "wonderful actress.”"
    )
    assert READ.cast(text) == {("Ben Gale", "Harbor Lane", "Sean Tully")}
    assert READ.quotes(text) == [("Ben Gale", "I’m devastated. Ada was a wonderful actress.")]
    fellow = (
        "Harbor Lane favourite Ada Wren has died. Barbara Lee, who plays Rita Vale in Harbor "
        "Lane, paid tribute. Julie Moss, fellow barmaid Bet Lynch in the soap, said: “It was an "
        "honour.”"
    )
    assert ("Julie Moss", "Harbor Lane", "Bet Lynch") in READ.cast(fellow)
    assert READ.quotes(fellow) == [("Julie Moss", "It was an honour.")]


def test_a_caption_of_who_with_whom_and_when_is_no_event() -> None:
    """`Dawn with former co-star Kevin Kennedy in 2008` under a photo; a sentence saying so is
    one."""
    assert READ.events("Ada Wren with former co-star Ben Gale in 2008") == []
    assert READ.events("Ada Wren worked with Ben Gale in 2008.") != []


def test_a_part_the_page_cut_off_is_no_part() -> None:
    """`Charlie Condou – who played midwife Ma` where the stored page ends mid-word."""
    text = "Harbor Lane stars have led tributes to Ada Wren.\n\nBen Gale – who played midwife Ma"
    assert READ.cast(text) == {("Ben Gale", "Harbor Lane", None)}


def test_a_company_or_a_show_speaks_through_its_spokesperson() -> None:
    """`An ITV spokesman said she “died peacefully”`, `An Eastenders spokeswoman said: “...”`:
    the company's or the show's words; `a spokesperson for Ada Wren` is no one named."""
    text = (
        "Ada Wren was best known for her role as Aunt Sal in Eastenders.\n\n"
        "An ITV spokesman said she “died peacefully in hospital”.\n\n"
        "An Eastenders spokeswoman said: “We are deeply saddened.”"
    )
    assert READ.quotes(text) == [
        ("ITV", "died peacefully in hospital"),
        ("Eastenders", "We are deeply saddened."),
    ]
    proxy = "Ada Wren stars in “Harbor”. A spokesperson for Ada Wren said: “She is well.”"
    assert READ.quotes(proxy) == []


def test_a_nation_is_neither_a_work_nor_a_name() -> None:
    """`The British-South African actress was best known`; `(played by Japanese star Yuya
    Yagira)` after a part."""
    text = "Ada Wren stars in “Harbor”. The British-South African actress was best known there."
    assert READ.works(text) == {"Harbor"}
    played = (
        "Under the Turquoise Sky from director Kit Moss follows the spoiled Takeshi (played by "
        "Japanese star Yuya Yagira) who is sent out to the countryside."
    )
    assert READ.cast(played) == {("Yuya Yagira", "Under the Turquoise Sky", "Takeshi")}


def test_a_second_part_in_a_second_work() -> None:
    """`best known for her role as Olive in On the Buses and as Aunt Sal in Eastenders`."""
    text = "Ada Wren was best known for her role as Olive in Blue Cove and as Aunt Sal in Harbor."
    assert READ.cast(text) == {
        ("Ada Wren", "Blue Cove", "Olive"),
        ("Ada Wren", "Harbor", "Aunt Sal"),
    }


def test_a_post_signed_on_a_line_of_its_own() -> None:
    """The post's words on one line, `— Rita Simons (@OfficialRita) February 23, 2022` on the
    next: posted that day."""
    text = (
        "Ada Wren has led tributes.\n"
        "I just heard the awful news about the wonderful Ben Gale. So sad.\n"
        "— Ada Wren (@adawren) February 23, 2022\n"
        "More have been flooding in."
    )
    assert READ.events(text) == [
        (
            "2022-02-23",
            "Ada Wren posted: “I just heard the awful news about the wonderful Ben Gale. So sad.”",
        )
    ]


def test_a_debut_and_a_makers_work_name_their_titles() -> None:
    """`makes her feature film debut with Scrapper, a funny story of a girl named Georgie (Lola
    Campbell)`; `Under the Turquoise Sky from director KENTARO follows`."""
    text = (
        "Home Interviews Page 33\n\nInterviews\n\nCheck out more. Writer-director Kit Moss makes "
        "her feature film debut with Scrapper, a funny, endearing story of a girl named Georgie "
        "(Lola Campbell) living alone in London."
    )
    assert READ.cast(text) == {("Lola Campbell", "Scrapper", "Georgie")}
    assert READ.works("Ada Wren made her debut with her sister, Nora.") == set()


def test_a_part_told_by_where_it_works() -> None:
    """`She had played the role of Rovers Return barmaid Betty Williams (Turpin) in the soap`."""
    text = (
        "Harbor Lane stars have led tributes to Ada Wren.\n\n"
        "She had played the role of Rovers Return barmaid Betty Williams (Turpin) in the soap "
        "for 42 years."
    )
    assert READ.cast(text) == {("Ada Wren", "Harbor Lane", "Betty Williams")}


def test_a_theatre_page_of_a_line_each() -> None:
    """A block whose lines are a heading, a caption and a paragraph each (`Cabaret, Kit Kat
    Club` / `Eva Noblezada and Reeve Carney in Cabaret. Photo by Marc Brenner` / ...); a caption
    shouting its play (`in ALL MY SONS at Wyndham's Theatre. Photo by Jan Versweyveld.`) that
    the page names in title case too; a wrapped paragraph stays one."""
    text = (
        "The must-see revivals in London\nKit Moss\n12 January, 2026, 17:01\nWhen making plans, "
        "why not see a revival?\n\n"
        "All My Sons, Wyndham’s Theatre\n"
        "Ada Wren and Ben Gale in ALL MY SONS at Wyndham's Theatre. Photo by Jan Versweyveld.\n"
        "Playing in London for the first time since 2019, All My Sons is given a revival.\n"
        "Cabaret, Kit Kat Club\n"
        "Nora Vale and Tom Hale in Cabaret. Photo by Marc Brenner\n"
        "Transforming the Playhouse Theatre, the revival of Cabaret boasts seven awards."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "ALL MY SONS"),
        ("Ben Gale", "ALL MY SONS"),
        ("Nora Vale", "Cabaret"),
        ("Tom Hale", "Cabaret"),
    }
    wrapped = (
        "Intro.\n\nAda Wren stars in Moon Harbor as a private eye charged with\nsolving the "
        "murder of a prominent novelist. How this guy got work\nin New England is a mystery."
    )
    assert READ.cast(wrapped) == {("Ada Wren", "Moon Harbor", None)}


def test_a_revival_brought_back_and_its_company_listed() -> None:
    """`bring Cats back to the West End`; `They join the previously announced: Cameron Ball
    (Macavity/Admetus), ...`, both parts; `Swings include: A, B`; `Appearing will be A
    (Hairspray) as Maggio`."""
    text = (
        "The show opens on 11th December. It has now been confirmed that Ada Wren will star as "
        "Rum Tum Tugger.\nThey join the previously announced: Ben Gale (Macavity/Admetus), Nora "
        "Vale (Tantomile) and Tom Hale (Victoria/White Cat).\nSwings include: Kit Moss and Bo "
        "Lind.\nThe original creative team have reunited to bring Cats back to the West End."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Cats", "Rum Tum Tugger"),
        ("Ben Gale", "Cats", "Macavity/Admetus"),
        ("Nora Vale", "Cats", "Tantomile"),
        ("Tom Hale", "Cats", "Victoria/White Cat"),
        ("Kit Moss", "Cats", None),
        ("Bo Lind", "Cats", None),
    }
    listed = (
        "The company has been announced for the revival of From Here to Eternity.\n\n"
        "Appearing will be Ada Wren (Hairspray) as Maggio and Ben Gale (Mamma Mia!) as Prewitt."
    )
    assert {("Ada Wren", "From Here to Eternity", "Maggio")} <= READ.cast(listed)


def test_a_heading_run_into_its_paragraph_names_its_title_once() -> None:
    """`Fist Fight Fist Fight, directed by Richie Keen ..., stars Ice Cube`."""
    text = (
        "Trailers.\n\nMoon Harbor Moon Harbor, directed by Kit Moss, stars Ada Wren and Ben Gale."
    )
    assert READ.works(text) == {"Moon Harbor"}


def test_an_industry_or_a_country_is_no_work() -> None:
    """`The movie features top Nollywood stars A, B and C.`; `one of the most bankable stars in
    Pakistan`; `starred in Chicago` may still name the musical."""
    text = (
        "Nollywood movie “Moon Harbor” premieres in Cannes.\n\n"
        "The movie features top Nollywood stars Ada Wren, Ben Gale and Nora Vale."
    )
    assert READ.works(text) == {"Moon Harbor"}
    assert READ.pairs(text) >= {("Ada Wren", "Moon Harbor"), ("Ben Gale", "Moon Harbor")}
    country = "As one of the most bankable stars in Pakistan, Ada Wren is known for Moon Harbor."
    assert "Pakistan" not in READ.works(country)


def test_her_role_tells_whose_it_is() -> None:
    """`Sanam Saeed ... And this was all before her breakout role as Kashaf in Zindagi Gulzar
    Hai`: the role is the woman's the story is about."""
    text = (
        "Ada Wren\n\nLondon-born Wren was part of a comedy group. And this was all before her "
        "breakout role as Kashaf in Moon Harbor, which made her a household name."
    )
    assert READ.cast(text) == {("Ada Wren", "Moon Harbor", "Kashaf")}
