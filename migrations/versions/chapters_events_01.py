"""chapters and events: chapters, members and leads, events, RSVPs, the calendar mail log; outbox attachments

Revision ID: chapters_events_01
Revises: pitch_model_versions_01
Create Date: 2026-12-04 19:34:29.822845

"""
from alembic import op
import sqlalchemy as sa

import community.db_types


# revision identifiers, used by Alembic.
revision = 'chapters_events_01'
down_revision = "tasks_and_time_zones_01"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('chapters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('visibility', sa.String(length=10), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('regional', 'function')", name=op.f('ck_chapters_kind')),
    sa.CheckConstraint("visibility IN ('members', 'chapter')", name=op.f('ck_chapters_visibility')),
    sa.ForeignKeyConstraint(['category_id'], ['forum_categories.id'], name=op.f('fk_chapters_category_id_forum_categories')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_chapters_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapters')),
    sa.UniqueConstraint('category_id', name=op.f('uq_chapters_category_id')),
    sa.UniqueConstraint('slug', name=op.f('uq_chapters_slug'))
    )
    with op.batch_alter_table('chapters', schema=None) as batch_op:
        batch_op.create_index('ix_chapters_kind_name', ['kind', 'name'], unique=False)

    op.create_table('chapter_calendar_mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=200), nullable=False),
    sa.Column('outbox_message_id', sa.Integer(), nullable=True),
    sa.Column('created_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['outbox_message_id'], ['outbox_messages.id'], name=op.f('fk_chapter_calendar_mail_outbox_message_id_outbox_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapter_calendar_mail')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_chapter_calendar_mail_idempotency_key'))
    )
    with op.batch_alter_table('chapter_calendar_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chapter_calendar_mail_outbox_message_id'), ['outbox_message_id'], unique=False)

    op.create_table('chapter_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chapter_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_html', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('venue', sa.Text(), nullable=False),
    sa.Column('online_url', sa.String(length=500), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('starts_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('rsvp_deadline', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('seats_taken', sa.Integer(), nullable=False),
    sa.Column('chatham_house', sa.Boolean(), nullable=False),
    sa.Column('sponsored', sa.Boolean(), nullable=False),
    sa.Column('sponsor_name', sa.String(length=120), nullable=False),
    sa.Column('needs_lead_approval', sa.Boolean(), nullable=False),
    sa.Column('needs_board_approval', sa.Boolean(), nullable=False),
    sa.Column('pitch_held', sa.Boolean(), nullable=False),
    sa.Column('pitch_reasons', sa.Text(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('announced_at', community.db_types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("format IN ('in_person', 'online')", name=op.f('ck_chapter_events_format')),
    sa.CheckConstraint("status IN ('awaiting', 'scheduled', 'cancelled')", name=op.f('ck_chapter_events_status')),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_chapter_events_capacity_positive')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_chapter_events_ends_after_start')),
    sa.CheckConstraint('seats_taken >= 0 AND seats_taken <= capacity', name=op.f('ck_chapter_events_seats_within')),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapters.id'], name=op.f('fk_chapter_events_chapter_id_chapters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_chapter_events_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapter_events'))
    )
    with op.batch_alter_table('chapter_events', schema=None) as batch_op:
        batch_op.create_index('ix_chapter_events_chapter_start', ['chapter_id', 'status', 'starts_at'], unique=False)
        batch_op.create_index('ix_chapter_events_status_start', ['status', 'starts_at'], unique=False)

    op.create_table('chapter_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chapter_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('event_mail', sa.String(length=10), nullable=False),
    sa.Column('joined_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("event_mail IN ('weekly', 'each', 'off')", name=op.f('ck_chapter_members_event_mail')),
    sa.CheckConstraint("role IN ('member', 'lead')", name=op.f('ck_chapter_members_role')),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapters.id'], name=op.f('fk_chapter_members_chapter_id_chapters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_chapter_members_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapter_members')),
    sa.UniqueConstraint('chapter_id', 'user_id', name='uq_chapter_members_chapter_id_user_id')
    )
    with op.batch_alter_table('chapter_members', schema=None) as batch_op:
        batch_op.create_index('ix_chapter_members_chapter_role', ['chapter_id', 'role'], unique=False)
        batch_op.create_index('ix_chapter_members_user', ['user_id', 'chapter_id'], unique=False)

    op.create_table('chapter_event_rsvps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', community.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('rounds', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('going', 'waitlisted', 'cancelled')", name=op.f('ck_chapter_event_rsvps_status')),
    sa.ForeignKeyConstraint(['event_id'], ['chapter_events.id'], name=op.f('fk_chapter_event_rsvps_event_id_chapter_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_chapter_event_rsvps_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapter_event_rsvps')),
    sa.UniqueConstraint('event_id', 'user_id', name='uq_chapter_event_rsvps_event_id_user_id')
    )
    with op.batch_alter_table('chapter_event_rsvps', schema=None) as batch_op:
        batch_op.create_index('ix_chapter_event_rsvps_event_status', ['event_id', 'status', 'requested_at', 'id'], unique=False)
        batch_op.create_index('ix_chapter_event_rsvps_user', ['user_id', 'event_id'], unique=False)

    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attachments', sa.JSON(), nullable=True))



def downgrade():
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_column('attachments')

    with op.batch_alter_table('chapter_event_rsvps', schema=None) as batch_op:
        batch_op.drop_index('ix_chapter_event_rsvps_user')
        batch_op.drop_index('ix_chapter_event_rsvps_event_status')

    op.drop_table('chapter_event_rsvps')
    with op.batch_alter_table('chapter_members', schema=None) as batch_op:
        batch_op.drop_index('ix_chapter_members_user')
        batch_op.drop_index('ix_chapter_members_chapter_role')

    op.drop_table('chapter_members')
    with op.batch_alter_table('chapter_events', schema=None) as batch_op:
        batch_op.drop_index('ix_chapter_events_status_start')
        batch_op.drop_index('ix_chapter_events_chapter_start')

    op.drop_table('chapter_events')
    with op.batch_alter_table('chapter_calendar_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chapter_calendar_mail_outbox_message_id'))

    op.drop_table('chapter_calendar_mail')
    with op.batch_alter_table('chapters', schema=None) as batch_op:
        batch_op.drop_index('ix_chapters_kind_name')

    op.drop_table('chapters')
