"""membership board cases: review votes (quorum for revocation), declared conflicts, board notes,
and the voter's company and work domain on every vote row

Revision ID: membership_board_cases_01
Revises: pitch_model_versions_01
Create Date: 2026-12-04 19:50:32.149799

"""

import sqlalchemy as sa
from alembic import op

import community.db_types

# revision identifiers, used by Alembic.
revision = "membership_board_cases_01"
down_revision = "page_generations_01"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "membership_case_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_kind", sa.String(length=12), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("board_member_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "case_kind IN ('application', 'appeal', 'review')",
            name=op.f("ck_membership_case_conflicts_case_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["board_member_id"],
            ["users.id"],
            name=op.f("fk_membership_case_conflicts_board_member_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_case_conflicts")),
        sa.UniqueConstraint(
            "case_kind", "case_id", "board_member_id", name="uq_membership_case_conflicts"
        ),
    )
    with op.batch_alter_table("membership_case_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_membership_case_conflicts_member", ["board_member_id"], unique=False
        )

    op.create_table(
        "membership_case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_kind", sa.String(length=12), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "case_kind IN ('application', 'appeal', 'review')",
            name=op.f("ck_membership_case_notes_case_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_membership_case_notes_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_case_notes")),
    )
    with op.batch_alter_table("membership_case_notes", schema=None) as batch_op:
        batch_op.create_index("ix_membership_case_notes_author", ["author_id"], unique=False)
        batch_op.create_index(
            "ix_membership_case_notes_case", ["case_kind", "case_id", "created_at"], unique=False
        )

    op.create_table(
        "membership_review_votes",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=True),
        sa.Column("choice", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("voter_company", sa.String(length=200), nullable=True),
        sa.Column("voter_domain", sa.String(length=255), nullable=True),
        sa.Column("recused_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "choice IN ('keep', 'revoke', 'abstain')",
            name=op.f("ck_membership_review_votes_choice"),
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["membership_reviews.id"],
            name=op.f("fk_membership_review_votes_review_id_membership_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"],
            ["users.id"],
            name=op.f("fk_membership_review_votes_voter_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_review_votes")),
        sa.UniqueConstraint("review_id", "voter_id", name="uq_membership_review_votes_voter"),
    )
    with op.batch_alter_table("membership_review_votes", schema=None) as batch_op:
        batch_op.create_index("ix_membership_review_votes_voter", ["voter_id"], unique=False)

    with op.batch_alter_table("appeal_votes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voter_company", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("voter_domain", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("recused_reason", sa.Text(), nullable=True))

    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "rejected_by_rule", sa.Boolean(), server_default=sa.text("false"), nullable=False
            )
        )

    with op.batch_alter_table("application_votes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voter_company", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("voter_domain", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("recused_reason", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("rejected_by_rule")

    with op.batch_alter_table("application_votes", schema=None) as batch_op:
        batch_op.drop_column("recused_reason")
        batch_op.drop_column("voter_domain")
        batch_op.drop_column("voter_company")

    with op.batch_alter_table("appeal_votes", schema=None) as batch_op:
        batch_op.drop_column("recused_reason")
        batch_op.drop_column("voter_domain")
        batch_op.drop_column("voter_company")

    with op.batch_alter_table("membership_review_votes", schema=None) as batch_op:
        batch_op.drop_index("ix_membership_review_votes_voter")

    op.drop_table("membership_review_votes")
    with op.batch_alter_table("membership_case_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_membership_case_notes_case")
        batch_op.drop_index("ix_membership_case_notes_author")

    op.drop_table("membership_case_notes")
    with op.batch_alter_table("membership_case_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_membership_case_conflicts_member")

    op.drop_table("membership_case_conflicts")
