"""Review of round eight: made-up look-alikes its quote and event rules misread, each kept
reading as the base did (or as it should)."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue

PUB = DateValue(2024, 5, 7)


def _facts(text: str) -> ArticleFacts:
    return extract(text, published=PUB).facts


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in _facts(text).quotes]


def _events(text: str) -> list[tuple[str, str]]:
    return [(str(e.date), e.what) for e in _facts(text).events]


HEAD = "Night Harbor series two\n\n"
RELEASE = "The series is described in an ITV press release as “a thriller like no other.”\n\n"
SAID = [("ITV", "a thriller like no other.")]


def test_words_a_judge_runs_in_after_a_release_are_not_the_releases() -> None:
    for line in (
        "Critics “could not get enough of the first series and its twisty finale.”",
        "The jury “praised her fearless and funny turn as the eldest sister.”",
        "It is not. The plot “never quite holds together, and the twist lands with a thud.”",
    ):
        assert _quotes(HEAD + RELEASE + line) == SAID, line


def test_words_run_in_then_given_to_another_are_not_the_releases() -> None:
    for line in (
        "Ada Wren returns as Nora. Wren “can’t wait to get back on set,” her agent said.",
        "Ada Wren returns. Wren “can’t wait to get back on set,” according to her agent.",
    ):
        assert _quotes(HEAD + RELEASE + line)[0] == SAID[0], line
        assert ("ITV", "can’t wait to get back on set,") not in _quotes(HEAD + RELEASE + line)


def test_after_anyone_else_speaks_run_in_words_are_not_the_releases() -> None:
    fans = "One fan wrote: “I cannot wait for this.”\n\nAnother “has booked the day off to watch.”"
    assert _quotes(HEAD + RELEASE + fans) == SAID
    rep = "“I am over the moon,” a spokesperson for Ada Wren said.\n\n"
    rep += "The character “finds herself out of work and out of love.”"
    assert _quotes(HEAD + RELEASE + rep) == SAID


def test_a_part_named_before_still_runs_on_the_releases_words() -> None:
    text = HEAD + RELEASE + "Ada Wren returns as Nora. Nora “has big plans for the family firm.”"
    assert _quotes(text) == [*SAID, ("ITV", "has big plans for the family firm.")]
