"""users.session_generation: signing out (or deletion, revocation) ends every session

Revision ID: user_session_generation_01
Revises: 984bbe453aa0
Create Date: 2026-12-04 18:50:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'user_session_generation_01'
down_revision = 'membership_proposals_01'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('session_generation', sa.Integer(), server_default='0', nullable=False)
        )


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_generation')
