"""Publishing: new threads, replies, edits and deletions, held by the sales-pitch policy when
they sell."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import update

from community import audit, events
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import search
from community.forum.markup import render
from community.forum.models import (
    Category,
    Poll,
    PollOption,
    Post,
    PostRevision,
    Thread,
)
from community.forum.services.access import (
    author_domains,
    ensure_can_post,
    ensure_can_read,
    is_moderator,
)
from community.forum.services.common import (
    POLL_OPTIONS_MAX,
    POLL_OPTIONS_MIN,
)
from community.forum.services.counters import (
    _refresh_counts,
)
from community.forum.services.handles import (
    _record_new_mentions,
    ensure_handle,
)
from community.forum.services.reading import (
    _auto_subscribe,
    _record_reading,
)
from community.forum.services.text import (
    _text,
    clean_body,
    clean_title,
)
from community.moderation.pitch import PostContext, assess_post
from community.unit_of_work import transactional


def _assess(title: str, body: str, author: User, category_id: int | None = None) -> dict:
    """The sales-pitch policy's reading, told what the category is for (a hiring post in a jobs
    category, a request in the recommendations space weigh less)."""
    category = db.session.get(Category, category_id) if category_id is not None else None
    context = PostContext(category_kind=category.kind if category is not None else None)
    return assess_post(
        title, body, author_domains=author_domains(author), context=context
    ).to_dict()


def _reasons_text(assessment: dict) -> str:
    reasons = "; ".join(reason["text"] for reason in assessment.get("reasons") or [])
    return f"Sales-pitch policy (score {assessment.get('score')}): {reasons or 'no detail'}"


def _audit_status(actor, post: Post, before: str | None, after: str, reason=None) -> None:
    """The audit record of a post's status change: post.held, post.published, post.hidden ..."""
    action = {"held": "post.held", "hidden": "post.hidden", "deleted": "post.deleted"}.get(
        after, "post.restored" if before == "hidden" else "post.published"
    )
    audit.record(
        actor,
        action,
        post,
        before={"status": before} if before else None,
        after={"status": after},
        reason=reason,
    )


def _index(post: Post, thread: Thread) -> None:
    search.index_post(db.session, post.id, thread.title if post.is_opening else "", post.body)


def _publish(post: Post, thread: Thread) -> None:
    """Make a post visible: number it on first publication, count it, index it, notify.

    New posts come here straight away; a held or hidden one only after `_guarded_status` has
    claimed the transition, so two moderators cannot publish it twice."""
    db.session.flush()
    now = utcnow()
    first_time = post.number is None
    if first_time:
        opening = post.is_opening
        number = db.session.execute(
            update(Thread)
            .where(Thread.id == thread.id)
            .values(
                last_post_number=Thread.last_post_number + 1,
                reply_count=Thread.reply_count + (0 if opening else 1),
                last_post_at=now,
                last_post_id=post.id,
                last_post_author_id=post.author_id,
                status="published" if opening else Thread.status,
            )
            .returning(Thread.last_post_number)
            .execution_options(synchronize_session=False)
        ).scalar_one()
        db.session.execute(
            update(Category)
            .where(Category.id == thread.category_id)
            .values(
                thread_count=Category.thread_count + (1 if opening else 0),
                post_count=Category.post_count + 1,
                last_post_at=now,
                last_thread_id=thread.id,
            )
            .execution_options(synchronize_session=False)
        )
        post.number = number
        post.status = "published"
        post.published_at = now
        db.session.flush()
        db.session.expire(thread)
        if post.author_id is not None:  # your own post is not news to you
            _record_reading(post.author_id, thread.id, number)
    else:  # published before, held or hidden since: back in its place
        post.status = "published"
        if post.is_opening:
            thread.status = "published"
        _refresh_counts(thread)
    _index(post, thread)
    new_mentions = _record_new_mentions(post)
    events.publish(
        events.PostPublished(
            post_id=post.id,
            thread_id=thread.id,
            author_id=post.author_id,
            first_time=first_time,
            mentioned_ids=tuple(user.id for user in new_mentions),
        )
    )


def _withdraw(post: Post, thread: Thread, status: str) -> None:
    """Take a published post out of view (held, hidden or deleted) and out of counts."""
    post.status = status
    if post.is_opening and status != "deleted":
        thread.status = status
    search.remove_post(db.session, post.id)
    events.publish(events.PostWithdrawn(post_id=post.id, status=status))
    _refresh_counts(thread)


def _guarded_status(post: Post, expected: tuple[str, ...], new_status: str, **values) -> None:
    """Change a post's status only if nobody changed it first (the loser gets Conflict)."""
    db.session.flush()
    result = db.session.execute(
        update(Post)
        .where(Post.id == post.id, Post.status.in_(expected))
        .values(status=new_status, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict("This post changed while you were looking at it. Please reload.")
    db.session.expire(post)


@dataclass(frozen=True)
class PollDraft:
    question: str
    options: tuple[str, ...]
    multiple: bool
    closes_at: datetime | None


def parse_poll(
    question: str | None, options_text: str | None, multiple: bool, closes_on: date | None
) -> PollDraft | None:
    """A poll from the new-thread form, or None when no question was given."""
    question = " ".join(_text(question).split())
    options = [" ".join(line.split()) for line in _text(options_text).splitlines()]
    options = list(dict.fromkeys(option for option in options if option))
    if not question:
        if options:
            raise DomainError("Add a question for the poll, or clear its options.")
        return None
    if len(question) > 300:
        raise DomainError("Keep the poll question under 300 characters.")
    if not POLL_OPTIONS_MIN <= len(options) <= POLL_OPTIONS_MAX:
        raise DomainError(
            f"A poll needs {POLL_OPTIONS_MIN} to {POLL_OPTIONS_MAX} different options, one a line."
        )
    if any(len(option) > 200 for option in options):
        raise DomainError("Keep each poll option under 200 characters.")
    closes_at = None
    if closes_on is not None:
        # Open until the end of the chosen day (UTC).
        closes_at = datetime.combine(closes_on, time(23, 59, 59), UTC)
        if closes_at <= utcnow():
            raise DomainError("The closing date of the poll must be in the future.")
        if closes_at > utcnow() + timedelta(days=366):
            raise DomainError("A poll can stay open for a year at most.")
    return PollDraft(question, tuple(options), bool(multiple), closes_at)


@transactional
def start_thread(
    author: User, category: Category, title: str, body: str, poll: PollDraft | None = None
) -> tuple[Thread, Post]:
    """Open a thread; held for review when the sales-pitch policy says so."""
    ensure_can_post(author)
    title, body = clean_title(title), clean_body(body)
    assessment = _assess(title, body, author, category.id)
    held = assessment["verdict"] == "hold"
    now = utcnow()
    thread = Thread(
        category_id=category.id,
        author_id=author.id,
        title=title,
        status="held" if held else "published",
        created_at=now,
        last_post_at=now,
        last_post_author_id=author.id,
    )
    db.session.add(thread)
    db.session.flush()
    post = Post(
        thread_id=thread.id,
        is_opening=True,
        author_id=author.id,
        body=body,
        body_html=str(render(body)),
        status="held",
        pitch_assessment=assessment,
        created_at=now,
    )
    db.session.add(post)
    if poll is not None:
        record = Poll(
            thread_id=thread.id,
            question=poll.question,
            multiple=poll.multiple,
            closes_at=poll.closes_at,
        )
        db.session.add(record)
        db.session.flush()
        db.session.add_all(
            PollOption(poll_id=record.id, position=index, label=label)
            for index, label in enumerate(poll.options)
        )
    ensure_handle(author)
    _auto_subscribe(author, thread)
    db.session.flush()
    if held:
        _audit_status(None, post, None, "held", _reasons_text(assessment))
    else:
        _publish(post, thread)
    return thread, post


def ensure_thread_open(actor: User, thread: Thread) -> None:
    if thread.status != "published":
        if thread.status == "held":
            raise DomainError("This thread is awaiting review; replies open once it is published.")
        raise NotFound("That thread does not exist.")
    if thread.locked and not is_moderator(actor):
        raise DomainError("This thread is locked: no new replies.")


@transactional
def reply(author: User, thread: Thread, body: str) -> Post:
    """Answer in a thread; held for review when the sales-pitch policy says so."""
    ensure_can_post(author)
    ensure_thread_open(author, thread)
    body = clean_body(body)
    assessment = _assess(f"Re: {thread.title}", body, author, thread.category_id)
    held = assessment["verdict"] == "hold"
    post = Post(
        thread_id=thread.id,
        author_id=author.id,
        body=body,
        body_html=str(render(body)),
        status="held",
        pitch_assessment=assessment,
        created_at=utcnow(),
    )
    db.session.add(post)
    ensure_handle(author)
    _auto_subscribe(author, thread)
    db.session.flush()
    if held:
        _audit_status(None, post, None, "held", _reasons_text(assessment))
    else:
        _publish(post, thread)
    return post


def quote_text(post: Post) -> str:
    """Markdown that quotes a post, for the reply box."""
    if post.status != "published" or not post.body:
        return ""
    author = db.session.get(User, post.author_id) if post.author_id else None
    name = author.display_name if author else "Former member"
    lines = [line.rstrip() for line in post.body.splitlines()]
    quoted = "\n".join(f"> {line}" if line else ">" for line in lines)
    return f"> **{name}** wrote:\n>\n{quoted}\n\n"


@transactional
def edit_post(actor: User, post: Post, body: str, title: str | None = None) -> Post:
    """The author rewrites a post; the old version is kept; the new one is assessed again."""
    ensure_can_post(actor)
    if post.author_id != actor.id:
        raise NotPermitted("You can only edit your own posts.")
    if post.status in ("hidden", "deleted"):
        raise DomainError(f"This post was {post.status} and can no longer be edited.")
    thread = db.session.get(Thread, post.thread_id)
    if thread.locked and not is_moderator(actor):
        raise DomainError("This thread is locked: posts in it can no longer be edited.")
    body = clean_body(body)
    new_title = clean_title(title) if post.is_opening else None
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
    before_status = post.status
    post.body = body
    post.body_html = str(render(body))
    post.edited_at = utcnow()
    post.edit_count = Post.edit_count + 1
    if new_title is not None:
        thread.title = new_title
    assessment = _assess(new_title or f"Re: {thread.title}", body, actor, thread.category_id)
    post.pitch_assessment = assessment
    db.session.flush()
    audit.record(
        actor,
        "post.edited",
        post,
        before={"status": before_status, "revision_id": revision.id},
        after={"status": "held" if assessment["verdict"] == "hold" else "published"},
    )
    if assessment["verdict"] == "hold":
        if before_status == "published":
            _guarded_status(post, ("published",), "held")
            _withdraw(post, thread, "held")
            _audit_status(None, post, "published", "held", _reasons_text(assessment))
    elif before_status == "held":
        _guarded_status(post, ("held",), "published", held_reason=None)
        _publish(post, thread)
        _audit_status(
            None, post, "held", "published", "The edited version passed the sales-pitch policy."
        )
    else:
        _index(post, thread)
        new_mentions = _record_new_mentions(post)
        if new_mentions:  # an edit that names someone new tells them, and nobody else
            events.publish(
                events.PostPublished(
                    post_id=post.id,
                    thread_id=thread.id,
                    author_id=post.author_id,
                    first_time=False,
                    mentioned_ids=tuple(user.id for user in new_mentions),
                )
            )
    return post


@transactional
def delete_post(actor: User, post: Post) -> None:
    """The author withdraws a post: a tombstone keeps the thread readable; moderators keep the
    text in the history. An opening post nobody answered takes its thread with it."""
    ensure_can_read(actor)
    if post.author_id != actor.id:
        raise NotPermitted("You can only delete your own posts.")
    if post.status == "hidden":
        raise DomainError("A moderator hid this post; it can no longer be deleted.")
    if post.status == "deleted":
        raise Conflict("This post was already deleted.")
    thread = db.session.get(Thread, post.thread_id)
    before = post.status
    db.session.add(
        PostRevision(
            post_id=post.id,
            title=thread.title if post.is_opening else None,
            body=post.body,
            status=before,
            replaced_by_id=actor.id,
        )
    )
    _guarded_status(post, ("published", "held"), "deleted", body="", body_html="")
    post.deleted_at = utcnow()
    search.remove_post(db.session, post.id)

    events.publish(events.PostWithdrawn(post_id=post.id, status="deleted"))
    if post.is_opening and (thread.reply_count == 0 or thread.status != "published"):
        thread.status = "deleted"
    _refresh_counts(thread)
    _audit_status(actor, post, before, "deleted")
