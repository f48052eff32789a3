"""What a person may do now: one place that answers from roles, membership status and sanctions.

Services call `ensure_may(person, capability)`; views use `capability_required(capability)`
(community.standing.views); templates and pages ask `may(...)`. Every elevated role (moderator,
board, admin) works only while its holder is in good standing: revocation, suspension and
deletion end its effect on the next request, in sessions already open too, because nothing here
is remembered beyond one request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from community.auth.models import User, UserRole
from community.db_types import utcnow
from community.errors import NotPermitted
from community.extensions import db
from community.standing import kinds
from community.standing.models import Sanction

# Capabilities. Participation ones come from the sanction registry (what a sanction can forbid).
READ_FORUM = kinds.READ
POST = kinds.POST
FLAG = kinds.FLAG
INVITE = kinds.INVITE
CONTACT = kinds.CONTACT
VOTE_IN_POLLS = kinds.VOTE_IN_POLLS
MODERATE = "moderate"
SIT_ON_BOARD = "sit_on_board"  # review applications, appeals, membership; propose and approve
ADMINISTER = "administer"

# Membership statuses that may read and post (revoked members lose the forum).
READING_STATUSES = ("active", "under_review")
# Role that each elevated capability needs.
ELEVATED_ROLES = {MODERATE: "moderator", SIT_ON_BOARD: "board", ADMINISTER: "admin"}
ALL = (READ_FORUM, *sorted(kinds.PARTICIPATION), MODERATE, SIT_ON_BOARD, ADMINISTER)


@dataclass(frozen=True)
class Standing:
    """A person's standing at one moment: their sanctions in force, most restrictive first."""

    sanctions: tuple[Sanction, ...]

    @property
    def suspension(self) -> Sanction | None:
        return next((s for s in self.sanctions if kinds.SANCTION_KINDS[s.kind].restricts), None)

    def forbids(self, capability: str) -> Sanction | None:
        return next(
            (s for s in self.sanctions if capability in kinds.SANCTION_KINDS[s.kind].forbids),
            None,
        )


def sanctions_in_force(user, now: datetime | None = None) -> list[Sanction]:
    """The person's sanctions in force now (one query), most restrictive first."""
    now = now or utcnow()
    rows = db.session.scalars(
        select(Sanction)
        .where(
            Sanction.user_id == user.id,
            Sanction.lifted_at.is_(None),
            Sanction.starts_at <= now,
            Sanction.ends_at > now,
        )
        .order_by(Sanction.ends_at.desc(), Sanction.id.desc())
    ).all()
    return sorted(rows, key=lambda sanction: -kinds.SANCTION_KINDS[sanction.kind].severity)


_CACHE = "standing_cache"


def standing_of(user, now: datetime | None = None) -> Standing:
    """The person's standing, remembered for the rest of this database session's transaction
    (one request), so a page that asks several questions runs one query."""
    if now is not None:
        return Standing(tuple(sanctions_in_force(user, now)))
    session = db.session()
    cache = session.info.setdefault(_CACHE, {})
    if user.id not in cache:
        cache[user.id] = Standing(tuple(sanctions_in_force(user)))
    return cache[user.id]


def remembered_standings() -> dict[int, Standing]:
    """This transaction's remembered standings, for a loader that learned one already."""
    return db.session().info.setdefault(_CACHE, {})


def forget_standing(user_id: int | None = None) -> None:
    """Drop remembered standings (after a sanction changes in this session)."""
    cache = db.session().info.get(_CACHE)
    if cache is None:
        return
    if user_id is None:
        cache.clear()
    else:
        cache.pop(user_id, None)


def format_moment(moment: datetime) -> str:
    """A timestamp as people read it in messages: "3 Mar 2026, 14:05 UTC"."""
    return f"{moment.day} {moment.strftime('%b %Y, %H:%M')} UTC"


def block_message(suspension: Sanction) -> str:
    what = kinds.SANCTION_KINDS[suspension.kind].in_words
    return (
        f"You are {what} until {format_moment(suspension.ends_at)}. "
        f"The moderators' reason: {suspension.reason}"
    )


def _membership_problem(user) -> str | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return "Please sign in first."
    if user.deleted_at is not None:
        return "This account has been deleted."
    if user.membership_status == "revoked":
        return "Your membership has been revoked."
    return None


def why_not(user, capability: str, now: datetime | None = None) -> str | None:
    """Why this person may not do this now, in words fit to show them; None when they may."""
    problem = _membership_problem(user)
    if problem:
        return problem
    if capability in ELEVATED_ROLES:
        if not user.has_role(ELEVATED_ROLES[capability]):
            return "You don't have permission to do that."
        # Admins may be operators without the member role; everyone else must be a member.
        if capability != ADMINISTER and not _is_member(user):
            return "Only members in good standing hold that role's powers."
        sanction = standing_of(user, now).forbids(kinds.ELEVATED) or standing_of(user, now).forbids(
            kinds.POST
        )
        return block_message(sanction) if sanction is not None else None
    if not _is_member(user):
        return "The forum is open to members only."
    if capability not in ALL:
        raise ValueError(f"Unknown capability {capability!r}")
    sanction = standing_of(user, now).forbids(capability)
    return block_message(sanction) if sanction is not None else None


def _is_member(user) -> bool:
    return user.has_role("member") and user.membership_status in READING_STATUSES


def may(user, capability: str, now: datetime | None = None) -> bool:
    return why_not(user, capability, now) is None


def ensure_may(user, capability: str, now: datetime | None = None) -> None:
    """Raise NotPermitted, with the reason in words, unless the person may do this now."""
    reason = why_not(user, capability, now)
    if reason is not None:
        raise NotPermitted(reason)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_after_transaction(session) -> None:
    """A new transaction may see sanctions another request changed: ask again."""
    session.info.pop(_CACHE, None)


def active_members_query():
    """SELECT of the people who are members now (the same rule as `may(..., READ_FORUM)` apart
    from sanctions), for pages and services that list or look up members."""
    return select(User).where(
        User.deleted_at.is_(None),
        User.membership_status.in_(READING_STATUSES),
        User.roles.any(UserRole.role == "member"),
    )
