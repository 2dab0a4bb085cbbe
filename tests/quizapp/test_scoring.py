"""The scoring rules at their edges."""

from __future__ import annotations

import pytest

from quizapp.scoring import answer_points, next_streak, streak_bonus


@pytest.mark.parametrize(
    ("elapsed", "points"),
    [(0.0, 1000), (0.5, 1000), (0.51, 987), (5.0, 875), (10.0, 750), (19.99, 500), (20.0, 500)],
)
def test_right_answer_points_fall_linearly_to_half(elapsed, points):
    assert answer_points(True, elapsed, 20) == points


def test_wrong_answer_scores_nothing():
    assert answer_points(False, 0.1, 20) == 0


def test_late_answer_scores_nothing_after_grace():
    assert answer_points(True, 20.01, 20) == 0
    assert answer_points(True, 21.0, 20, grace=1.5) == 500
    assert answer_points(True, 21.6, 20, grace=1.5) == 0


@pytest.mark.parametrize(
    ("streak", "bonus"), [(0, 0), (1, 0), (2, 100), (3, 200), (6, 500), (9, 500)]
)
def test_streak_bonus_grows_and_caps(streak, bonus):
    assert streak_bonus(streak) == bonus


def test_streak_resets_on_wrong_answer():
    assert next_streak(4, True) == 5
    assert next_streak(4, False) == 0
