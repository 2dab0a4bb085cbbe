"""What one article may cost and produce: text the extractor refuses, caps on its facts, and
adversarial pages read in linear time (issue #15, item 5)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questions.exc import ArticleTooLong, ExtractionTooSlow, QuestionError
from questions.extraction.article import MAX_ARTICLE_CHARS, MAX_FACTS, Extraction, extract
from questions.extraction.text import MAX_SENTENCE_CHARS, parse
from questions.facts.model import DateValue

PUB = DateValue(2020, 5, 4)
FIRSTS = "Ada Tom Mia Rob Sam Eve Max Ivy Leo Amy Ben Zoe Dan Kim Ray Joy".split()
LASTS = "Wren Hale Cole Lamb Fox Hart Moss Reed Shaw Webb Cook Ward Bell Hunt Dunn Rowe".split()
#: Pieces of news writing that each rule reacts to, to be repeated without end.
PIECES = st.sampled_from(
    [
        "1999 ",
        "2001, ",
        "Ada Wren ",
        "Tom Hale, ",
        "starring ",
        " and ",
        '"I loved it," ',
        "she said. ",
        "‘a ",
        "’ ",
        "The film Stone Lane ",
        "as Milly ",
        "ran from 1992 to 1999 ",
        "the actress ",
        "on Christmas Day ",
        "\n\n",
        "Nov. 7 ",
        "(Mia Cole) ",
        "(The Fog) ",
        "Sea Fog star ",
        "'s character Dee ",
        "played by ",
        "returns Friday ",
        "who starred in ",
        "according to ",
        ": ",
        '"',
        "’s Kit Moss, ",
        "Kidd [Ada Wren] ",
        "the cast of ",
        " — ",
        "1 of 8\n",
        "on Sea Fog: ",
        "Sea Fog: Kit Moss (Ada Wren)\n\n",
        "Ada Wren in THE FOG ©Fox\n\n",
    ]
)


def _names(count: int) -> list[str]:
    return [
        f"{FIRSTS[i % 16]} {LASTS[i // 16 % 16]}{'' if i < 256 else f' {i}'}" for i in range(count)
    ]


def _tag(n: int) -> str:
    """Three capitals that differ for every n below 17,576, to make distinct titles."""
    return "".join(chr(65 + n // 26**k % 26) for k in range(3))


def _fill(unit: str, size: int = MAX_ARTICLE_CHARS) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: 100 KB pages, each built to make one rule do as much work as it can.
ADVERSARIAL = {
    "years": " ".join(str(1900 + i % 120) for i in range(MAX_ARTICLE_CHARS))[:MAX_ARTICLE_CHARS],
    "starring list": _fill(
        "The film Stone Lane is starring " + ", ".join(_names(12_000)), MAX_ARTICLE_CHARS - 1
    )
    + ".",
    "quotes": "".join(
        f'"Line {i} was fun," {name} said. She added: "More {i}." '
        for i, name in enumerate(_names(3_000))
    )[:MAX_ARTICLE_CHARS],
    "quotes nobody said": _fill(
        'The studio tweeted: "I think this was the best time of my whole life, really." '
    ),
    "one paragraph": _fill("Ada Wren starred in the film Stone Lane in 1999 and loved it, "),
    "abbreviated months": _fill("starring Nov. 7 she said. plays "),
    "no punctuation": _fill("ada wren stone lane film star said loved 1999 "),
    "capitalised words": _fill("Ada Wren Stone Lane Film Star Said Loved "),
    "unclosed single quotes": _fill("‘a "),
    "descriptions": "".join(
        f"{name} said the actress {i} starred. He laughed. " for i, name in enumerate(_names(3_000))
    )[:MAX_ARTICLE_CHARS],
    "title stars": "".join(
        f"Sea Fog {_tag(i)} star {FIRSTS[i % 16]} Wren is back. " for i in range(4_000)
    )[:MAX_ARTICLE_CHARS],
    "works in parentheses": "".join(
        f"Ada Wren (The Fog {_tag(i)}) is back. " for i in range(4_000)
    )[:MAX_ARTICLE_CHARS],
    "titles": "".join(
        f'Ada Wren starred in "Stone Lane {i}" in 1999 and "Sea Fog {i}". ' for i in range(3_000)
    )[:MAX_ARTICLE_CHARS],
    "parts after possessives": _fill(
        "The show “Sea Fog” returns for its season: "
        + ", ".join(
            f"{a}’s {b} [{a}]" for a, b in zip(_names(3_000), _names(3_001)[1:], strict=True)
        ),
        MAX_ARTICLE_CHARS - 1,
    )
    + ".",
    "gallery headings": "".join(
        f"{i} of 8\nSea Fog {_tag(i)}: Kit {_tag(i).title()} ({name})\n\n{name} in SEA FOG ©Fox\n\n"
        for i, name in enumerate(_names(3_000))
    )[:MAX_ARTICLE_CHARS],
}


#: Pages with more facts of a kind than the cap, and that kind.
FILLS_A_CAP = {"quotes": "quotes", "titles": "works"}


def _counts(text: str) -> dict[str, int]:
    return _count(extract(text, published=PUB))


def _count(result: Extraction) -> dict[str, int]:
    facts = result.facts
    return {
        "works": len(facts.works),
        "cast": len(facts.cast),
        "people": len(facts.people),
        "events": len(facts.events),
        "quotes": len(facts.quotes),
    }


def test_text_longer_than_the_limit_is_refused_with_its_length() -> None:
    with pytest.raises(ArticleTooLong, match="100,001 characters; at most 100,000") as refused:
        extract("a" * (MAX_ARTICLE_CHARS + 1))
    assert isinstance(refused.value, QuestionError)


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_a_100_kb_adversarial_page_is_read_quickly_into_capped_facts(kind: str) -> None:
    text = ADVERSARIAL[kind]
    assert len(text) == MAX_ARTICLE_CHARS
    began = time.process_time()
    counts = _counts(text)
    # The only timing bound in the suite, a guard against rules whose cost grows with the
    # square of the text (they took a minute and more), not a measure of speed (that is
    # bench/extract.py): linear rules read these 100 KB pages in one to five seconds of CPU,
    # more on a busy machine, so the bound leaves room for that.
    assert time.process_time() - began < 20
    assert all(count <= MAX_FACTS for count in counts.values()), counts
    if kind in FILLS_A_CAP:
        assert counts[FILLS_A_CAP[kind]] == MAX_FACTS, counts


def test_a_run_on_sentence_is_cut_into_bounded_ones() -> None:
    doc = parse(ADVERSARIAL["no punctuation"])
    assert max(s.end - s.start for s in doc.sentences) <= MAX_SENTENCE_CHARS
    assert doc.sentences[0].start == 0 and doc.sentences[-1].end == len(doc.masked)
    assert all(a.end == b.start for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))


#: Up to this much of a repeated piece; the 100 KB pages above cover the full size.
HYPOTHESIS_CHARS = 30_000


@settings(max_examples=30)
@given(st.lists(PIECES, min_size=1, max_size=12), st.integers(min_value=1, max_value=2_000))
def test_repeated_pieces_of_any_size_give_capped_valid_facts(pieces: list[str], times: int) -> None:
    text = ("".join(pieces) * times)[:HYPOTHESIS_CHARS]
    result = extract(text, published=PUB)
    counts = _count(result)
    assert all(count <= MAX_FACTS for count in counts.values()), counts
    doc = parse(text)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in doc.sentences)
    assert all(source in doc.text for source in result.sources.values())


LOVELACE = (
    "The engine\n\n“It weaves algebraic patterns just as the Jacquard loom weaves flowers"
    " and leaves,” Ada Lovelace said on Tuesday."
)


def test_an_extraction_past_its_time_budget_stops():
    with pytest.raises(ExtractionTooSlow, match="took over 0 s"):
        extract(LOVELACE, seconds=0)
    assert extract(LOVELACE, seconds=60).facts.quotes[0].speaker == "Ada Lovelace"
