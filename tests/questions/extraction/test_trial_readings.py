"""False readings a new-user trial found on real pages nobody here wrote, each told again in a
made-up article, with the look-alike that must keep reading as before."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue

PUB = DateValue(2021, 3, 2)


def _facts(text: str) -> ArticleFacts:
    return extract(text, published=PUB).facts


def _works(text: str) -> set[str]:
    return {w.title for w in _facts(text).works}


def _cast(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in _facts(text).cast}


def test_a_nickname_in_quotes_is_no_work() -> None:
    text = (
        "Ada Wren joins the cast of “Night Shift” this spring.\n\n"
        "Wren plays Dr. Nora Hale, the doctor of a killer known as “The Tailor,” and the "
        "mother of Sam (Ben Gale), a young detective.\n\n"
        "The killer—alias “The Tailor”—is played by Tom Hale."
    )
    assert _works(text) == {"Night Shift"}
    assert ("Ben Gale", "Night Shift", "Sam") in _cast(text)


def test_a_work_known_by_another_name_stays_a_work() -> None:
    text = (
        "Ada Wren is back for the sequel, now known as “Harbor Lights Two,” which starts "
        "filming in May."
    )
    assert "Harbor Lights Two" in _works(text)


def test_a_link_to_another_story_is_no_part_of_this_one() -> None:
    text = (
        "Ada Wren will join “Night Shift” this autumn.\n\n"
        "Read more: Tom Hale makes an announcement that will devastate Glass Harbor fans\n\n"
        "Related: Ben Gale quits “Dark Harbor” after ten years\n\n"
        "PHOTOS: “Glass Harbor” visits Comic-Con 2013\n\n"
        "Wren plays a surgeon."
    )
    assert _works(text) == {"Night Shift"}
    assert {c.person for c in _facts(text).cast} == {"Ada Wren"}


def test_a_sentence_that_starts_like_a_link_stays() -> None:
    text = "Read more of the story: Ada Wren stars in the sequel “Glass Harbor Two” this May."
    assert "Glass Harbor Two" in _works(text)


PANEL = "Ada Wren and Ben Gale spoke at the panel.\n\n"


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in _facts(text).quotes]


def test_an_unclaimed_quote_after_two_speakers_is_left_out() -> None:
    # It may go on the last ("...," jokes Gale. "So, yes.") or return to the first, who
    # recalls what the other told her: neither reading is sure.
    for text in (
        '"Nora finally gets some peace this season," Wren teased. How about Sam? "I think '
        'the only real love in his life is the boat," jokes Gale. "So in that sense, yes."',
        '"I almost quit on the first day," Wren said. On set, Gale told her: "You are going '
        'to be fine, I promise." "And he was right, I was."',
    ):
        quotes = _quotes(PANEL + text)
        assert len(quotes) == 2 and "yes" not in str(quotes) and "right" not in str(quotes)


def test_an_unclaimed_quote_before_any_speaker_goes_on_the_next() -> None:
    text = PANEL + (
        'Asked about Sam, the mood turned. "He gets out. That is all I can say!" Next, "I '
        'think the only real love in his life is the boat," Gale joked.'
    )
    assert ("Ben Gale", "He gets out. That is all I can say!") in _quotes(text)


def test_a_company_and_a_job_title_run_into_a_name() -> None:
    text = (
        "The panel was moderated by Glass Studios Senior Vice President Ada Wren.\n\n"
        "“We have become a family,” Wren said."
    )
    assert _quotes(text) == [("Ada Wren", "We have become a family,")]


def test_a_name_after_a_lone_leading_word_keeps_its_reading() -> None:
    text = "Oscar winner Ada Wren opened the panel.\n\n“We have become a family,” Wren said."
    assert _quotes(text) == [("Ada Wren", "We have become a family,")]


def test_pointing_out_is_speech() -> None:
    text = PANEL + (
        "They agreed the job is hard, with Gale pointing out that most days go on “the most "
        "boring stuff” like paint. Wren joked that money vexed her most: “I was told there "
        "would be no math!”"
    )
    assert _quotes(text) == [
        ("Ben Gale", "the most boring stuff"),
        ("Ada Wren", "I was told there would be no math!"),
    ]


def test_a_photo_caption_with_its_day_is_no_event() -> None:
    text = (
        "Ada Wren has joined “Night Shift”.\n\n"
        "Ada Wren, Ben Gale & Tom Hale - March 26, 2016\n\n"
        "The show premiered on March 26, 2016, to strong reviews."
    )
    events = _facts(text).events
    assert [str(e.date) for e in events] == ["2016-03-26"]
    assert "premiered" in events[0].what


REPORT = "According to a report, Ada Wren quietly started the shoot ten days ago. "


def test_an_unnamed_source_of_many_words_is_nobody_named() -> None:
    for source in (
        "a source in the know told an online publication",
        "a source close to the production said",
        "one well-placed insider on the set claimed",
    ):
        text = REPORT + f"“The film went on floors ten days back,” {source}."
        assert _quotes(text) == [], source


def test_a_long_description_of_the_named_star_still_says_it() -> None:
    for description in ("the former Disney Channel star", "the two-time Golden Globe winner"):
        text = "Wren spoke at the premiere. " + f"“I grew up on set,” {description} said."
        assert _quotes(REPORT + text) == [("Ada Wren", "I grew up on set,")], description


def test_an_outlet_told_is_never_the_speaker() -> None:
    text = (
        "Ada Wren left the soap this spring.\n\n"
        "“I came to know it was time,” she told Soap Opera Digest in February. “It was not a "
        "last-minute decision.”\n\n"
        "“I’ll miss the people most of all,” Gale, who landed a part elsewhere, told Digital "
        "Spy. “Days is a good bunch of people.”"
    )
    quotes = _facts(text).quotes
    assert {q.speaker for q in quotes} == {"Ada Wren"}
    assert quotes[0].outlet == "Soap Opera Digest"


STORY = "Ada Wren plays a deputy haunted by an old case.\n\nThe film opens on Friday."


def test_a_headline_given_apart_is_read_as_the_first_line() -> None:
    found = extract(STORY, title="Glass Harbor (2021) review", published=PUB).facts
    assert "Glass Harbor" in {w.title for w in found.works}
    assert found.article.title == "Glass Harbor (2021) review"


def test_a_headline_the_text_begins_with_is_read_once() -> None:
    text = "Glass Harbor (2021) review\n\n" + STORY
    given = extract(text, title="Glass Harbor (2021) review", published=PUB).facts
    untitled = extract(text, published=PUB).facts
    assert (given.works, given.cast, given.events) == (
        untitled.works,
        untitled.cast,
        untitled.events,
    )


SHOOT = "Glass Harbor began production on Wednesday.\n"


def test_where_a_post_was_shared_is_whose_words_they_are() -> None:
    """Not "shared" read as the verb and the page's name as a person's after it: the post is
    the account's, as a company's statement is the company's (round twenty-two)."""
    text = SHOOT + (
        '"Straight from the first shot of the film," the post shared on Sajid Grandson '
        "official Twitter handle read."
    )
    assert _quotes(text) == [("Sajid Grandson", "Straight from the first shot of the film,")]


def test_a_name_right_after_the_verb_still_says_it() -> None:
    text = SHOOT + '"Straight from the first shot of the film," shared Ada Wren on Twitter.'
    assert _quotes(text) == [("Ada Wren", "Straight from the first shot of the film,")]


def test_a_spoiler_warning_is_no_part_of_the_story() -> None:
    for warning in (
        "Warning: Spoiler alert! Do not proceed if you have not watched Monday's finale.",
        "Warning: This article contains spoilers about Tuesday's finale of Night Shift.",
        "Spoilers ahead: do not read on if you have not seen Monday's episode.",
    ):
        text = f"{warning}\n\nAda Wren stars in “Night Shift”."
        assert _facts(text).events == (), warning


def test_a_sentence_about_spoilers_stays() -> None:
    text = "Ada Wren refused to give spoilers on Monday about “Night Shift”."
    assert [str(e.date) for e in _facts(text).events] == ["2021-03-01"]


def test_the_role_of_a_part_in_a_work_names_the_work() -> None:
    text = (
        "Ada Wren was terrified of essaying the role of Nora Hale in Glass Harbor.\n\n"
        "“Every part of me was terrified,” she revealed."
    )
    assert "Glass Harbor" in _works(text)
    assert "Glass Harbor" not in {q.speaker for q in _facts(text).quotes}


def test_the_role_of_a_part_in_a_place_names_no_work() -> None:
    assert _works("Ada Wren was up for the role of Nora Hale in London last week.") == set()


def test_a_nation_before_co_star_is_no_work() -> None:
    for nation in ("Welsh", "French", "German", "Mexican"):
        text = f"“It takes a great actor,” Ada Wren said of her fellow {nation} co-star Ben Gale."
        assert _works(text) == set(), nation


def test_a_title_before_co_star_is_still_a_work() -> None:
    text = "“It takes a great actor,” Ada Wren said of her Glass co-star Ben Gale."
    assert _works(text) == {"Glass"}


def test_an_industry_after_a_word_about_a_star_is_no_work() -> None:
    for lead in ("Rising Bollywood", "Legendary Broadway", "Veteran Hollywood"):
        assert _works(f"{lead} star Ada Wren has started shooting her next film.") == set()


def test_a_title_ending_in_hollywood_is_still_a_work() -> None:
    text = "Once Upon a Time in Hollywood star Ada Wren has started shooting her next film."
    assert _works(text) == {"Once Upon a Time in Hollywood"}


def test_according_to_is_no_part_of_a_title() -> None:
    text = "According to the Glass Harbor alum Ada Wren, all roles are scary."
    assert _works(text) == {"Glass Harbor"}


def test_a_channel_before_movie_is_no_work() -> None:
    text = (
        "Ada Wren has appeared in the Lifetime movie Night Nurse. She was also in the Syfy "
        "series Red Moon."
    )
    assert _works(text) == {"Night Nurse", "Red Moon"}


# Look-alikes a reviewer wrote against the rules above: each must keep its reading.


def test_a_dated_line_of_a_timeline_is_no_caption() -> None:
    for line in (
        "Ada Wren and Ben Gale get engaged in Paris — December 24, 2019",
        "Born in Leeds, England – May 2, 1990",
    ):
        assert len(_facts(f"Ada Wren stars in “Night Shift”.\n\n{line}").events) == 1, line


def test_a_link_word_before_a_sentence_of_the_story_keeps_it() -> None:
    text = (
        "Watch: Ada Wren and Ben Gale reunite in the first trailer for “Harbor Lights,” which "
        "premieres on Netflix on April 9.\n\nThe show also stars Tom Hale."
    )
    assert "Harbor Lights" in _works(text)
    assert [str(e.date) for e in _facts(text).events] == ["2021-04-09"]


def test_a_project_known_by_a_name_is_that_work() -> None:
    assert "Harbor Lights" in _works(
        "The production, known as “Harbor Lights,” stars Ada Wren as Nora."
    )
    assert "Harbor Lights" in _works(
        "Ben Gale, best known as “Harbor Lights” heartthrob Sam, joins the new drama."
    )


def test_a_film_named_like_a_dropped_outlet_is_a_work() -> None:
    text = "Ada Wren will star in the film The Cut opposite Ben Gale, who plays Sam."
    assert "The Cut" in _works(text)


def test_a_title_after_in_is_no_quote() -> None:
    text = "In “Night Shift,” Hale points out, the heroine never wins."
    assert "Night Shift" in _works(text)
    assert _quotes(text) == []


def test_a_name_with_the_inside_keeps_it() -> None:
    text = "Ada Wren stars in “Night Shift” opposite Dwayne The Rock Johnson, who plays Sam."
    assert "Rock Johnson" not in {c.person for c in _facts(text).cast}


BODY = "Ada Wren stars as Nora in the Netflix drama “Harbor Lights,” with Ben Gale as Sam."


def test_a_work_is_never_a_person_of_its_own_story() -> None:
    for title in (
        "Ada Wren joins Harbor Lights",
        "Ada Wren on Harbor Lights: 'I cried for a week'",
    ):
        found = extract(BODY, title=title, published=PUB).facts
        assert "Harbor Lights" not in {c.person for c in found.cast}, title
        assert "Harbor Lights" not in {q.speaker for q in found.quotes}, title


def test_when_a_story_is_set_is_no_event() -> None:
    for text in (
        "Set in 1990 Los Angeles, a girl (Ada Wren) flees an unseen driver.",
        "The film is set in May and June 1940, as the war reaches Ada Wren's village.",
    ):
        assert _facts(text).events == (), text


def test_a_release_it_is_set_for_is_an_event() -> None:
    text = "“Glass Harbor,” starring Ada Wren, is set for release in November."
    assert [str(e.date) for e in _facts(text).events] == ["2021-11"]


def test_a_word_about_a_star_and_an_industry_is_no_person() -> None:
    text = (
        "Rising Bollywood star Ada Wren, who was last seen in the horror film Glass Harbor "
        "(2020), has started shooting her next film."
    )
    assert "Rising Bollywood" not in {c.person for c in _facts(text).cast}


def test_who_made_a_work_is_no_cast_of_their_earlier_one() -> None:
    text = (
        "Ada Wren leads the new crime drama The Harbor Files.\n\n"
        "Written by Tom Hale (The Good Ward), the new series is directed by Ben Gale "
        "(Black Water)."
    )
    assert {c.person for c in _facts(text).cast} == {"Ada Wren"}


def test_an_actor_played_by_keeps_the_work_in_parentheses() -> None:
    text = "Nora, played by Ada Wren (Glass Harbor), returns in the new drama Night Shift."
    assert ("Ada Wren", "Night Shift", "Nora") in _cast(text)


PANELISTS = "As “Glass Harbor” heads into its eighth season, showrunner Tom Hale, producer Ben "


def test_makers_listed_before_a_panels_stars_are_no_cast() -> None:
    text = PANELISTS + "Gale and stars Ada Wren (Nora) and Bo Lind (Sam) took part in a panel."
    assert {c.person for c in _facts(text).cast} == {"Ada Wren", "Bo Lind"}


def test_a_maker_who_also_stars_is_cast() -> None:
    assert _cast("Director Ada Wren also stars in “Glass Harbor”.") == {
        ("Ada Wren", "Glass Harbor", None)
    }


def test_a_shows_continuing_stars_make_it_a_work() -> None:
    text = (
        "Adding an Oscar winner is not as common. It is still news for her to join Night "
        "Harbor. She plays doctor Nora Hale.\n\n"
        "Her arrival has been a big deal for Night Harbor’s continuing stars, including Ben "
        "Gale, who also directed the episode."
    )
    assert "Night Harbor" in _works(text)
    assert "Night Harbor" not in {c.person for c in _facts(text).cast}


def test_a_persons_stars_are_not_a_works() -> None:
    text = "Ada Wren’s stars aligned when she met the director Ben Gale in 2019."
    assert _works(text) == set()


def test_plus_opening_a_headline_is_no_name() -> None:
    text = "Plus Ada Wren to take lead role in “Night Harbor”"
    assert {c.person for c in _facts(text).cast} == {"Ada Wren"}


def test_the_role_of_a_part_in_a_town_names_no_work() -> None:
    for text in (
        "Ada Wren took on the role of Eliza Doolittle in Chichester last summer.",
        "Tom Hale originated the role of Elder Price in New York before his film career.",
    ):
        assert _works(text) == set(), text


def test_a_work_named_after_a_nation_or_an_industry_by_its_cue_stays() -> None:
    assert _works("Lance Gross stars in the film Dutch, which opens in theaters in May.") == {
        "Dutch"
    }
    text = "Tom Hale starred in Glass Harbor, and Ada Wren starred in Forbidden Broadway."
    assert ("Ada Wren", "Forbidden Broadway", None) in _cast(text)


def test_he_is_not_the_woman_who_asked() -> None:
    text = (
        "Tom Hale did not take the role of the judge lightly.\n\n"
        "In an interview with Gayle Marsh on a morning show, the Oscar-winning actor shot down "
        "the idea that it was easy.\n\n"
        '"It was terrifying," he said of the part.'
    )
    assert _quotes(text) == [("Tom Hale", "It was terrifying,")]


def test_a_makers_dated_earlier_work_is_no_work_of_the_next_sentence() -> None:
    text = (
        "Glass Harbor review\n\n"
        "It lacks zip, but the writer's first directorial outing since 2007's Night Shift is a "
        "solid thriller. Ada Wren plays a former cop with a drinking problem."
    )
    assert _cast(text) == {("Ada Wren", "Glass Harbor", None)}


def test_a_work_named_in_the_sentence_before_still_takes_the_credit() -> None:
    text = "Ada Wren returns for “Night Shift”. She plays a former cop with a drinking problem."
    assert {c.work for c in _facts(text).cast} == {"Night Shift"}
