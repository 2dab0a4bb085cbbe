"""The leaderboards: per quiz and across all quizzes, today, this week or all time."""

from __future__ import annotations

from .queries import rank_of as rank_of
from .routes import bp as bp
