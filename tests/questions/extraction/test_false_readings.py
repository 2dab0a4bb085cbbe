"""Look-alikes of the newer rules' patterns that must not yield a false fact (a reviewer's
made-up sentences): each false fact would become a wrong quiz question."""

from __future__ import annotations

import pytest

from questions.extraction.article import extract
from questions.facts.model import DateValue

PUB = DateValue(2020, 5, 4)
HEAD = "Ada Wren joins “Dark Harbor”\n\nAda Wren has joined the cast of the drama “Dark Harbor”. "


def _facts(text: str, published: DateValue | None = PUB):  # noqa: ANN202
    return extract(text, published=published).facts


def _quotes(text: str) -> set[tuple[str, str]]:
    return {(q.speaker, q.text) for q in _facts(text).quotes}


def _works(text: str) -> set[str]:
    return {w.title for w in _facts(text).works}


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in _facts(text).cast}


def _people(text: str) -> set[str]:
    return {p.name for p in _facts(text).people}


# Quotes: "X has “...”" is X's own words only when no one else is said to speak


def test_has_after_another_speaker_is_the_speakers() -> None:
    text = HEAD + "Director Ben Gale said Ada Wren has “the best laugh in the business.”"
    assert _quotes(text) == {("Ben Gale", "the best laugh in the business.")}


def test_has_after_a_tweet_is_the_tweeters() -> None:
    text = HEAD + "Ben Gale tweeted that Tom Hale has “a heart of gold” and deserves the part."
    assert _quotes(text) == {("Ben Gale", "a heart of gold")}


def test_has_in_anothers_words_is_not_the_subjects() -> None:
    text = HEAD + "In Ben Gale's words, Ada Wren has “the timing of a Swiss watch.”"
    assert _quotes(text) == set()


def test_this_years_prize_claimed_is_no_speech() -> None:
    text = HEAD + "Ben Gale claimed this year's prize for “a performance of rare subtlety.”"
    assert _quotes(text) == set()


# Titles: a weak cue takes no person, job, place or event for a work

NO_WORK = {
    "a person's premiere": "Ada Wren turned heads at Ben Gale's premiere last week.",
    "a person's cast photo": "Ada Wren's original cast photo went viral.",
    "a person described": "Ben Gale, the director behind the thriller starring Ada Wren, said "
    "little.",
    "a person axed": "ITV axed Ben Gale after the row, and Ada Wren picked up Tom Hale after "
    "the premiere.",
    "a contract renewed": "The studio renewed Ben Gale for another three years.",
    "a presenter axed": "Presenter Ben Gale has been axed from the breakfast show.",
    "a person's remake": "Fans await the Tom Hale remake.",
    "a channel's boss": "Netflix's CEO Ted Sarandos called it a hit. HBO's Casey Bloys disagreed.",
    "a channel's chief": "Channel 4's Chief Executive Alex Mahon was pleased.",
    "a chart and a schedule": "It topped Netflix's Top 10 and anchors BBC One's Christmas Day "
    "schedule.",
    "a boy's team": "Ada Wren's son Max's Little League team won on Sunday.",
    "places to film": "Filming on Vancouver Island wrapped in March, and production on Long "
    "Island begins in June.",
    "a season": "The first two episodes of Season 2 drop on Friday.",
    "a film industry": "The biggest stars of Bollywood were there too.",
    "a contest": "Ben Gale, the host of Eurovision 2023, was also there.",
    "a festival's poster": "The official poster for Cannes 2021 features the film.",
    "a year's events": "She performed at 2019's Coachella and attended 2018's Royal Wedding "
    "before 2020's Super Bowl.",
    "a year's results and vote": "Growth slowed after 2019's Q3 results and 2016's Brexit vote.",
    "venues": "Ada Wren has played shows including Madison Square Garden and Wembley Arena.",
    "a festival cancelled": "Organisers cancelled Glastonbury for the second year running.",
    "a carnival cancelled": "This year, Notting Hill Carnival has been cancelled.",
    "a city before a job": "Veteran New York director, Ben Gale, is at the helm.",
    "a review for an outlet": "She wrote a review of Ben Gale for Empire.",
    "a sports team": "Tom Hale is the star of Team GB.",
    "a marketing event": "Watch the trailer for Super Bowl LIV.",
}


@pytest.mark.parametrize("sentence", NO_WORK.values(), ids=NO_WORK.keys())
def test_no_work_from_a_weak_cue(sentence: str) -> None:
    assert _works(HEAD + sentence) == {"Dark Harbor"}


def test_a_person_read_as_no_work_stays_a_person() -> None:
    text = HEAD + "Presenter Ben Gale has been axed from the breakfast show."
    assert "Ben Gale" in _people(text)


# Dates: an aside's tense is not its sentence's


def test_an_asides_future_leaves_an_opening_day_past() -> None:
    text = HEAD + "On Friday, Ben Gale, who will play her brother, shared a photo from the set."
    assert {e.date for e in _facts(text).events} == {DateValue(2020, 5, 1)}


# Cast: the title role is the whole title unless it opens with a hero's name

TITLE_ROLES = {
    "Mary Queen of Scots": "Ada Wren has landed the title role in Mary Queen of Scots, the new "
    "film from Ben Gale.",
    "Queen of the South": "Ada Wren will play the title role in “Queen of the South”.",
    "Woman in Gold": "Ada Wren takes the title role in “Woman in Gold”.",
    "Dr. Jekyll and Mr. Hyde": "Ada Wren will play the title role in “Dr. Jekyll and Mr. Hyde”.",
}


@pytest.mark.parametrize("title, text", TITLE_ROLES.items(), ids=TITLE_ROLES.keys())
def test_a_title_role_is_the_whole_title(title: str, text: str) -> None:
    assert ("Ada Wren", title, title) in _cast("Ada Wren lands lead\n\n" + text)


# Cast: a job is no part, and joining a body is no casting

JOBS = {
    "an ambassador": "Ben Gale, in his role as UNICEF Ambassador, visited Kenya last year.",
    "a theatre's director": "Ben Gale was honoured for his role as Artistic Director of the Old "
    "Vic.",
    "a parade's marshal": "Ben Gale won praise for his turn as Grand Marshal at the Rose Parade.",
    "an MC": "Ben Gale was great as MC, and the crowd loved it.",
    "a department": "Ben Gale joined the drama department as Head of Drama in 2015.",
    "a festival": "Ben Gale joined the comedy festival as Artistic Director.",
}


@pytest.mark.parametrize("sentence", JOBS.values(), ids=JOBS.keys())
def test_a_job_is_no_part(sentence: str) -> None:
    assert {c[0] for c in _cast(HEAD + sentence)} == {"Ada Wren"}


def test_a_clause_after_as_is_no_part() -> None:
    text = HEAD + "Ben Gale was cast in “Dark Harbor” as production resumed in London."
    assert ("Ben Gale", "Dark Harbor", None) in _cast(text)


# Titles: a maker's possessive is not trimmed down to one common word


def test_a_possessive_before_a_common_word_stays_in_the_title() -> None:
    text = HEAD + "Ada Wren will star in Bridget Jones's Baby, the third film in the series."
    assert "Baby" not in _works(text)
    assert ("Ada Wren", "Baby", None) not in _cast(text)


def test_a_review_label_on_a_person_is_no_work() -> None:
    text = "Review: Ada Wren\n\nAda Wren played Wembley on Friday night, and the crowd loved it."
    assert _works(text) == set()


# Cast: boarding or headlining something quoted is no casting unless it is shown a work

BOARDED = {
    "a charity night": "Ben Gale will headline “Comic Relief” next month.",
    "a plane": "Tom Hale boarded “Air Force One” in Washington.",
    "a plane by a pronoun": "Ben Gale flew home. He boarded “Air Force One” on Monday.",
}


@pytest.mark.parametrize("sentence", BOARDED.values(), ids=BOARDED.keys())
def test_boarding_a_quoted_name_is_no_casting(sentence: str) -> None:
    assert {c[0] for c in _cast(HEAD + sentence)} == {"Ada Wren"}


# Cast: a star by their work's name with that work named after them is in that work


def test_a_series_star_of_a_named_work_is_in_that_work() -> None:
    text = HEAD + "Series star Ben Gale of “Blue Cove” was also there."
    assert ("Ben Gale", "Dark Harbor", None) not in _cast(text)


def test_a_quoted_episode_before_a_part_is_no_nickname() -> None:
    text = HEAD + "In the episode “Reunion” Kemp (Ben Gale) returns home."
    assert ("Ben Gale", "Dark Harbor", "Reunion Kemp") not in _cast(text)


def test_a_bare_part_is_no_evidence_for_dropping_a_titles_article() -> None:
    text = (
        "The Batman, which premiered in March, stars Robert Pattinson. Robert Pattinson plays "
        "Batman in the film."
    )
    assert _works(text) == {"The Batman"}


# A parenthesis after an actor that lists their other works is no part (a new user's
# trial: ComingSoon on His Dark Materials)


def test_a_parenthesis_listing_works_is_no_part() -> None:
    text = (
        "Ben Gale (X-Men franchise, Split) and Tom Hale (The Wire, Three Billboards Outside "
        "Ebbing, Missouri) will star in the upcoming drama “Dark Harbor”."
    )
    cast = _cast(text)
    assert ("Ben Gale", "Dark Harbor", None) in cast and ("Tom Hale", "Dark Harbor", None) in cast
    assert all(role is None for _, _, role in cast), cast


def test_a_parenthesis_naming_a_part_still_gives_it() -> None:
    text = "Ben Gale (Saxon) and Tom Hale (Rook) will star in the upcoming drama “Dark Harbor”."
    assert _cast(text) == {
        ("Ben Gale", "Dark Harbor", "Saxon"),
        ("Tom Hale", "Dark Harbor", "Rook"),
    }


def test_a_part_named_by_its_owner_is_not_the_owner() -> None:
    text = (
        "Ben Gale joins “Dark Harbor”\n\nBen Gale will play Lord Asriel, Lyra’s father as "
        "played by Tom Hale in the 2007 film “The Golden Compass”."
    )
    assert not any(role == "Lyra" for _, _, role in _cast(text))


def test_a_production_company_alongside_is_no_cast() -> None:
    text = (
        HEAD + "Ben Gale will write the screenplay and act as showrunner alongside De Line "
        "Production and Epix."
    )
    assert not any("Production" in person for person, _, _ in _cast(text))
    assert "De Line Production" not in _people(text)


def test_crew_with_their_works_in_parentheses_are_no_cast() -> None:
    text = (
        "Reports say art director Tom Hale (The Cabin In The Woods) and visual effects "
        "supervisor Ada Wren (Venom) are both working on the movie."
    )
    assert _cast(text) == set()
    actors = "Tom Hale (The Cabin In The Woods) and Ada Wren (Venom) are both in the movie."
    assert _cast(actors) == {
        ("Tom Hale", "The Cabin In The Woods", None),
        ("Ada Wren", "Venom", None),
    }


# A review of the fourth round's rules: look-alikes that read something false


@pytest.mark.parametrize(
    "text",
    [
        "“Dark Harbor” returns in May. Bo Lind and Ada Wren are also part of the Leeds United "
        "cast of coaches.",
        "Tom Hale made waves as Manchester United's Captain in the 1990s.",
        "Bo Lind played as Real Madrid's Number Nine for a decade.",
        "The follow-up to Christmas will be a quiet New Year for Ada Wren.",
        "Tom Hale wrote a sequel to Gary Shore's London project.",
        "Ada Wren toured the film Dark Harbor with Tom Hale, its director. Dark Harbor is a "
        "new drama about fishing.",
    ],
)
def test_a_club_a_holiday_or_a_companion_is_no_cast(text: str) -> None:
    assert _cast(text) == set()
    assert not _works(text) & {"Manchester United", "Real Madrid", "Christmas", "London"}
