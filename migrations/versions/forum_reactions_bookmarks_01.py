"""forum_post_reactions and forum_bookmarks: a fixed set of counted reactions, private bookmarks

Revision ID: forum_reactions_bookmarks_01
Revises: pitch_model_versions_01
Create Date: 2026-12-04 19:45:00

"""
from alembic import op
import sqlalchemy as sa

from community.db_types import UTCDateTime


revision = 'forum_reactions_bookmarks_01'
down_revision = 'asks_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'forum_post_reactions',
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('insightful', 'agree', 'thanks')", name=op.f('ck_forum_post_reactions_kind')
        ),
        sa.ForeignKeyConstraint(
            ['post_id'], ['forum_posts.id'],
            name=op.f('fk_forum_post_reactions_post_id_forum_posts'), ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['user_id'], ['users.id'],
            name=op.f('fk_forum_post_reactions_user_id_users'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('post_id', 'user_id', 'kind', name=op.f('pk_forum_post_reactions')),
    )
    with op.batch_alter_table('forum_post_reactions', schema=None) as batch_op:
        batch_op.create_index('ix_forum_post_reactions_post_kind', ['post_id', 'kind'], unique=False)
        batch_op.create_index('ix_forum_post_reactions_created', ['created_at'], unique=False)

    op.create_table(
        'forum_bookmarks',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['post_id'], ['forum_posts.id'],
            name=op.f('fk_forum_bookmarks_post_id_forum_posts'), ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['user_id'], ['users.id'],
            name=op.f('fk_forum_bookmarks_user_id_users'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('user_id', 'post_id', name=op.f('pk_forum_bookmarks')),
    )
    with op.batch_alter_table('forum_bookmarks', schema=None) as batch_op:
        batch_op.create_index('ix_forum_bookmarks_user_created', ['user_id', 'created_at'], unique=False)
        batch_op.create_index('ix_forum_bookmarks_post', ['post_id'], unique=False)


def downgrade():
    with op.batch_alter_table('forum_bookmarks', schema=None) as batch_op:
        batch_op.drop_index('ix_forum_bookmarks_post')
        batch_op.drop_index('ix_forum_bookmarks_user_created')
    op.drop_table('forum_bookmarks')
    with op.batch_alter_table('forum_post_reactions', schema=None) as batch_op:
        batch_op.drop_index('ix_forum_post_reactions_created')
        batch_op.drop_index('ix_forum_post_reactions_post_kind')
    op.drop_table('forum_post_reactions')
