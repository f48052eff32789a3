"""The board's deliberation on a case (application, appeal, membership review): a board
member's own declaration of a conflict (they are then recused, and a vote already cast stops
counting), and notes only the board sees, shown in the case's history. Both are audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from community import audit
from community.errors import Conflict, NotFound
from community.extensions import db
from community.membership.models import CaseConflict, CaseNote
from community.membership.services.common import REASON_MAX, REASON_MIN, clean_text, locked
from community.membership.services.voting import BALLOTS, Ballot
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.unit_of_work import transactional

CASE_NOTE_MAX = 4000


def _ballot(kind: str) -> Ballot:
    try:
        return BALLOTS[kind]
    except KeyError:
        raise NotFound("There is no such kind of case.") from None


@transactional
def declare_conflict(actor, kind: str, case_id: int, reason: str) -> CaseConflict:
    """The board member says they have a conflict on this case; they are recused from it."""
    ensure_may(actor, SIT_ON_BOARD)
    ballot = _ballot(kind)
    reason = clean_text(reason, "The reason", REASON_MIN, REASON_MAX)
    case = locked(ballot.case_model, case_id)
    conflict = CaseConflict(
        case_kind=kind, case_id=case.id, board_member_id=actor.id, reason=reason
    )
    db.session.add(conflict)
    try:
        db.session.flush()
    except IntegrityError as error:
        raise Conflict("You already declared a conflict on this case.") from error
    vote_model = ballot.vote_model
    vote = db.session.scalar(
        select(vote_model).where(
            getattr(vote_model, ballot.key) == case.id, vote_model.voter_id == actor.id
        )
    )
    if vote is not None and vote.recused_reason is None and ballot.is_open(case):
        vote.recused_reason = f"Declared a conflict after voting: {reason}"
    audit.record(
        actor,
        f"{kind}.conflict_declared",
        case,
        after={"board_member": actor.id, "vote_withdrawn": vote is not None},
        reason=reason,
    )
    return conflict


@transactional
def add_case_note(actor, kind: str, case_id: int, body: str) -> CaseNote:
    """A note on the case for the board only. The audit trail records that a note was added
    (not its text: the trail is read outside the board too)."""
    ensure_may(actor, SIT_ON_BOARD)
    ballot = _ballot(kind)
    body = clean_text(body, "The note", 2, CASE_NOTE_MAX)
    case = db.session.get(ballot.case_model, case_id)
    if case is None:
        raise NotFound("That case does not exist.")
    note = CaseNote(case_kind=kind, case_id=case.id, author_id=actor.id, body=body)
    db.session.add(note)
    db.session.flush()
    audit.record(actor, f"{kind}.note_added", case, after={"note": note.id})
    return note


def case_notes(kind: str, case_id: int) -> list[CaseNote]:
    return list(
        db.session.scalars(
            select(CaseNote)
            .options(selectinload(CaseNote.author))
            .where(CaseNote.case_kind == kind, CaseNote.case_id == case_id)
            .order_by(CaseNote.created_at, CaseNote.id)
        )
    )


def case_conflicts(kind: str, case_id: int) -> list[CaseConflict]:
    return list(
        db.session.scalars(
            select(CaseConflict)
            .options(selectinload(CaseConflict.board_member))
            .where(CaseConflict.case_kind == kind, CaseConflict.case_id == case_id)
            .order_by(CaseConflict.created_at, CaseConflict.id)
        )
    )
