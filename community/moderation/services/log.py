"""The moderation log: writing entries and reading them back for pages."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from community import audit
from community.auth.models import User
from community.db_types import utcnow
from community.errors import DomainError, NotPermitted
from community.extensions import db
from community.moderation.models import (
    ModerationAction,
    Sanction,
)
from community.moderation.services.common import (
    MAX_NOTE_LENGTH,
)
from community.standing import capabilities


def _encode(value: dict[str, Any] | None) -> str | None:
    return json.dumps(value, default=str, sort_keys=True) if value is not None else None


def log_action(
    actor,
    action: str,
    subject,
    *,
    target_user_id: int | None,
    reason: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reverses: ModerationAction | None = None,
) -> ModerationAction:
    """Add a moderation log entry and its audit record to the caller's transaction."""
    event = audit.record(
        actor, f"moderation.{action}", subject, before=before, after=after, reason=reason
    )
    entry = ModerationAction(
        actor_id=event.actor_id,
        action=action,
        subject_type=event.subject_type,
        subject_id=event.subject_id,
        target_user_id=target_user_id,
        reason=reason,
        before=event.before,
        after=event.after,
        reverses_id=reverses.id if reverses else None,
    )
    db.session.add(entry)
    return entry


def _clean_reason(reason: str | None, what: str = "a reason") -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise DomainError(f"Please give {what}; it is recorded in the moderation log.")
    if len(reason) > MAX_NOTE_LENGTH:
        raise DomainError(f"Please keep it under {MAX_NOTE_LENGTH:,} characters.")
    return reason


def _ensure_moderator_may_act_on(actor, member_id: int | None, what: str = "yourself") -> None:
    capabilities.ensure_may(actor, capabilities.MODERATE)
    if member_id is not None and member_id == actor.id:
        raise NotPermitted(f"Moderators can't act on {what}; another moderator has to.")


ACTION_LABELS = {
    "warn": "Warned",
    "suspend_posting": "Suspended from posting",
    "suspend_full": "Suspended",
    "propose_revocation": "Proposed revocation",
    "reverse": "Reversed",
}


def sanctions_in_force_for(user_ids: list[int], now: datetime | None = None) -> dict[int, list]:
    """Sanctions in force for several people at once (one query), by person."""
    if not user_ids:
        return {}
    now = now or utcnow()
    found: dict[int, list[Sanction]] = {}
    for sanction in db.session.scalars(
        select(Sanction)
        .where(
            Sanction.user_id.in_(user_ids),
            Sanction.lifted_at.is_(None),
            Sanction.starts_at <= now,
            Sanction.ends_at > now,
        )
        .order_by(Sanction.ends_at.desc())
    ):
        found.setdefault(sanction.user_id, []).append(sanction)
    return found


def actions_for_member(member, limit: int = 20) -> list[ModerationAction]:
    return list(
        db.session.scalars(
            select(ModerationAction)
            .where(ModerationAction.target_user_id == member.id)
            .order_by(ModerationAction.at.desc(), ModerationAction.id.desc())
            .limit(limit)
        )
    )


def people_by_id(ids) -> dict[int, User]:
    """The people named in a page of log entries, in one query."""
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(ids)))}
