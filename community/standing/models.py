"""Standing records: sanctions in force and the house rules people accept.

They live below the features because every feature asks what a person may do now
(`community.standing.capabilities`); moderation creates sanctions, the board publishes rules.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.auth.models import User
from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db
from community.standing import kinds

SANCTION_SOURCES = ("moderator", "ladder")


class HouseRulesVersion(db.Model):
    """Each edit of the house rules is a new version; people accept a version, not "the rules"."""

    __tablename__ = "house_rules_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)
    body: Mapped[str] = mapped_column(Text)  # markdown
    summary: Mapped[str] = mapped_column(Text, default="")  # what changed, shown to members
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Sanction(db.Model):
    """A warning (a strike) or a suspension, in force from starts_at until ends_at unless lifted.

    Nothing changes when a sanction ends: it simply stops being in force, so an expired sanction
    needs no job to undo it.
    """

    __tablename__ = "sanctions"
    __table_args__ = (
        CheckConstraint(enum_check("kind", kinds.KIND_NAMES), name="kind"),
        CheckConstraint(enum_check("source", SANCTION_SOURCES), name="source"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_sanctions_user_id_ends_at", "user_id", "ends_at"),
        Index("ix_sanctions_ends_at", "ends_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(10), default="moderator")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lifted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    lift_reason: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="raise")
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id], lazy="raise")

    @property
    def label(self) -> str:
        return kinds.LABELS[self.kind]

    def in_force(self, now: datetime) -> bool:
        return self.lifted_at is None and self.starts_at <= now < self.ends_at
