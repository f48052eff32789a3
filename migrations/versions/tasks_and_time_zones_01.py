"""task failures, members' time zones, mail headers

Revision ID: tasks_and_time_zones_01
Revises: pitch_model_versions_01
Create Date: 2026-12-04 19:45:00

"""

from alembic import op
import sqlalchemy as sa

import community.db_types


# revision identifiers, used by Alembic.
revision = "tasks_and_time_zones_01"
down_revision = "pitch_model_versions_01"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "task_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("task_name", sa.String(length=200), nullable=False),
        sa.Column("task_id", sa.String(length=64), nullable=False),
        sa.Column("retries_left", sa.Integer(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_failures")),
    )
    with op.batch_alter_table("task_failures", schema=None) as batch_op:
        batch_op.create_index("ix_task_failures_at", ["at"], unique=False)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("time_zone", sa.String(length=64), server_default="UTC", nullable=False)
        )
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("headers", sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_column("headers")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
    with op.batch_alter_table("task_failures", schema=None) as batch_op:
        batch_op.drop_index("ix_task_failures_at")
    op.drop_table("task_failures")
