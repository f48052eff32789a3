"""pitch model versions

Revision ID: pitch_model_versions_01
Revises: 984bbe453aa0
Create Date: 2026-12-04 19:00:00

"""
from alembic import op
import sqlalchemy as sa

import community.db_types


# revision identifiers, used by Alembic.
revision = 'pitch_model_versions_01'
down_revision = 'user_session_generation_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('pitch_model_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('model', sa.LargeBinary(), nullable=False),
    sa.Column('metrics', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('activated_at', community.db_types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('retired_at', community.db_types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('candidate', 'active', 'retired')", name=op.f('ck_pitch_model_versions_status')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_pitch_model_versions_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pitch_model_versions'))
    )
    with op.batch_alter_table('pitch_model_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pitch_model_versions_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index('ix_pitch_model_versions_status', ['status', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('pitch_model_versions', schema=None) as batch_op:
        batch_op.drop_index('ix_pitch_model_versions_status')
        batch_op.drop_index(batch_op.f('ix_pitch_model_versions_created_by_id'))

    op.drop_table('pitch_model_versions')
