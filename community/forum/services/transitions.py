"""Moderation transitions: publish a held post, hide, restore, hold, pin, lock, move, and a
moderator's edit."""

from __future__ import annotations

from community import audit
from community.auth.models import User
from community.db_types import utcnow
from community.errors import DomainError
from community.extensions import db
from community.forum.markup import render
from community.forum.models import (
    Category,
    Post,
    PostRevision,
    Thread,
)
from community.forum.services.access import (
    ensure_moderator,
    ensure_moderator_of,
)
from community.forum.services.counters import (
    _refresh_counts,
)
from community.forum.services.posting import (
    _assess,
    _audit_status,
    _guarded_status,
    _index,
    _publish,
    _withdraw,
)
from community.forum.services.text import (
    clean_body,
    clean_reason,
    clean_title,
)
from community.unit_of_work import transactional


@transactional
def publish_held_post(actor: User, post: Post, reason: str | None = None) -> Post:
    """A moderator releases a held post: it takes its place and notifies as if just posted."""
    ensure_moderator(actor)
    reason = clean_reason(reason, required=False)
    thread = db.session.get(Thread, post.thread_id)
    if not post.is_opening and thread.status != "published":
        raise DomainError("Publish the thread's opening post first.")
    _guarded_status(post, ("held",), "published", held_reason=None)
    _publish(post, thread)
    _audit_status(actor, post, "held", "published", reason)
    return post


@transactional
def hide_post(actor: User, post: Post, reason: str) -> Post:
    """A moderator hides a post (held or published); its tombstone shows the reason."""
    thread = db.session.get(Thread, post.thread_id)
    ensure_moderator_of(actor, thread.category_id)
    reason = clean_reason(reason)
    before = post.status
    _guarded_status(
        post,
        ("published", "held"),
        "hidden",
        hidden_reason=reason,
        hidden_at=utcnow(),
        hidden_by_id=actor.id,
    )
    _withdraw(post, thread, "hidden")
    _audit_status(actor, post, before, "hidden", reason)
    return post


@transactional
def restore_post(actor: User, post: Post, reason: str | None = None) -> Post:
    """A moderator undoes a hide; a post that was never published is published now."""
    thread = db.session.get(Thread, post.thread_id)
    ensure_moderator_of(actor, thread.category_id)
    reason = clean_reason(reason, required=False)
    _guarded_status(post, ("hidden",), "published", hidden_reason=None, hidden_at=None)
    _publish(post, thread)
    _audit_status(actor, post, "hidden", "published", reason)
    return post


@transactional
def _thread_flag(actor, thread: Thread, field: str, value: bool, reason: str | None) -> bool:
    ensure_moderator_of(actor, thread.category_id)
    if getattr(thread, field) == value:
        return False
    setattr(thread, field, value)
    action = {
        ("pinned", True): "thread.pinned",
        ("pinned", False): "thread.unpinned",
        ("locked", True): "thread.locked",
        ("locked", False): "thread.unlocked",
    }[(field, value)]
    audit.record(
        actor,
        action,
        thread,
        before={field: not value},
        after={field: value},
        reason=clean_reason(reason, required=False),
    )
    return True


def set_pinned(actor, thread: Thread, pinned: bool, reason: str | None = None) -> bool:
    return _thread_flag(actor, thread, "pinned", pinned, reason)


def set_locked(actor, thread: Thread, locked: bool, reason: str | None = None) -> bool:
    return _thread_flag(actor, thread, "locked", locked, reason)


@transactional
def move_thread(actor, thread: Thread, category: Category, reason: str | None = None) -> bool:
    ensure_moderator(actor)
    if thread.category_id == category.id:
        return False
    before = thread.category_id
    thread.category_id = category.id
    audit.record(
        actor,
        "thread.moved",
        thread,
        before={"category_id": before},
        after={"category_id": category.id},
        reason=clean_reason(reason, required=False),
    )
    _refresh_counts(thread, before)
    return True


@transactional
def hold_post(actor: User | None, post: Post, reason: str) -> Post:
    """Take a published or hidden post back to `held`, pending review: when members' flags reach
    the threshold (actor None), or when a moderator undoes an approval or a hide."""
    thread = db.session.get(Thread, post.thread_id)
    if actor is not None:
        ensure_moderator_of(actor, thread.category_id)
    reason = clean_reason(reason)
    before = post.status
    _guarded_status(
        post,
        ("published", "hidden"),
        "held",
        held_reason=reason,
        hidden_reason=None,
        hidden_at=None,
        hidden_by_id=None,
    )
    _withdraw(post, thread, "held")
    _audit_status(actor, post, before, "held", reason)
    return post


@transactional
def moderator_edit_post(
    actor: User, post: Post, body: str, title: str | None = None, note: str | None = None
) -> Post:
    """A moderator edits someone's post (to remove a phone number, say). The earlier version is
    kept, the note says why, and the post keeps its status: an edit is not a decision."""
    ensure_moderator(actor)
    if post.status == "deleted":
        raise DomainError("This post was deleted by its author and can't be edited.")
    note = clean_reason(note)
    thread = db.session.get(Thread, post.thread_id)
    body = clean_body(body)
    new_title = clean_title(title) if post.is_opening and title is not None else None
    if body == post.body and (new_title is None or new_title == thread.title):
        raise DomainError("You didn't change anything.")
    revision = PostRevision(
        post_id=post.id,
        title=thread.title if post.is_opening else None,
        body=post.body,
        status=post.status,
        replaced_by_id=actor.id,
    )
    db.session.add(revision)
    post.body = body
    post.body_html = str(render(body))
    post.edited_at = utcnow()
    post.edit_count = Post.edit_count + 1
    if new_title is not None:
        thread.title = new_title
    author = db.session.get(User, post.author_id) if post.author_id else actor
    heading = thread.title if post.is_opening else f"Re: {thread.title}"
    post.pitch_assessment = _assess(heading, body, author, thread.category_id)
    db.session.flush()
    if post.status == "published":
        _index(post, thread)
    audit.record(
        actor,
        "post.edited_by_moderator",
        post,
        before={"revision_id": revision.id},
        after={"status": post.status},
        reason=note,
    )
    return post
