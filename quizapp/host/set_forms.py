"""Forms of the question-set pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import FieldList, IntegerField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from ..models import Choice, Quiz, QuizQuestion
from ..quizzes import (
    MAX_CHOICE,
    MAX_CHOICES,
    MAX_EXPLANATION,
    MAX_PROMPT,
    MIN_CHOICES,
    duplicate_of,
)
from ..text import has_control, visible_name


def strip(value: str | None) -> str:
    """Trim surrounding whitespace; a missing value becomes the empty string."""
    return (value or "").strip()


def printable(form: FlaskForm, field: StringField) -> None:
    """Refuse control characters (:func:`quizapp.text.has_control`)."""
    if has_control(field.data or ""):
        raise ValidationError("Remove the control characters.")


class SetForm(FlaskForm):
    """The settings of a question set: title, description, time limit and visibility."""

    title = StringField(
        "Title",
        filters=[strip],
        validators=[
            InputRequired(),
            Length(min=1, max=120, message="Use 1 to 120 characters."),
            visible_name,
        ],
    )
    description = TextAreaField(
        "Description", filters=[strip], validators=[Optional(), Length(max=2000), printable]
    )
    seconds_per_question = IntegerField(
        "Seconds per question",
        default=20,
        validators=[
            InputRequired(message="Give a whole number of seconds."),
            NumberRange(min=5, max=120, message="Use 5 to 120 seconds."),
        ],
    )
    visibility = RadioField(
        "Visibility",
        default="public",
        choices=[
            SelectChoice("public", "Public: listed on the home page"),
            SelectChoice("unlisted", "Unlisted: reached by its share link only"),
        ],
    )

    def save(self, quiz: Quiz) -> None:
        """Write the settings into ``quiz``."""
        quiz.title = self.title.data
        quiz.description = self.description.data or ""
        quiz.seconds_per_question = self.seconds_per_question.data
        quiz.visibility = self.visibility.data


class QuestionForm(FlaskForm):
    """A question written by hand: a prompt, 2 to 6 choices (blanks ignored), one right."""

    prompt = TextAreaField(
        "Question",
        filters=[strip],
        validators=[
            DataRequired(message="Write the question."),
            Length(max=MAX_PROMPT),
            printable,
        ],
    )
    choices = FieldList(
        StringField("Choice", filters=[strip], validators=[Length(max=MAX_CHOICE), printable]),
        min_entries=MAX_CHOICES,
        max_entries=MAX_CHOICES,
    )
    right = RadioField(
        "Right answer",
        coerce=int,
        validate_choice=False,
        choices=[
            SelectChoice(index, f"Choice {index + 1} is right") for index in range(MAX_CHOICES)
        ],
        validators=[InputRequired(message="Mark the right answer.")],
    )
    explanation = TextAreaField(
        "Explanation (shown after the answer)",
        filters=[strip],
        validators=[Optional(), Length(max=MAX_EXPLANATION), printable],
    )

    def filled_choices(self) -> list[tuple[int, str]]:
        """The (index, text) of every choice that is not blank."""
        return [(index, entry.data) for index, entry in enumerate(self.choices) if entry.data]

    def validate_choices(self, field: FieldList) -> None:
        """At least two filled-in choices, none repeated."""
        texts = [text for _, text in self.filled_choices()]
        if len(texts) < MIN_CHOICES:
            raise ValidationError(f"Give at least {MIN_CHOICES} choices.")
        if (twice := duplicate_of(texts)) is not None:
            raise ValidationError(f"“{twice}” is there twice.")

    def validate_right(self, field: RadioField) -> None:
        """The right answer is one of the filled-in choices."""
        if field.data not in {index for index, _ in self.filled_choices()}:
            raise ValidationError("Mark one of the filled-in choices as right.")

    def load(self, question: QuizQuestion) -> None:
        """Fill the form from a stored question (on GET, before any form data)."""
        self.prompt.data = question.prompt
        self.explanation.data = question.explanation
        for entry, choice in zip(self.choices, question.choices, strict=False):
            entry.data = choice.text
        self.right.data = next(
            (index for index, choice in enumerate(question.choices) if choice.is_right), None
        )

    def save(self, question: QuizQuestion) -> None:
        """Write the form into ``question``, updating its choices in place by position.

        Reusing the choice rows keeps past answers pointing at a choice, so a question of a
        set that already has plays can be corrected; its stats then mix old and new wording.
        """
        question.prompt = self.prompt.data
        question.explanation = self.explanation.data or ""
        filled = self.filled_choices()
        for position, (index, text) in enumerate(filled):
            if position == len(question.choices):
                question.choices.append(Choice(position=position, text=text))
            choice = question.choices[position]
            choice.text, choice.is_right = text, index == self.right.data
        del question.choices[len(filled) :]
