"""Publishing the house rules (the board). Reading them and accepting them is in
community.standing.house_rules, below the features that ask."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from community import audit
from community.errors import Conflict, DomainError
from community.extensions import db
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


@transactional
def publish_rules(actor, body: str, summary: str, based_on: int | None = None) -> HouseRulesVersion:
    """A board member publishes a new version; members accept it at their next visit.

    `based_on` is the version the editor started from: if another board member published in
    between, the edit is refused rather than silently replacing their version.
    """
    capabilities.ensure_may(actor, capabilities.SIT_ON_BOARD)
    body, summary = body.replace("\r\n", "\n").strip(), " ".join(summary.split())
    if len(body) < 20:
        raise DomainError("The house rules need some text (at least 20 characters).")
    if len(body) > MAX_RULES_LENGTH:
        raise DomainError(f"Please keep the house rules under {MAX_RULES_LENGTH:,} characters.")
    if not summary:
        raise DomainError("Say briefly what changed, so members know what they are accepting.")
    if len(summary) > MAX_SUMMARY_LENGTH:
        raise DomainError(f"Please keep the summary under {MAX_SUMMARY_LENGTH:,} characters.")
    previous = current_rules()
    if previous.id is None:  # the built-in version 1 was never stored: keep it in the history
        db.session.add(previous)
        db.session.flush()
    if based_on is not None and based_on != previous.version:
        raise Conflict(
            f"Version {previous.version} was published while you were editing version "
            f"{based_on}. Your text is below: compare it with the new version and publish again."
        )
    if body == previous.body.strip():
        raise DomainError("That is the same text as the version in force; nothing to publish.")
    rules = HouseRulesVersion(
        version=previous.version + 1, body=body, summary=summary, created_by_id=actor.id
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
        after={"version": rules.version},
        reason=summary,
    )
    return rules
