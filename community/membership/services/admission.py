"""Admission: the one way a person becomes a member."""

from __future__ import annotations

from community import audit
from community.auth.models import User
from community.auth.services import add_role, remove_role
from community.db_types import utcnow


def admit(actor, user: User, *, title: str, company: str, rules_version: int | None, reason: str):
    """Make the person a member: role, status, title and company, house rules accepted."""
    before = user.membership_status
    add_role(actor, user, "member", reason)
    remove_role(actor, user, "applicant", reason)
    user.membership_status = "active"
    user.member_since = user.member_since or utcnow()
    user.job_title, user.company = title, company
    if rules_version and (user.house_rules_accepted_version or 0) < rules_version:
        previous = user.house_rules_accepted_version
        user.house_rules_accepted_version = rules_version
        audit.record(
            user,
            "house_rules.accepted",
            user,
            before={"version": previous},
            after={"version": rules_version},
            reason="Accepted with the membership application",
        )
    audit.record(
        actor,
        "membership.granted",
        user,
        before={"membership_status": before},
        after={"membership_status": "active"},
        reason=reason,
    )
