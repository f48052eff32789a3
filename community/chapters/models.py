"""Chapters (regional or by function), their members and leads, their events and RSVPs, and the
log that makes each calendar mail go out exactly once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.auth.models import User
from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db

CHAPTER_KINDS = ("regional", "function")
# Who reads the chapter's threads: every member, or the chapter's members only.
VISIBILITIES = ("members", "chapter")
CHAPTER_ROLES = ("member", "lead")
# How a chapter member hears about new events: a weekly summary (the default), a mail for each
# event (only when they ask for it), or nothing.
EVENT_MAIL = ("weekly", "each", "off")
EVENT_FORMATS = ("in_person", "online")
# awaiting: some approval is still missing (a lead's, the board's, or the pitch check's release).
EVENT_STATUSES = ("awaiting", "scheduled", "cancelled")
RSVP_STATUSES = ("going", "waitlisted", "cancelled")


class Chapter(db.Model):
    __tablename__ = "chapters"
    __table_args__ = (
        CheckConstraint(enum_check("kind", CHAPTER_KINDS), name="kind"),
        CheckConstraint(enum_check("visibility", VISIBILITIES), name="visibility"),
        Index("ix_chapters_kind_name", "kind", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10), default="regional")
    description: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(10), default="members")
    # The chapter's space of threads is a forum category of its own.
    category_id: Mapped[int] = mapped_column(ForeignKey("forum_categories.id"), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChapterMember(db.Model):
    __tablename__ = "chapter_members"
    __table_args__ = (
        UniqueConstraint("chapter_id", "user_id", name="uq_chapter_members_chapter_id_user_id"),
        CheckConstraint(enum_check("role", CHAPTER_ROLES), name="role"),
        CheckConstraint(enum_check("event_mail", EVENT_MAIL), name="event_mail"),
        Index("ix_chapter_members_user", "user_id", "chapter_id"),
        Index("ix_chapter_members_chapter_role", "chapter_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(10), default="member")
    event_mail: Mapped[str] = mapped_column(String(10), default="weekly")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(lazy="raise")


class Event(db.Model):
    __tablename__ = "chapter_events"
    __table_args__ = (
        CheckConstraint(enum_check("status", EVENT_STATUSES), name="status"),
        CheckConstraint(enum_check("format", EVENT_FORMATS), name="format"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("seats_taken >= 0 AND seats_taken <= capacity", name="seats_within"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_chapter_events_chapter_start", "chapter_id", "status", "starts_at"),
        Index("ix_chapter_events_status_start", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")  # markdown, as written
    description_html: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="awaiting")
    format: Mapped[str] = mapped_column(String(10), default="in_person")
    venue: Mapped[str] = mapped_column(Text, default="")  # for confirmed attendees only
    online_url: Mapped[str] = mapped_column(String(500), default="")  # ditto
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rsvp_deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int]
    # Seats given to people going; moved only by guarded UPDATEs, so the last seat goes once.
    seats_taken: Mapped[int] = mapped_column(default=0)
    chatham_house: Mapped[bool] = mapped_column(Boolean, default=False)
    sponsored: Mapped[bool] = mapped_column(Boolean, default=False)
    sponsor_name: Mapped[str] = mapped_column(String(120), default="")
    # Approvals still missing before the event is scheduled.
    needs_lead_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_board_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    pitch_held: Mapped[bool] = mapped_column(Boolean, default=False)
    pitch_reasons: Mapped[str] = mapped_column(Text, default="")
    # iCalendar SEQUENCE: raised by every change attendees must hear about.
    sequence: Mapped[int] = mapped_column(default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    chapter: Mapped[Chapter] = relationship(lazy="raise")


class Rsvp(db.Model):
    __tablename__ = "chapter_event_rsvps"
    __table_args__ = (
        UniqueConstraint("event_id", "user_id", name="uq_chapter_event_rsvps_event_id_user_id"),
        CheckConstraint(enum_check("status", RSVP_STATUSES), name="status"),
        # The waitlist, in the order people joined it; the attendee list.
        Index("ix_chapter_event_rsvps_event_status", "event_id", "status", "requested_at", "id"),
        Index("ix_chapter_event_rsvps_user", "user_id", "event_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("chapter_events.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10))
    # When they asked for a seat: the waitlist's order.
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Times this person asked again after cancelling (part of their iCalendar SEQUENCE).
    rounds: Mapped[int] = mapped_column(default=0)

    user: Mapped[User] = relationship(lazy="raise")


class CalendarMail(db.Model):
    """One row per calendar or summary mail sent: its key makes a second send a no-op."""

    __tablename__ = "chapter_calendar_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    # e.g. "event:12:user:7:seq:2:REQUEST" or "summary:3:user:7:2026-W49"
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    outbox_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox_messages.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
