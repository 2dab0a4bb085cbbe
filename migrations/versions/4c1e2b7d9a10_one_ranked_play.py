"""one ranked play per quiz and browser or account

Revision ID: 4c1e2b7d9a10
Revises: 9b9c9a06a733
Create Date: 2026-12-02 20:00:00

Plays that raced past the old check-then-insert rule become practice first (the earliest
ranked play of each browser and account keeps its rank), so the unique indexes can be built.
"""

import sqlalchemy as sa
from alembic import op

revision = "4c1e2b7d9a10"
down_revision = "9b9c9a06a733"
branch_labels = None
depends_on = None

DEMOTE = """
UPDATE play SET ranked = false
WHERE ranked AND id NOT IN (
    SELECT min(id) FROM play WHERE ranked AND {column} IS NOT NULL GROUP BY quiz_id, {column}
) AND {column} IS NOT NULL
"""


def upgrade():
    for column in ("player_key", "user_id"):
        op.execute(DEMOTE.format(column=column))
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.create_index(
            "uq_play_ranked_browser",
            ["player_key", "quiz_id"],
            unique=True,
            sqlite_where=sa.text("ranked"),
            postgresql_where=sa.text("ranked"),
        )
        batch_op.create_index(
            "uq_play_ranked_account",
            ["user_id", "quiz_id"],
            unique=True,
            sqlite_where=sa.text("ranked AND user_id IS NOT NULL"),
            postgresql_where=sa.text("ranked AND user_id IS NOT NULL"),
        )


def downgrade():
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.drop_index("uq_play_ranked_account")
        batch_op.drop_index("uq_play_ranked_browser")
