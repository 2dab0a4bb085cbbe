"""The words that spare a page or a sentence a pattern's search are in all text it matches.

A date rule is tried only on a sentence holding one of its words, and some title cues only on
a page holding theirs, since a search costs a step at every character; a word missing from a
rule's list would lose its dates or titles without a sound. Every real page of the corpus is
read with each pattern, gate or no gate.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from questions.extraction import dating, titles
from questions.extraction.text import Document, parse

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "extract").glob("*/articles/*.txt"))


@cache
def documents() -> list[Document]:
    return [parse(page.read_text(encoding="utf-8")) for page in PAGES]


def test_the_corpus_is_there() -> None:
    assert len(PAGES) > 500


@pytest.mark.parametrize("index", range(len(dating.RULES)))
def test_a_date_rule_matches_only_sentences_holding_its_words(index: int) -> None:
    pattern, rule, needs = dating.RULES[index]
    matched = 0
    for doc in documents():
        for sentence in doc.sentences:
            if pattern.search(doc.masked, sentence.start, sentence.end) is None:
                continue
            matched += 1
            words = doc.masked[sentence.start : sentence.end].lower()
            assert any(word in words for word in needs), (rule.__name__, words)
    assert matched, f"no corpus sentence tries {rule.__name__}"


@pytest.mark.parametrize("cue", list(titles._CUE_WORDS), ids=lambda cue: cue.pattern[:30])
def test_a_gated_title_cue_matches_only_pages_holding_its_words(cue: object) -> None:
    gate = titles._CUE_WORDS[cue]
    for doc in documents():
        if cue.search(doc.masked) is not None:
            assert gate.search(doc.masked) is not None, cue.pattern[:60]
