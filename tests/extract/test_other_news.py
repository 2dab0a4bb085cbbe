"""The extractor on real news of other things: sport, politics, business, local life, music
and books.

A host may paste such a page by mistake, or an entertainment page may quote one: nobody on
these pages was cast in a film, a show or a play, so every credit read there is false, and
every work found a song, a book or a team taken for a title. The pages under ``other/`` are
stored public web pages, each saved as the page gave it; ``other/sources.tsv`` gives each one's
genre and address. They were found on 2026-12-07 (round thirty-two) to measure what the rules
read where they should read nothing: then 36 works and one credit over the 53 pages, 26 works
and no credit after its mends.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from questions import extract

HERE = Path(__file__).parent / "other"


def sources() -> list[tuple[str, str, str]]:
    """(slug, genre, address) of every page, as ``sources.tsv`` lists them."""
    with (HERE / "sources.tsv").open(encoding="utf-8") as listing:
        return [(row[0], row[1], row[2]) for row in csv.reader(listing, delimiter="\t")]


def test_every_page_has_its_genre_and_address() -> None:
    listed = sources()
    assert sorted(slug for slug, _, _ in listed) == sorted(
        path.stem for path in (HERE / "articles").glob("*.txt")
    )
    assert {genre for _, genre, _ in listed} == {
        "sport",
        "politics",
        "business",
        "local",
        "music-books",
    }
    assert all(address.startswith(("http://", "https://")) for _, _, address in listed)


def test_news_of_other_things_casts_nobody(capsys: pytest.CaptureFixture[str]) -> None:
    found: dict[str, list[str]] = {}
    credits: list[tuple[str, str, str]] = []
    for slug, _, _ in sources():
        facts = extract((HERE / "articles" / f"{slug}.txt").read_text(encoding="utf-8")).facts
        credits += [(slug, c.person, c.work) for c in facts.cast]
        if facts.works:
            found[slug] = [w.title for w in facts.works]
    with capsys.disabled():
        print(f"\n\nWorks read on {len(sources())} pages of other news (none is a screen work):")
        for slug, titles in found.items():
            print(f"  {slug:<34} {'; '.join(titles)}")
    assert credits == []
