"""Forms a player fills in."""

from __future__ import annotations

import unicodedata

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import ValidationError

NICKNAME_MAX = 24


def clean_nickname(value: str | None) -> str:
    """Normalize a nickname: NFC, surrounding space trimmed, inner runs of space collapsed."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


class NicknameForm(FlaskForm):
    """The name a player appears under on the leaderboard."""

    nickname = StringField("Your nickname", filters=[clean_nickname])

    def validate_nickname(self, field: StringField) -> None:
        """1 to 24 visible characters; no control or invisible formatting characters."""
        name = field.data or ""
        if any(unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"} for char in name):
            raise ValidationError("Use letters, digits, spaces or emoji only.")
        if not any(unicodedata.category(char)[0] in "LNPS" for char in name):
            raise ValidationError("Type a nickname of at least one visible character.")
        if len(name) > NICKNAME_MAX:
            raise ValidationError(f"Keep it to {NICKNAME_MAX} characters (this is {len(name)}).")
