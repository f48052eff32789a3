"""The title policy in force: the newest saved PolicyVersion, or the default on a fresh database.

Patterns the board writes are checked before a policy is saved (`validate_patterns`, also run by
`titles.Policy` itself); versions saved before that check load as they are and their patterns
run under the engine's time limit.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from community.extensions import db
from community.membership import titles
from community.membership.models import PolicyVersion

validate_patterns = titles.validate_patterns  # raises ValueError: which pattern, and why


def current_version() -> PolicyVersion | None:
    return db.session.scalar(select(PolicyVersion).order_by(PolicyVersion.version.desc()).limit(1))


def policy_of(version: PolicyVersion | None) -> titles.Policy:
    if version is None:
        return titles.DEFAULT_POLICY
    return titles.Policy.from_dict(json.loads(version.rules), check_backtracking=False)


def current_policy() -> titles.Policy:
    """The policy `assess_title` should use now (contract of `membership check-title`)."""
    return policy_of(current_version())
