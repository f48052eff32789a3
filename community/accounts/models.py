"""Profiles beyond what LinkedIn gives, and contact by consent: requests, messages, blocks."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db
from community.membership.models import FUNCTION_LABELS, FUNCTIONS

FUNCTION_KEYS = tuple(key for key, _ in FUNCTIONS)


class MemberProfile(db.Model):
    """What a member adds to their LinkedIn identity (name, photo, title, company and bio live on
    users)."""

    __tablename__ = "member_profiles"
    __table_args__ = (
        CheckConstraint(
            f"function IS NULL OR {enum_check('function', FUNCTION_KEYS)}", name="function"
        ),
        Index("ix_member_profiles_function", "function"),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    function: Mapped[str | None] = mapped_column(String(40))
    # "Open to contact requests from vendors and consultants": no unless the member says yes.
    open_to_vendor_requests: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    @property
    def function_label(self) -> str | None:
        return FUNCTION_LABELS.get(self.function or "")


class MemberExpertise(db.Model):
    """One area of expertise of a member; `key` is the lower-cased label the directory matches."""

    __tablename__ = "member_expertise"
    __table_args__ = (
        UniqueConstraint("user_id", "key", name="uq_member_expertise_user_id_key"),
        Index("ix_member_expertise_key", "key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(60))
    key: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(default=0)


# held: the pitch policy stopped it, waiting for a moderator (the recipient doesn't see it).
# pending: delivered, waiting for the recipient. rejected: a moderator agreed it was a pitch.
CONTACT_STATUSES = ("held", "pending", "accepted", "declined", "rejected")


class ContactRequest(db.Model):
    """A request to make contact; once accepted it is the connection the two message through."""

    __tablename__ = "contact_requests"
    __table_args__ = (
        # One request per direction, ever: a declined sender cannot ask again, and cannot tell a
        # decline from silence.
        UniqueConstraint("sender_id", "recipient_id", name="uq_contact_requests_sender_recipient"),
        CheckConstraint(enum_check("status", CONTACT_STATUSES), name="status"),
        CheckConstraint("sender_id <> recipient_id", name="not_self"),
        Index("ix_contact_requests_recipient_status", "recipient_id", "status", "created_at"),
        Index("ix_contact_requests_sender_created", "sender_id", "created_at"),
        Index("ix_contact_requests_status_created", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    pitch_score: Mapped[float] = mapped_column(Float, default=0.0)
    pitch_reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of reasons
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    review_reason: Mapped[str | None] = mapped_column(Text)  # shown to the sender when rejected

    sender = relationship("User", foreign_keys=[sender_id], lazy="raise")
    recipient = relationship("User", foreign_keys=[recipient_id], lazy="raise")

    @property
    def reasons(self) -> list[dict]:
        return json.loads(self.pitch_reasons or "[]")

    def other(self, user_id: int) -> int:
        return self.recipient_id if user_id == self.sender_id else self.sender_id


class PrivateMessage(db.Model):
    __tablename__ = "private_messages"
    __table_args__ = (
        Index("ix_private_messages_connection_created", "connection_id", "created_at"),
        Index("ix_private_messages_recipient_read", "recipient_id", "read_at"),
        Index("ix_private_messages_sender", "sender_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_id: Mapped[int] = mapped_column(
        ForeignKey("contact_requests.id", ondelete="CASCADE")
    )
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MemberBlock(db.Model):
    """The blocker hears nothing more from the blocked person: no requests, no messages."""

    __tablename__ = "member_blocks"
    __table_args__ = (
        UniqueConstraint("blocker_id", "blocked_id", name="uq_member_blocks_blocker_blocked"),
        Index("ix_member_blocks_blocked", "blocked_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    blocker_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    blocked_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
