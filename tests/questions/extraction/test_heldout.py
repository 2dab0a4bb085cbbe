"""Held-out measurement of the extractor on articles its rules were not tuned on.

The articles in ``heldout/articles`` and their gold facts in ``heldout/gold`` were written
without reading ``questions/extract.py`` or ``questions/extraction/``, so unlike ``test_gold``
these figures are not inflated by having developed the rules against them.

The figures are REPORTED, NOT ASSERTED: the test prints a precision/recall table (to the
terminal, even without ``-s``) and only checks that the extractor runs on every held-out article
and that the table is produced. Do not tune the extractor against these articles, or they stop
being held out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ...extract.scoring import KINDS, run_all, table

HERE = Path(__file__).parent / "heldout"
#: (article, gold facts) for every held-out article.
CASES = [
    (path, HERE / "gold" / f"{path.stem}.yaml")
    for path in sorted((HERE / "articles").glob("*.txt"))
]


def test_heldout_articles_have_gold() -> None:
    assert len(CASES) >= 3
    for article, gold in CASES:
        assert gold.exists(), gold
        assert 400 <= len(article.read_text(encoding="utf-8").split()) <= 800, article


def test_heldout_table(capsys: pytest.CaptureFixture[str]) -> None:
    results = run_all(CASES)
    assert set(results) == {article.stem for article, _ in CASES}
    report = table(results)
    with capsys.disabled():
        print(
            "\n\nHELD-OUT extraction against gold facts (P = precision, R = recall; reported only)"
        )
        print(report)
    lines = report.splitlines()
    assert all(any(line.startswith(name) for line in lines) for name in results)
    assert any(line.startswith("ALL") for line in lines)
    assert all(kind in lines[0] for kind in KINDS)
