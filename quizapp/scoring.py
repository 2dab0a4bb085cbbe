"""Points for an answer: pure functions, so the rules are easy to test and to explain."""

from __future__ import annotations

MAX_POINTS = 1000
MIN_RIGHT_POINTS = 500
# Answers this fast earn the full points: nobody should lose points to reading latency.
FULL_POINTS_SECONDS = 0.5
STREAK_STEP = 100
STREAK_CAP = 500


def answer_points(correct: bool, elapsed: float, limit: float, grace: float = 0.0) -> int:
    """Points for one answer: 1000 falling linearly to 500 at the limit; 0 if wrong or late.

    An answer within ``grace`` seconds after the limit still counts, as if at the limit.
    """
    if not correct or elapsed > limit + grace:
        return 0
    if elapsed <= FULL_POINTS_SECONDS:
        return MAX_POINTS
    return round(MAX_POINTS * (1 - min(elapsed, limit) / limit / 2))


def streak_bonus(streak: int) -> int:
    """Bonus for the ``streak``-th right answer in a row: +100 from the second, at most +500."""
    return min(max(streak - 1, 0) * STREAK_STEP, STREAK_CAP)


def next_streak(previous: int, correct: bool) -> int:
    """The streak after an answer: one longer if right, reset to zero if wrong or late."""
    return previous + 1 if correct else 0


def best_possible(question_count: int) -> int:
    """The most points a quiz of ``question_count`` questions gives: all right, all fast.

    At least 1, so a share of it is always defined.
    """
    streak_bonuses = sum(streak_bonus(streak) for streak in range(1, question_count + 1))
    return max(MAX_POINTS * question_count + streak_bonuses, 1)
