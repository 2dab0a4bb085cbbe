"""initial schema

Revision ID: 9b9c9a06a733
Revises:
Create Date: 2026-11-27 23:12:20.867721

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "9b9c9a06a733"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session_token", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "quiz",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("seconds_per_question", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("share_token", sa.String(length=32), nullable=False),
        sa.Column("facts_json", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("share_token"),
    )
    with op.batch_alter_table("quiz", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quiz_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "play",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("quiz_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("player_key", sa.String(length=32), nullable=False),
        sa.Column("nickname", sa.String(length=24), nullable=False),
        sa.Column("shuffle_seed", sa.Integer(), nullable=False),
        sa.Column("ranked", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("right_count", sa.Integer(), nullable=False),
        sa.Column("total_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["quiz_id"], ["quiz.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_id"),
    )
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.create_index(
            "ix_play_board_quiz",
            ["quiz_id", "ranked", sa.text("score DESC"), "finished_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_play_board_all", ["ranked", sa.text("score DESC"), "finished_at"], unique=False
        )
        batch_op.create_index(
            "ix_play_board_recent",
            ["ranked", "finished_at", sa.text("score DESC")],
            unique=False,
        )
        batch_op.create_index(
            "ix_play_board_quiz_recent",
            ["quiz_id", "ranked", "finished_at", sa.text("score DESC")],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_play_player_key"), ["player_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_play_user_id"), ["user_id"], unique=False)

    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quiz_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["quiz_id"], ["quiz.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_quiz_id"), ["quiz_id"], unique=False)

    op.create_table(
        "choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_right", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["question_id"], ["question.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_choice_question_id"), ["question_id"], unique=False)

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("play_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("shown_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("choice_id", sa.Integer(), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("elapsed_ms", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["choice_id"], ["choice.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["play_id"], ["play.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["question.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("play_id", "question_id", name="uq_answer_play_question"),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_question_id"), ["question_id"], unique=False)


def downgrade():
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_question_id"))

    op.drop_table("answer")
    with op.batch_alter_table("choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_choice_question_id"))

    op.drop_table("choice")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_quiz_id"))

    op.drop_table("question")
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_play_user_id"))
        batch_op.drop_index(batch_op.f("ix_play_player_key"))
        batch_op.drop_index("ix_play_board_recent")
        batch_op.drop_index("ix_play_board_quiz_recent")
        batch_op.drop_index("ix_play_board_all")
        batch_op.drop_index("ix_play_board_quiz")

    op.drop_table("play")
    with op.batch_alter_table("quiz", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiz_owner_id"))

    op.drop_table("quiz")
    op.drop_table("user")
