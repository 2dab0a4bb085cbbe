from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from questions.extraction.article import extract
from questions.extraction.people import Registry
from questions.extraction.text import parse
from questions.facts.model import DateValue
from questions.facts.parse import parse_facts

ROOT = Path(__file__).parents[3]
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
from questions.__main__ import add_extract_command
parser = argparse.ArgumentParser()
add_extract_command(parser.add_subparsers(dest="command", required=True))
args = parser.parse_args(["extract", *sys.argv[1:]])
sys.exit(args.handler(args))
"""


# -- rules that generalise beyond the development articles --------------------------------------
# Each test uses its own short made-up text.


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text).facts.quotes]


def test_pronoun_skips_a_person_whose_gender_does_not_fit() -> None:
    text = (
        "Pavel Strand, 70, said he accepted the part at once. Ines Moreau starred in the 2015 "
        "film “Low Tide,” and he had wanted to work with her ever since.\n\n"
        "“I told my agent yes before I read the script,” he said."
    )
    assert _speakers(text) == ["Pavel Strand"]
    registry = Registry(parse(text))
    genders = {p.name: p.gender for p in registry.people}
    assert genders == {"Pavel Strand": "m", "Ines Moreau": None}


def test_pronoun_goes_to_the_subject_of_the_sentence_before() -> None:
    text = (
        "Director Ana Ruiz said she loved the cast. Ines Moreau laughed off the praise from Ana "
        "Ruiz. “She is the reason any of this works,” she told Variety."
    )
    assert _speakers(text) == ["Ines Moreau"]


def test_pronoun_prefers_the_narration_before_it_to_an_earlier_speaker() -> None:
    text = (
        "“We shot the whole thing in nine days,” Lena Kovac said.\n\n"
        "Producer Tom Hale said he kept the budget tiny on purpose.\n\n"
        "“Nobody complained once, not even the caterers,” he said."
    )
    assert _speakers(text) == ["Lena Kovac", "Tom Hale"]


def test_character_names_are_neither_speakers_nor_cast() -> None:
    text = (
        "Mara Quinn plays the ship's doctor, Elsa Varga, in the series “Cold Harbor.”\n\n"
        "“I loved every minute of the shoot,” she said."
    )
    facts = extract(text).facts
    assert [q.speaker for q in facts.quotes] == ["Mara Quinn"]
    assert [(c.person, c.role) for c in facts.cast] == [("Mara Quinn", "Elsa Varga")]
    assert "Elsa Varga" in Registry(parse(text)).characters


def test_partial_quote_goes_to_the_subject_who_called_someone_something() -> None:
    text = (
        "Critic Saul Benning, who reviewed the play in 1990, once called her “the finest comic "
        "actress of her generation,” a line she still repeats."
    )
    assert _speakers(text) == ["Saul Benning"]


def test_partial_quote_goes_to_the_subject_who_called_something_something() -> None:
    text = (
        "Mara Quinn, who returns as the captain, called the shoot “the most rewarding work I "
        "have ever done.”"
    )
    assert _speakers(text) == ["Mara Quinn"]


def _events(text: str, published: datetime.date) -> list[str]:
    return [str(e.date) for e in extract(text, published=published).facts.events]


def test_month_without_year_follows_the_tense_of_the_sentence() -> None:
    future = (
        "Dana Wells, whose films have won many prizes, will receive an honorary award at the "
        "Lakeside festival in March."
    )
    assert _events(future, datetime.date(2023, 10, 15)) == ["2024-03"]
    assert _events("Dana Wells received the award in March.", datetime.date(2023, 10, 15)) == [
        "2023-03"
    ]


def test_sentence_opening_month_is_dated() -> None:
    assert _events("In June, the crew moved to Spain.", datetime.date(2024, 9, 1)) == ["2024-06"]


def test_this_summer_is_dated_only_once_it_has_happened() -> None:
    published = datetime.date(2024, 10, 1)
    assert _events("This summer the band finished recording.", published) == ["2024"]
    assert _events("The studio plans to release it this summer.", published) == []


def _cast(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.person, c.work, c.role) for c in extract(text).facts.cast]


def test_word_before_by_is_never_a_part() -> None:
    text = "Written by Ana Ruiz, the film “Crumbs” follows a lonely baker, played by Tom Hale."
    assert _cast(text) == [("Tom Hale", "Crumbs", None)]


def test_named_part_after_a_description_is_a_role_not_a_person() -> None:
    text = "Mara Quinn stars as the town's mayor, Edith Rowe, in the comedy “Dry Spell.”"
    assert _cast(text) == [("Mara Quinn", "Dry Spell", "Edith Rowe")]


def test_opposite_joins_and_with_add_cast_members() -> None:
    text = (
        "The comedy “Dry Spell” stars Mara Quinn as a farmer, opposite Tom Hale as her stubborn "
        "brother, Walt, with singer Rhea Bond as the village priest. Newcomer Ivo Lind joins the "
        "second season as a lost hiker, Ian Marsh."
    )
    facts = extract(text).facts
    assert [(c.person, c.role) for c in facts.cast] == [
        ("Mara Quinn", None),
        ("Tom Hale", "Walt"),
        ("Rhea Bond", None),
        ("Ivo Lind", "Ian Marsh"),
    ]
    assert ("Rhea Bond", "singer") in [(p.name, p.description) for p in facts.people]


def test_career_credits_go_to_the_work_named_nearest() -> None:
    text = (
        "Nadia Ferro made her debut in 1990 in “Salt Road,” playing a fisherman's widow, Ada "
        "Lusk. In 2001 she was cast as Queen Mira in the fantasy epic “Ember,” and she returned "
        "as the queen in the sequel “Ember: Rising” in 2004. Later she originated the role of "
        "Vera Holt in the play “Paper Moon.”\n\n"
        "This year she shot the drama “Late Frost.” Felix Varn costars as the neighbor, Tom Pike."
    )
    assert _cast(text) == [
        ("Nadia Ferro", "Salt Road", "Ada Lusk"),
        ("Nadia Ferro", "Ember", "Queen Mira"),
        ("Nadia Ferro", "Ember: Rising", "Queen Mira"),
        ("Nadia Ferro", "Paper Moon", "Vera Holt"),
        ("Felix Varn", "Late Frost", "Tom Pike"),
    ]
