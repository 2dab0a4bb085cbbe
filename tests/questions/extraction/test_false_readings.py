"""Look-alikes of the newer rules' patterns that must not yield a false fact (a reviewer's
made-up sentences): each false fact would become a wrong quiz question."""

from __future__ import annotations

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
