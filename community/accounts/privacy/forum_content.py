"""Forum content on deletion: the person's posts deleted, or kept under 'Former member'."""

from __future__ import annotations

from sqlalchemy import (
    or_,
    select,
    update,
)

from community.accounts.privacy.deletion import (
    Erasure,
    content_handler,
    delete_rows,
)
from community.accounts.privacy.schema import (
    text_columns,
)
from community.auth.models import User
from community.db_types import utcnow
from community.extensions import db

DELETED_THREAD_TITLE = "Deleted thread"


@content_handler("forum_posts", "forum_threads", "forum_post_revisions")
def erase_forum_content(user: User, erasure: Erasure, keep_posts: bool) -> None:
    """Kept posts stay as written, now by "Former member" (the user row is emptied). Deleted
    posts lose their words and earlier versions and become tombstones; a thread they opened is
    deleted too unless others replied, in which case its title stays so the replies make sense."""
    from community.forum import search
    from community.forum import services as forum
    from community.forum.models import Post, PostRevision, Thread

    if keep_posts:
        return
    posts = db.metadata.tables[Post.__tablename__]
    threads = db.metadata.tables[Thread.__tablename__]
    now = utcnow()
    post_ids = list(db.session.scalars(select(posts.c.id).where(posts.c.author_id == user.id)))
    for post_id in post_ids:
        search.remove_post(db.session(), post_id)
    if post_ids:
        revisions = db.metadata.tables[PostRevision.__tablename__]
        delete_rows(revisions, revisions.c.post_id.in_(post_ids), erasure)
        db.session.execute(
            update(posts)
            .where(posts.c.id.in_(post_ids))
            .values(body="", body_html="", pitch_assessment=None, status="deleted", deleted_at=now)
        )
        erasure.deleted_rows.setdefault(posts.name, set()).update(post_ids)
    others_replied = (
        select(posts.c.id)
        .where(
            posts.c.thread_id == threads.c.id,
            posts.c.status == "published",
            or_(posts.c.author_id != user.id, posts.c.author_id.is_(None)),
        )
        .exists()
    )
    thread_ids = list(
        db.session.scalars(
            select(threads.c.id).where(threads.c.author_id == user.id, ~others_replied)
        )
    )
    if thread_ids:
        db.session.execute(
            update(threads)
            .where(threads.c.id.in_(thread_ids))
            .values(status="deleted", title=DELETED_THREAD_TITLE)
        )
        erasure.deleted_rows.setdefault(threads.name, set()).update(thread_ids)
    touched = list(
        db.session.scalars(select(posts.c.thread_id).where(posts.c.id.in_(post_ids)).distinct())
    )
    forum.refresh_thread_stats(touched)
    forum.refresh_category_stats(
        db.session.scalars(select(threads.c.category_id).where(threads.c.id.in_(touched)))
    )
    # Copies of their words kept as labelled pitch examples go with the posts.
    labels = db.metadata.tables.get("moderation_pitch_labels")
    if labels is not None and "author_id" in labels.c:
        blank = {c.name: "" for c in text_columns(labels) if c.name in ("title", "body")}
        if blank:
            db.session.execute(update(labels).where(labels.c.author_id == user.id).values(blank))
