"""Admission: the one way a person becomes a member.

Membership comes only through the board: an approved application or an upheld appeal. The
`member` role is granted here and nowhere else (auth's grant_role refuses it), and this function
checks the decision it is given before it grants anything.
"""

from __future__ import annotations

from community import audit
from community.auth.models import User
from community.auth.services import add_role, remove_role
from community.db_types import utcnow
from community.errors import NotPermitted
from community.membership.models import Appeal, Application


def _check_decision(user: User, decision) -> None:
    approved = (
        isinstance(decision, Application)
        and decision.applicant_id == user.id
        and decision.status == "approved"
    )
    upheld = (
        isinstance(decision, Appeal)
        and decision.appellant_id == user.id
        and decision.status == "upheld"
    )
    if approved or upheld:
        return
    raise NotPermitted(
        "Membership is granted only by the board: an approved application or an upheld appeal."
    )


def admit_member(
    actor,
    user: User,
    decision: Application | Appeal,
    *,
    title: str,
    company: str,
    rules_version: int | None,
    reason: str,
) -> None:
    """Make the person a member after the board's decision (an approved Application or an
    upheld Appeal, checked here): role, status, title and company, house rules accepted."""
    _check_decision(user, decision)
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
