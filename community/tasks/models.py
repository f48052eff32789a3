"""Task failures, kept for the admins' "Background tasks" page (huey itself keeps no history)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from community.db_types import UTCDateTime, utcnow
from community.extensions import db


class TaskFailure(db.Model):
    __tablename__ = "task_failures"
    __table_args__ = (Index("ix_task_failures_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    task_name: Mapped[str] = mapped_column(String(200))
    task_id: Mapped[str] = mapped_column(String(64))
    # Retries huey still has for this task: 0 means it gave up.
    retries_left: Mapped[int] = mapped_column(default=0)
    final: Mapped[bool] = mapped_column(Boolean, default=True)
    error: Mapped[str] = mapped_column(Text)
