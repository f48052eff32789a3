"""The audit trail: one function records who did what to which thing, from what to what, and why."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, or_, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.auth.models import User
from community.db_types import UTCDateTime, utcnow
from community.extensions import db


class AuditEvent(db.Model):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_subject", "subject_type", "subject_id"),
        Index("ix_audit_events_action_at", "action", "at"),
        Index("ix_audit_events_actor_at", "actor_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(80))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int | None]
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)

    actor = relationship("User", lazy="raise")

    @property
    def before_data(self) -> Any:
        return json.loads(self.before) if self.before else None

    @property
    def after_data(self) -> Any:
        return json.loads(self.after) if self.after else None


def _encode(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, default=str, sort_keys=True)


def record(
    actor,
    action: str,
    subject,
    *,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
) -> AuditEvent:
    """Add an audit event to the current transaction; the caller's commit makes it durable.

    `subject` is a model instance (its table name and id are recorded) or a (type, id) pair.
    `actor` is a User or None for the system.
    """
    if isinstance(subject, tuple):
        subject_type, subject_id = subject
    else:
        if subject.id is None:
            db.session.flush()
        subject_type, subject_id = subject.__tablename__, subject.id
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        before=_encode(before),
        after=_encode(after),
        reason=reason,
    )
    db.session.add(event)
    return event


def events_for(subject_type: str, subject_id: int) -> list[AuditEvent]:
    return list(
        db.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.subject_type == subject_type, AuditEvent.subject_id == subject_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    )


# Reading the trail ------------------------------------------------------------------------------


def _parse_day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.combine(datetime.strptime(value, "%Y-%m-%d").date(), time(), UTC)
    except ValueError:
        return None


def audit_query(args, *, actions_prefix: tuple[str, ...] = ()):
    """The audit trail filtered by action, actor email, subject and days (shared with the board)."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if actions_prefix:
        query = query.where(or_(*(AuditEvent.action.startswith(p) for p in actions_prefix)))
    if action := args.get("action", "").strip():
        query = query.where(AuditEvent.action.startswith(action))
    if subject_type := args.get("subject_type", "").strip():
        query = query.where(AuditEvent.subject_type == subject_type)
    subject_id = args.get("subject_id", "").strip()
    # ASCII digits that fit an INTEGER column (int() also reads "²"; PostgreSQL ids are 32-bit).
    if subject_id.isascii() and subject_id.isdigit() and len(subject_id) <= 9:
        query = query.where(AuditEvent.subject_id == int(subject_id))
    if actor := args.get("actor", "").strip().lower():
        query = query.join(User, User.id == AuditEvent.actor_id).where(User.email == actor)
    if since := _parse_day(args.get("since")):
        query = query.where(AuditEvent.at >= since)
    if (until := _parse_day(args.get("until"))) and until.year < 9999:
        query = query.where(AuditEvent.at < until + timedelta(days=1))
    return query
