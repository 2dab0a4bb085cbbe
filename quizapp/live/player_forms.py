"""Forms a player fills in to join a live game."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import Regexp


def _digits_only(value: str | None) -> str:
    """Keep the digits of a typed code, so "123 456" and "123-456" work too."""
    return "".join(char for char in value or "" if char.isdigit())


class CodeForm(FlaskForm):
    """The 6-digit join code shown on the host's screen."""

    code = StringField(
        "Game code",
        filters=[_digits_only],
        validators=[Regexp(r"^\d{6}$", message="Type the 6 digits shown on the host's screen.")],
        render_kw={"inputmode": "numeric", "autocomplete": "off", "maxlength": 9},
    )
