"""Round nine: quotes and dated events in the shapes news outlets write every day (casting
news, reviews, interviews, social posts), each told in a made-up article written from the
genre rather than from a page, with the look-alike that must keep reading as before."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 15))  # a Wednesday
_quotes, _events = READ.quotes, READ.events

STAR = "Harbor Lights casting news\n\nAda Wren stars in Harbor Lights, the new Netflix drama. "
DIRECTED = STAR + "The series is directed by Ben Gale. "


def test_a_tagline_named_after_its_verb_is_nobodys_quote() -> None:
    """A poster's tagline is the work's, not the star's the story just named; outlets write
    the verb first as often as last."""
    for blurb in (
        "“Every light has a shadow,” reads the tagline.",
        "“Every light has a shadow,” reads the official tagline.",
        "“Every light has a shadow,” the tagline reads.",
        "The show’s description reads: “Every light has a shadow on the coast.”",
    ):
        assert _quotes(STAR + blurb) == [], blurb
    said = "“I read the script twice and cried,” Wren said."
    assert _quotes(STAR + said) == [("Ada Wren", "I read the script twice and cried,")]


def test_the_name_right_after_says_speaks_not_the_one_spoken_of() -> None:
    """`says director Ben Gale of Wren`: the speaker comes first, whom he talks about after
    "of"; the nearest name to the sentence's end is the wrong one."""
    said = "“She is a force of nature on set,” says director Ben Gale of Wren."
    assert _quotes(DIRECTED + said) == [("Ben Gale", "She is a force of nature on set,")]
    said = "“He is the calmest director I know,” said Ada Wren of Gale."
    assert _quotes(DIRECTED + said) == [("Ada Wren", "He is the calmest director I know,")]


def test_a_short_quote_is_claimed_through_a_description_or_an_adverb() -> None:
    """A quote of three words or fewer is speech only when its verb follows at once; a
    description with an adjective, an age and a noun, a job before the name, or an adverb
    still follow at once, as People and Deadline write them."""
    for cue in (
        "the British actress said",
        "the Oscar nominee told reporters",
        "the 34-year-old actress said",
        "Wren jokingly said",
    ):
        assert _quotes(STAR + f"“I’m so proud,” {cue}.") == [("Ada Wren", "I’m so proud,")], cue
    said = "“I’m so proud,” executive producer Ben Gale told Deadline."
    assert _quotes(DIRECTED + said) == [("Ben Gale", "I’m so proud,")]


def test_a_short_word_far_from_its_verb_stays_scare_quotes() -> None:
    said = "The shoot was “grueling,” the producers of the film at the studio said."
    assert _quotes(DIRECTED + said) == []


def test_a_short_sentence_a_verb_introduces_is_said() -> None:
    """`Wren told Variety: “I was terrified.”` gives a sentence of its own, however short."""
    for cue in ("Wren said,", "Wren told Variety:", "Wren told Harper’s Bazaar UK,"):
        assert _quotes(STAR + f"{cue} “I was terrified.”") == [("Ada Wren", "I was terrified.")]


def test_a_title_or_words_run_on_after_a_verb_are_not_introduced() -> None:
    for said in (
        "Wren said she loved the title, “Harbor Lights.”",
        "Wren said that, in the end, “it works.”",
    ):
        assert _quotes(STAR + said) == [], said


def test_a_caption_is_its_posters_words() -> None:
    """Instagram news gives a post's words with "captioned"; a company's post is no
    statement of it, as with "tweeted"."""
    said = "“Best day ever,” Wren captioned the post."
    assert _quotes(STAR + said) == [("Ada Wren", "Best day ever,")]
    said = "Wren captioned the photo: “Day one on set with the best crew.”"
    assert _quotes(STAR + said) == [("Ada Wren", "Day one on set with the best crew.")]
    said = "“New season, new secrets, new faces,” Netflix captioned the teaser."
    assert _quotes(STAR + said) == []


NEWS = "Harbor Lights news\n\n"


def test_a_release_in_cinemas_on_a_day_is_still_to_come() -> None:
    """`opens in cinemas on 12 December`, said in May, is this December's; where it opens may
    sit between the verb and the day, as with `premieres on Netflix on`."""
    for said in ("opens in cinemas", "opens in UK cinemas"):
        text = NEWS + f"The film {said} on 12 December."
        assert _events(text) == [("2024-12-12", f"The film {said}.")]
    text = NEWS + "The film opened in cinemas on 12 December."
    assert _events(text) == [("2023-12-12", "The film opened in cinemas.")]


def test_decades_ago_count_ten_years_each() -> None:
    assert _events(NEWS + "Two decades ago, Ada Wren made her debut.") == [
        ("2004", "Ada Wren made her debut.")
    ]
    assert _events(NEWS + "The show first aired a decade ago.") == [
        ("2014", "The show first aired.")
    ]
    assert _events(NEWS + "Ada Wren spent two decades on the stage.") == []


def test_a_year_far_beyond_publication_is_a_titles_not_an_events() -> None:
    """No news dates what happens in 2049; "Blade Runner 2049" is a film's name. A sequel set
    for a release some years ahead is still a plan with a date."""
    assert _events(NEWS + "Ada Wren starred in Blade Runner 2049 and Night Harbor.") == []
    assert _events(NEWS + "Night Harbor 5 is set for release in 2031.") == [
        ("2031", "Night Harbor 5 is set for release.")
    ]


def test_a_two_word_event_is_told_without_its_date() -> None:
    """A subject and its verb tell an event: `Production wrapped.` gives no date away."""
    assert _events(NEWS + "Production wrapped in May 2023.") == [("2023-05", "Production wrapped.")]


def test_a_full_dates_closing_comma_goes_with_it() -> None:
    """American style closes a full date with a comma (`on March 3, 1984, in Leeds`): taken
    out with the date, it would leave `born, in Leeds`. A clause's comma after a date stays."""
    assert _events(NEWS + "Ada Wren was born on March 3, 1984, in Leeds.") == [
        ("1984-03-03", "Ada Wren was born in Leeds.")
    ]
    assert _events(NEWS + "Netflix renewed the show on May 14, and Ada Wren celebrated.") == [
        ("2024-05-14", "Netflix renewed the show, and Ada Wren celebrated.")
    ]


def test_a_pages_stamps_and_credits_are_no_events() -> None:
    """Bylines, read times, "First published" lines and photo credits date the page, not
    anything the story tells."""
    story = "Netflix renewed Harbor Lights on Tuesday."
    renewed = [("2024-05-14", "Netflix renewed Harbor Lights.")]
    for noise in (
        "First published on May 14, 2024.",
        "14 May 2024 · 3 min read",
        "(Photo by Ben Gale/Getty Images, 2023)",
    ):
        assert _events(NEWS + noise + "\n\n" + story) == renewed, noise
    assert _events(NEWS + "They married on May 14, 2016.") == [("2016-05-14", "They married.")]


def test_a_release_on_a_platform_named_with_no_preposition_is_to_come() -> None:
    """`hits Netflix on June 6`, `comes to Netflix`, `streams on Max starting June 6`,
    `starts shooting in September`: said in May, each is this year's."""
    for said, what in (
        ("The film hits Netflix on June 6.", "The film hits Netflix."),
        ("The film comes to Netflix on June 6.", "The film comes to Netflix."),
        ("The film streams on Max starting June 6.", "The film streams on Max starting."),
    ):
        assert _events(NEWS + said) == [("2024-06-06", what)], said
    text = NEWS + "The show starts shooting in September in Atlanta."
    assert _events(text) == [("2024-09", "The show starts shooting in Atlanta.")]
    text = NEWS + "The film came to Netflix on June 6."
    assert _events(text) == [("2023-06-06", "The film came to Netflix.")]


def test_the_verb_before_a_weekday_stays_in_the_events_words() -> None:
    """`opens Friday`, `announced Friday that`: the verb tells what happened; only the day
    goes. Where a film opens may come between (`hits theaters Friday`)."""
    assert _events(NEWS + "The film opens Friday.") == [("2024-05-17", "The film opens.")]
    assert _events(NEWS + "The film hits theaters Friday.") == [
        ("2024-05-17", "The film hits theaters.")
    ]
    assert _events(NEWS + "Netflix announced Friday that Ada Wren will star.") == [
        ("2024-05-10", "Netflix announced that Ada Wren will star.")
    ]


def test_years_later_count_from_the_storys_last_year() -> None:
    """`Two years later`, `The following year`: from the year the story named before, not
    from publication; never past publication, as the story tells it as done."""
    text = NEWS + "Night Harbor came out in 2019. Two years later, Ada Wren won an Emmy."
    assert _events(text) == [("2019", "Night Harbor came out."), ("2021", "Ada Wren won an Emmy.")]
    text = NEWS + "Night Harbor came out in 2019. The following year, Ada Wren won an Emmy."
    assert _events(text)[1] == ("2020", "Ada Wren won an Emmy.")
    text = NEWS + "Night Harbor came out in 2022. Five years later, Ada Wren will win an Emmy."
    assert _events(text) == [("2022", "Night Harbor came out.")]
    assert _events(NEWS + "Ada Wren joined the cast a year later.") == []
    assert _events(NEWS + "The show will return next year.") == [("2025", "The show will return.")]
