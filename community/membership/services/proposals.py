"""Two people for rule changes: one board member proposes a change (with its dry run and a
reason), another approves or declines it; the proposer can't approve their own. Restoring an old
version is a proposal too.

Generic by `kind`: each kind registers how to check its payload (and describe what it would
change) and how to put it into effect, so house rules and the pitch model can use the same
mechanism. Approval is a guarded UPDATE (proposed -> approved by someone else), so concurrent
approvals give exactly one result.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from community import audit
from community.auth.models import User
from community.auth.services import add_role, find_user_by_email, remove_role
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.membership import titles
from community.membership.models import Proposal
from community.membership.policy import current_policy, current_version
from community.membership.services.board import sitting_board_members
from community.membership.services.common import REASON_MAX, REASON_MIN, clean_text
from community.membership.services.settings import check_settings, current_settings, update_settings
from community.membership.services.title_policy import dry_run, save_policy
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.unit_of_work import transactional


@dataclass(frozen=True)
class ProposalKind:
    name: str
    label: str
    # payload -> (the payload as stored, a one-paragraph summary of what it would change)
    prepare: Callable[[dict], tuple[dict, str]]
    # (approver, payload, reason, proposal): the change takes effect
    enact: Callable[[object, dict, str, Proposal], object]
    capability: str = SIT_ON_BOARD


PROPOSAL_KINDS: dict[str, ProposalKind] = {}


def register_kind(kind: ProposalKind) -> ProposalKind:
    PROPOSAL_KINDS[kind.name] = kind
    return kind


def _kind(name: str) -> ProposalKind:
    try:
        return PROPOSAL_KINDS[name]
    except KeyError:
        raise DomainError(f"Unknown kind of proposal {name!r}.") from None


@transactional
def propose(actor, kind: str, payload: dict, reason: str) -> Proposal:
    """A board member proposes a change; nothing changes until another approves it."""
    spec = _kind(kind)
    ensure_may(actor, spec.capability)
    stored, summary = spec.prepare(payload)
    reason = clean_text(reason, "The reason for the change", REASON_MIN, REASON_MAX)
    proposal = Proposal(
        kind=kind,
        payload=json.dumps(stored, sort_keys=True),
        summary=summary,
        reason=reason,
        proposed_by_id=actor.id,
    )
    db.session.add(proposal)
    db.session.flush()
    audit.record(
        actor, "proposal.proposed", proposal, after={"kind": kind, "payload": stored}, reason=reason
    )
    return proposal


def _load(proposal_id: int) -> Proposal:
    proposal = db.session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound("That proposal does not exist.")
    return proposal


def _decide(proposal: Proposal, actor, new: str, reason: str | None) -> None:
    """Move the proposal from proposed to `new` by this person, or raise Conflict."""
    result = db.session.execute(
        update(Proposal)
        .where(Proposal.id == proposal.id, Proposal.status == "proposed")
        .values(status=new, decided_by_id=actor.id, decided_at=utcnow(), decision_reason=reason)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        raise Conflict("Another board member decided this proposal a moment ago.")
    db.session.refresh(proposal)  # what the guarded UPDATE wrote, in this unit of work too


def _check_decider(actor, proposal: Proposal) -> ProposalKind:
    spec = _kind(proposal.kind)
    ensure_may(actor, spec.capability)
    if proposal.status != "proposed":
        raise Conflict(f"This proposal was already {proposal.status}.")
    if proposal.proposed_by_id == actor.id:
        raise NotPermitted("Another board member must decide on your proposal.")
    return spec


@transactional
def approve_proposal(actor, proposal_id: int, reason: str | None = None):
    """Another board member approves: the change takes effect (versioned by its kind)."""
    proposal = _load(proposal_id)
    spec = _check_decider(actor, proposal)
    _decide(proposal, actor, "approved", reason)
    result = spec.enact(actor, proposal.data, proposal.reason, proposal)
    audit.record(
        actor,
        "proposal.approved",
        proposal,
        before={"status": "proposed"},
        after={"status": "approved", "kind": proposal.kind},
        reason=reason,
    )
    return result


@transactional
def decline_proposal(actor, proposal_id: int, reason: str) -> Proposal:
    proposal = _load(proposal_id)
    _check_decider(actor, proposal)
    reason = clean_text(reason, "The reason", REASON_MIN, REASON_MAX)
    _decide(proposal, actor, "declined", reason)
    audit.record(
        actor,
        "proposal.declined",
        proposal,
        before={"status": "proposed"},
        after={"status": "declined", "kind": proposal.kind},
        reason=reason,
    )
    return proposal


@transactional
def withdraw_proposal(actor, proposal_id: int) -> Proposal:
    proposal = _load(proposal_id)
    if proposal.proposed_by_id != actor.id:
        raise NotPermitted("Only the board member who proposed it can withdraw a proposal.")
    if proposal.status != "proposed":
        raise Conflict(f"This proposal was already {proposal.status}.")
    _decide(proposal, actor, "withdrawn", None)
    audit.record(actor, "proposal.withdrawn", proposal, after={"status": "withdrawn"})
    return proposal


def open_proposals(kind: str | None = None) -> list[Proposal]:
    query = (
        select(Proposal)
        .options(selectinload(Proposal.proposed_by))
        .where(Proposal.status == "proposed")
    )
    if kind:
        query = query.where(Proposal.kind == kind)
    return list(db.session.scalars(query.order_by(Proposal.created_at, Proposal.id)))


def recent_proposals(limit: int = 20) -> list[Proposal]:
    """The latest decided or withdrawn proposals, newest first."""
    return list(
        db.session.scalars(
            select(Proposal)
            .options(selectinload(Proposal.proposed_by), selectinload(Proposal.decided_by))
            .where(Proposal.status != "proposed")
            .order_by(Proposal.decided_at.desc(), Proposal.id.desc())
            .limit(limit)
        )
    )


# The membership kinds ---------------------------------------------------------------------------


def _policy_version_number() -> int:
    version = current_version()
    return version.version if version else 0


def _prepare_policy(payload: dict) -> tuple[dict, str]:
    """The policy as stored, with the version it was compared with (`based_on`): approving it
    after another version took effect would enact a dry run nobody saw."""
    rules = {key: value for key, value in payload.items() if key != "based_on"}
    try:
        proposed = titles.Policy.from_dict(rules)
    except (ValueError, TypeError, KeyError) as error:
        raise DomainError(f"The policy can't be used: {error}.") from error
    current = current_policy()
    if proposed.to_dict() == current.to_dict():
        raise DomainError("This is the policy in force already; nothing to propose.")
    result = dry_run(proposed, current)
    summary = (
        f"{len(result.members)} of {result.members_checked} member(s) and "
        f"{len(result.applications)} of {result.applications_checked} open application(s) "
        "would be judged differently."
    )
    return {**proposed.to_dict(), "based_on": _policy_version_number()}, summary


def _enact_policy(actor, payload: dict, reason: str, proposal: Proposal):
    based_on = payload.pop("based_on", None)
    if based_on is not None and based_on != _policy_version_number():
        raise Conflict(
            f"Policy version {_policy_version_number()} took effect after this was proposed "
            f"against version {based_on}: its dry run is out of date. Decline it and propose "
            "again."
        )
    return save_policy(actor, titles.Policy.from_dict(payload), reason, proposal=proposal)


def _prepare_settings(payload: dict) -> tuple[dict, str]:
    check_settings(payload)
    before = current_settings().as_dict()
    changed = {k: v for k, v in payload.items() if before.get(k) != v}
    if not changed:
        raise DomainError("Nothing changed: these are the settings in force.")
    summary = "; ".join(f"{k}: {before.get(k)} → {v}" for k, v in sorted(changed.items()))
    return changed, summary


def _enact_settings(actor, payload: dict, reason: str, proposal: Proposal):
    return update_settings(actor, reason=reason, proposal=proposal, **payload)


TITLE_POLICY = register_kind(
    ProposalKind("title_policy", "Title policy", _prepare_policy, _enact_policy)
)
MEMBERSHIP_SETTINGS = register_kind(
    ProposalKind("membership_settings", "Membership settings", _prepare_settings, _enact_settings)
)


# Board seats --------------------------------------------------------------------------------


def _seat_holder(payload: dict) -> User:
    person = db.session.get(User, payload.get("user_id") or 0)
    if person is None or person.deleted_at is not None:
        raise NotFound("That person does not exist (any more).")
    return person


def _check_seat(person: User, action: str) -> None:
    if action == "grant":
        if person.has_role("board"):
            raise DomainError(f"{person.display_name} already has a board seat.")
        if not (person.has_role("member") and person.membership_status == "active"):
            raise DomainError(
                f"{person.display_name} is not an active member: board seats are for members."
            )
    elif action == "remove":
        if not person.has_role("board"):
            raise DomainError(f"{person.display_name} has no board seat.")
        could_vote = sum(1 for member in sitting_board_members() if member.id != person.id)
        if current_settings().quorum > could_vote:
            raise DomainError(
                f"Without {person.display_name}, {could_vote} board member(s) could vote, fewer "
                "than the quorum: propose a lower quorum first."
            )
    else:
        raise DomainError("Please choose to give or to remove a board seat.")


def _prepare_seat(payload: dict) -> tuple[dict, str]:
    person, action = _seat_holder(payload), payload.get("action")
    _check_seat(person, action)
    summary = (
        f"Give {person.display_name} a board seat."
        if action == "grant"
        else f"Remove {person.display_name} from the board."
    )
    return {"user_id": person.id, "action": action}, summary


def _enact_seat(actor, payload: dict, reason: str, proposal: Proposal) -> User:
    person, action = _seat_holder(payload), payload["action"]
    _check_seat(person, action)  # the facts may have changed since it was proposed
    change = add_role if action == "grant" else remove_role
    change(actor, person, "board", f"Board decision (proposal {proposal.id}): {reason}")
    return person


BOARD_SEAT = register_kind(ProposalKind("board_seat", "Board seat", _prepare_seat, _enact_seat))


@transactional
def propose_board_seat(actor, email: str, action: str, reason: str) -> Proposal:
    """A board member proposes giving (or removing) a board seat to the person with this
    verified email address; another board member approves it."""
    ensure_may(actor, SIT_ON_BOARD)
    person = find_user_by_email((email or "").strip().lower())
    return propose(actor, "board_seat", {"user_id": person.id, "action": action}, reason)
