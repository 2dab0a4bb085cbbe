"""Database models: hosts, question sets, their questions and choices, plays and answers."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import ColumnElement, ScalarSelect
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db


def now_utc() -> datetime:
    """The current time, timezone-aware, so SQLite and PostgreSQL compare alike."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; treat them as the UTC they were stored as."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def unique_where(name: str, *columns: str, where: str) -> Index:
    """A unique index over only the rows matching ``where`` (SQLite and PostgreSQL alike)."""
    condition = text(where)
    return Index(name, *columns, unique=True, sqlite_where=condition, postgresql_where=condition)


def new_token() -> str:
    """An unguessable id for URLs and browser ownership."""
    return secrets.token_urlsafe(16)


class User(UserMixin, db.Model):
    """A signed-in person: hosts question sets, and keeps their plays under "My scores"."""

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    # Unique ignoring case too, kept by the database: registrations that race cannot make
    # "Ada" and "ada", which signing in (by lower-cased name) could not tell apart.
    __table_args__ = (Index("uq_user_username_lower", func.lower(username), unique=True),)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    # Changing it signs out every session of this account (Flask-Login's alternative id).
    session_token: Mapped[str] = mapped_column(String(64), default=new_token)

    quizzes: Mapped[list[Quiz]] = relationship(back_populates="owner")

    def set_password(self, password: str) -> None:
        """Store a salted scrypt hash, never the password."""
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        """Whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    def get_id(self) -> str:
        """Identify the session by a token that a new sign-in can rotate."""
        return self.session_token


class Quiz(db.Model):
    """A question set: played by anyone when published, edited only by its owner."""

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    seconds_per_question: Mapped[int] = mapped_column(Integer, default=20)
    # "public" is listed on the home page; "unlisted" is reached by its share link only.
    visibility: Mapped[str] = mapped_column(String(10), default="public")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    share_token: Mapped[str] = mapped_column(String(32), unique=True, default=new_token)
    # Bumped by every change to what a play sees (questions, choices, the time limit):
    # a play keeps the revision it started on, and caches of the content are keyed by it.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Read only by the facts workshop, so plays never load it.
    facts_json: Mapped[str | None] = mapped_column(Text, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)

    owner: Mapped[User | None] = relationship(back_populates="quizzes")
    questions: Mapped[list[QuizQuestion]] = relationship(
        back_populates="quiz", order_by="QuizQuestion.position", cascade="all, delete-orphan"
    )

    @property
    def is_playable(self) -> bool:
        """Published sets with at least one question can be played."""
        return self.status == "published" and bool(self.questions)


class QuizQuestion(db.Model):
    """One multiple-choice question of a quiz, in the quiz's order."""

    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="custom")
    prompt: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    difficulty: Mapped[int] = mapped_column(Integer, default=2)

    quiz: Mapped[Quiz] = relationship(back_populates="questions")
    choices: Mapped[list[Choice]] = relationship(
        back_populates="question", order_by="Choice.position", cascade="all, delete-orphan"
    )

    @property
    def right_choice(self) -> Choice | None:
        """The choice marked right, if the host marked one."""
        return next((choice for choice in self.choices if choice.is_right), None)


def question_count(quiz_id: ColumnElement[int]) -> ScalarSelect[int]:
    """How many questions quiz ``quiz_id`` (a column of the enclosing query) has now."""
    count = select(func.count(QuizQuestion.id)).where(QuizQuestion.quiz_id == quiz_id)
    return count.scalar_subquery()


class Choice(db.Model):
    """One answer option; ``is_right`` never leaves the server before the answer."""

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    is_right: Mapped[bool] = mapped_column(Boolean, default=False)

    question: Mapped[QuizQuestion] = relationship(back_populates="choices")


#: A play's score per mille of the best its quiz allowed: what the all-quizzes board ranks by,
#: so a long quiz is not worth more than a short one. Written once here, for the index and
#: the query alike (the planner uses an expression index only for the same expression).
SHARE_OF_BEST = "score * 1000 / best_possible"


class Play(db.Model):
    """One person's run through a quiz; all of its state lives here and in its answers."""

    # The leaderboards read these in order (best score first, earlier finish breaks ties),
    # so a page of the board is an index range scan at any number of plays.
    __table_args__ = (
        Index("ix_play_board_quiz", "quiz_id", "ranked", text("score DESC"), "finished_at"),
        # The all-quizzes board ranks by share of the best possible score (SHARE_OF_BEST).
        Index("ix_play_board_all", "ranked", text(f"({SHARE_OF_BEST}) DESC"), "finished_at"),
        # "Today" and "this week": the period's plays, already in score order per moment.
        Index("ix_play_board_recent", "ranked", "finished_at", text("score DESC")),
        Index("ix_play_board_quiz_recent", "quiz_id", "ranked", "finished_at", text("score DESC")),
        # At most one ranked play per quiz and browser, and per quiz and account, however
        # many starts race: the database, not a check before the insert, keeps the rule.
        # The player leads, so no board query by quiz mistakes these for its own index.
        unique_where("uq_play_ranked_browser", "player_key", "quiz_id", where="ranked"),
        unique_where(
            "uq_play_ranked_account", "user_id", "quiz_id", where="ranked AND user_id IS NOT NULL"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_token)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), index=True)
    # The browser that started the play holds this key in its signed session cookie.
    player_key: Mapped[str] = mapped_column(String(32), index=True)
    nickname: Mapped[str] = mapped_column(String(24))
    # Seeds the per-play shuffle of choices.
    shuffle_seed: Mapped[int] = mapped_column(Integer)
    # The quiz's revision when the play started: an edit since then ends the play.
    quiz_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Only a player's first play of a quiz is ranked; later ones are practice.
    ranked: Mapped[bool] = mapped_column(Boolean, default=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    score: Mapped[int] = mapped_column(Integer, default=0)
    right_count: Mapped[int] = mapped_column(Integer, default=0)
    total_ms: Mapped[int] = mapped_column(Integer, default=0)
    # Right answers in a row up to the latest answered question (for the streak bonus).
    streak: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The most points the quiz could give when the play started (scoring.best_possible), so
    # plays of quizzes of any length compare on one scale, whatever edits come later.
    best_possible: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    quiz: Mapped[Quiz] = relationship()
    user: Mapped[User | None] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="play", order_by="Answer.position", cascade="all, delete-orphan"
    )

    @property
    def share_of_best(self) -> float:
        """The score as a percentage of the best possible (the all-quizzes board's rank)."""
        return self.score * 1000 // self.best_possible / 10


class Answer(db.Model):
    """A question shown to a play, and later how it was answered.

    The row is written when the question is first shown (``shown_at`` is the server's
    clock) and completed once, by a conditional update, when the answer arrives.
    """

    __table_args__ = (
        UniqueConstraint("play_id", "question_id", name="uq_answer_play_question"),
        # One question per position; also how a play's latest question is found.
        Index("uq_answer_play_position", "play_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    play_id: Mapped[int] = mapped_column(ForeignKey("play.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    shown_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    choice_id: Mapped[int | None] = mapped_column(ForeignKey("choice.id", ondelete="SET NULL"))
    correct: Mapped[bool] = mapped_column(Boolean, default=False)
    elapsed_ms: Mapped[int] = mapped_column(Integer, default=0)
    points: Mapped[int] = mapped_column(Integer, default=0)

    play: Mapped[Play] = relationship(back_populates="answers")
    question: Mapped[QuizQuestion] = relationship()
    choice: Mapped[Choice | None] = relationship()

    @property
    def is_answered(self) -> bool:
        """Whether the player answered (or ran out of time)."""
        return self.answered_at is not None

    @property
    def timed_out(self) -> bool:
        """Answered with no choice: the time ran out."""
        return self.is_answered and self.choice_id is None
