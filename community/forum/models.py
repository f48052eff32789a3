"""Forum records: categories, threads, posts and their history, reading state, polls and the
in-app notifications that forum events create.

Lists read denormalised columns (thread.reply_count, thread.last_post_*, category counts) so that
the category and thread pages run a fixed number of queries whatever the size of the forum; the
services in community.forum.services keep them right.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.auth.models import User
from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db

POST_STATUSES = ("published", "held", "hidden", "deleted")
# A thread follows its opening post: held while the opening post is held, hidden when a moderator
# hides it, deleted when its author deletes it before anyone replied.
THREAD_STATUSES = POST_STATUSES
NOTIFICATION_KINDS = ("mention", "reply")
DELIVERIES = ("instant", "daily", "weekly", "off")
DIGEST_FREQUENCIES = ("daily", "weekly")
# What a category is for, as the pitch check reads it (PostContext.category_kind); None: general.
CATEGORY_KINDS = ("jobs", "events", "recommendations")


class Category(db.Model):
    __tablename__ = "forum_categories"
    __table_args__ = (
        Index("ix_forum_categories_position", "position", "id"),
        CheckConstraint(f"kind IS NULL OR {enum_check('kind', CATEGORY_KINDS)}", name="kind"),
        Index("ix_forum_categories_kind", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Denormalised for the category list: published threads and posts, and the latest activity.
    thread_count: Mapped[int] = mapped_column(default=0)
    post_count: Mapped[int] = mapped_column(default=0)
    last_post_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # No foreign key: threads already point at categories, and a cycle would complicate DDL.
    last_thread_id: Mapped[int | None]

    def __repr__(self) -> str:
        return f"<Category {self.id} {self.slug!r}>"


class Thread(db.Model):
    __tablename__ = "forum_threads"
    __table_args__ = (
        CheckConstraint(enum_check("status", THREAD_STATUSES), name="status"),
        # The category page: published threads, pinned first, latest activity first.
        Index("ix_forum_threads_listing", "category_id", "status", "pinned", "last_post_at", "id"),
        Index("ix_forum_threads_author", "author_id", "created_at"),
        Index("ix_forum_threads_status_activity", "status", "last_post_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("forum_categories.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default="published")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Denormalised for lists; published posts only.
    reply_count: Mapped[int] = mapped_column(default=0)
    last_post_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_post_id: Mapped[int | None]  # no foreign key: posts point at threads
    last_post_author_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    # The highest post number handed out. Numbers are given at first publication and never
    # reused, so page N always holds numbers (N-1)*per_page+1 .. N*per_page: stable page links.
    last_post_number: Mapped[int] = mapped_column(default=0)

    category: Mapped[Category] = relationship(lazy="raise")
    author: Mapped[User | None] = relationship(foreign_keys=[author_id], lazy="raise")

    @property
    def is_visible(self) -> bool:
        return self.status == "published"

    def __repr__(self) -> str:
        return f"<Thread {self.id} {self.title!r}>"


class Post(db.Model):
    __tablename__ = "forum_posts"
    __table_args__ = (
        CheckConstraint(enum_check("status", POST_STATUSES), name="status"),
        UniqueConstraint("thread_id", "number", name="uq_forum_posts_thread_id_number"),
        Index("ix_forum_posts_thread_status", "thread_id", "status"),
        Index("ix_forum_posts_author", "author_id", "created_at"),
        # The moderation queue: held posts, oldest first.
        Index("ix_forum_posts_status_created", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("forum_threads.id", ondelete="CASCADE"))
    # Position in the thread (1 = the opening post); None until first published.
    number: Mapped[int | None]
    # The post that opened the thread (it carries the thread's title when edited).
    is_opening: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text, default="")  # markdown, as written
    # render(body), stored at write time so that reading a thread never renders markdown.
    body_html: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="published")
    # The sales-pitch assessment (PitchAssessment.to_dict()) of the latest version.
    pitch_assessment: Mapped[dict | None] = mapped_column(JSON)
    # Why a moderator or the flags held it (posts held by the pitch policy show its reasons).
    held_reason: Mapped[str | None] = mapped_column(Text)
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hidden_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    edit_count: Mapped[int] = mapped_column(default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    thread: Mapped[Thread] = relationship(lazy="raise")
    author: Mapped[User | None] = relationship(foreign_keys=[author_id], lazy="raise")

    @property
    def hold_reasons(self) -> list[dict]:
        return list((self.pitch_assessment or {}).get("reasons") or [])

    def __repr__(self) -> str:
        return f"<Post {self.id} thread={self.thread_id} #{self.number} {self.status}>"


class PostRevision(db.Model):
    """An earlier version of a post, kept when it is edited or deleted; moderators read them."""

    __tablename__ = "forum_post_revisions"
    __table_args__ = (Index("ix_forum_post_revisions_post", "post_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id", ondelete="CASCADE"))
    title: Mapped[str | None] = mapped_column(String(200))  # the thread title, for opening posts
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12))
    # When this version was replaced, and by whom.
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class MemberHandle(db.Model):
    """The @handle a member is mentioned by (e.g. "maya.patel"), taken from their name once."""

    __tablename__ = "forum_member_handles"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    handle: Mapped[str] = mapped_column(String(64), unique=True)


class PostMention(db.Model):
    """Who a post mentions, so that an edit notifies only the newly mentioned."""

    __tablename__ = "forum_post_mentions"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("forum_posts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ThreadRead(db.Model):
    """How far a member has read a thread: the highest post number they have been shown."""

    __tablename__ = "forum_thread_reads"
    __table_args__ = (Index("ix_forum_thread_reads_thread", "thread_id"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("forum_threads.id", ondelete="CASCADE"), primary_key=True
    )
    last_read_post_number: Mapped[int] = mapped_column(default=0)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ThreadSubscription(db.Model):
    """A member follows a thread (replies notify them). `active` False remembers an explicit
    unsubscribe, so that posting again does not silently subscribe them back."""

    __tablename__ = "forum_subscriptions"
    __table_args__ = (Index("ix_forum_subscriptions_thread_active", "thread_id", "active"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("forum_threads.id", ondelete="CASCADE"), primary_key=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Poll(db.Model):
    __tablename__ = "forum_polls"

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("forum_threads.id", ondelete="CASCADE"), unique=True
    )
    question: Mapped[str] = mapped_column(String(300))
    multiple: Mapped[bool] = mapped_column(Boolean, default=False)
    closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def is_closed(self, now: datetime) -> bool:
        return self.closes_at is not None and self.closes_at <= now


class PollOption(db.Model):
    __tablename__ = "forum_poll_options"
    __table_args__ = (Index("ix_forum_poll_options_poll", "poll_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("forum_polls.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(200))


class PollVote(db.Model):
    __tablename__ = "forum_poll_votes"
    __table_args__ = (
        UniqueConstraint("option_id", "user_id", name="uq_forum_poll_votes_option_id_user_id"),
        Index("ix_forum_poll_votes_poll_user", "poll_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("forum_polls.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(ForeignKey("forum_poll_options.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class NotificationDigest(db.Model):
    """One digest mail: which notifications went out in it is recorded on them (digest_id)."""

    __tablename__ = "notification_digests"
    __table_args__ = (
        CheckConstraint(enum_check("frequency", DIGEST_FREQUENCIES), name="frequency"),
        Index("ix_notification_digests_user_frequency", "user_id", "frequency", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    frequency: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    item_count: Mapped[int] = mapped_column(default=0)


class Notification(db.Model):
    """Something happened that a member should hear about: shown under the bell, and mailed
    according to their preference for its kind (instantly, in a digest, or not at all)."""

    __tablename__ = "notifications"
    __table_args__ = (
        CheckConstraint(enum_check("kind", NOTIFICATION_KINDS), name="kind"),
        CheckConstraint(enum_check("delivery", DELIVERIES), name="delivery"),
        # The bell: unread count for one member.
        Index("ix_notifications_user_unread", "user_id", "read_at"),
        Index("ix_notifications_user_id", "user_id", "id"),
        # Digests: pending items by delivery.
        Index("ix_notifications_pending_digest", "delivery", "digest_id", "user_id"),
        Index("ix_notifications_post", "post_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    thread_id: Mapped[int] = mapped_column(ForeignKey("forum_threads.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The member's preference for this kind when it was created.
    delivery: Mapped[str] = mapped_column(String(10), default="instant")
    mailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    digest_id: Mapped[int | None] = mapped_column(
        ForeignKey("notification_digests.id", ondelete="SET NULL")
    )


class NotificationPreference(db.Model):
    """How a member wants mail about one kind of notification; no row means the default."""

    __tablename__ = "notification_preferences"
    __table_args__ = (CheckConstraint(enum_check("delivery", DELIVERIES), name="delivery"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    delivery: Mapped[str] = mapped_column(String(10))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# Reactions and bookmarks -----------------------------------------------------------------------

# The fixed set of reactions, in the order posts show them: (name, label). Counted, never listed
# by who; a new one is an entry here and a migration for the CHECK constraint.
REACTIONS: tuple[tuple[str, str], ...] = (
    ("insightful", "Insightful"),
    ("agree", "Agree"),
    ("thanks", "Thanks"),
)
REACTION_KINDS: tuple[str, ...] = tuple(name for name, _ in REACTIONS)


class PostReaction(db.Model):
    """A member's reaction to a post: at most one of each kind per member and post."""

    __tablename__ = "forum_post_reactions"
    __table_args__ = (
        CheckConstraint(enum_check("kind", REACTION_KINDS), name="kind"),
        # The thread page counts reactions for a page of posts; Top ranks by recent reactions.
        Index("ix_forum_post_reactions_post_kind", "post_id", "kind"),
        Index("ix_forum_post_reactions_created", "created_at"),
    )

    post_id: Mapped[int] = mapped_column(
        ForeignKey("forum_posts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Bookmark(db.Model):
    """A post a member keeps for later; only they see their bookmarks."""

    __tablename__ = "forum_bookmarks"
    __table_args__ = (
        Index("ix_forum_bookmarks_user_created", "user_id", "created_at"),
        Index("ix_forum_bookmarks_post", "post_id"),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    post_id: Mapped[int] = mapped_column(
        ForeignKey("forum_posts.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def _install_search(target, connection, **kw) -> None:
    from community.forum import search

    search.install(connection)


def _uninstall_search(target, connection, **kw) -> None:
    from community.forum import search

    search.uninstall(connection)


# The search index (an FTS5 table, or a tsvector table on PostgreSQL) is DDL that create_all
# cannot express; it is made with the posts table, here for create_all, and by the migration.
event.listen(Post.__table__, "after_create", _install_search)
event.listen(Post.__table__, "before_drop", _uninstall_search)
