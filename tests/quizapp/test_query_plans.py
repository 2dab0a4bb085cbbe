"""The leaderboard and home page queries can be answered from an index on PostgreSQL.

A scan of the whole ``play`` table is invisible on a test-sized table and ruinous at a
million plays, so timing cannot catch it here; the plan can. With ``enable_seqscan = off``
PostgreSQL still falls back to a sequential scan when no index fits the query, so a
"Seq Scan on play" in the plan means a query lost its index (a changed WHERE or ORDER BY,
or a dropped index). The statements are the ones the pages really run, captured with a
``before_cursor_execute`` listener while requesting them.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import event

from quizapp.extensions import db

pytestmark = pytest.mark.skipif(
    not os.environ.get("QUIZ_TEST_DATABASE_URL", "").startswith("postgres"),
    reason="plans are checked on PostgreSQL (set QUIZ_TEST_DATABASE_URL)",
)

# Each page and the indexes that may serve it. "No Seq Scan" alone is not enough: without its
# own index PostgreSQL reads a whole other index instead (a bitmap scan of ix_play_board_quiz
# skipping its leading quiz_id column), which is just as slow at a million plays.
RECENT = ("ix_play_board_all", "ix_play_board_quiz_recent")
PAGES = {
    "board all time": ("/leaderboard", {"ix_play_board_all"}),
    # The boards rank public quizzes only (`quiz_id IN (...)`): with few of them, or few plays
    # since midnight, a seek on each quiz's recent plays is as good a plan.
    "board this week": ("/leaderboard?period=week", {"ix_play_board_recent", *RECENT}),
    "board today": ("/leaderboard?period=today", {"ix_play_board_recent", *RECENT}),
    "board per quiz": ("/leaderboard?quiz=1", {"ix_play_board_quiz"}),
    "board per quiz this week": (
        "/leaderboard?quiz=1&period=week",
        {"ix_play_board_quiz", "ix_play_board_quiz_recent"},
    ),
    "home best score per quiz": ("/", {"ix_play_board_quiz"}),
}
RULE_INDEXES = ("uq_play_ranked_browser", "uq_play_ranked_account")
# Half the plays finish in the week the boards count and half before it, whatever the day
# the suite runs: counted back from now, early on a Monday the week held a few dozen of
# them, and a seek on the recent plays of every quiz was then rightly the cheaper plan.
MANY_PLAYS = """
INSERT INTO play (public_id, quiz_id, player_key, nickname, shuffle_seed, ranked, started_at,
                  finished_at, score, right_count, total_ms, best_possible)
SELECT 'plan' || g, 1, 'plan' || g, 'Plan', 1, true, at, at, mod(g, 15000), 3, 9000, 15000
FROM generate_series(1, 20000) AS g,
     LATERAL (SELECT date_trunc('week', now()) + (10000 - g) * interval '1 second' AS at) AS t
"""
INDEX_USED = re.compile(r"Index (?:Only )?Scan (?:using|on) (\w+)")


def _statements_on_play(app: Flask, path: str) -> list[tuple[str, Any]]:
    """The SELECTs reading ``play`` that a GET of ``path`` runs, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and " play" in statement:
            seen.append((statement, params))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        response = app.test_client().get(path)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert response.status_code == 200, response.text
    return seen


def _plan(app: Flask, statement: str, params: Any) -> str:
    """The plan PostgreSQL picks for ``statement`` when it may avoid sequential scans."""
    with app.app_context(), db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        # The unique indexes on ranked plays hold only the start rule; on an empty test
        # table they look cheapest for anything filtered on ranked, never at a million
        # plays. Dropped inside this transaction (rolled back below) so the plan is real.
        for name in RULE_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX {name}")
        # Joins are planned from statistics: on an empty table one quiz looks as cheap to
        # read whole as the board's first rows. Plays enough to make the difference real.
        conn.exec_driver_sql(MANY_PLAYS)
        conn.exec_driver_sql("ANALYZE play")
        conn.exec_driver_sql("ANALYZE quiz")
        rows = conn.exec_driver_sql("EXPLAIN " + statement, params).all()
        conn.rollback()
    return "\n".join(row[0] for row in rows)


@pytest.mark.parametrize("page", PAGES)
def test_page_reads_play_through_an_index(app: Flask, page: str) -> None:
    path, allowed = PAGES[page]
    statements = _statements_on_play(app, path)
    assert statements, f"{page}: no query on play captured; did the page change?"
    for statement, params in statements:
        plan = _plan(app, statement, params)
        assert "Seq Scan on play" not in plan, f"{page}:\n{statement}\n{plan}"
        used = set(INDEX_USED.findall(plan))
        assert used & allowed, f"{page}: wants one of {sorted(allowed)}:\n{statement}\n{plan}"
