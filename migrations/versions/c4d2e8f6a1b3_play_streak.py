"""the play keeps its streak; one answer row per position of a play

Revision ID: c4d2e8f6a1b3
Revises: a7e3c51f0b22
Create Date: 2026-12-03 17:30:00

An answer reads the streak from the play instead of counting the play's earlier answers,
and a question request finds the play's latest question through (play_id, position).
Plays in progress get the streak their answers so far make.
"""

import sqlalchemy as sa
from alembic import op

revision = "c4d2e8f6a1b3"
down_revision = "a7e3c51f0b22"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.add_column(sa.Column("streak", sa.Integer(), server_default="0", nullable=False))
    op.create_index("uq_answer_play_position", "answer", ["play_id", "position"], unique=True)
    _count_open_streaks()


def _count_open_streaks():
    """Set the streak of every unfinished play from its answers, in position order."""
    bind = op.get_bind()
    answers = bind.execute(
        sa.text(
            "SELECT answer.play_id, answer.correct"
            " FROM answer JOIN play ON play.id = answer.play_id"
            " WHERE play.finished_at IS NULL AND answer.answered_at IS NOT NULL"
            " ORDER BY answer.play_id, answer.position"
        )
    )
    streaks: dict[int, int] = {}
    for play_id, correct in answers:
        streaks[play_id] = streaks.get(play_id, 0) + 1 if correct else 0
    for play_id, streak in streaks.items():
        bind.execute(
            sa.text("UPDATE play SET streak = :streak WHERE id = :id"),
            {"streak": streak, "id": play_id},
        )


def downgrade():
    op.drop_index("uq_answer_play_position", table_name="answer")
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.drop_column("streak")
