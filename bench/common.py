"""Helpers shared by the scale benchmarks: database setup, percentiles, machine facts.

The benchmarks own one PostgreSQL database, ``quizbench``; they never touch ``test``
(the test suites use it) or any other database.
"""

from __future__ import annotations

import os
import platform
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PG_ADMIN_URL = os.environ.get("QUIZBENCH_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_DATABASE = "quizbench"
PG_URL = f"postgresql+psycopg://postgres@127.0.0.1:5432/{PG_DATABASE}"
# Every worker must sign and check cookies and choice ids with the same key.
SECRET_KEY = "quizbench-fixed-secret-not-for-production"


def recreate_pg_database() -> str:
    """Drop and create ``quizbench`` so each run starts empty; returns its SQLAlchemy URL."""
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=10) as conn:
        # FORCE ends sessions left over from an aborted run; only this database is named.
        conn.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {PG_DATABASE}")
    return PG_URL


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile by the nearest-rank method (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: list[float]) -> float:
    """The median, 0 for no values."""
    return statistics.median(values) if values else 0.0


def machine() -> str:
    """Cores and CPU model, so a table can be read against the hardware it came from."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, {model}, load average {load}"


def print_table(headers: list[str], rows: list[list[object]]) -> None:
    """Print rows as a Markdown table, which also pastes straight into docs/benchmarks.md."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        padded = [_pad(c, w) for c, w in zip(row, widths, strict=True)]
        print("| " + " | ".join(padded) + " |")


def _pad(cell: str, width: int) -> str:
    """Numbers to the right, words to the left, as tables are read."""
    try:
        float(cell)
    except ValueError:
        return cell.ljust(width)
    return cell.rjust(width)
