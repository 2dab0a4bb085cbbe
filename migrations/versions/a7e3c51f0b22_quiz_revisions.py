"""quiz revisions: a play is of the set as it was when it started

Revision ID: a7e3c51f0b22
Revises: a7c3e9f1b2d4
Create Date: 2026-12-03 10:00:00

Existing quizzes start at revision 1 and existing plays on it, so plays in progress go on.
"""

import sqlalchemy as sa
from alembic import op

revision = "a7e3c51f0b22"
down_revision = "a7c3e9f1b2d4"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("quiz", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("quiz_revision", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade():
    with op.batch_alter_table("play", schema=None) as batch_op:
        batch_op.drop_column("quiz_revision")
    with op.batch_alter_table("quiz", schema=None) as batch_op:
        batch_op.drop_column("revision")
