"""Following threads and remembering how far each member has read."""

from __future__ import annotations

from sqlalchemy import bindparam, func, select

from community import events
from community.auth.models import User
from community.db_types import utcnow
from community.errors import NotFound
from community.extensions import db
from community.forum.models import (
    Post,
    Thread,
    ThreadRead,
    ThreadSubscription,
)
from community.forum.services.access import (
    ensure_can_read,
    may_see_thread,
)
from community.unit_of_work import transactional


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
    events.publish(events.ThreadSeen(user_id=user.id, thread_id=thread_id, number=number))


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
