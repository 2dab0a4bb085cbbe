"""How Flask-Login finds the signed-in user from the session."""

from __future__ import annotations

from sqlalchemy import select

from .extensions import db, login_manager
from .models import User


@login_manager.user_loader
def load_user(session_token: str) -> User | None:
    """Find the user by the session token that their last sign-in issued."""
    return db.session.execute(
        select(User).where(User.session_token == session_token)
    ).scalar_one_or_none()
