"""False readings found trying fresh pages as a new user would (round eight): a casting
round-up (IMDb's film casting updates) and a new-season cast announcement (Deadline's Doctor
Who page). Each rule is read on made-up sentences, with a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2018, 6, 1))
_facts, _works, _cast = READ.facts, READ.works, READ.cast


def _people(text: str) -> set[str]:
    facts = _facts(text)
    named = {c.person for c in facts.cast} | {p.name for p in facts.people}
    return named | {q.speaker for q in facts.quotes} | {n for e in facts.events for n in e.people}


def test_a_part_played_in_a_titled_work_is_no_title_of_its_own() -> None:
    text = (
        "With Ada Wren already reportedly on board to play Nora Vance in It: Part Two, the "
        "grown-up version of the Harbor Club is taking shape."
    )
    assert _works(text) == {"It: Part Two"}


def test_a_title_with_in_and_no_person_before_it_stays_whole() -> None:
    text = "Ada Wren will star in the new film Murder in Glass Harbor, out next year."
    assert "Murder in Glass Harbor" in _works(text)


def test_the_version_of_an_actors_character_is_no_adaptation() -> None:
    text = "Tom Hale is in talks to play the adult version of Bo Lind's Nora Vance in the sequel."
    assert "Nora Vance" not in _works(text)


def test_the_adaptation_of_a_writers_book_is_a_title() -> None:
    text = "Ada Wren will star in the new adaptation of Bo Lind's Glass Harbor for Netflix."
    assert any(title.startswith("Glass Harbor") for title in _works(text))


def test_a_named_character_is_no_work() -> None:
    text = (
        "Wren will play the title character, a spymaster who is said to have inspired the "
        "Miss Marlow character in the spy novels."
    )
    assert "Miss Marlow" not in _works(text)


def test_a_works_characters_name_the_work() -> None:
    text = "Ada Wren will voice one of the Night Harbor characters in the new game."
    assert "Night Harbor" in _works(text)


def test_a_title_left_without_its_article_is_no_person() -> None:
    text = (
        "Hot on the heels of his breakout role in A Silent Harbor, Tom Hale has been added to "
        "the cast of the upcoming movie Honey Lane."
    )
    cast = _cast(text)
    assert ("Tom Hale", "Honey Lane", None) in cast
    assert "Silent Harbor" not in {person for person, _, _ in cast}


def test_a_writer_with_his_show_in_parentheses_is_no_cast() -> None:
    text = (
        "The new series of “Night Harbor” is coming. New head writer and executive producer "
        "Bo Lind (Broadlands) decided to shake up the casting."
    )
    assert not _cast(text)


def test_an_actor_with_a_part_in_parentheses_is_still_cast() -> None:
    text = (
        "The BBC’s long-running Night Harbor series is back. Joining Ada Wren will be Tom "
        "Hale (Ryan) and Bo Lind (Yasmin)."
    )
    cast = _cast(text)
    assert {("Tom Hale", "Night Harbor", "Ryan"), ("Bo Lind", "Night Harbor", "Yasmin")} <= cast


def test_a_networks_long_running_series_is_a_title() -> None:
    text = "Ada Wren has joined the BBC’s long-running Night Harbor series as a new doctor."
    assert "Night Harbor" in _works(text)


def test_a_persons_long_running_series_needs_more_than_a_name() -> None:
    text = "Ada Wren said Tom Hale’s long-running series was her favourite."
    assert not _works(text)


def test_a_question_word_makes_no_persons_name() -> None:
    text = "Fans of the show were thrilled. Doctor Who returns in the autumn. “It will be grand.”"
    assert "Doctor Who" not in _people(text)


def test_a_part_named_in_words_in_parentheses_is_the_part() -> None:
    text = (
        "The show “Night Harbor” is back. Joining Ada Wren will be Tom Hale (whose character "
        "is named Graham), Bo Lind (Ryan), and Kim Dale (Yasmin)."
    )
    assert ("Tom Hale", "Night Harbor", "Graham") in _cast(text)


def test_also_joining_the_series_is_a_cast_member() -> None:
    text = "The show “Night Harbor” is back. Also joining the series is Sharon D. Clarke."
    assert ("Sharon D. Clarke", "Night Harbor", None) in _cast(text)


def test_also_joining_her_on_a_trip_is_no_cast() -> None:
    text = "The show “Night Harbor” is back. Also joining her on the trip is her husband Tom Hale."
    assert not _cast(text)


def test_actors_who_joined_a_work_and_the_list_of_them_are_its_cast() -> None:
    text = (
        "Five new actors have joined Night Harbor and will be series regulars. The actors "
        "include: Ada Wren (Black Mirror), Tom Hale (Tom and Jerry), and Bo Lind (Billions)."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Night Harbor", None), ("Bo Lind", "Night Harbor", None)} <= cast
    assert ("Tom Hale", "Tom and Jerry", None) in cast


def test_the_actors_she_admires_are_no_list_of_cast() -> None:
    text = "Ada Wren said the actors include many friends, and Tom Hale agreed."
    assert not _cast(text)


def test_a_tentative_title_is_a_title() -> None:
    text = (
        "Ada Wren has been added to the cast of a spy thriller with the tentative title Miss "
        "Marlow's Army. Wren will play the title character, Vera Marlow."
    )
    assert ("Ada Wren", "Miss Marlow's Army", "Vera Marlow") in _cast(text)


def test_a_title_for_an_award_is_no_work() -> None:
    text = "Ada Wren won the title of best newcomer at the festival."
    assert not _works(text)


REVIEW = (
    "Night Harbor ****\n\n"
    "Set in two parts, Justine (Ada Wren) is a depressive who longs for a castle wedding. When "
    "it all goes wrong, her older sister, Claire (Bo Lind), is left to pick up the pieces.\n\n"
    "From its opening, Night Harbor is a strangely hypnotic ode to human suffering."
)


def test_a_reviews_heading_with_its_star_rating_names_the_work() -> None:
    assert {("Ada Wren", "Night Harbor", "Justine"), ("Bo Lind", "Night Harbor", "Claire")} <= (
        _cast(REVIEW)
    )


def test_a_headline_with_stars_in_it_is_no_title() -> None:
    text = "Ada Wren Gives Five Stars To Her Sister\n\nThe actress shared a photo on Monday."
    assert not _works(text)


def test_a_reviews_box_of_credits_gives_the_cast() -> None:
    text = (
        "Director: Bo Lind\nCast: Ada Wren, Tom Hale, Kim Dale\nGenre: Drama\n"
        "'Night Harbor' is a tense and chilling triumph."
    )
    assert {
        ("Ada Wren", "Night Harbor", None),
        ("Tom Hale", "Night Harbor", None),
        ("Kim Dale", "Night Harbor", None),
    } <= _cast(text)


def test_a_cast_label_that_runs_on_is_no_box_of_credits() -> None:
    text = "'Night Harbor' is back.\n\nCast: Ada Wren and Tom Hale were seen at lunch in May."
    assert not _cast(text)


def test_a_nationality_and_an_office_make_no_persons_name() -> None:
    text = (
        "The film Night Harbor follows a journalist covering the 2009 Iranian Presidential "
        "elections, said Ada Wren."
    )
    assert "Iranian Presidential" not in _people(text)


REVIVAL = (
    'Fans cheered when Netflix confirmed the revival of "Night Harbor". Ada Wren, who played '
    "Lorna Hale, walked onto set with her TV daughter Kim Dale (Rory Hale). Her on-screen beau "
    "Tom Hale (Luke Dane) tweeted a photo. The cast will return without Richard Hale, portrayed "
    "by the late Bo Lind."
)


def test_kin_on_screen_is_the_actor_with_the_part_in_parentheses() -> None:
    cast = _cast(REVIVAL)
    assert ("Kim Dale", "Night Harbor", "Rory Hale") in cast
    assert ("Tom Hale", "Night Harbor", "Luke Dane") in cast
    assert not {person for person, _, _ in cast} & {"Rory Hale", "Luke Dane"}


def test_kin_in_the_story_is_the_part_with_the_actor_in_parentheses() -> None:
    text = 'In "Night Harbor", her brother Tom Hale (Bo Lind) returns from the war.'
    assert ("Bo Lind", "Night Harbor", "Tom Hale") in _cast(text)


def test_a_part_portrayed_by_the_late_actor() -> None:
    assert ("Bo Lind", "Night Harbor", "Richard Hale") in _cast(REVIVAL)


def test_a_photo_taken_by_the_late_photographer_is_no_part() -> None:
    text = 'The poster of "Night Harbor" shows Richard Hale, photographed by the late Bo Lind.'
    assert not _cast(text)


def test_a_title_before_season_with_a_capital_names_the_show() -> None:
    text = (
        "It'll be a long wait for Night of Kings Season 7, but the cast of Night of Kings met "
        "fans anyway, with stars Ada Wren, Tom Hale and Bo Lind."
    )
    assert {("Ada Wren", "Night of Kings", None), ("Bo Lind", "Night of Kings", None)} <= (
        _cast(text)
    )


def test_a_headlines_capitals_before_season_are_no_title() -> None:
    text = "Panelists Tout Season 11 at the Fair\n\nAda Wren and Tom Hale spoke to fans."
    assert not _works(text)


def test_a_determiner_before_a_title_is_no_part_of_it() -> None:
    text = "These Night of Kings season 2 announcements will please fans of Ada Wren."
    assert _works(text) == {"Night of Kings"}


WEDNESDAY = (
    "Netflix confirmed today (Tuesday, May 7) that filming is underway on Wednesday season 2. "
    "There are new faces among the season 2 cast, including Ada Wren and Tom Hale. The show "
    "has also drafted in legendary actor Bo Lind as a guest star. Lind played Uncle Fester in "
    "the two Addams Family films, but the beloved character was portrayed by Kim Dale in "
    "Wednesday season 1."
)


def test_a_days_name_before_season_is_a_show() -> None:
    cast = _cast(WEDNESDAY)
    assert {
        ("Ada Wren", "Wednesday", None),
        ("Tom Hale", "Wednesday", None),
        ("Bo Lind", "Wednesday", None),
        ("Bo Lind", "Addams Family", "Uncle Fester"),
        ("Kim Dale", "Wednesday", "Uncle Fester"),
    } <= cast


def test_a_days_name_that_dates_is_no_mention_of_the_show() -> None:
    text = (
        "Wednesday season 2 is coming. Ada Wren said on Wednesday, May 8, that Tom Hale joins "
        "the cast of Wednesday season 2."
    )
    facts = _facts(text)
    assert {w.title for w in facts.works} == {"Wednesday"}
    assert any(str(e.date) == "2018-05-08" for e in facts.events) or not facts.events


def test_a_day_without_a_season_is_no_show() -> None:
    text = "Ada Wren will join the cast on Wednesday, said Tom Hale."
    assert not _works(text)


def test_a_family_is_no_persons_name() -> None:
    text = "Ada Wren played Uncle Fester in the two Harbor Family films of the 1990s."
    assert ("Ada Wren", "Harbor Family", "Uncle Fester") in _cast(text)


def test_an_actor_revered_for_a_performance_in_a_series_is_known_for_it() -> None:
    text = (
        "Ada Wren, best known for her role in the BBC series 'Harbor Nights,' spoke first. Her "
        "co-star, Tom Hale, revered for his performance in 'Normal Folk,' echoed her."
    )
    cast = _cast(text)
    assert {("Ada Wren", "Harbor Nights", None), ("Tom Hale", "Normal Folk", None)} <= cast


ROUND_UP = (
    "There's the four-part drama Good Cops, starring Ada Wren as a policewoman; "
    "the thriller Hunted Down from writer Bo Lind, starring Kim Dale as a spy; "
    "Shetlands, a two-part murder-mystery set on the isles, starring Tom Hale as Detective Jim "
    "Perez; series 2 of Jimmy McGovern's Accusers, this time starring Sam Reed; "
    "and cop show Ripper Road, an eight-part co-production following police officers in the "
    "aftermath of the murders, starring Lee Moss and Ann Bell."
)


def test_each_clause_of_a_round_up_credits_its_own_work() -> None:
    cast = _cast(ROUND_UP)
    assert {
        ("Ada Wren", "Good Cops", None),
        ("Kim Dale", "Hunted Down", None),
        ("Tom Hale", "Shetlands", "Detective Jim Perez"),
        ("Sam Reed", "Accusers", None),
        ("Lee Moss", "Ripper Road", None),
        ("Ann Bell", "Ripper Road", None),
    } <= cast


def test_a_count_before_a_title_is_no_part_of_it() -> None:
    assert "Accusers" in _works(ROUND_UP)
    assert not any(title.startswith("2 of") for title in _works(ROUND_UP))


def test_a_person_who_writes_mysteries_is_no_title() -> None:
    text = "Ada Wren, a murder-mystery writer from Wales, will judge the prize."
    assert not _works(text)
