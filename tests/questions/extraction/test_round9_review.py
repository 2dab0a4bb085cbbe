"""Review of round nine: look-alikes of its new rules whose reading must not change for the
worse (a real plan far ahead, a year of a story's world, a comma that ends a clause, an
appositive between two dates)."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 15))
_events = READ.events
NEWS = "Harbor Lights news\n\n"


def test_a_far_plan_keeps_its_year_a_title_does_not() -> None:
    """Only a year that is part of a name ("Blade Runner 2049") is no event's; "the 2040
    Olympics" and a deal to 2035 are plans with a date."""
    assert _events(NEWS + "The city will host the 2040 Olympics.") == [
        ("2040", "The city will host the Olympics.")
    ]
    assert _events(NEWS + "The studio plans to finish the saga in 2045.") == [
        ("2045", "The studio plans to finish the saga.")
    ]
    assert _events(NEWS + "Cyberpunk 2077 is getting a series.") == []


def test_decades_ago_this_month_is_the_anniversarys_month() -> None:
    assert _events(NEWS + "The show launched a decade ago this month.") == [
        ("2014-05", "The show launched.")
    ]


def test_years_later_in_a_storys_world_date_nothing() -> None:
    for text in (
        "The show is set in 1985. Five years later, the characters reunite.",
        "Wren starred in Night Harbor, which is set in 1920. Two years later, her character dies.",
    ):
        assert _events(NEWS + text) == [], text


def test_the_following_year_as_a_subject_dates_nothing() -> None:
    text = NEWS + "The show premiered in 2019. The following year was hard for everyone."
    assert _events(text) == [("2019", "The show premiered.")]


def test_a_comma_that_ends_a_clause_after_a_full_date_stays() -> None:
    assert _events(NEWS + "The show premiered on March 3, 2020, the network said.") == [
        ("2020-03-03", "The show premiered, the network said.")
    ]
    assert _events(NEWS + "The show, which premiered March 3, 2020, was cancelled.") == [
        ("2020-03-03", "The show, which premiered, was cancelled.")
    ]
    assert _events(NEWS + "First published on May 14, 2019, the novel became a hit.")[0] == (
        "2019-05-14",
        "First published, the novel became a hit.",
    )


def test_an_appositive_or_a_noun_between_dates_is_no_clause() -> None:
    """`, a role she reprised in 2016` and `after a break that began in 2013` are nouns'
    phrases, not clauses with a subject: each alone tells no event."""
    told = dict(_events(NEWS + "Wren played Kate in 2013, a role she reprised in 2016."))
    assert told["2016"] != "A role she reprised."
    told = dict(_events(NEWS + "The show returned in 2016 after a break that began in 2013."))
    assert told["2013"] != "A break that began."


def test_a_measure_of_time_before_before_is_no_clause_break() -> None:
    told = dict(_events(NEWS + "Wren married Gale in 2010, a year before the show began in 2011."))
    assert told["2010"] == "Wren married Gale"


STAR = "Harbor Lights casting news\n\nAda Wren stars in Harbor Lights, the new Netflix drama. "


def test_a_title_before_a_job_or_a_description_and_its_verb_stays_a_work() -> None:
    """A job or a description before the verb claims a short quote (`“I’m so proud,” executive
    producer Ben Gale said`), not a title: the work named stays a work."""
    for said in (
        "Gale's new show is “Night Owl,” producer Tom Reed confirmed.",
        "Wren loved “Night Owl,” the British producer said.",
        "Wren loved “Night Owl,” Reed recently said.",
    ):
        facts = READ.facts(STAR + said)
        assert "Night Owl" in {w.title for w in facts.works}, said
        assert [q.text for q in facts.quotes] == [], said


def test_a_story_sentence_that_ends_with_a_photo_credit_is_kept() -> None:
    """A line of nothing but "(Photo by ...)" is the page's; the same credit after a sentence
    of the story leaves the sentence in it."""
    for credit in ("(Photo by Ben Gale/Getty Images)", "(Photo courtesy of Netflix)"):
        text = NEWS + f"Wren attended the premiere in London on May 3. {credit}"
        assert _events(text) == [("2024-05-03", "Wren attended the premiere in London.")], credit


def test_a_semicolon_or_a_conjunction_before_an_aside_ends_a_clause() -> None:
    """A clause ends at the first semicolon after its date, not at an aside's comma further
    on ("; Gale, who had left in 2012"), and before a conjunction an aside follows."""
    told = READ.events(
        NEWS + "Wren joined the show in 2013; Gale, who had left in 2012, returned in 2016."
    )
    assert dict(told)["2013"] == "Wren joined the show"
    told = READ.events(NEWS + "The show premiered in 2013 and, after a hiatus, returned in 2016.")
    assert dict(told)["2013"] == "The show premiered"


def test_a_far_year_after_a_capitalised_preposition_is_still_a_plan() -> None:
    assert [date for date, _ in _events(NEWS + "Around 2040, the franchise will end.")] == ["2040"]


def test_two_words_tell_an_event_only_as_a_subject_and_its_verb() -> None:
    """`Production wrapped.` tells an event; a name, a caption or a label left of its line
    (`Ada Wren.`, `Season 2.`, `Premiere date.`) does not, and keeps its whole sentence, as
    before. (A page's stamp, `Last updated May 3.`, is no event at all since round thirty-one.)"""
    for line in (
        "Ada Wren in 2019.",
        "Season 2 (2019).",
        "Premiere date: June 6.",
        "Above: Wren in 2019.",
    ):
        assert [what for _, what in _events(NEWS + line)] == [line], line
    assert _events(NEWS + "She left in 2019.") == [("2019", "She left.")]


def test_the_next_year_as_a_stretch_or_a_plan_counts_from_publication() -> None:
    """`over the next year` is a stretch and `will return in the next year` a plan: neither
    is the year after the story's last one."""
    for said in (
        "It will return in the next year.",
        "Netflix plans to release three films over the next year.",
    ):
        dates = [date for date, _ in _events(NEWS + "The show premiered in 2019. " + said)]
        assert "2020" not in dates, said
