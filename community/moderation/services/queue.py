"""The moderation queue and its actions: approve, hide, edit, lock, pin, move."""

from __future__ import annotations

from sqlalchemy import func, select, union_all, update
from sqlalchemy.orm import joinedload

from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import services as forum_services
from community.forum.models import Category, Post, Thread
from community.mail.services import queue_mail
from community.moderation.models import (
    FLAG_REASON_LABELS,
    FLAG_REASONS,
    Flag,
    ModerationAction,
    PitchLabel,
)
from community.moderation.services.common import (
    MAX_NOTE_LENGTH,
)
from community.moderation.services.flags import (
    open_flags,
)
from community.moderation.services.log import (
    ACTION_LABELS,
    _clean_reason,
    _encode,
    log_action,
)
from community.moderation.services.sanctions import (
    apply_ladder,
    format_moment,
    upheld_pitches,
)
from community.standing import capabilities
from community.unit_of_work import transactional


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
