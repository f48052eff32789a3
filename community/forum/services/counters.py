"""The denormalised counters of threads and categories."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, func, select, update

from community.extensions import db
from community.forum.models import (
    Category,
    Post,
    Thread,
)


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
