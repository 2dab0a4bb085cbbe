"""Live games as rows: the game and its clock, the players in the room, their answers.

Nothing about a game lives in a worker: every screen re-reads these rows, so any worker
on any machine serves the host and every player.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models import Choice, Quiz, QuizQuestion, User, now_utc, unique_where


class Game(db.Model):
    """One live game of a question set, led by its host.

    ``question_no`` is -1 in the lobby, then the index of the question open or last shown.
    A question opens for everyone at ``opened_at`` (the server's clock) and ends at the time
    limit plus the grace, or earlier at ``closed_at`` (everyone answered, or the host said
    so). ``version`` grows with every change a screen must show.
    """

    __table_args__ = (
        # A join code names one open game at a time; finished games give theirs back.
        unique_where("uq_game_open_code", "code", where="finished_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6))
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"), index=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    seconds_per_question: Mapped[int] = mapped_column(Integer)
    question_total: Mapped[int] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    late_join: Mapped[bool] = mapped_column(Boolean, default=True)
    question_no: Mapped[int] = mapped_column(Integer, default=-1)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    quiz: Mapped[Quiz] = relationship()
    host: Mapped[User] = relationship()
    players: Mapped[list[GamePlayer]] = relationship(
        back_populates="game", order_by="GamePlayer.id", cascade="all, delete-orphan"
    )


class GamePlayer(db.Model):
    """A player in a game's room, known by the key in their browser's signed session."""

    __table_args__ = (
        UniqueConstraint("game_id", "nickname", name="uq_game_player_nickname"),
        UniqueConstraint("game_id", "player_key", name="uq_game_player_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[int] = mapped_column(ForeignKey("game.id", ondelete="CASCADE"))
    nickname: Mapped[str] = mapped_column(String(24))
    player_key: Mapped[str] = mapped_column(String(32))
    # A late joiner plays from the question after the one open when they joined.
    first_question: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[int] = mapped_column(Integer, default=0)
    right_count: Mapped[int] = mapped_column(Integer, default=0)
    # Right answers in a row, ending at question ``streak_question``.
    streak: Mapped[int] = mapped_column(Integer, default=0)
    streak_question: Mapped[int] = mapped_column(Integer, default=-1)
    joined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)

    game: Mapped[Game] = relationship(back_populates="players")


class GameAnswer(db.Model):
    """A player's one answer to one question of a game, scored when it arrives."""

    __table_args__ = (
        UniqueConstraint("player_id", "question_no", name="uq_game_answer_player_question"),
        Index("ix_game_answer_game_question", "game_id", "question_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[int] = mapped_column(ForeignKey("game.id", ondelete="CASCADE"))
    player_id: Mapped[int] = mapped_column(ForeignKey("game_player.id", ondelete="CASCADE"))
    question_no: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    choice_id: Mapped[int | None] = mapped_column(
        ForeignKey("choice.id", ondelete="SET NULL"), index=True
    )
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    elapsed_ms: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[int] = mapped_column(Integer)

    player: Mapped[GamePlayer] = relationship()
    question: Mapped[QuizQuestion] = relationship()
    choice: Mapped[Choice | None] = relationship()
