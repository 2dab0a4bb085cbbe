"""Who may touch a question set: its owner, and nobody else."""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from ..extensions import db
from ..models import Quiz


def owned_quiz(quiz_id: int) -> Quiz:
    """The signed-in host's quiz ``quiz_id``: 404 if missing, 403 if someone else's."""
    quiz = db.get_or_404(Quiz, quiz_id)
    if not current_user.is_authenticated or quiz.owner_id != current_user.id:
        abort(403)
    return quiz
