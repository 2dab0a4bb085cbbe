"""Measure how many 1,000-word articles per second ``extract`` reads."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.extraction.article import extract  # noqa: E402
from questions.facts.model import DateValue  # noqa: E402

WORDS = 1000
TARGET = 20.0


def articles() -> list[str]:
    """Build ~1,000-word articles by joining the test articles end to end, in turn."""
    sources = [ROOT / "questions/data/seed-article.txt"]
    sources += sorted((ROOT / "tests/questions/extraction/articles").glob("*.txt"))
    paragraphs = [p for s in sources for p in s.read_text(encoding="utf-8").split("\n\n")]
    out: list[str] = []
    for start in range(len(sources)):
        picked: list[str] = []
        count, i = 0, start * 7
        while count < WORDS:
            para = paragraphs[i % len(paragraphs)]
            picked.append(para)
            count += len(para.split())
            i += 1
        out.append("\n\n".join(picked))
    return out


def main() -> int:
    """Print a table of timings and fail when below the target rate."""
    texts = articles()
    published = DateValue(2024, 5, 1)
    extract(texts[0], published=published)
    rounds = 5
    start = time.perf_counter()
    facts = 0
    for _ in range(rounds):
        for text in texts:
            result = extract(text, published=published).facts
            facts += len(result.quotes) + len(result.events) + len(result.cast)
    elapsed = time.perf_counter() - start
    done = rounds * len(texts)
    rate = done / elapsed
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{'articles':<22}{done:>10}")
    print(f"{'mean words/article':<22}{words:>10.0f}")
    print(f"{'facts found':<22}{facts:>10}")
    print(f"{'seconds':<22}{elapsed:>10.2f}")
    print(f"{'articles/second':<22}{rate:>10.1f}")
    print(f"{'target':<22}{TARGET:>10.1f}")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
