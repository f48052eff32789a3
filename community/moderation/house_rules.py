"""Publishing the house rules (the board), by proposal: one board member proposes a text,
another approves it (community.membership.services.proposals, kind "house_rules"). Reading
and accepting them is in community.standing.house_rules, below the features that ask."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from community import audit
from community.errors import Conflict, DomainError
from community.extensions import db
from community.membership.services.common import check_enacted
from community.membership.services.proposals import ProposalKind, register_kind
from community.standing import capabilities
from community.standing.house_rules import (  # noqa: F401  (re-exported for callers)
    DEFAULT_RULES,
    accept_rules,
    current_rules,
    current_version_number,
    diff_lines,
    needs_to_accept,
    rules_history,
    rules_version,
)
from community.standing.models import HouseRulesVersion
from community.unit_of_work import transactional

MAX_RULES_LENGTH = 20_000
MAX_SUMMARY_LENGTH = 1_000


def _check_text(body: str, summary: str) -> tuple[str, str]:
    body, summary = body.replace("\r\n", "\n").strip(), " ".join(summary.split())
    if len(body) < 20:
        raise DomainError("The house rules need some text (at least 20 characters).")
    if len(body) > MAX_RULES_LENGTH:
        raise DomainError(f"Please keep the house rules under {MAX_RULES_LENGTH:,} characters.")
    if not summary:
        raise DomainError("Say briefly what changed, so members know what they are accepting.")
    if len(summary) > MAX_SUMMARY_LENGTH:
        raise DomainError(f"Please keep the summary under {MAX_SUMMARY_LENGTH:,} characters.")
    return body, summary


def _check_based_on(previous: HouseRulesVersion, based_on: int | None) -> None:
    if based_on is not None and based_on != previous.version:
        raise Conflict(
            f"Version {previous.version} was published while you were editing version "
            f"{based_on}. Your text is below: compare it with the new version and propose again."
        )


def _prepare(payload: dict) -> tuple[dict, str]:
    """Check a proposed text (without writing anything) and say how it differs from the rules
    in force."""
    body, summary = _check_text(payload.get("body") or "", payload.get("summary") or "")
    previous = current_rules()
    based_on = payload.get("based_on")
    _check_based_on(previous, based_on)
    if body == previous.body.strip():
        raise DomainError("That is the same text as the version in force; nothing to propose.")
    changes = diff_lines(previous.body, body)
    added = sum(1 for kind, _ in changes if kind == "added")
    removed = sum(1 for kind, _ in changes if kind == "removed")
    stored = {"body": body, "summary": summary, "based_on": previous.version}
    return stored, (
        f"Version {previous.version + 1}: {added} line(s) added, {removed} removed. {summary}"
    )


def _enact(actor, payload: dict, reason: str, proposal) -> HouseRulesVersion:
    return publish_rules(
        actor, payload["body"], payload["summary"], payload.get("based_on"), proposal=proposal
    )


@transactional
def publish_rules(
    actor, body: str, summary: str, based_on: int | None = None, *, proposal
) -> HouseRulesVersion:
    """Publish the text of an approved "house_rules" proposal (only its enact calls this);
    members accept it at their next visit.

    `based_on` is the version the proposer started from: if another version was published in
    between, the approval is refused rather than silently replacing that version.
    """
    capabilities.ensure_may(actor, capabilities.SIT_ON_BOARD)
    check_enacted(proposal, HOUSE_RULES, actor)
    body, summary = _check_text(body, summary)
    previous = current_rules()
    if previous.id is None:  # the built-in version 1 was never stored: keep it in the history
        db.session.add(previous)
        db.session.flush()
    _check_based_on(previous, based_on)
    if body == previous.body.strip():
        raise DomainError("That is the same text as the version in force; nothing to publish.")
    rules = HouseRulesVersion(
        version=previous.version + 1,
        body=body,
        summary=summary,
        created_by_id=proposal.proposed_by_id,
    )
    db.session.add(rules)
    try:
        db.session.flush()
    except IntegrityError:
        # Another board member took this version number in the same instant.
        raise Conflict(
            "Another version was published at the same moment. Please review it and try again."
        ) from None
    audit.record(
        actor,
        "house_rules.published",
        rules,
        before={"version": previous.version},
        after={
            "version": rules.version,
            "proposal": proposal.id,
            "proposed_by": proposal.proposed_by_id,
        },
        reason=summary,
    )
    return rules


HOUSE_RULES = "house_rules"
register_kind(ProposalKind(HOUSE_RULES, "House rules", _prepare, _enact))
