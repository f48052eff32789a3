"""What the forum pages read, each in a fixed number of queries whatever the size of the forum.

Lists read denormalised columns and load the people they show in the same query (authors with
posts, first and last posters with threads), never one query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from math import ceil

from markupsafe import Markup
from sqlalchemy import and_, bindparam, case, false, func, or_, select, true
from sqlalchemy.orm import raiseload

from community.auth.models import User
from community.db_types import utcnow
from community.errors import NotFound
from community.extensions import db
from community.forum import page_cache
from community.forum.models import (
    Category,
    MemberHandle,
    Notification,
    Poll,
    PollOption,
    PollVote,
    Post,
    PostRevision,
    Thread,
    ThreadRead,
    ThreadSubscription,
)
from community.forum.services import is_moderator, may_see_thread
from community.pagination import Page

# Built once, like the other page statements: building them costs more than running them.
_CATEGORIES = (
    select(Category, Thread)
    .outerjoin(Thread, and_(Thread.id == Category.last_thread_id, Thread.status == "published"))
    .order_by(Category.position, Category.id)
)


def categories_with_latest() -> list[tuple[Category, Thread | None]]:
    """Every category in order, with its most recently active thread (one query)."""
    return [(category, thread) for category, thread in db.session.execute(_CATEGORIES).all()]


def all_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position, Category.id)))


def _person(user_id, name, deleted_at) -> str:
    if user_id is None or deleted_at is not None:
        return "Former member"
    return name or "Unnamed"


class ThreadRow:
    """One thread as the category page lists it, from a single query row, display-ready."""

    __slots__ = (
        "author_name",
        "id",
        "last_author_name",
        "last_iso",
        "last_read",
        "last_text",
        "locked",
        "new_posts",
        "pinned",
        "reply_count",
        "started_iso",
        "started_text",
        "title",
        "unread",
    )  # fmt: skip

    def __init__(self, row, member_since: datetime | None) -> None:
        self.id, self.title = row.id, row.title
        self.pinned, self.locked, self.reply_count = row.pinned, row.locked, row.reply_count
        self.author_name = _person(row.author_id, row.author_name, row.author_deleted_at)
        self.last_author_name = _person(
            row.last_post_author_id, row.last_author_name, row.last_author_deleted_at
        )
        self.started_iso, self.started_text = display_time(row.created_at)
        self.last_iso, self.last_text = display_time(row.last_post_at)
        self.last_read = row.last_read_post_number
        # Threads active before someone joined count as read.
        if self.last_read is None:
            self.unread = member_since is None or row.last_post_at > member_since
            self.new_posts = 0
        else:
            self.new_posts = max(0, row.last_post_number - self.last_read)
            self.unread = self.new_posts > 0


_threads, _reads = Thread.__table__, ThreadRead.__table__
_authors, _last_authors = User.__table__.alias("authors"), User.__table__.alias("last_authors")
# Built once: the category page runs it on every view.
_THREAD_ROWS = (
    select(
        _threads.c.id,
        _threads.c.title,
        _threads.c.pinned,
        _threads.c.locked,
        _threads.c.reply_count,
        _threads.c.created_at,
        _threads.c.last_post_at,
        _threads.c.last_post_number,
        _threads.c.author_id,
        _threads.c.last_post_author_id,
        _authors.c.name.label("author_name"),
        _authors.c.deleted_at.label("author_deleted_at"),
        _last_authors.c.name.label("last_author_name"),
        _last_authors.c.deleted_at.label("last_author_deleted_at"),
        _reads.c.last_read_post_number,
    )
    .select_from(
        _threads.outerjoin(_authors, _authors.c.id == _threads.c.author_id)
        .outerjoin(_last_authors, _last_authors.c.id == _threads.c.last_post_author_id)
        .outerjoin(
            _reads,
            and_(_reads.c.thread_id == _threads.c.id, _reads.c.user_id == bindparam("viewer_id")),
        )
    )
    .where(_threads.c.category_id == bindparam("category_id"), _threads.c.status == "published")
    .order_by(_threads.c.pinned.desc(), _threads.c.last_post_at.desc(), _threads.c.id.desc())
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)


def thread_rows(category: Category, user: User, page: int, per_page: int) -> Page:
    """The category page: published threads, pinned first, then by latest activity."""
    total = category.thread_count
    if page > 1 and (page - 1) * per_page >= total:
        raise NotFound("That page does not exist.")
    rows = db.session.connection().execute(
        _THREAD_ROWS,
        {
            "viewer_id": user.id,
            "category_id": category.id,
            "limit": per_page,
            "offset": (page - 1) * per_page,
        },
    )
    items = [ThreadRow(row, user.member_since) for row in rows]
    return Page(items=items, page=page, per_page=per_page, total=total)


def display_time(moment: datetime | None) -> tuple[str, str]:
    """(ISO for <time datetime>, readable UTC text), as the ui.timeago macro writes them."""
    if moment is None:
        return "", ""
    moment = moment.astimezone(UTC).replace(microsecond=0, tzinfo=None)
    return moment.isoformat() + "Z", f"{moment.day} {moment.strftime('%b %Y, %H:%M')} UTC"


def initials_of(name: str) -> str:
    parts = [part for part in name.split() if part[:1].isalpha()]
    return "".join(part[0] for part in parts[:2]).upper() or "?"


class PostRow:
    """One post as the thread page shows it, with its author, from a single query row.

    Plain attributes computed once here: the page renders twenty of these on every view, and
    Python is much cheaper than template logic for it."""

    __slots__ = (
        "anchor",
        "author_id",
        "author_name",
        "author_present",
        "author_title",
        "body_html",
        "edit_count",
        "edited",
        "handle",
        "held_reason",
        "hidden_reason",
        "hold_reasons",
        "id",
        "initials",
        "is_opening",
        "number",
        "photo_url",
        "status",
        "time_iso",
        "time_text",
    )  # fmt: skip

    def __init__(self, row) -> None:
        self.id = row.id
        self.number = row.number
        self.status = row.status
        self.author_id = row.author_id
        self.body_html = Markup(row.body_html)
        self.edited = row.edited_at is not None and row.status != "deleted"
        self.edit_count = row.edit_count
        self.hidden_reason = row.hidden_reason
        self.held_reason = row.held_reason
        assessment = row.pitch_assessment if row.status == "held" else None
        self.hold_reasons = list((assessment or {}).get("reasons") or [])
        self.is_opening = row.is_opening
        present = row.user_id is not None and row.deleted_at is None
        self.author_present = present
        self.author_name = (row.name or "Unnamed") if present else "Former member"
        title = ", ".join(part for part in (row.job_title, row.company) if part) if present else ""
        self.author_title = title if row.job_title else ""
        self.photo_url = row.photo_url if present else None
        self.initials = initials_of(self.author_name)
        self.handle = row.handle if present else None
        self.time_iso, self.time_text = display_time(row.published_at or row.created_at)
        self.anchor = f"post-{row.number}" if row.number else f"post-held-{row.id}"


@dataclass
class OptionResult:
    id: int
    label: str
    votes: int
    chosen: bool
    percent: int = 0


@dataclass
class PollView:
    poll: Poll
    options: list[OptionResult]
    voters: int
    has_voted: bool
    closed: bool

    @property
    def show_results(self) -> bool:
        return self.has_voted or self.closed


@dataclass
class ThreadView:
    thread: Thread
    category: Category
    posts: list[PostRow]
    page: Page
    last_read: int | None
    subscribed: bool
    poll: PollView | None
    moderator: bool
    highest_number_shown: int = 0
    held_count: int = field(default=0)
    thread_generation: int = 0
    people_generation: int = 0


_posts, _users, _handles = Post.__table__, User.__table__, MemberHandle.__table__
_POST_COLUMNS = (
    _posts.c.id, _posts.c.number, _posts.c.status, _posts.c.author_id, _posts.c.body_html,
    _posts.c.created_at, _posts.c.published_at, _posts.c.edited_at, _posts.c.edit_count,
    _posts.c.hidden_reason, _posts.c.held_reason, _posts.c.pitch_assessment, _posts.c.is_opening,
    _users.c.id.label("user_id"), _users.c.name, _users.c.deleted_at, _users.c.job_title,
    _users.c.company, _users.c.photo_url, _handles.c.handle,
)  # fmt: skip


def _posts_statement(moderator: bool, last_page: bool):
    """One page of posts with their authors and handles; built once per variant, reused."""
    # Held posts: their author and moderators see them in place; nobody else does.
    may_see_held = true() if moderator else _posts.c.author_id == bindparam("viewer_id")
    numbered = and_(
        _posts.c.number.between(bindparam("first"), bindparam("last")),
        or_(_posts.c.status != "held", may_see_held),
    )
    # Posts never published (held, or hidden from the queue) wait at the end of the last page.
    unpublished = (
        and_(_posts.c.number.is_(None), _posts.c.status.in_(("held", "hidden")), may_see_held)
        if last_page
        else false()
    )
    return (
        select(*_POST_COLUMNS)
        .select_from(
            _posts.outerjoin(_users, _users.c.id == _posts.c.author_id).outerjoin(
                _handles, _handles.c.user_id == _posts.c.author_id
            )
        )
        .where(_posts.c.thread_id == bindparam("thread_id"), or_(numbered, unpublished))
        .order_by(_posts.c.number.is_(None), _posts.c.number, _posts.c.id)
    )


_POSTS_STATEMENTS = {
    (moderator, last_page): _posts_statement(moderator, last_page)
    for moderator in (False, True)
    for last_page in (False, True)
}
_THREAD_STATEMENT = (
    select(
        Thread,
        Category,
        ThreadRead.last_read_post_number,
        ThreadSubscription.active,
        Poll,
        page_cache.generation_column(Thread.id),
        page_cache.generation_column(page_cache.PEOPLE),
    )
    .join(Category, Category.id == Thread.category_id)
    .outerjoin(
        ThreadRead,
        and_(ThreadRead.thread_id == Thread.id, ThreadRead.user_id == bindparam("viewer_id")),
    )
    .outerjoin(
        ThreadSubscription,
        and_(
            ThreadSubscription.thread_id == Thread.id,
            ThreadSubscription.user_id == bindparam("viewer_id"),
        ),
    )
    .outerjoin(Poll, Poll.thread_id == Thread.id)
    .where(Thread.id == bindparam("thread_id"))
)


def thread_header(thread_id: int, user: User, page: int, per_page: int) -> ThreadView:
    """The thread page without its posts (one query, two with a poll): the thread, the
    member's reading state, the poll, and the page-cache generations read with them."""
    row = db.session.execute(
        _THREAD_STATEMENT, {"thread_id": thread_id, "viewer_id": user.id}
    ).first()
    if row is None:
        raise NotFound("That thread does not exist.")
    thread, category, last_read, subscribed, poll, thread_generation, people_generation = row
    if not may_see_thread(user, thread):
        raise NotFound("That thread does not exist.")
    pages = max(1, ceil(thread.last_post_number / per_page))
    if page > pages:
        raise NotFound("That page does not exist.")
    return ThreadView(
        thread=thread,
        category=category,
        posts=[],
        page=Page(items=[], page=page, per_page=per_page, total=thread.last_post_number),
        last_read=last_read,
        subscribed=bool(subscribed),
        poll=poll_view(poll, user) if poll is not None else None,
        moderator=is_moderator(user),
        thread_generation=thread_generation or 0,
        people_generation=people_generation or 0,
    )


def page_posts(view: ThreadView, user: User, *, as_moderator: bool) -> list[PostRow]:
    """One page of posts with their authors: as a moderator sees them, or as `user` does."""
    page = view.page
    rows = db.session.connection().execute(
        _POSTS_STATEMENTS[(as_moderator, page.page == page.pages)],
        {
            "thread_id": view.thread.id,
            "viewer_id": user.id,
            "first": (page.page - 1) * page.per_page + 1,
            "last": page.page * page.per_page,
        },
    )
    return [PostRow(row) for row in rows]


def thread_view(thread_id: int, user: User, page: int, per_page: int) -> ThreadView:
    """The thread page: the thread, one page of posts with their authors, and the poll."""
    view = thread_header(thread_id, user, page, per_page)
    posts = page_posts(view, user, as_moderator=view.moderator)
    shown = [post.number for post in posts if post.number and post.status != "held"]
    view.posts = view.page.items = posts
    view.highest_number_shown = max(shown, default=0)
    view.held_count = sum(1 for post in posts if post.status == "held")
    return view


def poll_view(poll: Poll, user: User) -> PollView:
    """Options with their counts and the member's own choices (one query)."""
    voters = (
        select(func.count(func.distinct(PollVote.user_id)))
        .where(PollVote.poll_id == poll.id)
        .scalar_subquery()
    )
    rows = db.session.execute(
        select(
            PollOption.id,
            PollOption.label,
            func.count(PollVote.id),
            func.max(case((PollVote.user_id == user.id, 1), else_=0)),
            voters,
        )
        .outerjoin(PollVote, PollVote.option_id == PollOption.id)
        .where(PollOption.poll_id == poll.id)
        .group_by(PollOption.id, PollOption.label, PollOption.position)
        .order_by(PollOption.position, PollOption.id)
    ).all()
    total_voters = rows[0][4] if rows else 0
    options = [
        OptionResult(
            id=option_id,
            label=label,
            votes=votes,
            chosen=bool(mine),
            percent=round(100 * votes / total_voters) if total_voters else 0,
        )
        for option_id, label, votes, mine, _ in rows
    ]
    return PollView(
        poll=poll,
        options=options,
        voters=total_voters,
        has_voted=any(option.chosen for option in options),
        closed=poll.is_closed(utcnow()),
    )


@dataclass
class HistoryEntry:
    title: str | None
    body: str
    status: str
    at: datetime | None
    by: User | None
    current: bool = False


def post_history(post: Post, thread: Thread) -> list[HistoryEntry]:
    """Every version of a post, newest first (moderators only)."""
    rows = db.session.execute(
        select(PostRevision, User)
        .outerjoin(User, User.id == PostRevision.replaced_by_id)
        .where(PostRevision.post_id == post.id)
        .order_by(PostRevision.id.desc())
        .options(raiseload(User.roles))
    ).all()
    entries = [
        HistoryEntry(
            title=thread.title if post.is_opening else None,
            body=post.body,
            status=post.status,
            at=post.edited_at or post.created_at,
            by=None,
            current=True,
        )
    ]
    entries += [
        HistoryEntry(revision.title, revision.body, revision.status, revision.replaced_at, editor)
        for revision, editor in rows
    ]
    return entries


@dataclass
class NotificationRow:
    notification: Notification
    thread: Thread
    post: Post
    actor: User | None


def notification_rows(user: User, page: int, per_page: int) -> Page:
    query = (
        select(Notification, Thread, Post, User)
        .join(Thread, Thread.id == Notification.thread_id)
        .join(Post, Post.id == Notification.post_id)
        .outerjoin(User, User.id == Notification.actor_id)
        .where(Notification.user_id == user.id)
        .order_by(Notification.id.desc())
        .options(raiseload(User.roles))
    )
    total = db.session.scalar(
        select(func.count()).select_from(Notification).where(Notification.user_id == user.id)
    )
    if page > 1 and (page - 1) * per_page >= total:
        raise NotFound("That page does not exist.")
    rows = db.session.execute(query.limit(per_page).offset((page - 1) * per_page)).all()
    return Page(
        items=[NotificationRow(*row) for row in rows], page=page, per_page=per_page, total=total
    )
