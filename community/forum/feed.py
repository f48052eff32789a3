"""The forum's home feed across categories: Latest, Unread and Top (last week or month).

Every view is two statements whatever the size of the forum: one counts (the threads listed,
how many are new since the member's last visit, and when they last read anything), one reads a
page of threads with their category, last poster and the member's reading state.

"New since your last visit" compares a thread's latest activity with a baseline: the last time
the member read anything before this visit (their reading state is written as they read, by
the thread page). The views keep the baseline for the rest of the session, so reading one new
thread does not make the others look old.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import aliased

from community.auth.models import User
from community.db_types import UTCDateTime, utcnow
from community.errors import NotFound
from community.extensions import db
from community.forum.models import Category, Post, PostReaction, Thread, ThreadRead
from community.forum.queries import display_time
from community.pagination import Page

LATEST, UNREAD, TOP = "latest", "unread", "top"
TABS = (LATEST, UNREAD, TOP)
PERIODS = {"week": timedelta(days=7), "month": timedelta(days=30)}
DEFAULT_PERIOD = "week"


def _person(user_id, name, deleted_at) -> str:
    if user_id is None or deleted_at is not None:
        return "Former member"
    return name or "Unnamed"


class FeedRow:
    """One thread as the feed lists it, display-ready."""

    __slots__ = (
        "category_name",
        "category_slug",
        "id",
        "last_author_name",
        "last_iso",
        "last_text",
        "locked",
        "never_opened",
        "new_posts",
        "new_since_visit",
        "pinned",
        "reply_count",
        "score",
        "title",
        "unread",
    )  # fmt: skip

    def __init__(self, row, member_since: datetime | None, baseline: datetime | None) -> None:
        self.id, self.title = row.id, row.title
        self.pinned, self.locked, self.reply_count = row.pinned, row.locked, row.reply_count
        self.category_name, self.category_slug = row.category_name, row.category_slug
        self.last_author_name = _person(
            row.last_post_author_id, row.last_author_name, row.last_author_deleted_at
        )
        self.last_iso, self.last_text = display_time(row.last_post_at)
        self.score = row.score
        last_read = row.last_read_post_number
        self.never_opened = last_read is None
        if last_read is None:
            # Threads active before someone joined count as read, as on the category page.
            self.unread = member_since is None or row.last_post_at > member_since
            self.new_posts = row.reply_count + 1 if self.unread else 0
        else:
            self.new_posts = max(0, row.last_post_number - last_read)
            self.unread = self.new_posts > 0
        self.new_since_visit = baseline is not None and row.last_post_at > baseline


@dataclass
class Feed:
    tab: str
    period: str | None
    page: Page
    new_since_visit: int  # threads listed (all pages) with activity after the baseline
    baseline: datetime | None
    last_read_at: datetime | None  # the member's latest reading, for the views' baseline


_last_authors = aliased(User, name="last_authors")


def _unread_condition(member_since: datetime | None):
    never_opened = ThreadRead.last_read_post_number.is_(None)
    if member_since is not None:
        never_opened = and_(never_opened, Thread.last_post_at > member_since)
    return or_(never_opened, Thread.last_post_number > ThreadRead.last_read_post_number)


def _activity_since(since: datetime):
    """Per thread: published posts and reactions since `since` (Top's score)."""
    posts = (
        select(Post.thread_id.label("thread_id"), func.count().label("n"))
        .where(Post.status == "published", Post.created_at >= since)
        .group_by(Post.thread_id)
        .subquery("recent_posts")
    )
    reactions = (
        select(Post.thread_id.label("thread_id"), func.count().label("n"))
        .select_from(PostReaction)
        .join(Post, Post.id == PostReaction.post_id)
        .where(PostReaction.created_at >= since, Post.status == "published")
        .group_by(Post.thread_id)
        .subquery("recent_reactions")
    )
    return posts, reactions


def feed(
    user: User,
    tab: str,
    *,
    period: str | None = None,
    page: int = 1,
    per_page: int = 25,
    baseline: datetime | None = None,
    now: datetime | None = None,
) -> Feed:
    """One page of the feed for this member. Without a `baseline`, their latest reading is
    used (the views pass the one they keep for the session)."""
    if tab not in TABS:
        raise NotFound("That feed does not exist.")
    period = (period if period in PERIODS else DEFAULT_PERIOD) if tab == TOP else None
    reads_join = and_(ThreadRead.thread_id == Thread.id, ThreadRead.user_id == user.id)
    last_read_at = (
        select(func.max(ThreadRead.read_at)).where(ThreadRead.user_id == user.id).scalar_subquery()
    )
    baseline_sql = literal(baseline, UTCDateTime()) if baseline is not None else last_read_at

    conditions = [Thread.status == "published"]
    score = literal(0)
    base = select(Thread.id).select_from(Thread)
    if tab == UNREAD:
        base = base.outerjoin(ThreadRead, reads_join)
        conditions.append(_unread_condition(user.member_since))
    if tab == TOP:
        posts, reactions = _activity_since((now or utcnow()) - PERIODS[period])
        score = func.coalesce(posts.c.n, 0) + func.coalesce(reactions.c.n, 0)
        base = base.outerjoin(posts, posts.c.thread_id == Thread.id).outerjoin(
            reactions, reactions.c.thread_id == Thread.id
        )
        conditions.append(score > 0)

    counted = base.add_columns(Thread.last_post_at).where(*conditions).subquery("listed")
    total, new_count, latest_reading = db.session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((counted.c.last_post_at > baseline_sql, 1), else_=0)), 0),
            last_read_at,
        ).select_from(counted)
    ).one()
    if page > 1 and (page - 1) * per_page >= total:
        raise NotFound("That page does not exist.")

    rows = select(
        Thread.id,
        Thread.title,
        Thread.pinned,
        Thread.locked,
        Thread.reply_count,
        Thread.last_post_at,
        Thread.last_post_number,
        Thread.last_post_author_id,
        Category.name.label("category_name"),
        Category.slug.label("category_slug"),
        _last_authors.name.label("last_author_name"),
        _last_authors.deleted_at.label("last_author_deleted_at"),
        ThreadRead.last_read_post_number,
        score.label("score"),
    ).select_from(Thread)
    if tab == TOP:
        rows = rows.outerjoin(posts, posts.c.thread_id == Thread.id).outerjoin(
            reactions, reactions.c.thread_id == Thread.id
        )
    rows = (
        rows.join(Category, Category.id == Thread.category_id)
        .outerjoin(_last_authors, _last_authors.id == Thread.last_post_author_id)
        .outerjoin(ThreadRead, reads_join)
        .where(*conditions)
    )
    order = (Thread.last_post_at.desc(), Thread.id.desc())
    if tab == TOP:
        order = (score.desc(), *order)
    effective_baseline = baseline if baseline is not None else latest_reading
    items = [
        FeedRow(row, user.member_since, effective_baseline)
        for row in db.session.execute(
            rows.order_by(*order).limit(per_page).offset((page - 1) * per_page)
        )
    ]
    return Feed(
        tab=tab,
        period=period,
        page=Page(items=items, page=page, per_page=per_page, total=total),
        new_since_visit=int(new_count) if effective_baseline is not None else 0,
        baseline=effective_baseline,
        last_read_at=latest_reading,
    )
