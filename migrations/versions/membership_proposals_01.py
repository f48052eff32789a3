"""proposals: board rule changes by proposal and approval (two people)

Revision ID: membership_proposals_01
Revises: a1f0c0de0001
Create Date: 2026-11-23 10:00:00

"""

import sqlalchemy as sa
from alembic import op

import community.db_types

revision = "membership_proposals_01"
down_revision = "a1f0c0de0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", community.db_types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved', 'declined', 'withdrawn')",
            name=op.f("ck_proposals_status"),
        ),
        sa.CheckConstraint(
            "status = 'withdrawn' OR decided_by_id IS NULL OR proposed_by_id IS NULL "
            "OR decided_by_id <> proposed_by_id",
            name=op.f("ck_proposals_two_people"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["users.id"],
            name=op.f("fk_proposals_decided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["users.id"],
            name=op.f("fk_proposals_proposed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.create_index("ix_proposals_kind_created", ["kind", "created_at"], unique=False)
        batch_op.create_index("ix_proposals_status_created", ["status", "created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_proposals_decided_by_id"), ["decided_by_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_proposals_proposed_by_id"), ["proposed_by_id"], unique=False
        )


def downgrade():
    op.drop_table("proposals")
