"""Requests for recommendations: the ask (a forum thread in the recommendations space), the
private responses of the vendors and consultants it was opened to, the moderation signals of
those who push where they were not asked, and what members disclose about the services they offer.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db

# open: peers answer in the thread. invited: also opened to vendors, until the deadline.
ASK_STATUSES = ("open", "invited")
# declined is never shown to the responder: to them a declined response stays "sent".
RESPONSE_STATUSES = ("sent", "shortlisted", "declined", "accepted")
# Why a vendor meets the moderation ladder.
SIGNAL_KINDS = ("uninvited_response", "after_decline", "hounding_complaint")
SIGNAL_LABELS = {
    "uninvited_response": "Tried to respond to a request not opened to vendors",
    "after_decline": "Followed up after the asker declined",
    "hounding_complaint": "The asker reported being hounded",
}


class Ask(db.Model):
    """A member's request for recommendations; the thread carries it, this carries its terms."""

    __tablename__ = "asks"
    __table_args__ = (
        CheckConstraint(enum_check("status", ASK_STATUSES), name="status"),
        Index("ix_asks_status_created", "status", "created_at"),
        Index("ix_asks_asker_created", "asker_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("forum_threads.id", ondelete="CASCADE"), unique=True
    )
    asker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    need: Mapped[str] = mapped_column(Text)
    budget: Mapped[str] = mapped_column(String(80), default="")
    timeline: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_to_vendors_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    response_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AskResponse(db.Model):
    """One vendor's private answer to an ask; only the asker and the vendor ever see it."""

    __tablename__ = "ask_responses"
    __table_args__ = (
        UniqueConstraint("ask_id", "responder_id", name="uq_ask_responses_ask_responder"),
        CheckConstraint(enum_check("status", RESPONSE_STATUSES), name="status"),
        Index("ix_ask_responses_responder_created", "responder_id", "created_at"),
        Index("ix_ask_responses_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ask_id: Mapped[int] = mapped_column(ForeignKey("asks.id", ondelete="CASCADE"))
    responder_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="sent")
    pitch_assessment: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The accepted contact connection the two now message through.
    connection_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_requests.id", ondelete="SET NULL"), index=True
    )


class AskSignal(db.Model):
    """A vendor pushing where they were not asked: moderators see these and decide on the
    ladder (the member's moderation page); the board sees how many."""

    __tablename__ = "ask_signals"
    __table_args__ = (
        CheckConstraint(enum_check("kind", SIGNAL_KINDS), name="kind"),
        Index("ix_ask_signals_created", "created_at"),
        Index("ix_ask_signals_vendor_created", "vendor_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    vendor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    ask_id: Mapped[int | None] = mapped_column(
        ForeignKey("asks.id", ondelete="SET NULL"), index=True
    )
    reported_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def label(self) -> str:
        return SIGNAL_LABELS[self.kind]


class ProfileServices(db.Model):
    """What a member says about the services they sell: that they provide services at all
    (the mark shows for those whose profile reads as a vendor too) and which ones."""

    __tablename__ = "profile_services"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    provides_services: Mapped[bool] = mapped_column(default=False)
    services: Mapped[str] = mapped_column(Text, default="")  # one service a line
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    @property
    def service_list(self) -> list[str]:
        return [line for line in self.services.splitlines() if line.strip()]
