"""house rules: store the first version (data), so reading the rules never writes

Revision ID: a1f0c0de0001
Revises: 984bbe453aa0
Create Date: 2026-12-04 19:00:00

"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

import community.db_types

revision = "a1f0c0de0001"
down_revision = "984bbe453aa0"
branch_labels = None
depends_on = None

# The text as shipped on this date (community.standing.house_rules.DEFAULT_RULES); copied so the
# migration does not change when the code does.
FIRST_RULES = """\
1. **Peers, not prospects.** No sales pitches, demos, offers or lead capture. Consultants and
   vendors are welcome as members as long as they don't pitch.
2. **What is said here stays here.** Don't share another member's words or identity outside the
   community without their consent.
3. **Be candid and respectful.** Disagree with ideas, not people.
4. **No confidential information** about your employer, clients or anyone else.
5. **Stay on topic** in each category; start a new thread for a new subject.
"""


def upgrade():
    versions = sa.table(
        "house_rules_versions",
        sa.column("version", sa.Integer),
        sa.column("body", sa.Text),
        sa.column("summary", sa.Text),
        sa.column("created_at", community.db_types.UTCDateTime()),
    )
    connection = op.get_bind()
    exists = connection.execute(
        sa.text("SELECT 1 FROM house_rules_versions WHERE version = 1")
    ).first()
    if exists is None:
        op.bulk_insert(
            versions,
            [
                {
                    "version": 1,
                    "body": FIRST_RULES,
                    "summary": "The first house rules.",
                    "created_at": datetime.now(timezone.utc),
                }
            ],
        )


def downgrade():
    pass
