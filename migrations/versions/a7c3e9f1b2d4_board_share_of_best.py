"""the all-quizzes board ranks by share of the best possible score

Revision ID: a7c3e9f1b2d4
Revises: d5fe672121c4
Create Date: 2026-12-03 10:00:00

Each play keeps the most points its quiz could give when it started. Existing plays get it
from the questions they were shown (their quiz's question count now, if they were shown
none), by the scoring rule: 1000 a question plus the streak bonus, +100 from the second right
answer in a row, at most +500.
"""

import sqlalchemy as sa
from alembic import op

revision = "a7c3e9f1b2d4"
down_revision = "d5fe672121c4"
branch_labels = None
depends_on = None

SHARE_OF_BEST = "score * 1000 / best_possible"

QUESTIONS = """
COALESCE(
    (SELECT NULLIF(count(*), 0) FROM answer WHERE answer.play_id = play.id),
    (SELECT count(*) FROM question WHERE question.quiz_id = play.quiz_id)
)
"""
BACKFILL = f"""
UPDATE play SET best_possible = CASE
    WHEN {QUESTIONS} = 0 THEN 1
    WHEN {QUESTIONS} <= 6 THEN 1000 * {QUESTIONS} + 50 * ({QUESTIONS} - 1) * {QUESTIONS}
    ELSE 1500 * {QUESTIONS} - 1500
END
"""


def upgrade():
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("best_possible", sa.Integer(), nullable=False, server_default="1")
        )
    op.execute(BACKFILL)
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.drop_index("ix_play_board_all")
        batch_op.create_index(
            "ix_play_board_all",
            ["ranked", sa.text(f"({SHARE_OF_BEST}) DESC"), "finished_at"],
        )


def downgrade():
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.drop_index("ix_play_board_all")
        batch_op.create_index("ix_play_board_all", ["ranked", sa.text("score DESC"), "finished_at"])
        batch_op.drop_column("best_possible")
