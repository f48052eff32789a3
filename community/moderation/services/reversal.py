"""Reversing logged actions: each undoes what its entry recorded, and is itself logged."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound
from community.extensions import db
from community.forum import services as forum_services
from community.forum.models import Category
from community.mail.services import queue_mail
from community.membership import services as membership_services
from community.moderation.models import (
    ModerationAction,
    PitchLabel,
    Sanction,
)
from community.moderation.services.common import (
    SANCTION_ACTIONS,
    AlreadyReversed,
)
from community.moderation.services.log import (
    ACTION_LABELS,
    _clean_reason,
    _encode,
    _ensure_moderator_may_act_on,
    log_action,
)
from community.moderation.services.queue import (
    _reopen_flags,
)
from community.moderation.services.sanctions import (
    _lift_sanction,
)
from community.standing import capabilities
from community.standing import kinds as sanction_kinds
from community.unit_of_work import transactional

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
