"""Round eight: quotes and dated events misread on development pages, each told again in a
made-up article, with the look-alike that must keep reading as before."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2021, 3, 2))
_facts, _quotes, _events = READ.facts, READ.quotes, READ.events


CAST = "Night Harbor gets a cast\n\nAda Wren has written the series and will direct it. "


def test_a_logline_that_reads_is_nobodys_quote() -> None:
    for blurb in (
        "“The comedy is about growing up among the rich. Ben Gale plays Tom,” the logline reads.",
        "“The comedy is about growing up among the rich. Ben Gale plays Tom,” the plot line reads.",
    ):
        assert _quotes(CAST + blurb) == [], blurb


def test_a_post_that_reads_is_still_its_owners() -> None:
    said = "“It is a great story about a family,” Wren’s post reads."
    assert _quotes(CAST + said) == [("Ada Wren", "It is a great story about a family,")]


SEQUEL = "Harbor sequels set\n\nAda Wren stars in the sequel. "


def test_a_title_after_said_the_is_read_past_to_the_speaker() -> None:
    said = "“There are new cultures and creatures,” said the “Harbor” series director Ben Gale."
    assert _quotes(SEQUEL + said) == [("Ben Gale", "There are new cultures and creatures,")]


def test_a_title_after_the_speakers_name_does_not_reach_past_it() -> None:
    said = "“It was a long shoot,” said Ada Wren of “Night Harbor” with Tom Hale."
    assert _quotes(SEQUEL + said) == [("Ada Wren", "It was a long shoot,")]


TALK = "Harbor cast talks\n\nCast members Ada Wren and Tom Hale talked to reporters. "


def test_with_a_name_adding_gives_the_next_quote_not_the_one_before() -> None:
    text = TALK + (
        "Hale quickly followed that up with, “The second episode, especially,” with Wren "
        "adding, “The second episode, I was like, ‘Wow.’”"
    )
    assert _quotes(text) == [
        ("Tom Hale", "The second episode, especially,"),
        ("Ada Wren", "The second episode, I was like, ‘Wow.’"),
    ]


def test_a_quote_said_before_with_a_name_adding_stays_the_first_speakers() -> None:
    text = TALK + "“We loved the finale,” Wren said, with Hale adding, “So did the crew.”"
    assert _quotes(text) == [("Ada Wren", "We loved the finale,"), ("Tom Hale", "So did the crew.")]
    text = TALK + "The show followed up with a second season. “It was great,” Hale said."
    assert _quotes(text) == [("Tom Hale", "It was great,")]


AUTUMN = "Autumn TV\n\n"


def test_this_year_there_are_the_rest_of_a_year_and_season_year_date_no_event() -> None:
    text = AUTUMN + (
        "This year, there are plenty of new dramas coming your way, all for us to enjoy for "
        "the rest of 2021."
    )
    assert _events(text) == []
    preview = "Here we have previewed the best dramas of the Autumn TV season 2021."
    assert _events(AUTUMN + preview) == []


def test_this_year_before_a_deed_still_dates_it() -> None:
    text = AUTUMN + "This year, Ada Wren joined the cast of Night Harbor."
    assert _events(text) == [("2021", "Ada Wren joined the cast of Night Harbor.")]
    text = AUTUMN + "Tom Hale left the show in 2019."
    assert _events(text) == [("2019", "Tom Hale left the show.")]
    text = AUTUMN + "The new season premieres in 2022."
    assert _events(text) == [("2022", "The new season premieres.")]


SHOOT = "Night Harbor shoots\n\n"


def test_a_stretch_that_continues_until_a_month_ends_in_the_month_to_come() -> None:
    text = SHOOT + "Filming has started in Leeds and continues until October."
    assert _events(text) == [("2021-10", "Filming has started in Leeds and continues.")]


def test_a_stretch_that_went_on_until_a_month_ended_in_the_last_one() -> None:
    text = SHOOT + "Filming started in Leeds and lasted until October."
    assert _events(text) == [("2020-10", "Filming started in Leeds and lasted.")]


def test_a_cleft_that_puts_the_date_first_gives_the_clause_after_that() -> None:
    text = SHOOT + "It was on November 6 that the makers announced the project."
    assert _events(text) == [("2020-11-06", "The makers announced the project.")]


def test_a_date_after_it_was_announced_keeps_the_sentence() -> None:
    text = SHOOT + "It was announced on November 6 that Ada Wren would star."
    assert _events(text) == [("2020-11-06", "It was announced that Ada Wren would star.")]


SERIES = "Harbor series three\n\nJoining the show will be Ada Wren and Tom Hale. "


def test_a_companys_press_release_after_the_verb_is_the_speaker() -> None:
    text = SERIES + "The former is described in a BBC press release as “a free spirit who roams”."
    assert _quotes(text) == [("BBC", "a free spirit who roams")]


def test_a_release_by_no_company_or_a_named_speaker_stays_as_before() -> None:
    text = SERIES + "The latter is described in a Hale family statement as “a kind man at sea”."
    assert _quotes(text) == []
    text = SERIES + "Wren said in a Netflix statement: “We are thrilled to be back.”"
    assert _quotes(text) == [("Ada Wren", "We are thrilled to be back.")]


BROTHERS = (
    "Harbor series three\n\nJoining the show will be Ada Wren’s brothers Sam and Drake, played "
    "by Tom Hale and Ben Gale. "
)
RELEASE = "The former is described in a BBC press release as “a free spirit who roams the moor”."
RUN_ON = "The character “finds herself employed as a governess to support her sisters”."


def test_a_press_releases_words_run_on_in_the_narration_stay_the_releases() -> None:
    text = BROTHERS + RELEASE + "\n\nMeanwhile, Drake “arrives determined to preach the word”."
    text += "\n\nMia Cole is set to arrive as Rose. " + RUN_ON
    assert [speaker for speaker, _ in _quotes(text)] == ["BBC", "BBC", "BBC"]


def test_run_on_words_with_no_release_before_or_after_another_speaks_are_nobodys() -> None:
    before = BROTHERS + RUN_ON + "\n\n" + RELEASE
    assert [speaker for speaker, _ in _quotes(before)] == ["BBC"]
    spoken = BROTHERS + RELEASE + "\n\n“I loved the scripts,” Hale said.\n\n" + RUN_ON
    assert [speaker for speaker, _ in _quotes(spoken)] == ["BBC", "Tom Hale"]


def test_a_person_who_speaks_in_a_release_opens_none() -> None:
    text = BROTHERS + "Wren said in a BBC statement: “We are thrilled to have them both.”"
    text += "\n\n" + RUN_ON
    assert [speaker for speaker, _ in _quotes(text)] == ["Ada Wren"]
