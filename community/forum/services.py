"""Forum services: posting, editing, deleting, moderation transitions, subscriptions, reading
state and polls. Each public function checks the actor's right, changes state, keeps the
denormalised counters and the search index right, writes the audit record, queues notifications
and commits, all in one transaction.

The moderation feature builds on the transitions here: `publish_held_post`, `hide_post`,
`restore_post`, `set_pinned`, `set_locked`, `move_thread`. Who may do what is asked of
community.standing.capabilities (roles, membership and sanctions in one place).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from community import audit, events
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import mentions, search
from community.forum.markup import render
from community.forum.models import (
    Category,
    MemberHandle,
    Poll,
    PollOption,
    PollVote,
    Post,
    PostMention,
    PostRevision,
    Thread,
    ThreadRead,
    ThreadSubscription,
)
from community.freemail import is_free_mail_domain
from community.moderation.pitch import assess_post
from community.standing import capabilities, house_rules
from community.unit_of_work import transactional

TITLE_MIN, TITLE_MAX = 5, 200
BODY_MAX = 20_000
REASON_MAX = 1000
POLL_OPTIONS_MIN, POLL_OPTIONS_MAX = 2, 10


class HouseRulesNotAccepted(NotPermitted):
    """The member must accept the current house rules before posting (views redirect)."""

    def __init__(self) -> None:
        super().__init__("Please read and accept the current house rules before posting.")


# Who may do what -------------------------------------------------------------------------------


def can_read(user) -> bool:
    return capabilities.may(user, capabilities.READ_FORUM)


def is_moderator(user) -> bool:
    return capabilities.may(user, capabilities.MODERATE)


def ensure_can_read(user) -> None:
    capabilities.ensure_may(user, capabilities.READ_FORUM)


def ensure_can_participate(user) -> None:
    """Read access and no sanction that forbids posting; house rules are checked separately."""
    capabilities.ensure_may(user, capabilities.POST)


def ensure_can_post(user) -> None:
    ensure_can_participate(user)
    if house_rules.needs_to_accept(user):
        raise HouseRulesNotAccepted()


def ensure_moderator(actor) -> None:
    reason = capabilities.why_not(actor, capabilities.MODERATE)
    if reason is not None:
        if (
            actor is None
            or not getattr(actor, "is_authenticated", False)
            or not actor.has_role("moderator")
        ):
            reason = "Only moderators can do that."
        raise NotPermitted(reason)


# Who else may hide, restore, pin and lock inside one category: checks (actor, category_id) ->
# bool. Chapters add "a lead of the chapter whose space this is" (community.chapters); every
# other moderation power stays with the moderators.
CATEGORY_MODERATORS: list[Callable[[object, int], bool]] = []


def ensure_moderator_of(actor, category_id: int) -> None:
    if any(check(actor, category_id) for check in CATEGORY_MODERATORS):
        return
    ensure_moderator(actor)


def author_domains(user) -> list[str]:
    """The author's own web domains (from a work email), for the sales-pitch policy."""
    domain = (user.email or "").rpartition("@")[2].lower()
    return [domain] if domain and not is_free_mail_domain(domain) else []


# Input -----------------------------------------------------------------------------------------


def _text(value: str | None) -> str:
    # NUL is refused by PostgreSQL and never meant; other control characters are kept as typed.
    return (value or "").replace("\x00", "")


def clean_title(title: str | None) -> str:
    title = " ".join(_text(title).split())
    if len(title) < TITLE_MIN:
        raise DomainError(f"Give the thread a title of at least {TITLE_MIN} characters.")
    if len(title) > TITLE_MAX:
        raise DomainError(f"Keep the title under {TITLE_MAX} characters.")
    return title


def clean_body(body: str | None) -> str:
    body = _text(body).replace("\r\n", "\n").strip()
    if not body:
        raise DomainError("Write something before posting.")
    if len(body) > BODY_MAX:
        raise DomainError(
            f"Posts are limited to {BODY_MAX:,} characters; this one has {len(body):,}."
        )
    return body


def clean_reason(reason: str | None, *, required: bool = True) -> str | None:
    reason = " ".join(_text(reason).split())
    if not reason:
        if required:
            raise DomainError("Please give a reason; it is recorded and shown where it applies.")
        return None
    return reason[:REASON_MAX]


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:80]


# Lookups ---------------------------------------------------------------------------------------


def get_thread(thread_id: int) -> Thread:
    thread = db.session.get(Thread, thread_id)
    if thread is None:
        raise NotFound("That thread does not exist.")
    return thread


def get_post(post_id: int) -> Post:
    post = db.session.get(Post, post_id)
    if post is None:
        raise NotFound("That post does not exist.")
    return post


def get_category(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise NotFound("That category does not exist.")
    return category


def may_see_thread(user, thread: Thread) -> bool:
    """Published threads are for every member; held and hidden ones for their author (who must
    see why) and moderators."""
    if thread.status == "published":
        return can_read(user)
    if thread.status in ("held", "hidden"):
        return is_moderator(user) or (can_read(user) and thread.author_id == user.id)
    return is_moderator(user)


def may_see_post(user, post: Post) -> bool:
    if post.status == "held":
        return is_moderator(user) or (can_read(user) and post.author_id == user.id)
    return can_read(user)


# Categories (admins) ---------------------------------------------------------------------------


def _category_fields(name: str, slug: str | None, description: str | None, position) -> dict:
    name = " ".join(_text(name).split())
    if not 2 <= len(name) <= 80:
        raise DomainError("A category name has 2 to 80 characters.")
    slug = slugify(slug or name)
    if not slug:
        raise DomainError("The web address needs letters or digits.")
    try:
        position = int(position or 0)
    except (TypeError, ValueError):
        raise DomainError("The position is a whole number (lower comes first).") from None
    return {
        "name": name,
        "slug": slug,
        "description": _text(description).strip()[:2000],
        "position": position,
    }


def _slug_taken(slug: str, except_id: int | None = None) -> bool:
    query = select(Category.id).where(Category.slug == slug)
    if except_id is not None:
        query = query.where(Category.id != except_id)
    return db.session.scalar(query) is not None


@transactional
def create_category(actor, name, description="", position=0, slug=None) -> Category:
    capabilities.ensure_may(actor, capabilities.ADMINISTER)
    fields = _category_fields(name, slug, description, position)
    if _slug_taken(fields["slug"]):
        raise DomainError(f"Another category already uses the address “{fields['slug']}”.")
    category = Category(**fields)
    db.session.add(category)
    db.session.flush()
    audit.record(actor, "category.created", category, after=fields)
    return category


@transactional
def update_category(actor, category: Category, name, description="", position=0, slug=None):
    capabilities.ensure_may(actor, capabilities.ADMINISTER)
    fields = _category_fields(name, slug, description, position)
    if _slug_taken(fields["slug"], except_id=category.id):
        raise DomainError(f"Another category already uses the address “{fields['slug']}”.")
    before = {key: getattr(category, key) for key in fields}
    for key, value in fields.items():
        setattr(category, key, value)
    audit.record(actor, "category.updated", category, before=before, after=fields)
    return category


@transactional
def delete_category(actor, category: Category) -> None:
    capabilities.ensure_may(actor, capabilities.ADMINISTER)
    if db.session.scalar(select(Thread.id).where(Thread.category_id == category.id).limit(1)):
        raise DomainError("This category still has threads. Move them to another category first.")
    audit.record(actor, "category.deleted", category, before={"name": category.name})
    db.session.delete(category)


# Handles and mentions --------------------------------------------------------------------------


def ensure_handle(user: User) -> str:
    """The member's @handle, made from their name the first time it is needed."""
    existing = db.session.scalar(select(MemberHandle.handle).where(MemberHandle.user_id == user.id))
    if existing:
        return existing
    base = mentions.handle_from_name(user.name)
    for _attempt in range(3):
        taken = set(
            db.session.scalars(
                select(MemberHandle.handle).where(MemberHandle.handle.like(f"{base}%"))
            )
        )
        handle, number = base, 1
        while handle in taken:
            number += 1
            handle = mentions.numbered_handle(base, number)
        try:
            with db.session.begin_nested():
                db.session.add(MemberHandle(user_id=user.id, handle=handle))
            return handle
        except IntegrityError:  # someone took it (or this member got one) meanwhile
            existing = db.session.scalar(
                select(MemberHandle.handle).where(MemberHandle.user_id == user.id)
            )
            if existing:
                return existing
    raise Conflict("Could not reserve a handle; please try again.")


def resolve_mentions(handles: Iterable[str]) -> list[User]:
    """Members behind these handles (members without a handle yet are found by name)."""
    handles = list(dict.fromkeys(handles))[: mentions.MAX_MENTIONS]
    if not handles:
        return []
    found: dict[str, User] = {}
    rows = db.session.execute(
        capabilities.active_members_query()
        .add_columns(MemberHandle.handle)
        .join(MemberHandle, MemberHandle.user_id == User.id)
        .where(MemberHandle.handle.in_(handles))
    ).all()
    for user, handle in rows:
        found[handle] = user
    for handle in handles:
        if handle in found:
            continue
        candidates = db.session.scalars(
            capabilities.active_members_query()
            .outerjoin(MemberHandle, MemberHandle.user_id == User.id)
            .where(
                MemberHandle.user_id.is_(None),
                func.lower(User.name).like(mentions.name_pattern(handle)),
            )
            .order_by(User.id)
            .limit(20)
        ).all()
        for candidate in candidates:
            if mentions.handle_from_name(candidate.name) == handle:
                if ensure_handle(candidate) == handle:
                    found[handle] = candidate
                break
    return [found[h] for h in handles if h in found]


def _record_new_mentions(post: Post) -> list[User]:
    """Store who the post mentions now and return those it did not mention before."""
    mentioned = [
        user
        for user in resolve_mentions(mentions.find_mentions(post.body))
        if user.id != post.author_id
    ]
    if not mentioned:
        return []
    already = set(
        db.session.scalars(select(PostMention.user_id).where(PostMention.post_id == post.id))
    )
    new = [user for user in mentioned if user.id not in already]
    for user in new:
        db.session.add(PostMention(post_id=post.id, user_id=user.id))
    return new


# Subscriptions and reading state ---------------------------------------------------------------


def _dialect_insert(model):
    if db.session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(model)


def _auto_subscribe(user: User, thread: Thread) -> None:
    """Posting follows the thread, unless the member unsubscribed from it before."""
    statement = _dialect_insert(ThreadSubscription).values(
        user_id=user.id, thread_id=thread.id, active=True, created_at=utcnow()
    )
    db.session.execute(statement.on_conflict_do_nothing(index_elements=["user_id", "thread_id"]))


@transactional
def set_subscription(user: User, thread: Thread, active: bool) -> None:
    ensure_can_read(user)
    if not may_see_thread(user, thread):
        raise NotFound("That thread does not exist.")
    statement = _dialect_insert(ThreadSubscription).values(
        user_id=user.id, thread_id=thread.id, active=active, created_at=utcnow()
    )
    db.session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id", "thread_id"], set_={"active": active}
        )
    )


_READING_UPSERTS: dict[str, object] = {}


def _reading_upsert():
    """INSERT ... ON CONFLICT DO UPDATE (only forwards) for this dialect, built once."""
    dialect = db.session.get_bind().dialect.name
    if dialect not in _READING_UPSERTS:
        statement = _dialect_insert(ThreadRead).values(
            user_id=bindparam("user_id"),
            thread_id=bindparam("thread_id"),
            last_read_post_number=bindparam("number"),
            read_at=bindparam("read_at"),
        )
        _READING_UPSERTS[dialect] = statement.on_conflict_do_update(
            index_elements=["user_id", "thread_id"],
            set_={
                "last_read_post_number": statement.excluded.last_read_post_number,
                "read_at": statement.excluded.read_at,
            },
            where=ThreadRead.last_read_post_number < statement.excluded.last_read_post_number,
        )
    return _READING_UPSERTS[dialect]


def _record_reading(user_id: int, thread_id: int, number: int) -> None:
    db.session.connection().execute(
        _reading_upsert(),
        {"user_id": user_id, "thread_id": thread_id, "number": number, "read_at": utcnow()},
    )


@transactional
def mark_read(user: User, thread_id: int, number: int) -> None:
    """Remember that the member has seen posts up to `number` (never moves backwards)."""
    _record_reading(user.id, thread_id, number)


def first_unread_number(user: User, thread: Thread) -> int:
    """The number of the first published post the member has not seen (or the last one)."""
    last_read = db.session.scalar(
        select(ThreadRead.last_read_post_number).where(
            ThreadRead.user_id == user.id, ThreadRead.thread_id == thread.id
        )
    )
    number = db.session.scalar(
        select(func.min(Post.number)).where(
            Post.thread_id == thread.id,
            Post.status == "published",
            Post.number > (last_read or 0),
        )
    )
    return number or max(thread.last_post_number, 1)


def page_of(number: int, per_page: int) -> int:
    return max(1, (number - 1) // per_page + 1)


# Denormalised counters -------------------------------------------------------------------------


def refresh_thread_stats(thread_ids: Iterable[int]) -> None:
    """Recount replies and the latest post of these threads from their published posts."""
    ids = list(thread_ids)
    if not ids:
        return
    published = and_(Post.thread_id == Thread.id, Post.status == "published")
    latest = select(Post).where(published).order_by(Post.number.desc()).limit(1)
    db.session.execute(
        update(Thread)
        .where(Thread.id.in_(ids))
        .values(
            reply_count=select(func.count())
            .select_from(Post)
            .where(published, Post.is_opening.is_(False))
            .scalar_subquery(),
            last_post_id=latest.with_only_columns(Post.id).scalar_subquery(),
            last_post_author_id=latest.with_only_columns(Post.author_id).scalar_subquery(),
            last_post_at=func.coalesce(
                select(func.max(Post.published_at)).where(published).scalar_subquery(),
                Thread.created_at,
            ),
        )
        .execution_options(synchronize_session=False)
    )


def refresh_category_stats(category_ids: Iterable[int]) -> None:
    ids = list(set(category_ids))
    if not ids:
        return
    visible = and_(Thread.category_id == Category.id, Thread.status == "published")
    db.session.execute(
        update(Category)
        .where(Category.id.in_(ids))
        .values(
            thread_count=select(func.count()).select_from(Thread).where(visible).scalar_subquery(),
            post_count=select(func.coalesce(func.sum(Thread.reply_count + 1), 0))
            .where(visible)
            .scalar_subquery(),
            last_post_at=select(func.max(Thread.last_post_at)).where(visible).scalar_subquery(),
            last_thread_id=select(Thread.id)
            .where(visible)
            .order_by(Thread.last_post_at.desc(), Thread.id.desc())
            .limit(1)
            .scalar_subquery(),
        )
        .execution_options(synchronize_session=False)
    )


def _refresh_counts(thread: Thread, *extra_categories: int) -> None:
    db.session.flush()
    refresh_thread_stats([thread.id])
    refresh_category_stats([thread.category_id, *extra_categories])
    db.session.expire(thread)


# Publishing ------------------------------------------------------------------------------------


def _assess(title: str, body: str, author: User) -> dict:
    return assess_post(title, body, author_domains=author_domains(author)).to_dict()


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
    assessment = _assess(title, body, author)
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
    assessment = _assess(f"Re: {thread.title}", body, author)
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
    assessment = _assess(new_title or f"Re: {thread.title}", body, actor)
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


# Moderation transitions ------------------------------------------------------------------------


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


# Polls -----------------------------------------------------------------------------------------


@transactional
def vote(user: User, poll: Poll, option_ids: Iterable[int]) -> None:
    """Cast or change the member's vote while the poll is open. Ballots are secret: the votes
    table is the only record, and pages show counts, never who chose what."""
    ensure_can_post(user)
    thread = db.session.get(Thread, poll.thread_id)
    if thread is None or thread.status != "published":
        raise NotFound("That poll does not exist.")
    # PostgreSQL: one vote change at a time per poll, so a double click cannot vote twice.
    poll = db.session.scalar(select(Poll).where(Poll.id == poll.id).with_for_update())
    if poll.is_closed(utcnow()):
        raise DomainError("This poll has closed; its results are final.")
    valid = set(db.session.scalars(select(PollOption.id).where(PollOption.poll_id == poll.id)))
    chosen = list(dict.fromkeys(int(option) for option in option_ids))
    if not chosen:
        raise DomainError("Choose an option before voting.")
    if any(option not in valid for option in chosen):
        raise DomainError("That option is not part of this poll. Please reload the page.")
    if not poll.multiple and len(chosen) > 1:
        raise DomainError("This poll takes one choice only.")
    db.session.execute(
        delete(PollVote).where(PollVote.poll_id == poll.id, PollVote.user_id == user.id)
    )
    now = utcnow()
    db.session.execute(
        insert(PollVote),
        [
            {"poll_id": poll.id, "option_id": option, "user_id": user.id, "created_at": now}
            for option in chosen
        ],
    )


# Added by the moderation feature (issue 5): holding a post again and a moderator's edit --------


@transactional
def hold_post(actor: User | None, post: Post, reason: str) -> Post:
    """Take a published or hidden post back to `held`, pending review: when members' flags reach
    the threshold (actor None), or when a moderator undoes an approval or a hide."""
    if actor is not None:
        ensure_moderator(actor)
    reason = clean_reason(reason)
    thread = db.session.get(Thread, post.thread_id)
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
    post.pitch_assessment = _assess(heading, body, author)
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
