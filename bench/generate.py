"""Questions per second for facts the size of 1, 10 and 100 seed articles.

Run with ``.venv/bin/python bench/generate.py``. Each size is one ArticleFacts holding that
many copies of the seed article's facts, with people, works and quotes renamed per copy.
"""

from __future__ import annotations

import random
import time
from typing import Any

from questions import ArticleFacts, Question, generate, parse_facts, seed_facts
from questions.generation.context import _RECENT

SIZES = (1, 10, 100)
TARGET = 5_000
WIDTHS = (8, 5, 6, 6, 6, 8, 8)
SYLLABLES = ("ka", "lo", "mi", "ra", "ten", "vo", "sul", "dar", "ne", "bri", "to", "pel")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()


def scaled(copies: int) -> ArticleFacts:
    """Return seed facts repeated ``copies`` times, each copy with fresh names."""
    base = seed_facts().to_dict()
    if copies == 1:
        return parse_facts(base)
    rng = random.Random(copies)
    out: dict[str, Any] = {"article": base["article"]}
    for key in ("works", "cast", "people", "events", "quotes"):
        out[key] = []
    used: set[str] = set()
    for n in range(copies):
        rename: dict[str, str] = {}

        def fresh(old: str, rename: dict[str, str] = rename) -> str:
            if old not in rename:
                new = f"{_word(rng)} {_word(rng)}"
                while new in used:
                    new = f"{_word(rng)} {_word(rng)}"
                used.add(new)
                rename[old] = new
            return rename[old]

        for w in base["works"]:
            out["works"].append({**w, "title": f"{w['title']} {n}"})
        for c in base["cast"]:
            out["cast"].append({**c, "person": fresh(c["person"]), "work": f"{c['work']} {n}"})
        for p in base["people"]:
            out["people"].append({**p, "name": fresh(p["name"])})
        for e in base["events"]:
            people = [fresh(x) for x in e.get("people", [])]
            event = {**e, "what": f"{e['what']} (story {n})", "people": people}
            if "work" in e:
                event["work"] = f"{e['work']} {n}"
            out["events"].append(event)
        for q in base["quotes"]:
            out["quotes"].append(
                {**q, "text": f"{q['text']} ({n})", "speaker": fresh(q["speaker"])}
            )
    return parse_facts(out)


def measure(facts: ArticleFacts, cold: bool, seconds: float = 1.0) -> tuple[int, float]:
    """Return questions per call and questions per second over about ``seconds``.

    ``cold`` forgets the per-facts lookups before every call, as a web request that parses
    the stored facts anew does; warm keeps them, as repeated batches of one upload do.
    """
    generate(facts, seed=0, count=20)
    made = calls = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if cold:
            _RECENT.clear()
        made += len(generate(facts, seed=calls, count=20))
        calls += 1
    elapsed = time.perf_counter() - start
    return made // calls, made / elapsed


def baseline(seconds: float = 1.0) -> float:
    """Questions per second of the least any generator does: shuffle 4 names into a Question."""
    rng = random.Random(0)
    names = ["Mira Sorvino", "Lisa Kudrow", "Alan Cumming", "Janeane Garofalo"]
    made = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        choices = rng.sample(names, 4)
        Question("cast", "Who starred?", tuple(choices), choices.index("Lisa Kudrow"))
        made += 1
    return made / (time.perf_counter() - start)


def main() -> None:
    """Print the table."""
    head = ("articles", "cast", "events", "quotes", "q/call", "warm q/s", "cold q/s")
    print(" | ".join(f"{h:>{w}}" for h, w in zip(head, WIDTHS, strict=True)))
    print("-+-".join("-" * w for w in WIDTHS))
    for size in SIZES:
        facts = scaled(size)
        per_call, warm = measure(facts, cold=False)
        _, cold = measure(facts, cold=True)
        flag = "" if min(warm, cold) >= TARGET else f"  (below {TARGET})"
        print(
            f"{size:>8} | {len(facts.cast):>5} | {len(facts.events):>6} | {len(facts.quotes):>6} "
            f"| {per_call:>6} | {warm:>8,.0f} | {cold:>8,.0f}{flag}"
        )
    print(f"baseline: a bare Question from 4 shuffled names: {baseline():,.0f} q/s")


if __name__ == "__main__":
    main()
