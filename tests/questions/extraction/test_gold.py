from __future__ import annotations

from pathlib import Path

import pytest

from ...extract.scoring import Tally, run_all, table

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
#: (article, gold facts); the seed article's gold facts are the ones shipped with the package.
CASES = [(ROOT / "questions/data/seed-article.txt", ROOT / "questions/data/seed-facts.yaml")] + [
    (path, HERE / "gold" / f"{path.stem}.yaml")
    for path in sorted((HERE / "articles").glob("*.txt"))
]
#: Minimum precision and recall over all the articles together.
TARGETS = {"quotes": (0.95, 0.9), "events": (0.9, 0.0), "cast": (0.9, 0.0)}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Tally]]:
    return run_all(CASES)


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
