"""Members flagging posts; enough open flags hold a post for the moderators."""

from __future__ import annotations

import contextlib

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from community import audit
from community.errors import Conflict, DomainError, NotFound
from community.extensions import db
from community.forum import services as forum_services
from community.forum.models import Post
from community.moderation.models import (
    FLAG_REASONS,
    Flag,
)
from community.moderation.services.common import (
    DEFAULT_FLAG_THRESHOLD,
    MAX_NOTE_LENGTH,
)
from community.moderation.services.log import (
    log_action,
)
from community.standing import capabilities
from community.unit_of_work import transactional


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
