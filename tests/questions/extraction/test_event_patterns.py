"""One short sentence per pattern of dated events in news writing, read or left out."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.extraction.text import paragraphs_of
from questions.facts.model import DateValue

#: A Monday.
PUB = DateValue(2020, 5, 4)


def _dates(text: str, published: DateValue | None = PUB) -> list[str]:
    return [str(e.date) for e in extract(text, published=published).facts.events]


def _events(text: str) -> list[tuple[str, str]]:
    return [(str(e.date), e.what) for e in extract(text, published=PUB).facts.events]


def test_a_dateline_after_its_weekday_or_byline_is_noise() -> None:
    text = "Monday, May 4, 2020\nWritten by: Ada Wren | May 4th, 2020\nAda Wren smiled."
    assert paragraphs_of(text) == ["Ada Wren smiled."]


def test_a_season_of_two_years_is_no_event() -> None:
    assert _dates("NBC renewed the show for the 2024-2025 TV season.") == []


def test_a_year_owning_a_title_dates_it() -> None:
    assert _dates("Rob Marshall directed 2011’s Pirates of the Caribbean.") == ["2011"]
    assert _dates("She loved the music of the 1990's and wore flares.") == []


def test_done_today_is_the_day_of_publication() -> None:
    assert _dates("The studio announced today that Ada Wren will return.") == ["2020-05-04"]
    assert _dates("Earlier today, I spoke with the director.") == ["2020-05-04"]
    assert _dates("Ada Wren is one of the best actors working today.") == []


def test_a_weekday_without_a_preposition() -> None:
    assert _dates("Ada Wren tweeted the news Friday evening.") == ["2020-05-01"]
    assert _dates("Also, Saturday, Ada Wren tweeted a photo.") == ["2020-05-02"]


def test_this_upcoming_christmas() -> None:
    assert _dates("The sequel opens in theaters this upcoming Christmas.") == ["2020-12"]


def test_this_week_is_the_month_of_publication() -> None:
    assert _dates("It was revealed this week that Ada Wren will return.") == ["2020-05"]
    assert _dates("It was revealed last week that Ada Wren will return.") == ["2020-04"]


def test_a_coming_day_told_twice_is_one_event() -> None:
    text = "The film is set to release on 11 June. It will be on Netflix from 11 June."
    assert _dates(text) == ["2020-06-11"]


def test_a_past_day_told_twice_may_be_two_events() -> None:
    text = "The show was renewed on 1 April. Ada Wren tweeted on 1 April."
    assert _dates(text) == ["2020-04-01", "2020-04-01"]


def test_a_year_summing_up_days_of_it_is_no_event() -> None:
    text = "She will have two films out later this year: July 19 and in December."
    assert _dates(text) == ["2020-07-19", "2020-12"]


def test_a_year_told_twice_is_one_event() -> None:
    text = "Ada Wren made her comeback in 2019. She told a radio show in 2019 she was well."
    assert _dates(text) == ["2019"]


def test_a_coming_day_told_twice_stands_where_the_work_is_named() -> None:
    text = (
        "I spoke to the director about the Blu-ray release on 11 June. "
        "Stay tuned for my talk on the film “Starfall”, which will be on Blu-ray on 11 June."
    )
    events = extract(text, published=PUB).facts.events
    assert [(str(e.date), "Starfall" in e.what) for e in events] == [("2020-06-11", True)]


def test_a_month_in_a_page_dated_by_year_alone() -> None:
    assert _dates("The Blu-ray is out on September 3.", DateValue(2013)) == ["2013-09-03"]


def test_each_month_through_a_year_ends_in_that_month() -> None:
    text = "The sequels will arrive December 2016, one each subsequent December through 2018."
    assert _dates(text) == ["2016-12", "2018-12"]


def test_an_embedded_post_dates_the_sentence_telling_of_it() -> None:
    text = (
        "Ada Wren tweeted a photo of two mules.\n\nSoon pic.twitter.com/Ab12\n\n"
        "— Ada Wren (@adawren) June 25, 2019\n\nShe said no more."
    )
    assert _events(text) == [("2019-06-25", "Ada Wren tweeted a photo of two mules.")]


def test_an_embedded_post_alone_dates_its_own_words() -> None:
    text = "Ada Wren is back.\n\nSo excited to be back! — Ada Wren (@adawren) 23 April 2016"
    assert _events(text) == [("2016-04-23", "Ada Wren posted: “So excited to be back!”")]


def test_an_embedded_post_the_story_dates_is_one_event() -> None:
    text = "On Friday, Ada Wren tweeted a photo.\n\n— Ada Wren (@adawren) May 1, 2020"
    assert _dates(text) == ["2020-05-01"]


def test_a_year_in_the_world_of_a_story_is_no_event() -> None:
    assert _dates("The duo find the tale of four teens who vanished in 1994.") == []
    assert _dates("The drama is set in 1993 in a small Texas town.") == []
    assert _dates("They told the story of a board game, and in 2017 it came back.") == ["2017"]


def test_a_year_after_the_kind_of_a_work_is_its_title() -> None:
    assert _dates("The thriller 1952, directed by Brad Bird, is due out soon.") == []
    assert _dates("The original 1995 film starred Robin Williams.") == ["1995"]


def test_years_after_counts_back_from_now_only() -> None:
    assert _events("The role marks his return four years after quitting the soap.") == [
        ("2016", "The role marks his return after quitting the soap.")
    ]
    assert _dates("He retired two years after leaving the show.") == []
    # A wish, and a time counted from a past event, are not counted from now.
    assert _dates("The revival would pick up ten years after the finale aired.") == []
    assert _dates("The film is set ten years after the show ended.") == []


def test_stamps_and_bylines_of_a_page_are_noise() -> None:
    text = (
        "Updated on May 4, 2020 at 10:15 am\nBy Ada Wren • 4th May 2020\n"
        "Posted: 05/04/2020\nAda Wren smiled."
    )
    assert paragraphs_of(text) == ["Ada Wren smiled."]


def test_a_shared_instagram_post_dates_the_sentence_telling_of_it() -> None:
    text = (
        "Ada Wren posted a photo from the set.\n\n"
        "A post shared by Ada Wren (@adawren) on Jun 25, 2019 at 10:02am PDT"
    )
    assert _events(text) == [("2019-06-25", "Ada Wren posted a photo from the set.")]


def test_a_birth_given_for_an_age_is_no_event() -> None:
    assert _dates("Ada Wren (born 12 May 1985) joins the cast.") == []
    assert _dates("The late Ada Wren (1932–2020) starred in it.") == []


def test_a_weekday_owning_an_occasion() -> None:
    assert _dates("Ada Wren won at Sunday's awards ceremony.") == ["2020-05-03"]


def test_tonight_and_this_morning_are_the_day_of_publication() -> None:
    assert _dates("The finale airs tonight on NBC.") == ["2020-05-04"]
    assert _dates("Ada Wren confirmed the news this morning.") == ["2020-05-04"]


def test_last_weekend_is_the_month_of_its_days() -> None:
    assert _dates("The film opened last weekend to strong reviews.") == ["2020-04"]


def test_the_what_leaves_out_the_whole_date() -> None:
    assert _events("Ada Wren tweeted the news Friday evening with a photo.") == [
        ("2020-05-01", "Ada Wren tweeted the news with a photo.")
    ]
    assert _events("Production on the film will begin in early 2021.") == [
        ("2021", "Production on the film will begin.")
    ]


def test_the_what_drops_punctuation_left_dangling() -> None:
    assert _events("The Wife (Björn Runge, 2018) is a fine film.") == [
        ("2018", "The Wife (Björn Runge) is a fine film.")
    ]


def test_a_clause_whose_date_is_taken_out_goes_with_it() -> None:
    assert _events("The show ended, which was back in 2012.") == [("2012", "The show ended.")]


def test_a_premiere_told_as_done_was_the_last_such_weekday() -> None:
    # The article is out on a Monday: the premiere she spoke at was the Friday before it.
    text = "Speaking at the premiere on Friday, Ada Wren said the cast had cried."
    assert _dates(text) == ["2020-05-01"]
    assert _dates("The film's premiere on Friday will close the festival.") == ["2020-05-08"]


def test_a_release_where_then_when_is_to_come() -> None:
    assert _dates("The film hits theaters on Jan. 20.") == ["2021-01-20"]
    assert _dates("The series premieres on Disney+ on Jan. 12.") == ["2021-01-12"]
    assert _dates("The film hit theaters in April and made millions.") == ["2020-04"]
