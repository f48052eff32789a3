"""Moderation services: sanctions and the ladder, flags, the queue's actions, labelled examples,
revocation proposals, and the moderation log with its reversals.

Every function here that changes something checks the actor's right, writes the moderation log
and the audit trail, queues the mail it causes and commits, in one transaction.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from community import audit
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import services as forum_services
from community.forum.models import Category, Post, Thread
from community.mail.services import queue_mail
from community.membership import services as membership_services
from community.moderation import ladder
from community.moderation.models import (
    FLAG_REASON_LABELS,
    FLAG_REASONS,
    SANCTION_KINDS,
    Flag,
    ModerationAction,
    PitchLabel,
    Sanction,
)
from community.standing import capabilities, records
from community.standing import kinds as sanction_kinds
from community.unit_of_work import transactional

# What each sanction is called in the moderation log (from the one registry of kinds).
SANCTION_ACTIONS = sanction_kinds.LOG_ACTIONS
RESTRICTING_KINDS = sanction_kinds.RESTRICTING  # most restrictive first
MAX_SANCTION_DAYS = 365
DEFAULT_FLAG_THRESHOLD = 3
MAX_NOTE_LENGTH = 900  # notes and messages end up in the forum's reasons (1,000 characters)


class AlreadyReversed(Conflict):
    pass


# --- Reading sanctions (community.standing answers; these names serve the pages and tests) ------

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


# --- The moderation log -------------------------------------------------------------------------


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


# --- Sanctions ----------------------------------------------------------------------------------


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


# --- Reversal -----------------------------------------------------------------------------------

# action name -> function(actor, entry, reason) -> dict recorded as the reversal's "after".
# The queue's actions are added further down, next to them; each undoes what `before` recorded.
REVERSERS: dict[str, Any] = {name: _lift_sanction for name in SANCTION_ACTIONS.values()}


# Reversing these tells the person affected, who was told about the action itself.
REVERSALS_TOLD = {
    "hide": "A moderator had hidden your post; it is back where it was.",
    "edit": "A moderator had edited your post; your own text is back.",
    **{kind.log_action: kind.reversal_told for kind in sanction_kinds.SANCTION_KINDS.values()},
}


def _tell_about_reversal(entry: ModerationAction, reason: str) -> None:
    what = REVERSALS_TOLD.get(entry.action)
    person = db.session.get(User, entry.target_user_id) if entry.target_user_id else None
    if what is None or person is None or person.deleted_at is not None or not person.email:
        return
    queue_mail(
        person.email,
        "moderation_reversed",
        "A moderation decision was reversed",
        recipient=person,
        kind="moderation",
        what=what,
        reason=reason,
    )


@transactional
def reverse_action(actor, action_id: int, reason: str) -> ModerationAction:
    """Undo one logged action; the undoing is itself logged, and nothing is undone twice."""
    capabilities.ensure_may(actor, capabilities.MODERATE)
    entry = db.session.get(ModerationAction, action_id)
    if entry is None:
        raise NotFound("That moderation action does not exist.")
    if entry.action == "reverse":
        raise DomainError("A reversal can't itself be reversed; take the action again instead.")
    reverser = REVERSERS.get(entry.action)
    if reverser is None:
        raise DomainError("That action can't be reversed here.")
    _ensure_moderator_may_act_on(actor, entry.target_user_id, "their own posts or sanctions")
    reason = _clean_reason(reason, "a reason for reversing it")
    # The guard makes concurrent reversals produce one result: the loser updates no row.
    claimed = db.session.execute(
        update(ModerationAction)
        .where(ModerationAction.id == entry.id, ModerationAction.reversed_at.is_(None))
        .values(reversed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise AlreadyReversed("That action was already reversed.")
    reversal = log_action(
        actor,
        "reverse",
        (entry.subject_type, entry.subject_id),
        target_user_id=entry.target_user_id,
        reason=reason,
        before={"action": entry.action, **entry.after_data},
        after={"action": entry.action},
        reverses=entry,
    )
    _tell_about_reversal(entry, reason)
    result = reverser(actor, entry, reason)
    reversal.after = _encode({"action": entry.action, **result})
    return reversal


# --- Reading the log ----------------------------------------------------------------------------

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


# --- Removal goes to the board --------------------------------------------------------------------


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


@transactional
def lift_sanction(actor, sanction_id: int, reason: str) -> ModerationAction:
    """Lift a sanction early: the reversal of the action that imposed it."""
    entry = db.session.scalar(
        select(ModerationAction).where(
            ModerationAction.subject_type == Sanction.__tablename__,
            ModerationAction.subject_id == sanction_id,
            ModerationAction.action.in_(tuple(SANCTION_ACTIONS.values())),
        )
    )
    if entry is None:
        raise NotFound("That sanction does not exist.")
    return reverse_action(actor, entry.id, reason)


# --- How the pitch policy performs against moderators' decisions ----------------------------------

BUCKETS = {
    "held_rejected": "Held, and moderators found a pitch",
    "held_approved": "Held, but moderators found no pitch",
    "flagged_missed": "Published, flagged, and moderators found a pitch the policy missed",
    "flagged_allowed": "Published, flagged, and moderators found no pitch",
}


@dataclass
class PolicyPerformance:
    counts: dict[str, int]
    signals: list[tuple[str, int, int]]  # signal, on examples found a pitch, on examples not

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def precision(self) -> float | None:
        """Of the posts the policy held, the share moderators found to be pitches."""
        held = self.counts["held_rejected"] + self.counts["held_approved"]
        return self.counts["held_rejected"] / held if held else None

    @property
    def recall(self) -> float | None:
        """Of the pitches moderators found, the share the policy had held."""
        pitches = self.counts["held_rejected"] + self.counts["flagged_missed"]
        return self.counts["held_rejected"] / pitches if pitches else None


def _bucket_condition(bucket: str):
    source, outcome = bucket.split("_")
    return (PitchLabel.source == source) & (
        PitchLabel.is_pitch.is_(outcome in ("rejected", "missed"))
    )


def policy_performance(signal_sample: int = 500) -> PolicyPerformance:
    """Counts by bucket over the labels that count, and which signals fire on which side."""
    counts = dict.fromkeys(BUCKETS, 0)
    rows = db.session.execute(
        select(PitchLabel.source, PitchLabel.is_pitch, func.count())
        .where(PitchLabel.retired_at.is_(None))
        .group_by(PitchLabel.source, PitchLabel.is_pitch)
    ).all()
    for source, is_pitch, number in rows:
        outcome = {
            ("held", True): "held_rejected",
            ("held", False): "held_approved",
            ("flagged", True): "flagged_missed",
            ("flagged", False): "flagged_allowed",
        }[(source, bool(is_pitch))]
        counts[outcome] = number
    # Signals on the most recent held examples: which ones lead to wrong holds.
    tally: dict[str, list[int]] = {}
    for is_pitch, reasons in db.session.execute(
        select(PitchLabel.is_pitch, PitchLabel.reasons)
        .where(PitchLabel.retired_at.is_(None), PitchLabel.source == "held")
        .order_by(PitchLabel.decided_at.desc())
        .limit(signal_sample)
    ):
        for signal in {reason.get("signal", "?") for reason in reasons or ()}:
            tally.setdefault(signal, [0, 0])[0 if is_pitch else 1] += 1
    signals = sorted(
        ((signal, hit, miss) for signal, (hit, miss) in tally.items()),
        key=lambda row: (-row[2], -row[1], row[0]),
    )
    return PolicyPerformance(counts=counts, signals=signals)


def labels_query(bucket: str | None = None):
    """The labelled examples that count, newest first, optionally in one bucket."""
    query = select(PitchLabel).where(PitchLabel.retired_at.is_(None))
    if bucket in BUCKETS:
        query = query.where(_bucket_condition(bucket))
    return query.order_by(PitchLabel.decided_at.desc(), PitchLabel.id.desc())


# --- Flags ----------------------------------------------------------------------------------------


def flag_threshold() -> int:
    """How many open flags hold a published post pending review (MODERATION_FLAG_THRESHOLD)."""
    return max(1, int(current_app.config.get("MODERATION_FLAG_THRESHOLD", DEFAULT_FLAG_THRESHOLD)))


def open_flags(post_ids: list[int]) -> dict[int, list[Flag]]:
    """Open flags of these posts, oldest first, with who flagged (one query)."""
    if not post_ids:
        return {}
    found: dict[int, list[Flag]] = {}
    for flag in db.session.scalars(
        select(Flag)
        .options(joinedload(Flag.user))
        .where(Flag.post_id.in_(post_ids), Flag.resolved_at.is_(None))
        .order_by(Flag.created_at, Flag.id)
    ):
        found.setdefault(flag.post_id, []).append(flag)
    return found


def has_flagged(user, post_id: int) -> bool:
    return (
        db.session.scalar(select(Flag.id).where(Flag.post_id == post_id, Flag.user_id == user.id))
        is not None
    )


@transactional
def flag_post(user, post_id: int, reason: str, note: str | None = None) -> Flag:
    """A member reports a post; enough open flags hold it for the moderators."""
    capabilities.ensure_may(user, capabilities.FLAG)
    post = forum_services.get_post(post_id)
    if post.status != "published" or not forum_services.may_see_post(user, post):
        raise NotFound("That post is not published, so there is nothing to flag.")
    if post.author_id == user.id:
        raise DomainError("You can't flag your own post; edit or delete it instead.")
    if reason not in FLAG_REASONS:
        raise DomainError("Choose why you are flagging this post.")
    note = " ".join((note or "").split()) or None
    if reason == "other" and not note:
        raise DomainError("Please say in a few words what is wrong with the post.")
    if note and len(note) > MAX_NOTE_LENGTH:
        raise DomainError(f"Please keep the note under {MAX_NOTE_LENGTH:,} characters.")
    if has_flagged(user, post.id):
        raise Conflict("You have already flagged this post; the moderators have it.")
    flag = Flag(post_id=post.id, user_id=user.id, reason=reason, note=note)
    db.session.add(flag)
    try:
        db.session.flush()
    except IntegrityError:  # the same member, twice at once
        raise Conflict("You have already flagged this post; the moderators have it.") from None
    audit.record(user, "moderation.flagged", post, after={"reason": reason}, reason=note)
    count = db.session.scalar(
        select(func.count()).where(Flag.post_id == post.id, Flag.resolved_at.is_(None))
    )
    if count >= flag_threshold():
        _hold_for_flags(post, count)
    return flag


def _hold_for_flags(post: Post, count: int) -> None:
    """Enough members flagged a published post: it waits for a moderator. The flag that tipped
    it is already saved, so a moderator (or another flag) getting there first loses nothing."""
    why = f"{count} members flagged this post; it waits for a moderator."
    # Already held, hidden or deleted by someone else: nothing is left to do, and the savepoint
    # drops the log entry while the flag itself stays.
    with contextlib.suppress(Conflict), db.session.begin_nested():
        _log_and_hold(post, why, count)


def _log_and_hold(post: Post, why: str, count: int) -> None:
    log_action(
        None,
        "hold_by_flags",
        post,
        target_user_id=post.author_id,
        reason=why,
        before={"status": "published"},
        after={"status": "held", "flags": count},
    )
    forum_services.hold_post(None, post, why)


# --- The queue ------------------------------------------------------------------------------------


def queue_query():
    """Held posts and posts with open flags, oldest first by when they started waiting."""
    held = select(Post.id.label("post_id"), Post.created_at.label("since")).where(
        Post.status == "held"
    )
    flagged = (
        select(Flag.post_id.label("post_id"), Flag.created_at.label("since"))
        .join(Post, Post.id == Flag.post_id)
        .where(Flag.resolved_at.is_(None), Post.status.in_(("published", "held")))
    )
    waiting = union_all(held, flagged).subquery()
    entries = (
        select(waiting.c.post_id, func.min(waiting.c.since).label("since"))
        .group_by(waiting.c.post_id)
        .subquery()
    )
    return (
        select(Post)
        .join(entries, entries.c.post_id == Post.id)
        .options(
            joinedload(Post.thread).joinedload(Thread.category),
            joinedload(Post.author),
        )
        .order_by(entries.c.since, Post.id)
    )


def _get_post_to_moderate(actor, post_id: int) -> Post:
    capabilities.ensure_may(actor, capabilities.MODERATE)
    post = forum_services.get_post(post_id)
    if post.author_id == actor.id:
        raise NotPermitted("Moderators can't act on their own posts; another moderator has to.")
    return post


def _get_thread_to_moderate(actor, thread_id: int) -> Thread:
    capabilities.ensure_may(actor, capabilities.MODERATE)
    thread = forum_services.get_thread(thread_id)
    if thread.author_id == actor.id:
        raise NotPermitted("Moderators can't act on their own threads; another moderator has to.")
    return thread


def _thread_of(post: Post) -> Thread:
    return db.session.get(Thread, post.thread_id)


def _heading(post: Post) -> str:
    """How the pitch policy reads a post's title: the thread's, or "Re:" it for a reply."""
    title = _thread_of(post).title
    return title if post.is_opening else f"Re: {title}"


def _resolve_flags(flags: list[Flag], entry: ModerationAction) -> None:
    now = utcnow()
    for flag in flags:
        flag.resolved_at = now
        flag.resolved_by_action_id = entry.id


def _reopen_flags(entry: ModerationAction) -> int:
    return db.session.execute(
        update(Flag)
        .where(Flag.resolved_by_action_id == entry.id)
        .values(resolved_at=None, resolved_by_action_id=None)
        .execution_options(synchronize_session=False)
    ).rowcount


def _record_label(
    actor,
    post: Post,
    entry: ModerationAction,
    flags: list[Flag],
    *,
    decision: str,
    hidden_reason: str | None = None,
) -> PitchLabel:
    """Keep the decision as a labelled example; it replaces earlier labels of the post."""
    assessment = post.pitch_assessment or {}
    now = utcnow()
    db.session.execute(
        update(PitchLabel)
        .where(PitchLabel.post_id == post.id, PitchLabel.retired_at.is_(None))
        .values(retired_at=now)
        .execution_options(synchronize_session=False)
    )
    label = PitchLabel(
        post_id=post.id,
        author_id=post.author_id,
        source="held" if assessment.get("verdict") == "hold" else "flagged",
        decision=decision,
        hidden_reason=hidden_reason,
        is_pitch=hidden_reason == "sales_pitch",
        verdict=assessment.get("verdict") or "allow",
        score=float(assessment.get("score") or 0.0),
        reasons=list(assessment.get("reasons") or []),
        flag_reasons=[flag.reason for flag in flags],
        title=_heading(post),
        body=post.body,
        decided_at=now,
        decided_by_id=actor.id,
        action_id=entry.id,
    )
    db.session.add(label)
    db.session.flush()
    return label


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


def _mail_author(post: Post, template: str, subject: str, **context) -> None:
    author = db.session.get(User, post.author_id) if post.author_id else None
    if author is None or author.deleted_at is not None or not author.email:
        return
    queue_mail(
        author.email,
        template,
        subject,
        recipient=author,
        kind="moderation",
        post=post,
        thread_title=_thread_of(post).title,
        **context,
    )


@transactional
def approve_post(actor, post_id: int, note: str | None = None) -> ModerationAction:
    """A held post is published, or a flagged one is cleared: no rule broken."""
    post = _get_post_to_moderate(actor, post_id)
    flags = open_flags([post.id]).get(post.id, [])
    if post.status != "held" and not (post.status == "published" and flags):
        raise Conflict("This post is no longer waiting for review.")
    note = " ".join((note or "").split())[:MAX_NOTE_LENGTH]
    before = post.status
    entry = log_action(
        actor,
        "approve",
        post,
        target_user_id=post.author_id,
        reason=note or "No rule broken.",
        before={"status": before},
        after={"status": "published", "flags": len(flags)},
    )
    db.session.flush()
    _resolve_flags(flags, entry)
    _record_label(actor, post, entry, flags, decision="approved")
    if before == "held":
        _mail_author(post, "moderation_post_approved", "Your post is published", note=note)
        forum_services.publish_held_post(actor, post, note or None)
    return entry


@transactional
def hide_post(actor, post_id: int, category: str, message: str) -> ModerationAction:
    """Hide a post for breaking a rule; the author is told why. An upheld pitch climbs the
    sanctions ladder."""
    post = _get_post_to_moderate(actor, post_id)
    if post.status not in ("published", "held"):
        raise Conflict(f"This post is {post.status} already.")
    if category not in FLAG_REASONS:
        raise DomainError("Choose which rule the post breaks.")
    message = _clean_reason(message, "a message for the author")
    reason = f"{FLAG_REASON_LABELS[category]}: {message}"
    flags = open_flags([post.id]).get(post.id, [])
    before = post.status
    entry = log_action(
        actor,
        "hide",
        post,
        target_user_id=post.author_id,
        reason=reason,
        before={"status": before},
        after={"status": "hidden", "category": category},
    )
    db.session.flush()
    _resolve_flags(flags, entry)
    _record_label(actor, post, entry, flags, decision="hidden", hidden_reason=category)
    sanction = None
    author = db.session.get(User, post.author_id) if post.author_id else None
    if category == "sales_pitch" and author is not None and author.deleted_at is None:
        sanction = apply_ladder(actor, author, upheld_pitches(author.id))
        if sanction is not None:
            entry.after = _encode({**entry.after_data, "sanction_id": sanction.id})
    _mail_author(
        post,
        "moderation_post_hidden",
        "A moderator hid your post",
        category=FLAG_REASON_LABELS[category],
        message=message,
        sanction=sanction,
        until=format_moment(sanction.ends_at) if sanction else None,
    )
    forum_services.hide_post(actor, post, reason)
    return entry


@transactional
def edit_post(actor, post_id: int, body: str, title: str | None, note: str) -> ModerationAction:
    """A moderator edits a post, with a note to the author saying why."""
    post = _get_post_to_moderate(actor, post_id)
    note = _clean_reason(note, "a note for the author")
    thread = _thread_of(post)
    before = {"body": post.body, "title": thread.title if post.is_opening else None}
    after = {
        "body": forum_services.clean_body(body),
        "title": forum_services.clean_title(title or thread.title) if post.is_opening else None,
    }
    entry = log_action(
        actor, "edit", post, target_user_id=post.author_id, reason=note, before=before, after=after
    )
    _mail_author(post, "moderation_post_edited", "A moderator edited your post", note=note)
    forum_services.moderator_edit_post(actor, post, after["body"], after["title"], note)
    return entry


THREAD_FLAG_ACTIONS = {
    ("locked", True): "lock",
    ("locked", False): "unlock",
    ("pinned", True): "pin",
    ("pinned", False): "unpin",
}


@transactional
def set_thread_flag(actor, thread_id: int, field: str, value: bool, reason: str | None = None):
    """Lock or unlock, pin or unpin a thread."""
    thread = _get_thread_to_moderate(actor, thread_id)
    action = THREAD_FLAG_ACTIONS[(field, value)]
    if getattr(thread, field) == value:
        raise Conflict(f"This thread is already {'un' if not value else ''}{field}.")
    reason = " ".join((reason or "").split())[:MAX_NOTE_LENGTH]
    entry = log_action(
        actor,
        action,
        thread,
        target_user_id=thread.author_id,
        reason=reason or ACTION_LABELS[action] + ".",
        before={field: not value},
        after={field: value},
    )
    setter = forum_services.set_locked if field == "locked" else forum_services.set_pinned
    setter(actor, thread, value, reason or None)
    return entry


@transactional
def move_thread(actor, thread_id: int, category_id: int, reason: str | None = None):
    thread = _get_thread_to_moderate(actor, thread_id)
    category = db.session.get(Category, category_id)
    if category is None:
        raise NotFound("That category does not exist.")
    if category.id == thread.category_id:
        raise Conflict(f"This thread is already in {category.name}.")
    reason = " ".join((reason or "").split())[:MAX_NOTE_LENGTH]
    entry = log_action(
        actor,
        "move",
        thread,
        target_user_id=thread.author_id,
        reason=reason or f"Moved to {category.name}.",
        before={"category_id": thread.category_id},
        after={"category_id": category.id},
    )
    forum_services.move_thread(actor, thread, category, reason or None)
    return entry


def categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position, Category.id)))


# --- Reversing queue actions ----------------------------------------------------------------------


def _retire_label(entry: ModerationAction) -> None:
    db.session.execute(
        update(PitchLabel)
        .where(PitchLabel.action_id == entry.id, PitchLabel.retired_at.is_(None))
        .values(retired_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def _undo_approve(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    post = forum_services.get_post(entry.subject_id)
    _retire_label(entry)
    reopened = _reopen_flags(entry)
    if entry.before_data.get("status") == "held":
        if post.status != "published":
            raise Conflict(f"This post is {post.status} now; the approval can't be undone.")
        forum_services.hold_post(actor, post, reason)
    return {
        "status": "held" if entry.before_data.get("status") == "held" else post.status,
        "flags_reopened": reopened,
    }


def _undo_hide(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    post = forum_services.get_post(entry.subject_id)
    if post.status != "hidden":
        raise Conflict(f"This post is {post.status} now; the hide can't be undone.")
    _retire_label(entry)
    reopened = _reopen_flags(entry)
    lifted = None
    sanction_id = entry.after_data.get("sanction_id")
    if sanction_id:
        sanction = db.session.get(Sanction, sanction_id)
        if sanction is not None and sanction.lifted_at is None:
            sanction.lifted_at, sanction.lifted_by_id = utcnow(), actor.id
            sanction.lift_reason = f"The hidden post was restored: {reason}"
            lifted = sanction.id
            _mark_reversed(ModerationAction.subject_type == "sanctions", sanction.id)
    previous = entry.before_data.get("status", "published")
    if previous == "held":
        forum_services.hold_post(actor, post, reason)
    else:
        forum_services.restore_post(actor, post, reason)
    return {"status": previous, "flags_reopened": reopened, "sanction_lifted": lifted}


def _mark_reversed(condition, subject_id: int) -> None:
    db.session.execute(
        update(ModerationAction)
        .where(condition, ModerationAction.subject_id == subject_id)
        .where(ModerationAction.reversed_at.is_(None), ModerationAction.action != "reverse")
        .values(reversed_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def _undo_edit(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    post = forum_services.get_post(entry.subject_id)
    after, before = entry.after_data, entry.before_data
    if post.body != after.get("body"):
        raise Conflict("The post was edited again since; open it and edit it by hand instead.")
    forum_services.moderator_edit_post(actor, post, before["body"], before.get("title"), reason)
    return {"body": "restored"}


def _undo_thread_flag(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    thread = forum_services.get_thread(entry.subject_id)
    ((field, value),) = entry.before_data.items()
    setter = forum_services.set_locked if field == "locked" else forum_services.set_pinned
    if getattr(thread, field) == value:
        raise Conflict("The thread is already back as it was.")
    setter(actor, thread, value, reason)
    return {field: value}


def _undo_move(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    thread = forum_services.get_thread(entry.subject_id)
    category = db.session.get(Category, entry.before_data["category_id"])
    if category is None:
        raise Conflict("The thread's former category no longer exists.")
    if thread.category_id != entry.after_data["category_id"]:
        raise Conflict("The thread was moved again since; move it by hand instead.")
    forum_services.move_thread(actor, thread, category, reason)
    return {"category_id": category.id}


def _undo_propose_revocation(actor, entry: ModerationAction, reason: str) -> dict[str, Any]:
    """Withdraw the referral while the board has not decided (membership's `withdraw_review`)."""
    member = db.session.get(User, entry.subject_id)
    review = membership_services.withdraw_review(actor, member, reason) if member else None
    if review is None:
        raise Conflict("The board has already decided on this membership; ask the board instead.")
    return {"membership_status": member.membership_status, "review_id": review.id}


REVERSERS.update(
    {
        "propose_revocation": _undo_propose_revocation,
        "approve": _undo_approve,
        "hide": _undo_hide,
        "edit": _undo_edit,
        "lock": _undo_thread_flag,
        "unlock": _undo_thread_flag,
        "pin": _undo_thread_flag,
        "unpin": _undo_thread_flag,
        "move": _undo_move,
    }
)
ACTION_LABELS.update(
    {
        "approve": "Approved",
        "hide": "Hidden",
        "edit": "Edited",
        "lock": "Locked",
        "unlock": "Unlocked",
        "pin": "Pinned",
        "unpin": "Unpinned",
        "move": "Moved",
        "hold_by_flags": "Held after flags",
    }
)
