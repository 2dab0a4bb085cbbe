"""The player's blueprint: pick a quiz, answer timed questions, see the results."""

from __future__ import annotations

from .routes import bp as bp
