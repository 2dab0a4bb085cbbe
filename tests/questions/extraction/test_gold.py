from __future__ import annotations

from pathlib import Path

import pytest

from questions.extraction.article import extract
from questions.facts.parse import load_facts

from .scoring import Tally, score

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
#: (article, gold facts); the seed article's gold facts are the ones shipped with the package.
CASES = [(ROOT / "questions/data/seed-article.txt", ROOT / "questions/data/seed-facts.yaml")] + [
    (path, HERE / "gold" / f"{path.stem}.yaml")
    for path in sorted((HERE / "articles").glob("*.txt"))
]
KINDS = ("quotes", "events", "cast")
#: Minimum precision and recall over all the articles together.
TARGETS = {"quotes": (0.95, 0.9), "events": (0.9, 0.0), "cast": (0.9, 0.0)}


def run_all(cases: list[tuple[Path, Path]] = CASES) -> dict[str, dict[str, Tally]]:
    """Score every (article, gold facts) case; the key is the article's file stem."""
    out: dict[str, dict[str, Tally]] = {}
    for article, gold_path in cases:
        gold = load_facts(gold_path)
        result = extract(article.read_text(encoding="utf-8"), published=gold.article.published)
        out[article.stem] = score(gold, result)
    return out


def table(results: dict[str, dict[str, Tally]]) -> str:
    """Lay out precision and recall per article and kind, then the totals."""
    header = f"{'article':<34}" + "".join(f"{k + ' P':>10}{k + ' R':>10}" for k in KINDS)
    lines = [header, "-" * len(header)]
    totals = {k: Tally() for k in KINDS}
    for name, tallies in results.items():
        row = f"{name:<34}"
        for k in KINDS:
            t = tallies[k]
            totals[k].add(t)
            row += f"{t.precision:>10.2f}{t.recall:>10.2f}"
        lines.append(row)
    lines.append("-" * len(header))
    row = f"{'ALL':<34}" + "".join(
        f"{totals[k].precision:>10.2f}{totals[k].recall:>10.2f}" for k in KINDS
    )
    lines.append(row)
    counts = ", ".join(
        f"{k} {totals[k].matched}/{totals[k].extracted} found, {totals[k].gold} gold" for k in KINDS
    )
    lines.append(counts)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Tally]]:
    return run_all()


def test_enough_gold_articles() -> None:
    assert len(CASES) >= 7
    for article, gold in CASES:
        assert gold.exists(), gold
        assert 300 <= len(article.read_text(encoding="utf-8").split()) <= 1000, article


def test_precision_and_recall_meet_targets(
    results: dict[str, dict[str, Tally]], capsys: pytest.CaptureFixture[str]
) -> None:
    with capsys.disabled():
        print("\n\nextraction against gold facts (P = precision, R = recall)")
        print(table(results))
    for kind, (min_precision, min_recall) in TARGETS.items():
        total = Tally()
        for tallies in results.values():
            total.add(tallies[kind])
        assert total.precision >= min_precision, (kind, total)
        assert total.recall >= min_recall, (kind, total)
