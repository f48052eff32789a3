"""Reactions (a small fixed set, counted, never listed by who) and private bookmarks.

Reacting is taking part, so a posting suspension stops it (capability `post`); bookmarking is
reading, so it needs only `read_forum`. Both touch only published posts in published threads.
The thread page reads one page's reactions and the viewer's bookmarks in one statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, delete, func, insert, literal, select, union_all
from sqlalchemy.exc import IntegrityError

from community.auth.models import User
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum.models import (
    REACTION_KINDS,
    REACTIONS,
    Bookmark,
    Category,
    Post,
    PostReaction,
    Thread,
)
from community.pagination import Page
from community.standing import capabilities
from community.unit_of_work import transactional

LABELS = dict(REACTIONS)
_BOOKMARK = "bookmark"


class UnknownReaction(DomainError):
    def __init__(self) -> None:
        super().__init__(f"Choose one of the reactions: {', '.join(LABELS.values())}.")


class OwnPost(DomainError):
    def __init__(self) -> None:
        super().__init__("You can't react to your own post.")


def _visible_post(post: Post | None) -> Post:
    """Reactions and bookmarks are for published posts in published threads only."""
    if post is None or post.status != "published":
        raise NotFound("That post does not exist.")
    status = db.session.scalar(select(Thread.status).where(Thread.id == post.thread_id))
    if status != "published":
        raise NotFound("That post does not exist.")
    return post


def _insert_once(statement) -> bool:
    """Insert a row unless an identical one arrived first (a double click); True if inserted."""
    try:
        with db.session.begin_nested():
            db.session.execute(statement)
    except IntegrityError:
        return False
    return True


@transactional
def toggle_reaction(user: User, post: Post, kind: str) -> bool:
    """Add the member's reaction of this kind to the post, or take it back; True when added."""
    capabilities.ensure_may(user, capabilities.POST)
    if kind not in REACTION_KINDS:
        raise UnknownReaction()
    _visible_post(post)
    if post.author_id == user.id:
        raise OwnPost()
    removed = db.session.execute(
        delete(PostReaction).where(
            PostReaction.post_id == post.id,
            PostReaction.user_id == user.id,
            PostReaction.kind == kind,
        )
    ).rowcount
    if removed:
        return False
    _insert_once(insert(PostReaction).values(post_id=post.id, user_id=user.id, kind=kind))
    return True


@transactional
def set_bookmark(user: User, post: Post, keep: bool) -> bool:
    """Keep the post in the member's bookmarks, or drop it; True when it is now kept."""
    capabilities.ensure_may(user, capabilities.READ_FORUM)
    if not keep:
        db.session.execute(
            delete(Bookmark).where(Bookmark.user_id == user.id, Bookmark.post_id == post.id)
        )
        return False
    _visible_post(post)
    _insert_once(insert(Bookmark).values(user_id=user.id, post_id=post.id))
    return True


# Reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReactionCount:
    kind: str
    label: str
    count: int
    mine: bool


@dataclass(frozen=True)
class PostExtras:
    """What one post shows under it: each reaction with its count, and the viewer's bookmark."""

    reactions: tuple[ReactionCount, ...]
    bookmarked: bool


NO_EXTRAS = PostExtras(
    tuple(ReactionCount(kind, label, 0, False) for kind, label in REACTIONS), False
)


def extras_for_page(viewer_id: int, thread_id: int, first: int, last: int) -> dict[int, PostExtras]:
    """Reaction counts and the viewer's own reactions and bookmarks for the posts numbered
    first..last of a thread (one page of the thread), in one statement."""
    in_page = and_(
        Post.thread_id == thread_id,
        Post.number.between(first, last),
    )
    reactions = (
        select(
            PostReaction.post_id,
            PostReaction.kind,
            func.count().label("count"),
            func.max(case((PostReaction.user_id == viewer_id, 1), else_=0)).label("mine"),
        )
        .join(Post, Post.id == PostReaction.post_id)
        .where(in_page)
        .group_by(PostReaction.post_id, PostReaction.kind)
    )
    bookmarks = (
        select(Bookmark.post_id, literal(_BOOKMARK), literal(1), literal(1))
        .join(Post, Post.id == Bookmark.post_id)
        .where(in_page, Bookmark.user_id == viewer_id)
    )
    counts: dict[int, dict[str, tuple[int, bool]]] = {}
    for post_id, kind, count, mine in db.session.execute(union_all(reactions, bookmarks)):
        counts.setdefault(post_id, {})[kind] = (count, bool(mine))
    return {
        post_id: PostExtras(
            tuple(
                ReactionCount(kind, label, *by_kind.get(kind, (0, False)))
                for kind, label in REACTIONS
            ),
            _BOOKMARK in by_kind,
        )
        for post_id, by_kind in counts.items()
    }


@dataclass(frozen=True)
class BookmarkRow:
    post_id: int
    post_number: int
    thread_id: int
    thread_title: str
    category_name: str
    excerpt: str
    author_name: str
    kept_at: datetime


EXCERPT_CHARS = 240


def _excerpt(body: str) -> str:
    text = " ".join(body.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def bookmarks_page(user: User, page: int, per_page: int) -> Page:
    """The member's bookmarks, newest first, that are still published (two statements)."""
    visible = and_(
        Bookmark.user_id == user.id,
        Post.status == "published",
        Thread.status == "published",
    )
    joined = (
        select(Bookmark.post_id)
        .join(Post, Post.id == Bookmark.post_id)
        .join(Thread, Thread.id == Post.thread_id)
        .where(visible)
    )
    total = db.session.scalar(select(func.count()).select_from(joined.subquery()))
    if page > 1 and (page - 1) * per_page >= total:
        raise NotFound("That page does not exist.")
    rows = db.session.execute(
        select(
            Bookmark.post_id,
            Post.number,
            Thread.id,
            Thread.title,
            Category.name,
            Post.body,
            User.id.label("author_id"),
            User.name,
            User.deleted_at,
            Bookmark.created_at,
        )
        .join(Post, Post.id == Bookmark.post_id)
        .join(Thread, Thread.id == Post.thread_id)
        .join(Category, Category.id == Thread.category_id)
        .outerjoin(User, User.id == Post.author_id)
        .where(visible)
        .order_by(Bookmark.created_at.desc(), Bookmark.post_id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    items = [
        BookmarkRow(
            post_id=row[0],
            post_number=row[1],
            thread_id=row[2],
            thread_title=row[3],
            category_name=row[4],
            excerpt=_excerpt(row[5]),
            author_name=(row[7] or "Unnamed")
            if row.author_id is not None and row.deleted_at is None
            else "Former member",
            kept_at=row[9],
        )
        for row in rows
    ]
    return Page(items=items, page=page, per_page=per_page, total=total)
