"""What happened, told between features: plain dataclass events and one handler table.

A feature publishes an event (`events.publish(MemberRevoked(...))`) instead of importing another
feature's services to tell it something happened. The table that says who handles what is
`community.wiring.HANDLERS`, installed by the app factory. Handlers run at once, inside the
publisher's unit of work, so their changes commit or roll back with the change that caused them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass


class Event:
    """Base class of every event; subclasses are frozen dataclasses named in the past tense."""


@dataclass(frozen=True)
class PostPublished(Event):
    """A thread's first post or a reply became visible to members (new, or released from hold)."""

    post_id: int
    thread_id: int
    author_id: int | None
    first_time: bool  # False when a held or hidden post comes back
    mentioned_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class PostWithdrawn(Event):
    """A published post left view (held, hidden or deleted)."""

    post_id: int
    status: str


@dataclass(frozen=True)
class ThreadSeen(Event):
    """A member has seen a thread up to post `number`."""

    user_id: int
    thread_id: int
    number: int


@dataclass(frozen=True)
class PostHeld(Event):
    post_id: int
    author_id: int | None
    reason: str


@dataclass(frozen=True)
class PitchUpheld(Event):
    """A moderator confirmed that a held or flagged post was a sales pitch."""

    post_id: int
    author_id: int
    moderator_id: int | None


@dataclass(frozen=True)
class TitleChanged(Event):
    """A member changed their job title or company on their profile."""

    user_id: int
    old_title: str | None
    new_title: str | None
    old_company: str | None
    new_company: str | None


@dataclass(frozen=True)
class RemovalProposed(Event):
    """A moderator asks the board to consider revoking a member."""

    member_id: int
    moderator_id: int | None
    reason: str


@dataclass(frozen=True)
class MemberAdmitted(Event):
    user_id: int


@dataclass(frozen=True)
class MemberRevoked(Event):
    user_id: int
    reason: str


@dataclass(frozen=True)
class MemberSuspended(Event):
    """A full suspension began: the member's elevated roles stop working at once."""

    user_id: int
    until: object  # datetime


@dataclass(frozen=True)
class MailQueued(Event):
    """A message was added to the outbox (it goes out once the unit of work commits)."""

    message_id: int | None


@dataclass(frozen=True)
class AccountDeleted(Event):
    """A person deleted their account: it is marked deleted; their data is erased next."""

    user_id: int
    posts: str  # "delete" or "keep" (under "Former member")


Handler = Callable[[Event], None]
_handlers: dict[type[Event], tuple[Handler, ...]] = {}


def configure(table: Mapping[type[Event], Iterable[Handler]]) -> None:
    """Install the handler table (the app factory does this once per app)."""
    _handlers.clear()
    _handlers.update({kind: tuple(handlers) for kind, handlers in table.items()})


def publish(event: Event) -> None:
    """Run every handler of this kind of event, in table order, in the caller's transaction."""
    for handler in _handlers.get(type(event), ()):
        handler(event)


def handlers_for(kind: type[Event]) -> tuple[Handler, ...]:
    return _handlers.get(kind, ())
