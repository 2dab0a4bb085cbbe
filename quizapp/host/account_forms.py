"""Forms of the host's account pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import PasswordField, StringField
from wtforms.validators import EqualTo, InputRequired, Length, Regexp, ValidationError

from ..extensions import db
from ..models import User
from ..text import visible_name

USERNAME_PATTERN = r"^[A-Za-z0-9_.-]+$"
TAKEN = "That username is taken."


class LoginForm(FlaskForm):
    """Sign in with a username and password."""

    username = StringField("Username", validators=[InputRequired(), Length(max=40)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=200)])


class RegisterForm(FlaskForm):
    """Create a host account."""

    username = StringField(
        "Username",
        filters=[lambda value: (value or "").strip()],
        validators=[
            InputRequired(),
            Length(min=3, max=40),
            visible_name,
            Regexp(USERNAME_PATTERN, message="Use letters, digits, dots, dashes or underscores."),
        ],
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired(), Length(min=10, max=200, message="Use 10 to 200 characters.")],
    )
    confirm = PasswordField(
        "Repeat the password",
        validators=[InputRequired(), EqualTo("password", message="The passwords differ.")],
    )

    def validate_username(self, field: StringField) -> None:
        """Usernames are unique, ignoring case."""
        taken = db.session.execute(
            select(User.id).where(db.func.lower(User.username) == (field.data or "").lower())
        ).first()
        if taken:
            raise ValidationError(TAKEN)
