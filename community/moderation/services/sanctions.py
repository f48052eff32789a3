"""Sanctions (warnings and suspensions), the ladder, and proposals to the board to remove a
member. What a sanction forbids is community.standing's to say."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, select

from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound
from community.extensions import db
from community.mail.services import queue_mail
from community.membership import services as membership_services
from community.moderation import ladder
from community.moderation.models import (
    SANCTION_KINDS,
    ModerationAction,
    PitchLabel,
    Sanction,
)
from community.moderation.services.common import (
    MAX_SANCTION_DAYS,
    SANCTION_ACTIONS,
)
from community.moderation.services.log import (
    _clean_reason,
    _ensure_moderator_may_act_on,
    log_action,
)
from community.standing import capabilities, records
from community.standing import kinds as sanction_kinds
from community.unit_of_work import transactional

format_moment = capabilities.format_moment


block_message = capabilities.block_message


sanctions_in_force = capabilities.sanctions_in_force


sanctions_for = records.sanctions_for


def suspension_from(sanctions: list[Sanction]) -> Sanction | None:
    """The most restrictive suspension among sanctions in force (a warning restricts nothing)."""
    return capabilities.Standing(tuple(sanctions)).suspension


def posting_block_reason(user, now: datetime | None = None) -> str | None:
    """Why this person may not post, reply, flag or invite right now; None when they may."""
    return capabilities.why_not(user, capabilities.POST, now)


def can_post(user, now: datetime | None = None) -> bool:
    """True when the person may post, reply, flag and invite."""
    return capabilities.may(user, capabilities.POST, now)


def add_sanction(
    actor,
    member: User,
    kind: str,
    reason: str,
    days: int,
    *,
    source: str = "moderator",
    now: datetime | None = None,
) -> Sanction:
    """Create the sanction, its log entry and its mail in the caller's transaction."""
    if kind not in SANCTION_KINDS:
        choices = ", ".join(label.lower() for label in sanction_kinds.LABELS.values())
        raise DomainError(f"Choose one of: {choices}.")
    if not 1 <= days <= MAX_SANCTION_DAYS:
        raise DomainError(f"A sanction lasts between 1 and {MAX_SANCTION_DAYS} days.")
    starts_at = now or utcnow()
    sanction = Sanction(
        user_id=member.id,
        kind=kind,
        reason=reason,
        source=source,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(days=days),
        created_by_id=getattr(actor, "id", None),
    )
    db.session.add(sanction)
    db.session.flush()
    log_action(
        actor,
        SANCTION_ACTIONS[kind],
        sanction,
        target_user_id=member.id,
        reason=reason,
        after={"kind": kind, "ends_at": sanction.ends_at.isoformat(), "source": source},
    )
    queue_mail(
        member.email,
        "moderation_sanction",
        f"{sanction.label}: a message from the moderators",
        recipient=member,
        kind="moderation",
        sanction=sanction,
        until=format_moment(sanction.ends_at),
    )
    return sanction


@transactional
def impose_sanction(actor, member: User, kind: str, reason: str, days: int) -> Sanction:
    """A moderator warns or suspends a member, until a date; the member is told why by mail."""
    _ensure_moderator_may_act_on(actor, member.id)
    if not member.has_role("member"):
        raise DomainError("Only members can be warned or suspended.")
    sanction = add_sanction(actor, member, kind, _clean_reason(reason), days)
    return sanction


def apply_ladder(actor, member: User, upheld_pitches: int) -> Sanction | None:
    """After an upheld pitch: the ladder's sanction for this count, in the caller's transaction."""
    steps = ladder.parse_ladder(current_app.config.get("MODERATION_LADDER"))
    step = ladder.step_for(upheld_pitches, steps)
    if step is None:
        return None
    window = ladder_window_days()
    ordinal = {1: "first", 2: "second", 3: "third"}.get(upheld_pitches, f"{upheld_pitches}th")
    reason = (
        f"This is the {ordinal} of your posts within {window} days that moderators found to be "
        "a sales pitch, which the house rules do not allow."
    )
    return add_sanction(actor, member, step.kind, reason, step.days, source="ladder")


def ladder_window_days() -> int:
    return int(current_app.config.get("MODERATION_LADDER_WINDOW_DAYS", ladder.DEFAULT_WINDOW_DAYS))


def _lift_sanction(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    sanction = db.session.get(Sanction, entry.subject_id)
    if sanction is None:
        raise NotFound("That sanction no longer exists.")
    sanction.lifted_at = utcnow()
    sanction.lifted_by_id = actor.id
    sanction.lift_reason = reason
    return {"lifted_at": sanction.lifted_at.isoformat()}


@transactional
def propose_revocation(actor, member: User, reason: str) -> ModerationAction:
    """A moderator asks the board to remove a member: the member goes to the board's membership
    review queue (membership's `refer_for_review`). Moderators never remove anyone themselves;
    the board decides, and a revoked member may appeal."""
    _ensure_moderator_may_act_on(actor, member.id)
    reason = _clean_reason(reason, "the reason the board should consider")
    if not member.has_role("member"):
        raise DomainError("Only members can be proposed for revocation.")
    if member.membership_status in ("under_review", "revoked"):
        status = member.membership_status.replace("_", " ")
        raise Conflict(f"{member.display_name}'s membership is already {status}.")
    before = member.membership_status
    review = membership_services.refer_for_review(actor, member, reason)
    entry = log_action(
        actor,
        "propose_revocation",
        member,
        target_user_id=member.id,
        reason=reason,
        before={"membership_status": before},
        after={"membership_status": member.membership_status, "review_id": review.id},
    )
    return entry


def upheld_pitches(author_id: int, now: datetime | None = None) -> int:
    """The author's posts found to be pitches within the ladder's window (decisions that stand)."""
    since = (now or utcnow()) - timedelta(days=ladder_window_days())
    return db.session.scalar(
        select(func.count()).where(
            PitchLabel.author_id == author_id,
            PitchLabel.is_pitch.is_(True),
            PitchLabel.retired_at.is_(None),
            PitchLabel.decided_at >= since,
        )
    )
