"""Forms a player fills in."""

from __future__ import annotations

import unicodedata

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import ValidationError

from ..text import name_problem

NICKNAME_MAX = 24


def clean_nickname(value: str | None) -> str:
    """Normalize a nickname: NFC, surrounding space trimmed, inner runs of space collapsed."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


class NicknameForm(FlaskForm):
    """The name a player appears under on the leaderboard."""

    nickname = StringField("Your nickname", filters=[clean_nickname])

    def validate_nickname(self, field: StringField) -> None:
        """A name others can see (the rule of every name), of 1 to 24 characters."""
        name = field.data or ""
        if problem := name_problem(name):
            raise ValidationError(problem)
        if len(name) > NICKNAME_MAX:
            raise ValidationError(f"Keep it to {NICKNAME_MAX} characters (this is {len(name)}).")
