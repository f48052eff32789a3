"""Moderation records: the moderation log, flags and labels (sanctions and house rules versions
live in community.standing; they are re-exported here)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.auth.models import User
from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db
from community.standing import kinds as sanction_kinds
from community.standing.models import (  # noqa: F401  (re-exported)
    SANCTION_SOURCES,
    HouseRulesVersion,
    Sanction,
)

# Derived from the one registry of sanction kinds (community.standing.kinds).
SANCTION_KINDS = sanction_kinds.KIND_NAMES
SANCTION_LABELS = sanction_kinds.LABELS

# Why a member flags a post, and why a moderator hides one: the same categories.
FLAG_REASONS = ("sales_pitch", "off_topic", "disrespectful", "confidential", "other")
FLAG_REASON_LABELS = {
    "sales_pitch": "Sales pitch",
    "off_topic": "Off topic",
    "disrespectful": "Disrespectful",
    "confidential": "Confidential information",
    "other": "Something else",
}
# Where a labelled example came from: the pitch policy held it, or members flagged it.
LABEL_SOURCES = ("held", "flagged")
LABEL_DECISIONS = ("approved", "hidden")


class ModerationAction(db.Model):
    """The moderation log: who did what to which thing, why, and how to undo it.

    `before` and `after` hold what the action changed (JSON), which is what a reversal restores.
    A reversal is itself an action (`action="reverse"`, `reverses_id` set); the original then
    carries `reversed_at`, so nothing is undone twice.
    """

    __tablename__ = "moderation_actions"
    __table_args__ = (
        Index("ix_moderation_actions_at", "at"),
        Index("ix_moderation_actions_target_user_id_at", "target_user_id", "at"),
        Index("ix_moderation_actions_subject", "subject_type", "subject_id"),
        Index("ix_moderation_actions_actor_id_at", "actor_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int]
    # The person the action affects: a post's author, a sanctioned member.
    target_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_actions.id", ondelete="SET NULL"), index=True
    )
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="raise")
    target_user: Mapped[User | None] = relationship(foreign_keys=[target_user_id], lazy="raise")

    @property
    def before_data(self) -> dict[str, Any]:
        return json.loads(self.before) if self.before else {}

    @property
    def after_data(self) -> dict[str, Any]:
        return json.loads(self.after) if self.after else {}


class Flag(db.Model):
    """A member's report that a post breaks the house rules; one per member per post.

    A flag is open until a moderator decides on the post (approve or hide), which resolves
    every open flag on it.
    """

    __tablename__ = "moderation_flags"
    __table_args__ = (
        CheckConstraint(enum_check("reason", FLAG_REASONS), name="reason"),
        CheckConstraint(
            "reason <> 'other' OR (note IS NOT NULL AND note <> '')", name="other_needs_note"
        ),
        UniqueConstraint("post_id", "user_id", name="uq_moderation_flags_post_id_user_id"),
        # Open flags of a post (the threshold), and open flags oldest first (the queue).
        Index("ix_moderation_flags_post_id_resolved_at", "post_id", "resolved_at"),
        Index("ix_moderation_flags_resolved_at_created_at", "resolved_at", "created_at"),
        Index("ix_moderation_flags_user_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The moderation action that resolved it (approve or hide), so a reversal reopens it.
    resolved_by_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_actions.id", ondelete="SET NULL"), index=True
    )

    user: Mapped[User] = relationship(lazy="raise")

    @property
    def reason_label(self) -> str:
        return FLAG_REASON_LABELS[self.reason]


class PitchLabel(db.Model):
    """A labelled example: a moderator's decision on a held or flagged post, with what the pitch
    policy said about it at the time. The board's pitch-policy page measures the policy by these.

    The post's text is copied, so the example keeps its meaning when the post is edited later.
    A label stops counting (retired_at) when its decision is reversed or a later decision on the
    same post replaces it.
    """

    __tablename__ = "moderation_pitch_labels"
    __table_args__ = (
        CheckConstraint(enum_check("source", LABEL_SOURCES), name="source"),
        CheckConstraint(enum_check("decision", LABEL_DECISIONS), name="decision"),
        CheckConstraint(
            f"hidden_reason IS NULL OR {enum_check('hidden_reason', FLAG_REASONS)}",
            name="hidden_reason",
        ),
        # The performance page: current labels by bucket, newest first.
        Index("ix_moderation_pitch_labels_current", "retired_at", "source", "decided_at"),
        # The ladder: a member's upheld pitches within the window.
        Index("ix_moderation_pitch_labels_author", "author_id", "is_pitch", "decided_at"),
        Index("ix_moderation_pitch_labels_post_id", "post_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("forum_posts.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(10))
    decision: Mapped[str] = mapped_column(String(10))
    hidden_reason: Mapped[str | None] = mapped_column(String(20))
    # The label itself: did the moderator find the post to be a sales pitch?
    is_pitch: Mapped[bool]
    # What the pitch policy said when the moderator decided.
    verdict: Mapped[str] = mapped_column(String(10))
    score: Mapped[float]
    reasons: Mapped[list | None] = mapped_column(JSON)
    flag_reasons: Mapped[list | None] = mapped_column(JSON)
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_actions.id", ondelete="SET NULL"), index=True
    )
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def bucket(self) -> str:
        """Where this example counts on the performance page."""
        if self.source == "held":
            return "held_rejected" if self.is_pitch else "held_approved"
        return "flagged_missed" if self.is_pitch else "flagged_allowed"
