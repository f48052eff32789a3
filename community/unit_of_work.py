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


def transactional(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of `transaction()` for a service function."""

    @wraps(function)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        with transaction():
            return function(*args, **kwargs)

    return wrapped


def in_transaction() -> bool:
    return db.session().info.get(_DEPTH, 0) > 0
