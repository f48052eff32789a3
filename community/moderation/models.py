"""Moderation records: house rules versions (and, with the moderation issue, flags and sanctions)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from community.db_types import UTCDateTime, utcnow
from community.extensions import db


class HouseRulesVersion(db.Model):
    """Each edit of the house rules is a new version; people accept a version, not "the rules"."""

    __tablename__ = "house_rules_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)
    body: Mapped[str] = mapped_column(Text)  # markdown
    summary: Mapped[str] = mapped_column(Text, default="")  # what changed, shown to members
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
