"""The versioned title policy: parsing the board's form, the dry run, saving a version."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from community import audit
from community.auth.models import User, UserRole
from community.errors import Conflict, DomainError
from community.extensions import db
from community.membership import rules, titles
from community.membership.models import (
    OPEN_APPLICATION_STATUSES,
    Application,
    PolicyVersion,
)
from community.membership.policy import current_policy, current_version, policy_of
from community.membership.services.common import (
    REASON_MAX,
    REASON_MIN,
    check_enacted,
    clean_text,
)
from community.membership.services.membership_reviews import open_review
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.unit_of_work import transactional

# ---------------------------------------------------------------------------------------------
# The title policy


def parse_policy(
    *,
    minimum_level: str,
    allow_patterns: str | list[str],
    deny_patterns: str | list[str],
    review_levels: list[str],
) -> titles.Policy:
    """A Policy from the board's form, refusing unknown levels and patterns that don't compile."""
    levels = list(titles.LEVELS)
    if minimum_level not in levels:
        raise DomainError("Please choose the minimum level from the list.")
    unknown = [level for level in review_levels if level not in levels]
    if unknown:
        raise DomainError(f"Unknown level {unknown[0]!r}.")

    def lines(value) -> list[str]:
        items = value.splitlines() if isinstance(value, str) else list(value)
        return [item.strip() for item in items if item.strip()]

    allow, deny = lines(allow_patterns), lines(deny_patterns)
    if any(len(pattern) > 200 for pattern in allow + deny):
        raise DomainError("Each pattern can be at most 200 characters.")
    try:
        return titles.Policy(
            minimum_level=minimum_level,
            allow_patterns=tuple(allow),
            deny_patterns=tuple(deny),
            review_levels=tuple(level for level in levels if level in review_levels),
        )
    except ValueError as error:
        raise DomainError(f"The policy can't be used: {error}.") from error


@dataclass
class OutcomeChange:
    kind: str  # "member" | "application"
    id: int
    name: str
    title: str
    before: str
    after: str
    explanation: str


@dataclass
class DryRun:
    changes: list[OutcomeChange]
    members_checked: int
    applications_checked: int

    @property
    def members(self) -> list[OutcomeChange]:
        return [c for c in self.changes if c.kind == "member"]

    @property
    def applications(self) -> list[OutcomeChange]:
        return [c for c in self.changes if c.kind == "application"]


def dry_run(proposed: titles.Policy, current: titles.Policy | None = None) -> DryRun:
    """The current members and open applications whose outcome the proposed policy changes.

    Two queries whatever the size; the assessing is pure Python.
    """
    current = current or current_policy()
    members = db.session.execute(
        select(User.id, User.name, User.email, User.job_title)
        .where(
            User.deleted_at.is_(None),
            User.roles.any(UserRole.role == "member"),
            User.membership_status.in_(("active", "under_review")),
        )
        .order_by(User.name, User.id)
    ).all()
    applications = db.session.execute(
        select(Application.id, User.name, User.email, Application.job_title)
        .join(User, User.id == Application.applicant_id)
        .where(Application.status.in_(OPEN_APPLICATION_STATUSES))
        .order_by(Application.submitted_at, Application.id)
    ).all()
    changes: list[OutcomeChange] = []
    cache: dict[str, tuple] = {}

    def judge(title: str | None):
        key = title or ""
        if key not in cache:
            cache[key] = (
                titles.assess_title(key, current),
                titles.assess_title(key, proposed),
            )
        return cache[key]

    for kind, rows in (("member", members), ("application", applications)):
        for row_id, name, email, title in rows:
            before, after = judge(title)
            if before.eligibility != after.eligibility:
                changes.append(
                    OutcomeChange(
                        kind,
                        row_id,
                        name or email,
                        title or "",
                        before.eligibility,
                        after.eligibility,
                        after.explanation,
                    )
                )
    return DryRun(changes, len(members), len(applications))


@transactional
def save_policy(
    actor, proposed: titles.Policy, reason: str, *, proposal
) -> tuple[PolicyVersion, DryRun]:
    """Save the policy of an approved proposal as a new version (only the proposal's enact calls
    this). Open applications are re-assessed; members whose title no longer qualifies go to the
    membership review queue (never a silent revocation)."""
    ensure_may(actor, SIT_ON_BOARD)
    check_enacted(proposal, "title_policy", actor)
    reason = clean_text(reason, "The reason for the change", REASON_MIN, REASON_MAX)
    previous = current_version()
    current = policy_of(previous)
    if proposed.to_dict() == current.to_dict():
        raise DomainError("This is the policy in force already; nothing to save.")
    version = PolicyVersion(
        version=(previous.version if previous else 0) + 1,
        rules=json.dumps(proposed.to_dict(), sort_keys=True),
        reason=reason,
        created_by_id=actor.id,
    )
    db.session.add(version)
    try:
        db.session.flush()
    except IntegrityError as error:
        raise Conflict(
            "Another board member saved a policy a moment ago. Please review it first."
        ) from error
    audit.record(
        actor,
        "policy.changed",
        version,
        before={"version": previous.version if previous else None, "rules": current.to_dict()},
        after={
            "version": version.version,
            "rules": proposed.to_dict(),
            "proposal": proposal.id,
            "proposed_by": proposal.proposed_by_id,
        },
        reason=reason,
    )
    result = dry_run(proposed, current)
    changed_applications = {c.id: c for c in result.applications}
    if changed_applications:
        for application in db.session.scalars(
            select(Application).where(Application.id.in_(changed_applications))
        ):
            assessment = titles.assess_title(application.job_title, proposed)
            before = application.assessment_eligibility
            application.assessment_level = assessment.level
            application.assessment_eligibility = assessment.eligibility
            application.assessment_rule = assessment.rule
            application.assessment_explanation = assessment.explanation
            audit.record(
                actor,
                "application.reassessed",
                application,
                before={"eligibility": before},
                after={"eligibility": assessment.eligibility, "policy_version": version.version},
            )
    to_review = {
        c.id: c
        for c in result.members
        if rules.member_needs_review(c.before, c.after, title_changed=False)
    }
    if to_review:
        for member in db.session.scalars(select(User).where(User.id.in_(to_review))):
            if member.membership_status != "active":
                continue
            change = to_review[member.id]
            open_review(
                actor,
                member,
                trigger="policy_changed",
                previous_title=member.job_title,
                previous_eligibility=change.before,
                assessment=titles.assess_title(member.job_title or "", proposed),
                policy_version=version.version,
            )
    return version, result
