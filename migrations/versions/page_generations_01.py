"""page_generations: a counter per thread (and one for people's names) keying the page cache

Revision ID: page_generations_01
Revises: pitch_model_versions_01
Create Date: 2026-12-04 19:50:00

"""

from alembic import op
import sqlalchemy as sa


revision = "page_generations_01"
down_revision = "forum_reactions_bookmarks_01"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "page_generations",
        sa.Column("thread_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("thread_id", name=op.f("pk_page_generations")),
    )


def downgrade():
    op.drop_table("page_generations")
