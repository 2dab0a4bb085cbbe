"""One small synthetic sentence per pattern of published articles the extractor reads."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.extraction.text import paragraphs_of, parse
from questions.extraction.titles import bare_titles
from questions.facts.model import DateValue

PUB = DateValue(2020, 5, 4)


def _titles(text: str) -> set[str]:
    doc = parse(text)
    return {doc.inner(span) for span in bare_titles(doc)}


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in extract(text, published=PUB).facts.cast}


def _quotes(text: str) -> set[tuple[str, str]]:
    return {(q.speaker, q.text) for q in extract(text, published=PUB).facts.quotes}


def test_noise_lines_are_dropped() -> None:
    text = "Ada Wren joins the cast.\n- Published28 April 2014\nLeave a comment\nAda smiled."
    assert paragraphs_of(text) == ["Ada Wren joins the cast.", "Ada smiled."]


def test_a_caption_and_its_repeat_are_dropped() -> None:
    text = "Ada Wren smiled.\nAda Wren on set (Picture: Getty)\nShe waved.\nShe waved."
    assert paragraphs_of(text) == ["Ada Wren smiled.", "She waved."]


def test_run_on_sentences_get_their_space() -> None:
    assert paragraphs_of('It was fun."Next up," she said.Then') == [
        'It was fun. "Next up," she said. Then'
    ]


def test_two_apostrophes_quote() -> None:
    assert _quotes("Ada Wren said she ''could not be happier'' about it.") == {
        ("Ada Wren", "could not be happier")
    }


def test_single_curly_marks_quote_outside_double_ones() -> None:
    text = "Ada Wren told a reporter: ‘I’m very happy to be back on the show again.’"
    assert _quotes(text) == {("Ada Wren", "I’m very happy to be back on the show again.")}


def test_a_passive_description_is_nobody_s_speech() -> None:
    text = 'Ada Wren has been described as "a star in the making" by critics.'
    assert _quotes(text) == set()


def test_a_speaker_who_is_no_person_keeps_the_quote() -> None:
    text = (
        'Ada Wren starred. "Ada Wren returns to the screen this fall at last," Studioworks tweeted.'
    )
    assert _quotes(text) == set()


def test_a_parenthesised_actor_is_an_aside() -> None:
    text = (
        "Ada Wren is back. Like Tom (Ben Gale) in the show, her character returns.\n\n"
        '"I love her so very much and I always did," the actress said.'
    )
    assert {speaker for speaker, _ in _quotes(text)} == {"Ada Wren"}


def test_title_after_a_kind_of_work() -> None:
    assert _titles("He starred in the stage hit Jerusalem last year.") == {"Jerusalem"}


def test_title_after_a_part() -> None:
    assert "Night Harbor 2" in _titles("Ada Wren will star in Night Harbor 2, due next year.")


def test_title_before_star_or_fans() -> None:
    assert _titles("Cold Harbor star Ada Wren waved to Night Falls fans.") == {
        "Cold Harbor",
        "Night Falls",
    }


def test_title_before_starring_or_release() -> None:
    text = "It includes Blue Cove 2, starring Ada Wren. Red Sky is set to release in May."
    assert _titles(text) == {"Blue Cove 2", "Red Sky"}


def test_a_name_that_speaks_is_no_title() -> None:
    assert _titles("As for the sequel, Wren said it was fun.") == set()


def test_modifiers_and_years_are_no_titles() -> None:
    assert _titles("The Oscar-winning director praised the 2017 reboot.") == set()


def test_reprise_role_in_bare_title() -> None:
    text = "Ada Wren has signed on to reprise her role as Captain Jo Reyes in Night Harbor 2."
    assert ("Ada Wren", "Night Harbor 2", "Captain Jo Reyes") in _cast(text)


def test_title_role() -> None:
    text = "Ada Wren will play the title role in The Lantern, a film about a lighthouse."
    assert ("Ada Wren", "The Lantern", "The Lantern") in _cast(text)


def test_cast_members_list() -> None:
    text = (
        "The show “Cold Harbor” is back. Other cast members Ada Wren and Ben Gale "
        "will all be returning."
    )
    assert _cast(text) == {("Ada Wren", "Cold Harbor", None), ("Ben Gale", "Cold Harbor", None)}


def test_returning_in_original_roles() -> None:
    text = "The show “Cold Harbor” is back, as Ada Wren will be returning in original roles."
    assert _cast(text) == {("Ada Wren", "Cold Harbor", None)}


def test_a_list_then_a_relative_clause_then_the_verb() -> None:
    text = (
        "The film “Red Sky” opens. Ada Wren, Ben Gale, who played the kids, "
        "are also coming back for it."
    )
    assert ("Ben Gale", "Red Sky", None) in _cast(text)


def test_star_as_noun_in_a_later_clause_is_no_credit() -> None:
    text = (
        "The film “Red Sky” opens. Ada Wren and Ben Gale join, while Blue Cove star Cy Dunn waits."
    )
    assert ("Ada Wren", "Blue Cove", None) not in _cast(text)


def test_who_starred_in() -> None:
    text = "The series “Cold Harbor” is back. Ada Wren, who starred in Night Falls, waved."
    assert ("Ada Wren", "Night Falls", None) in _cast(text)


def test_untitled_sequel_and_the_returning_cast() -> None:
    text = (
        "The studio is making the sequel to the hit film “Red Sky”. "
        "Ada Wren and Ben Gale are all coming back for the sequel."
    )
    cast = _cast(text)
    assert ("Ada Wren", "Red Sky sequel", None) in cast
    assert ("Ada Wren", "Red Sky", None) in cast


def test_a_name_with_an_inner_capital() -> None:
    text = "The film “Red Sky” opens. It stars Danny DeVito and Ser'Lena Park."
    assert _cast(text) == {("Danny DeVito", "Red Sky", None), ("Ser'Lena Park", "Red Sky", None)}


def test_a_repeated_quote_is_one_quote() -> None:
    text = (
        "Ada Wren said she ''could not be happier'' today.\n\n"
        "Ada Wren added she ''could not be happier'' again."
    )
    assert len(extract(text, published=PUB).facts.quotes) == 1


def _events(text: str) -> set[tuple[str, str]]:
    return {(str(e.date), e.what) for e in extract(text, published=PUB).facts.events}


def test_a_quote_opened_after_a_colon_is_one_quote_a_paragraph() -> None:
    text = 'Ada Wren added: "We shot it in the rain for weeks.\n\n"Then the sun came out at last."'
    assert _quotes(text) == {
        ("Ada Wren", "We shot it in the rain for weeks."),
        ("Ada Wren", "Then the sun came out at last."),
    }


def test_a_paragraph_opening_with_a_single_mark_is_a_quote() -> None:
    text = "Ada Wren was back.\n\n'It was a long wait for all of us,' she told a reporter."
    assert _quotes(text) == {("Ada Wren", "It was a long wait for all of us,")}


def test_words_listed_by_a_passive_description_are_nobody_s() -> None:
    text = 'Ada Wren is described as having "real warmth" and skills including "mixing jokes well".'
    assert _quotes(text) == set()


def test_an_unnamed_speaker_keeps_the_quote_and_its_paragraph() -> None:
    text = 'Ada Wren left. "We wish her well in all she does," a studio rep said. "Truly, we do."'
    assert _quotes(text) == set()


def test_a_description_goes_to_the_person_tied_to_it() -> None:
    text = (
        "Ada Wren will star in Tom Gale's film about a lighthouse. "
        'The director said she was "the only choice" for it.'
    )
    assert _quotes(text) == {("Tom Gale", "the only choice")}


def test_a_quote_paragraph_after_an_announcing_sentence() -> None:
    text = (
        "We spoke to director Tom Gale.\n\nHere is what he had to say.\n\n"
        '"We are writing the next one now and it is going well."'
    )
    assert _quotes(text) == {("Tom Gale", "We are writing the next one now and it is going well.")}


def test_a_day_and_month_without_a_year() -> None:
    assert ("2020-04-23", "Ada Wren was cast.") in _events("Ada Wren was cast on 23rd April.")


def test_an_event_tells_what_happened_without_its_date() -> None:
    # A date question whose prompt holds its answer is refused, so the date is taken out.
    assert _events("The Stone Lane franchise took the world by storm back in 1996, at last.") == {
        ("1996", "The Stone Lane franchise took the world by storm, at last.")
    }
    assert _events("On Tuesday, Apr. 28, Ada Wren said yes.") == {
        ("2020-04-28", "On Tuesday, Ada Wren said yes.")
    }
    assert {what for _, what in _events("The show, which aired from 2007 to 2010, was a hit.")} == {
        "The show, which aired, was a hit."
    }


def test_an_embedded_post_signature_is_dropped() -> None:
    text = "Ada Wren smiled.\nSo happy! — Ada Wren (@adawren) 23 April 2016\nShe waved."
    assert paragraphs_of(text) == ["Ada Wren smiled.", "She waved."]


def test_the_years_a_show_ran() -> None:
    text = "The sitcom “Night Harbor” ran on NBC from 1992 to 1999."
    assert {"“Night Harbor” began its run", "“Night Harbor” ended its run"} <= {
        what for _, what in _events(text)
    }


def test_title_before_season_number_opens_a_sentence() -> None:
    assert "Gloamhaven" in _titles("Gloamhaven season 3 begins filming in May.")


def test_title_before_plural_sequels_and_universe() -> None:
    assert "Skyrend" in _titles("Ada Wren returns for two Skyrend sequels.")
    assert "Skyrend" in _titles("She is back in the Skyrend cinematic universe.")


def test_a_holiday_word_is_a_title_before_franchise() -> None:
    assert "Christmas" in _titles("It is the sixth film in the Christmas franchise.")
    assert "Christmas" not in _titles("He loved the Christmas lights.")


def test_titled_names_the_title() -> None:
    assert "Dusk Harbor: Low Tide" in _titles("Its revival, titled Dusk Harbor: Low Tide, is out.")


def test_a_follow_up_appositive_names_both_works() -> None:
    text = "Studioworks said Pale Ridge 2, a follow-up to last year's Pale Ridge, is planned."
    assert {"Pale Ridge 2", "Pale Ridge"} <= _titles(text)


def test_article_and_kind_around_a_title() -> None:
    assert "Marrowby" in _titles("Fans want another Marrowby movie soon.")
    assert _titles("Fans want another Marvel movie soon.") == set()


def test_dash_which_also_stars() -> None:
    text = (
        "Ada Wren is thrilled. Gloamhaven - which also stars Tom Reed and Mia Cole - airs Sundays."
    )
    assert {("Tom Reed", "Gloamhaven", None), ("Mia Cole", "Gloamhaven", None)} <= _cast(text)


def test_a_describing_word_before_a_title_is_dropped() -> None:
    assert "Harbour Lane" in _titles("Former Harbour Lane star Ada Wren is back.")


def test_a_decade_or_two_letters_is_no_title() -> None:
    assert _titles("It was the 1990s ABC sitcom. He loved the OG series.") == set()


def test_a_quoted_title_before_fans() -> None:
    text = 'It is a big week for "Gloamhaven" fans. Ada Wren, who plays Mia Cole, is back.'
    assert ("Ada Wren", "Gloamhaven", "Mia Cole") in _cast(text)


def test_returning_as_an_epithet_with_small_words() -> None:
    text = "The series “Gloamhaven” is back. Ada Wren will be returning as the feared Queen of Ash."
    assert ("Ada Wren", "Gloamhaven", "Queen of Ash") in _cast(text)


def test_join_returning_actors() -> None:
    text = "The film “Skyrend” is back. Ada Wren will join returning actors Tom Reed and Mia Cole."
    assert {("Tom Reed", "Skyrend", None), ("Mia Cole", "Skyrend", None)} <= _cast(text)


def test_a_part_described_by_a_possessive_and_a_version() -> None:
    text = (
        "The film “Skyrend” opens. Ada Wren played Tom Reeds’ oldest rival, Mia Cole. "
        "Dan Holt played the grown-up version of Kit in the film."
    )
    assert {("Ada Wren", "Skyrend", "Mia Cole"), ("Dan Holt", "Skyrend", "Kit")} <= _cast(text)


def test_part_first_actor_in_parentheses() -> None:
    text = (
        "The series “Gloamhaven” ended. Kit (Dan Holt) left town with brother Rob Vance "
        "(Tom Reed), but Lena Moss (Mia Cole) stayed."
    )
    found = _cast(text)
    assert {("Dan Holt", "Gloamhaven", "Kit"), ("Tom Reed", "Gloamhaven", "Rob Vance")} <= found
    # Two full names in brackets go the way the page writes its other pairs (round eighteen):
    # "Kit (Dan Holt)" puts the part first, so Mia Cole plays Lena Moss.
    assert ("Mia Cole", "Gloamhaven", "Lena Moss") in found
    assert not any(person == "Lena Moss" for person, _, _ in found)


def test_a_quoted_title_before_villain() -> None:
    text = "The film “Skyrend” opens. It is no “Marrowby” villain Kit (Dan Holt), though."
    assert ("Dan Holt", "Marrowby", "Kit") in _cast(text)


def test_alongside_someone_shares_their_work() -> None:
    text = (
        "Ada Wren will star as Kit in the film “Skyrend”. She was in the show “Marrowby” too. "
        "Alongside Wren, Tom Reed will star as Rob."
    )
    assert ("Tom Reed", "Skyrend", "Rob") in _cast(text)


def test_as_will_adds_a_list_to_a_return() -> None:
    text = (
        "Hit sitcom Stone Lane is coming back. Its creators Ada Wren and Tom Hale wrote it. "
        "Wren and Hale will return to their roles as Milly and Dai, as will Mia Cole and Rob Lamb."
    )
    assert _cast(text) >= {
        ("Ada Wren", "Stone Lane", "Milly"),
        ("Tom Hale", "Stone Lane", "Dai"),
        ("Mia Cole", "Stone Lane", None),
        ("Rob Lamb", "Stone Lane", None),
    }


def test_joined_by_names_what_they_are_before_the_list() -> None:
    text = (
        "The drama Stone Lane films in May. "
        "Ada Wren leads it, joined by veteran actors Mia Cole and Rob Lamb."
    )
    assert {("Mia Cole", "Stone Lane", None), ("Rob Lamb", "Stone Lane", None)} <= _cast(text)


def test_a_title_star_is_that_title_s_cast_only() -> None:
    text = (
        "Ada Wren is back for the thriller Stone Lane. She will be joined by Mia Cole, "
        "while Sea Fog star Rob Lamb is in talks for a role."
    )
    cast = _cast(text)
    assert ("Mia Cole", "Stone Lane", None) in cast
    assert ("Mia Cole", "Sea Fog", None) not in cast
    assert ("Rob Lamb", "Sea Fog", None) in cast


def test_returning_to_a_numbered_sequel_credits_the_original_too() -> None:
    text = (
        "The thriller Stone Lane 2 is on its way, a follow-up to Stone Lane. "
        "Ada Wren and Mia Cole are all coming back for the film."
    )
    assert {
        ("Ada Wren", "Stone Lane 2", None),
        ("Ada Wren", "Stone Lane", None),
        ("Mia Cole", "Stone Lane", None),
    } <= _cast(text)


def test_a_guessed_return_credits_only_the_original() -> None:
    text = (
        "The thriller Stone Lane 2 is on its way, a follow-up to Stone Lane. Nobody has "
        "signed on, but it seems likely we will see the return of Ada Wren and Mia Cole."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Stone Lane", None), ("Mia Cole", "Stone Lane", None)} <= cast
    assert not any(work == "Stone Lane 2" for _, work, _ in cast)


def _dated(text: str, published: DateValue = PUB) -> set[tuple[str, str | None]]:
    return {(str(e.date), e.work) for e in extract(text, published=published).facts.events}


def test_an_abbreviated_month_ends_no_sentence_but_a_day_does() -> None:
    doc = parse("On Tuesday, Aug. 24, Ada Wren said so. It premieres Nov. 7. The fans wait.")
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "On Tuesday, Aug. 24, Ada Wren said so.",
        "It premieres Nov. 7.",
        "The fans wait.",
    ]


def test_a_premiere_in_the_present_tense_is_still_to_come() -> None:
    dates = {date for date, _ in _dated("The drama Stone Lane premieres Feb. 7.")}
    assert dates == {"2021-02-07"}


def test_a_show_returning_on_a_weekday_returns_after_publication() -> None:
    # 4 May 2020 is a Monday.
    assert {date for date, _ in _dated("The hit show Stone Lane returns Friday.")} == {"2020-05-08"}


def test_holidays_are_dates() -> None:
    assert {d for d, _ in _dated("The sitcom Stone Lane is back on Christmas Day.")} == {
        "2020-12-25"
    }
    assert {d for d, _ in _dated("The sitcom Stone Lane is back last Christmas.")} == {"2019-12"}
    assert {d for d, _ in _dated("The 2010 New Year's Day finale of Stone Lane drew fans.")} >= {
        "2010-01-01"
    }


def test_a_release_in_parentheses_is_to_come() -> None:
    published = DateValue(2013, 7, 2)
    text = 'Ada Wren has two comedies: "Sea Fog" (out July 19) and "Stone Lane" (also out in May).'
    assert _dated(text, published) >= {("2013-07-19", "Sea Fog"), ("2014-05", "Stone Lane")}


def test_two_works_dated_in_one_sentence_are_two_events() -> None:
    published = DateValue(2013, 7, 2)
    text = (
        'Ada Wren has two comedies: "Sea Fog" (out this Christmas) '
        'and "Stone Lane" (out in December).'
    )
    assert _dated(text, published) >= {("2013-12", "Sea Fog"), ("2013-12", "Stone Lane")}


def test_an_embedded_post_is_dropped() -> None:
    text = "Ada Wren is back.\nSee you at Christmas #StoneLane pic.twitter.com/gTRa3\nShe waved."
    assert paragraphs_of(text) == ["Ada Wren is back.", "She waved."]


def test_signed_up_for_a_title_is_a_credit_in_it() -> None:
    text = "Ada Wren is officially signed up for Stone Lane, the sequel to Sea Fog."
    assert ("Ada Wren", "Stone Lane", None) in _cast(text)


def test_back_as_gives_the_part() -> None:
    text = "The thriller Stone Lane starts filming. Ada Wren will be back as Milly Dean."
    assert ("Ada Wren", "Stone Lane", "Milly Dean") in _cast(text)


def test_the_original_star_is_cast_in_the_work() -> None:
    text = 'Talk of a "Stone Lane" sequel goes on without original star and co-writer Ada Wren.'
    assert ("Ada Wren", "Stone Lane", None) in _cast(text)


def test_a_person_s_character_is_their_part() -> None:
    text = "The drama Stone Lane is back. Fans miss Ada Wren's character Milly Dean, who died."
    assert ("Ada Wren", "Stone Lane", "Milly Dean") in _cast(text)


def test_a_reappearance_as_a_part_ending_before_a_dash() -> None:
    text = (
        "The drama Stone Lane is back, but it is not clear whether Ada Wren will make a "
        "reappearance as Milly Dean – her character died."
    )
    assert ("Ada Wren", "Stone Lane", "Milly Dean") in _cast(text)


def test_a_dateline_is_no_event() -> None:
    assert _dated("Los Angeles, May 8 (PTI) Ada Wren is back for the film Stone Lane.") == set()


def test_a_month_and_day_this_year() -> None:
    assert {d for d, _ in _dated("The film Stone Lane will bow out on December 13 this year.")} == {
        "2020-12-13"
    }


def test_a_release_named_as_a_thing_is_to_come() -> None:
    text = "Ada Wren spoke about the Blu-ray release on April 3 of the film Stone Lane."
    assert {d for d, _ in _dated(text)} == {"2021-04-03"}


def test_a_date_that_modifies_a_noun_stays_in_the_event() -> None:
    text = "Earlier this month, the studio confirmed a follow-up to this summer's film Stone Lane."
    assert any("this summer's film" in e.what for e in extract(text, published=PUB).facts.events)


def test_a_surname_in_parentheses_after_a_part_is_the_actor() -> None:
    text = (
        "The sitcom Stone Lane starred Ada Wren and Tom Hale. "
        "It told the story of Milly (Wren), from Essex, and Dai (Hale), from Wales."
    )
    assert {("Ada Wren", "Stone Lane", "Milly"), ("Tom Hale", "Stone Lane", "Dai")} <= _cast(text)


def test_a_part_named_with_the_keeps_it() -> None:
    text = (
        "The drama Stone Lane is back, and the Night Walker, who was played by Ada Wren, returns."
    )
    assert ("Ada Wren", "Stone Lane", "the Night Walker") in _cast(text)


def test_parts_before_played_by_in_brackets_map_in_order_and_share_a_surname() -> None:
    text = (
        "The comedy Stone Lane returns. "
        "Adam and Barbara Hale (played by Tom Webb and Mia Cole) were the couple."
    )
    assert {
        ("Tom Webb", "Stone Lane", "Adam Hale"),
        ("Mia Cole", "Stone Lane", "Barbara Hale"),
    } <= _cast(text)


def test_a_quote_paragraph_after_a_sentence_about_someone_talking() -> None:
    text = (
        "Ada Wren is back in Stone Lane, and she opened up about it at length.\n\n"
        '"It was the best time of my life."'
    )
    assert _quotes(text) == {("Ada Wren", "It was the best time of my life.")}


def test_a_work_in_parentheses_after_a_name_is_that_person_s() -> None:
    text = (
        "The film Stone Lane is out. "
        "Alongside Tom Hale, Charles Baker (The Blacklist) will star as Skinny Pete."
    )
    assert {
        ("Charles Baker", "The Blacklist", None),
        ("Charles Baker", "Stone Lane", "Skinny Pete"),
    } <= _cast(text)


def test_a_title_shaped_parenthesis_is_no_part_and_a_later_part_wins() -> None:
    text = (
        "The series Stone Lane has been renewed. Tom Hale (Night Shift: Dawn) and Ada Wren "
        "(Crumbs and Dry Spell) have joined the cast. Hale will play Saxon, while Wren will "
        "play Edith."
    )
    found = _cast(text)
    assert {("Tom Hale", "Stone Lane", "Saxon"), ("Ada Wren", "Stone Lane", "Edith")} <= found
    assert not {role for _, _, role in found} & {"Night Shift: Dawn", "Crumbs and Dry Spell"}


def test_who_plays_in_parentheses_gives_the_part() -> None:
    text = (
        "The series Stone Lane has been renewed, and cast member Tom Hale (who plays Saxon) "
        "has been promoted to series regular."
    )
    assert ("Tom Hale", "Stone Lane", "Saxon") in _cast(text)


def test_signing_on_for_or_joining_the_cast_of_names_the_work() -> None:
    text = (
        "Tom Hale has signed on for Stone Lane. The film stars Ada Wren and Mia Cole. "
        "Ben Ash will join the cast of Dry Spell, which stars Ana Lee."
    )
    found = {(person, work) for person, work, _ in _cast(text)}
    assert {
        ("Tom Hale", "Stone Lane"),
        ("Ada Wren", "Stone Lane"),
        ("Ben Ash", "Dry Spell"),
    } <= found


def test_a_photo_credit_and_an_image_file_name_are_dropped() -> None:
    text = "Harbor S10E10 Still - H 2015\nAda Lee/The CW\n\nAda Wren smiled.\n\nGetty Images"
    assert paragraphs_of(text) == ["Ada Wren smiled."]
    assert paragraphs_of("He said yes/no.\n\nThe end and/or not") == [
        "He said yes/no.",
        "The end and/or not",
    ]


def test_a_headline_quotes_its_works_title_and_a_phrase() -> None:
    text = (
        "Comic-Con: 'Harbor' Panelists Tout Season 11's \"Epic Feel\"\n\n"
        "Harbor's panel was fun. Moderated by Harbor guest stars Tom Hale Jr. and Bo Lind, "
        "it was a lighthearted occasion with an epic feel.\n\n"
        '"Now we are left with the cleanup," Ada Wren (Dean) previewed.'
    )
    assert {w.title for w in extract(text, published=PUB).facts.works} == {"Harbor"}
    assert _cast(text) == {
        ("Tom Hale Jr.", "Harbor", None),
        ("Bo Lind", "Harbor", None),
        ("Ada Wren", "Harbor", "Dean"),
    }
    assert _quotes(text) == {("Ada Wren", "Now we are left with the cleanup,")}


def test_a_studios_possessive_names_its_work() -> None:
    text = "Marvel Television and Fox Television's Legion was a hit. It stars Ada Wren."
    assert _titles(text) == {"Legion"}


def test_a_short_quote_that_is_a_sentence_of_its_own_is_speech() -> None:
    text = (
        "“I never thought I would do this at my age,” Ada Wren told Vogue. “It’s a dream.” "
        "She added that she was “so grateful” for the part."
    )
    assert _quotes(text) == {
        ("Ada Wren", "I never thought I would do this at my age,"),
        ("Ada Wren", "It’s a dream."),
        ("Ada Wren", "so grateful"),
    }


def test_an_actor_whose_surname_is_a_word_of_an_outlets_name() -> None:
    text = "Asked whether she would return, Emma Stone laughed. “Never say never.”"
    assert _quotes(text) == {("Emma Stone", "Never say never.")}


def test_returning_for_a_season_is_being_cast_in_it() -> None:
    text = "Ada Wren is returning for the second season of The Glass House."
    assert _cast(text) == {("Ada Wren", "The Glass House", None)}


def test_a_short_quote_claimed_by_an_age() -> None:
    text = "Ada Wren, 41, also spoke. “I cannot wait,” the 41-year-old added."
    assert _quotes(text) == {("Ada Wren", "I cannot wait,")}


def test_one_word_titles_in_quotes_as_us_outlets_write_them() -> None:
    text = (
        'Ada Wren has joined the cast of Paramount+\'s "Lioness," Variety has learned. '
        "Wren will star opposite Bo Lind in the thriller from Tom Hale, the creator of "
        '"Yellowstone." She is known for her roles in "Avatar," "Guardians of the Galaxy" '
        'and "Star Trek." The seven-minute "Bolero" sequence came first; the "Bolero" '
        'sequence was a hit. "Lioness" premieres later this year.'
    )
    works = {w.title for w in extract(text, published=PUB).facts.works}
    assert works == {"Lioness", "Yellowstone", "Avatar", "Guardians of the Galaxy", "Star Trek"}
    assert ("Bo Lind", "Lioness", None) in _cast(text)
    assert not {c for c in _cast(text) if c[1] == "Yellowstone"}


def test_a_uk_casting_story_with_its_titles_unquoted() -> None:
    text = (
        "Ada Wren to star in new BBC drama\n\nAda Wren is to star in a new BBC One drama.\n\n"
        "The Oscar winner will play Detective Inspector Jane Hale in The Long Watch, a six-part "
        "thriller set in Yorkshire.\n\nShe said: 'I have wanted to do this for years.'\n\n"
        "The series also stars Tom Hale and Bo Lind.\n\nWren won an Oscar in 2019 for The Keep."
    )
    works = {w.title for w in extract(text, published=PUB).facts.works}
    assert works == {"The Long Watch", "The Keep"}
    assert {c[:2] for c in _cast(text)} == {
        ("Ada Wren", "The Long Watch"),
        ("Tom Hale", "The Long Watch"),
        ("Bo Lind", "The Long Watch"),
    }
    assert _quotes(text) == {("Ada Wren", "I have wanted to do this for years.")}


def test_a_directors_name_before_film_is_no_title() -> None:
    text = "Ada Wren to play Nell in Tom Hale film\n\nThe director said he was “thrilled”."
    assert _titles(text) == set()


def test_a_channels_possessive_is_no_part_of_the_title_and_seen_in_names_a_work() -> None:
    text = (
        "Tom Hale won an Emmy for his role in Netflix's When They Meet. Ada Wren, who starred "
        "in Glass House, was most recently seen in Furiosa: A Long Saga."
    )
    assert _titles(text) == {"When They Meet", "Glass House", "Furiosa: A Long Saga"}


def test_a_part_described_is_no_person_and_a_season_makes_a_show() -> None:
    text = (
        "'Glass House' Season 3 review\n\nFX's Glass House returns this week. Ada Wren is back "
        "as Nell Ford, the chef who came home to run the family shop."
    )
    facts = extract(text, published=PUB).facts
    assert [(c.person, c.role) for c in facts.cast] == [("Ada Wren", "Nell Ford")]
    assert [p.name for p in facts.people] == []
    assert [w.kind for w in facts.works] == ["show"]


def test_the_head_of_a_title_is_no_person() -> None:
    text = (
        "Tom Hale on returning to Kit Moss: 'I am not done yet'\n\nTom Hale stars in Kit "
        "Moss: Chapter 4. On whether it is the last one, he was coy: “Never say never.”"
    )
    assert {q.speaker for q in extract(text, published=PUB).facts.quotes} == {"Tom Hale"}


def test_a_question_or_a_cry_in_quotes_goes_on_to_its_speaker() -> None:
    text = "“Why not?” Ada Lee asked.\n\n“Back where I belong!” Tom Hale wrote on Instagram."
    assert _quotes(text) == {("Ada Lee", "Why not?"), ("Tom Hale", "Back where I belong!")}


def test_a_quoted_titles_possessive_and_a_cast_member_of_it() -> None:
    text = (
        "Ada Wren leads the series “Glass House.” It also stars “The Good Place’s” Tom Hale and "
        "“Inventing Anna” cast member Bo Lind."
    )
    assert {w.title for w in extract(text, published=PUB).facts.works} == {
        "Glass House",
        "The Good Place",
        "Inventing Anna",
    }
    assert {("Tom Hale", "The Good Place", None), ("Bo Lind", "Inventing Anna", None)} <= _cast(
        text
    )


def test_a_quoted_title_before_a_name_with_only_a_comma_is_no_credit() -> None:
    text = "The series Glass House returns. Asked about the film “Harbor Lights,” Ada Wren laughed."
    assert ("Ada Wren", "Harbor Lights", None) not in _cast(text)


def test_a_network_or_an_outlet_makes_a_statement() -> None:
    text = (
        "Ada Wren is leaving “Glass House.” “We wish her well,” CBS said in a statement. "
        "In a statement, Marvel Studios said: “The film is delayed.” "
        "“A new player in the family,” notes Deadline."
    )
    assert _quotes(text) == {
        ("CBS", "We wish her well,"),
        ("Marvel Studios", "The film is delayed."),
        ("Deadline", "A new player in the family,"),
    }


def test_a_studios_post_and_an_unnamed_network_are_no_statements() -> None:
    text = (
        "Ada Wren is leaving “Glass House.” “She returns as Nell in May,” Blumhouse tweeted. "
        "“We wish her well,” the network said."
    )
    assert _quotes(text) == set()


def test_a_headlines_words_after_its_colon_are_no_subtitle() -> None:
    text = (
        "Starz TV’s Glass Harbor: All the New Faces in Season Two\n\n"
        "Ada Wren stars in the series Rover Nights: The Long Watch."
    )
    assert _titles(text) >= {"Glass Harbor", "Rover Nights: The Long Watch"}
    assert "Glass Harbor: All the New Faces in Season Two" not in _titles(text)


def test_an_association_is_no_speaker_of_the_words_after_adding() -> None:
    text = (
        "Ada Wren is back. “It was the best job I ever had,” Wren said during a panel for "
        "the Television Critics Association on Monday, adding, “I miss it every day.”"
    )
    assert _quotes(text) == {
        ("Ada Wren", "It was the best job I ever had,"),
        ("Ada Wren", "I miss it every day."),
    }


def test_a_surname_that_is_also_an_organisation_word_is_a_person() -> None:
    text = "Gabrielle Union will star in “Harbor Lights.” “It is a dream,” Union said."
    assert ("Gabrielle Union", "Harbor Lights", None) in _cast(text)
    assert _quotes(text) == {("Gabrielle Union", "It is a dream,")}


def test_a_first_name_that_is_also_a_streamer_is_a_person() -> None:
    text = "Max Lind is nine. “I can't find my mom,” Max says."
    assert _quotes(text) == {("Max Lind", "I can't find my mom,")}
