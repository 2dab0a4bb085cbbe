"""usernames unique ignoring case

Revision ID: d5fe672121c4
Revises: eeababe2b793
Create Date: 2026-12-03 07:25:53.921998

Accounts that raced past the old check-then-insert rule ("Ada" and "ada") are renamed first,
the earliest of each keeping its name, so the unique index can be built: the others become
``<name>-<id>`` (signing in as any of them failed anyway).
"""

import sqlalchemy as sa
from alembic import op

revision = "d5fe672121c4"
down_revision = "eeababe2b793"
branch_labels = None
depends_on = None

RENAME = """
UPDATE "user" SET username = substr(username, 1, 29) || '-' || id
WHERE id NOT IN (SELECT min(id) FROM "user" GROUP BY lower(username))
"""


def upgrade():
    op.execute(RENAME)
    op.create_index("uq_user_username_lower", "user", [sa.text("lower(username)")], unique=True)


def downgrade():
    op.drop_index("uq_user_username_lower", table_name="user")
