"""Asks: requests for recommendations, private responses, vendor signals, services offered,
and the kind of a forum category (the recommendations space)

Revision ID: asks_01
Revises: pitch_model_versions_01
Create Date: 2026-12-04 19:32:18.177615

"""

from alembic import op
import sqlalchemy as sa

import community.db_types


# revision identifiers, used by Alembic.
revision = "asks_01"
down_revision = "chapters_events_01"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "profile_services",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("provides_services", sa.Boolean(), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("updated_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_profile_services_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_profile_services")),
    )
    op.create_table(
        "asks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("asker_id", sa.Integer(), nullable=True),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("budget", sa.String(length=80), nullable=False),
        sa.Column("timeline", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "opened_to_vendors_at", community.db_types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "response_deadline", community.db_types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.CheckConstraint("status IN ('open', 'invited')", name=op.f("ck_asks_status")),
        sa.ForeignKeyConstraint(
            ["asker_id"], ["users.id"], name=op.f("fk_asks_asker_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["forum_threads.id"],
            name=op.f("fk_asks_thread_id_forum_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asks")),
        sa.UniqueConstraint("thread_id", name=op.f("uq_asks_thread_id")),
    )
    with op.batch_alter_table("asks", schema=None) as batch_op:
        batch_op.create_index("ix_asks_asker_created", ["asker_id", "created_at"], unique=False)
        batch_op.create_index("ix_asks_status_created", ["status", "created_at"], unique=False)

    op.create_table(
        "ask_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ask_id", sa.Integer(), nullable=False),
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("pitch_assessment", sa.JSON(), nullable=True),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", community.db_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("connection_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('sent', 'shortlisted', 'declined', 'accepted')",
            name=op.f("ck_ask_responses_status"),
        ),
        sa.ForeignKeyConstraint(
            ["ask_id"], ["asks.id"], name=op.f("fk_ask_responses_ask_id_asks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["contact_requests.id"],
            name=op.f("fk_ask_responses_connection_id_contact_requests"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responder_id"],
            ["users.id"],
            name=op.f("fk_ask_responses_responder_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ask_responses")),
        sa.UniqueConstraint("ask_id", "responder_id", name="uq_ask_responses_ask_responder"),
    )
    with op.batch_alter_table("ask_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ask_responses_connection_id"), ["connection_id"], unique=False
        )
        batch_op.create_index(
            "ix_ask_responses_responder_created", ["responder_id", "created_at"], unique=False
        )
        batch_op.create_index("ix_ask_responses_status", ["status"], unique=False)

    op.create_table(
        "ask_signals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("ask_id", sa.Integer(), nullable=True),
        sa.Column("reported_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", community.db_types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('uninvited_response', 'after_decline', 'hounding_complaint')",
            name=op.f("ck_ask_signals_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["ask_id"], ["asks.id"], name=op.f("fk_ask_signals_ask_id_asks"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["reported_by_id"],
            ["users.id"],
            name=op.f("fk_ask_signals_reported_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"],
            ["users.id"],
            name=op.f("fk_ask_signals_vendor_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ask_signals")),
    )
    with op.batch_alter_table("ask_signals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ask_signals_ask_id"), ["ask_id"], unique=False)
        batch_op.create_index("ix_ask_signals_created", ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ask_signals_reported_by_id"), ["reported_by_id"], unique=False
        )
        batch_op.create_index(
            "ix_ask_signals_vendor_created", ["vendor_id", "created_at"], unique=False
        )

    with op.batch_alter_table("forum_categories", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=True))
        batch_op.create_check_constraint(
            "kind", "kind IS NULL OR kind IN ('jobs', 'events', 'recommendations')"
        )
        batch_op.create_index("ix_forum_categories_kind", ["kind"], unique=False)


def downgrade():
    with op.batch_alter_table("forum_categories", schema=None) as batch_op:
        batch_op.drop_index("ix_forum_categories_kind")
        batch_op.drop_constraint(op.f("ck_forum_categories_kind"), type_="check")
        batch_op.drop_column("kind")

    with op.batch_alter_table("ask_signals", schema=None) as batch_op:
        batch_op.drop_index("ix_ask_signals_vendor_created")
        batch_op.drop_index(batch_op.f("ix_ask_signals_reported_by_id"))
        batch_op.drop_index("ix_ask_signals_created")
        batch_op.drop_index(batch_op.f("ix_ask_signals_ask_id"))

    op.drop_table("ask_signals")
    with op.batch_alter_table("ask_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_ask_responses_status")
        batch_op.drop_index("ix_ask_responses_responder_created")
        batch_op.drop_index(batch_op.f("ix_ask_responses_connection_id"))

    op.drop_table("ask_responses")
    with op.batch_alter_table("asks", schema=None) as batch_op:
        batch_op.drop_index("ix_asks_status_created")
        batch_op.drop_index("ix_asks_asker_created")

    op.drop_table("asks")
    op.drop_table("profile_services")
