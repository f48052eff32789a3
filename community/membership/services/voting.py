"""One voting mechanism for every board case (applications, appeals, membership reviews).

A `Ballot` says what differs between kinds of case: which rows hold the case and its votes,
the three choices (for, against, abstain), who is recused and how the case is decided. `cast`
does the rest the same way for all of them: the board member's right to vote, the reason, the
row lock, recusal, one vote per board member (changeable until the decision), the audit record,
the tally and, once a quorum of matching votes is in, the decision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from community import audit
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError
from community.extensions import db
from community.membership import rules
from community.membership.services.board import sitting_board_members
from community.membership.services.common import (
    REASON_MAX,
    REASON_MIN,
    Recused,
    clean_text,
    locked,
)
from community.membership.services.settings import current_settings
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.unit_of_work import transactional

# (actor, case) -> why this board member may not vote on it, or None.
RecusalCheck = Callable[[User], str | None]


@dataclass(frozen=True)
class Ballot:
    kind: str  # "application" | "appeal" | "review": the audit prefix and the word in messages
    case_model: type
    vote_model: type
    key: str  # the vote's column that names the case
    choices: tuple[str, str, str]  # for, against, abstain
    recused_message: str  # "... {reason}"
    # case -> a check for one board member (computed once per case, asked per board member)
    recusal_for: Callable[[object], RecusalCheck]
    is_open: Callable[[object], bool]
    # (actor, case, outcome "approve" | "reject", the deciding reason)
    decide: Callable[[User, object, str, str], None]
    # (actor, case, choice, reason): refuse a vote the case's own rules don't allow
    check: Callable[[User, object, str, str], None] | None = None
    after_vote: Callable[[User, object], None] | None = None

    @property
    def choice_error(self) -> str:
        yes, no, abstain = self.choices
        return f"Please choose {yes}, {no} or {abstain}."


BALLOTS: dict[str, Ballot] = {}


def register(ballot: Ballot) -> Ballot:
    BALLOTS[ballot.kind] = ballot
    return ballot


def upsert_vote(model, key: str, item_id: int, actor: User, choice: str, reason: str):
    """The board member's vote on this case, new or changed; (vote, whether it was changed)."""
    vote = db.session.scalar(
        select(model).where(getattr(model, key) == item_id, model.voter_id == actor.id)
    )
    changed = vote is not None
    if vote is None:
        vote = model(**{key: item_id}, voter_id=actor.id, choice=choice, reason=reason)
        db.session.add(vote)
    else:
        vote.choice, vote.reason, vote.updated_at = choice, reason, utcnow()
    try:
        db.session.flush()
    except IntegrityError as error:  # the same board member's second tab, at the same moment
        raise Conflict("Your vote was recorded a moment ago; please reload the page.") from error
    return vote, changed


def tally(ballot: Ballot, case_id: int) -> rules.Tally:
    vote = ballot.vote_model
    return rules.Tally.of(
        db.session.scalars(select(vote.choice).where(getattr(vote, ballot.key) == case_id))
    )


def recusal(ballot: Ballot, board_user: User, case) -> str | None:
    return ballot.recusal_for(case)(board_user)


def eligible_voters(ballot: Ballot, case) -> list[User]:
    """The sitting board members not recused from this case."""
    check = ballot.recusal_for(case)
    return [person for person in sitting_board_members() if not check(person)]


@transactional
def cast(ballot: Ballot, actor, case_id: int, choice: str, reason: str):
    """A board member votes on a case with a reason; a quorum of matching votes decides it."""
    ensure_may(actor, SIT_ON_BOARD)
    if choice not in ballot.choices:
        raise DomainError(ballot.choice_error)
    reason = clean_text(reason, "The reason", REASON_MIN, REASON_MAX)
    case = locked(ballot.case_model, case_id)
    if not ballot.is_open(case):
        raise Conflict(f"This {ballot.kind} was already decided ({case.status}).")
    recused = recusal(ballot, actor, case)
    if recused:
        raise Recused(ballot.recused_message.format(reason=recused))
    if ballot.check is not None:
        ballot.check(actor, case, choice, reason)
    _, changed = upsert_vote(ballot.vote_model, ballot.key, case.id, actor, choice, reason)
    audit.record(
        actor,
        f"{ballot.kind}.vote_changed" if changed else f"{ballot.kind}.vote_cast",
        case,
        after={"choice": choice, "voter": actor.id},
        reason=reason,
    )
    if ballot.after_vote is not None:
        ballot.after_vote(actor, case)
    outcome = tally(ballot, case.id).outcome(current_settings().quorum)
    if outcome is not None:
        ballot.decide(actor, case, outcome, reason)
    return case
