from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from questions.extract import extract
from questions.facts import DateValue, parse_facts

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "questions/data/seed-article.txt"
#: Characters the rules care about, mixed into arbitrary text so the fuzzing reaches them.
PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", ",", ".", ":", "\n\n", " said ", " she ", "Mira Sorvino",
     " played by ", " starring ", " in June 2022", " last year", " 1997 ", " the 1997 film ",
     " also star.", " according to ", " told Variety ", "Kudrow", " as ", " on Tuesday"]
)  # fmt: skip


def test_seed_article_quotes_have_their_speakers() -> None:
    facts = extract(SEED.read_text(encoding="utf-8")).facts
    speakers = {q.speaker for q in facts.quotes}
    assert speakers == {"Mira Sorvino", "Alan Cumming"}
    assert facts.article.title == "Romy and Michele’s High School Reunion"


def test_every_fact_has_a_source_sentence() -> None:
    result = extract(SEED.read_text(encoding="utf-8"))
    facts = result.facts
    for kind in ("works", "cast", "people", "events", "quotes"):
        for n in range(len(getattr(facts, kind))):
            assert result.sources[f"{kind}[{n}]"]
    assert "June 2022" in result.sources["events[2]"]


def test_relative_dates_need_the_publication_date() -> None:
    text = "Production stalled last year, Dana Wells said. Filming resumed in March."
    assert extract(text).facts.events == ()
    dated = extract(text, published=datetime.date(2024, 5, 1)).facts
    assert [str(e.date) for e in dated.events] == ["2023", "2024-03"]


def test_split_quote_and_pronoun_speaker() -> None:
    text = (
        "Actress Dana Wells spoke to Variety.\n\n"
        "“It was a long road,” she said, “but we got there in the end together.”"
    )
    quotes = extract(text).facts.quotes
    assert [q.speaker for q in quotes] == ["Dana Wells", "Dana Wells"]


def test_title_and_scare_quotes_are_not_speech() -> None:
    text = "Dana Wells starred in the 2001 film “Night Harbor,” a “crazy mess” she loved."
    facts = extract(text).facts
    assert facts.quotes == ()
    assert [(w.title, w.kind, w.year) for w in facts.works] == [("Night Harbor", "film", 2001)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=40), st.booleans())
def test_extract_never_raises_and_always_yields_valid_facts(parts: list[str], dated: bool) -> None:
    published = DateValue(2024, 5, 1) if dated else None
    result = extract("".join(parts), published=published)
    parse_facts(result.facts.to_dict())


def test_cli_output_is_accepted_by_generate(tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    run = subprocess.run(
        [sys.executable, "-c", _CLI, str(SEED), "--published", "2024-05-01"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    data = json.loads(run.stdout)
    assert data["article"]["published"] == "2024-05-01"
    facts_file.write_text(run.stdout, encoding="utf-8")
    parse_facts(data)
    made = subprocess.run(
        [sys.executable, "-m", "questions", "generate", str(facts_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)


#: Runs ``extract`` through its own argparse registration, as ``python -m questions`` will.
_CLI = """
import argparse, sys
from questions.extract import add_extract_command
parser = argparse.ArgumentParser()
add_extract_command(parser.add_subparsers(dest="command", required=True))
args = parser.parse_args(["extract", *sys.argv[1:]])
sys.exit(args.handler(args))
"""
