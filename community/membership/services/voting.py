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
from community.membership.models import CaseConflict
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
    # cases -> {case id: check}, in a fixed number of queries (for the queues); without it,
    # `recusal_for` is asked case by case.
    recusal_for_many: Callable[[list], dict[int, RecusalCheck]] | None = None

    @property
    def choice_error(self) -> str:
        yes, no, abstain = self.choices
        return f"Please choose {yes}, {no} or {abstain}."


BALLOTS: dict[str, Ballot] = {}


def register(ballot: Ballot) -> Ballot:
    BALLOTS[ballot.kind] = ballot
    return ballot


def snapshot(person: User) -> tuple[str | None, str | None]:
    """The board member's company and work email domain now, kept on their vote."""
    domain = rules.work_domain(person.email) or None
    return person.company, domain


@dataclass(frozen=True)
class AsTheyVoted:
    """A board member as they were when they voted: what recusal is judged from afterwards."""

    id: int
    company: str | None
    email: str | None


def upsert_vote(model, key: str, item_id: int, actor: User, choice: str, reason: str):
    """The board member's vote on this case, new or changed; (vote, whether it was changed)."""
    vote = db.session.scalar(
        select(model).where(getattr(model, key) == item_id, model.voter_id == actor.id)
    )
    changed = vote is not None
    company, domain = snapshot(actor)
    if vote is None:
        vote = model(**{key: item_id}, voter_id=actor.id, choice=choice, reason=reason)
        db.session.add(vote)
    else:
        vote.choice, vote.reason, vote.updated_at = choice, reason, utcnow()
    vote.voter_company, vote.voter_domain = company, domain
    try:
        db.session.flush()
    except IntegrityError as error:  # the same board member's second tab, at the same moment
        raise Conflict("Your vote was recorded a moment ago; please reload the page.") from error
    return vote, changed


def tally(ballot: Ballot, case_id: int) -> rules.Tally:
    """The votes that count: a vote whose voter turned out to be recused does not."""
    vote = ballot.vote_model
    return rules.Tally.of(
        db.session.scalars(
            select(vote.choice).where(
                getattr(vote, ballot.key) == case_id, vote.recused_reason.is_(None)
            )
        )
    )


def declared_conflicts(kind: str, case_id: int) -> dict[int, str]:
    """Board member id -> the reason they gave when declaring a conflict on this case."""
    return dict(
        db.session.execute(
            select(CaseConflict.board_member_id, CaseConflict.reason).where(
                CaseConflict.case_kind == kind, CaseConflict.case_id == case_id
            )
        ).all()
    )


def _recusal_check(ballot: Ballot, case) -> RecusalCheck:
    return _recusal_checks(ballot, [case])[case.id]


def _recusal_checks(ballot: Ballot, cases: list) -> dict[int, RecusalCheck]:
    """Recusal from the facts, for each case: a declared conflict, the case's own rules for the
    board member as they are now, and as they were when they voted (a vote cast while recused
    stays so). Three queries plus the ballot's own, whatever the number of cases."""
    ids = [case.id for case in cases]
    if ballot.recusal_for_many is not None:
        own_checks = ballot.recusal_for_many(cases)
    else:
        own_checks = {case.id: ballot.recusal_for(case) for case in cases}
    conflicts: dict[int, dict[int, str]] = {}
    for case_id, member_id, reason in db.session.execute(
        select(CaseConflict.case_id, CaseConflict.board_member_id, CaseConflict.reason).where(
            CaseConflict.case_kind == ballot.kind, CaseConflict.case_id.in_(ids)
        )
    ):
        conflicts.setdefault(case_id, {})[member_id] = reason
    vote = ballot.vote_model
    votes: dict[int, dict[int, object]] = {}
    for row in db.session.scalars(select(vote).where(getattr(vote, ballot.key).in_(ids))):
        votes.setdefault(getattr(row, ballot.key), {})[row.voter_id] = row

    def check_for(case_id: int) -> RecusalCheck:
        own = own_checks[case_id]
        declared = conflicts.get(case_id, {})
        cast = votes.get(case_id, {})

        def check(person: User) -> str | None:
            if person.id in declared:
                return f"You declared a conflict: {declared[person.id]}"
            now = own(person)
            if now:
                return now
            cast_as = cast.get(person.id)
            if cast_as is None:
                return None
            if cast_as.recused_reason:
                return cast_as.recused_reason
            domain = cast_as.voter_domain
            then = AsTheyVoted(
                person.id, cast_as.voter_company, f"vote@{domain}" if domain else None
            )
            return own(then)

        return check

    return {case_id: check_for(case_id) for case_id in ids}


def recusal(ballot: Ballot, board_user: User, case) -> str | None:
    return _recusal_check(ballot, case)(board_user)


def eligible_voters(ballot: Ballot, case) -> list[User]:
    """The sitting board members not recused from this case."""
    check = _recusal_check(ballot, case)
    return [person for person in sitting_board_members() if not check(person)]


@dataclass(frozen=True)
class Blockage:
    """Too few board members may vote on a case for a quorum: who is recused and why."""

    could_vote: int
    quorum: int
    recused: tuple[tuple[str, str], ...]  # (board member's name, why)

    @property
    def unblock(self) -> str:
        """What would let the case be decided, in words."""
        seats = self.quorum - self.could_vote
        more = (
            f"{seats} more board member{'s' if seats != 1 else ''} not connected to this case "
            "(a board seat proposal)"
        )
        if self.could_vote == 0:
            return f"It needs {more}."
        return f"It needs {more}, or a quorum of {self.could_vote} (a settings proposal)."


def blockage(ballot: Ballot, case) -> Blockage | None:
    """None when enough board members may vote on this case to reach the quorum."""
    return blockages(ballot, [case]).get(case.id)


def blockages(ballot: Ballot, cases: list) -> dict[int, Blockage]:
    """The open cases among these that too few board members may vote on, by case id."""
    cases = [case for case in cases if ballot.is_open(case)]
    if not cases:
        return {}
    quorum = current_settings().quorum
    board = sitting_board_members()
    found: dict[int, Blockage] = {}
    for case_id, check in _recusal_checks(ballot, cases).items():
        recused = [(person.display_name, why) for person in board if (why := check(person))]
        could_vote = len(board) - len(recused)
        if could_vote < quorum:
            found[case_id] = Blockage(could_vote, quorum, tuple(recused))
    return found


def recheck_votes_of(person: User) -> int:
    """After a board member's company or email changed: their votes on open cases that the new
    facts recuse stop counting, for good. Returns how many."""
    recused = 0
    for ballot in BALLOTS.values():
        vote = ballot.vote_model
        rows = db.session.scalars(
            select(vote).where(vote.voter_id == person.id, vote.recused_reason.is_(None))
        ).all()
        for row in rows:
            case = db.session.get(ballot.case_model, getattr(row, ballot.key))
            if case is None or not ballot.is_open(case):
                continue
            reason = ballot.recusal_for(case)(person)
            if reason:
                row.recused_reason = f"Recused after voting: {reason}"
                audit.record(
                    person,
                    f"{ballot.kind}.vote_recused",
                    case,
                    after={"voter": person.id},
                    reason=row.recused_reason,
                )
                recused += 1
    return recused


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
