"""One unit of work: `with transaction():` around a use case.

The outermost block commits; nested blocks (a service calling another service) join it, so
services compose; an exception anywhere rolls the whole unit back. Services never call
`commit()` themselves. Events published inside the unit are handled inside it too
(`community.events`), so what they cause commits or rolls back with what caused them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from community.extensions import db

_DEPTH = "unit_of_work_depth"

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def transaction() -> Iterator[None]:
    """Commit when the outermost block ends; roll back when any block raises."""
    session = db.session()
    depth = session.info.get(_DEPTH, 0)
    session.info[_DEPTH] = depth + 1
    try:
        yield
    except BaseException:
        session.info[_DEPTH] = depth
        if depth == 0:
            session.rollback()
        raise
    session.info[_DEPTH] = depth
    if depth == 0:
        session.commit()
        for callback in session.info.pop(_AFTER_COMMIT, {}).values():
            callback()


def transactional(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of `transaction()` for a service function."""

    @wraps(function)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        with transaction():
            return function(*args, **kwargs)

    return wrapped


def in_transaction() -> bool:
    return db.session().info.get(_DEPTH, 0) > 0


_AFTER_COMMIT = "unit_of_work_after_commit"


def after_commit(callback: Callable[[], object], key: str | None = None) -> None:
    """Run `callback` once the current unit of work has committed (at once when none is open);
    dropped if it rolls back. For what must not run on uncommitted data, such as queueing a
    background task that reads it. A `key` registers one callback per unit of work."""
    if not in_transaction():
        callback()
        return
    pending = db.session().info.setdefault(_AFTER_COMMIT, {})
    pending.setdefault(key or object(), callback)


@event.listens_for(Session, "after_rollback")
def _drop_after_rollback(session) -> None:
    session.info.pop(_AFTER_COMMIT, None)
