"""Voting in polls."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select

from community.auth.models import User
from community.db_types import utcnow
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum.models import (
    Poll,
    PollOption,
    PollVote,
    Thread,
)
from community.forum.services.access import (
    ensure_can_post,
)
from community.unit_of_work import transactional


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
