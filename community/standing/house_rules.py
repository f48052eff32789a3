"""The house rules in force, and members accepting them. Reads never write: on a database that
has no version yet (tests build the schema without migrations), the built-in text is version 1
until the board publishes another; the migration stores it as version 1 for real databases."""

from __future__ import annotations

import difflib

from sqlalchemy import func, select

from community import audit
from community.errors import DomainError
from community.extensions import db
from community.standing.models import HouseRulesVersion
from community.unit_of_work import transactional

DEFAULT_RULES = """\
1. **Peers, not prospects.** No sales pitches, demos, offers or lead capture. Consultants and
   vendors are welcome as members as long as they don't pitch.
2. **What is said here stays here.** Don't share another member's words or identity outside the
   community without their consent.
3. **Be candid and respectful.** Disagree with ideas, not people.
4. **No confidential information** about your employer, clients or anyone else.
5. **Stay on topic** in each category; start a new thread for a new subject.
"""
DEFAULT_SUMMARY = "The first house rules."


def default_rules() -> HouseRulesVersion:
    """Version 1 as shipped, not added to the session."""
    return HouseRulesVersion(version=1, body=DEFAULT_RULES, summary=DEFAULT_SUMMARY)


def current_rules() -> HouseRulesVersion:
    """The version in force (the built-in version 1 when none is stored)."""
    rules = db.session.scalar(
        select(HouseRulesVersion).order_by(HouseRulesVersion.version.desc()).limit(1)
    )
    return rules if rules is not None else default_rules()


def current_version_number() -> int:
    return db.session.scalar(select(func.max(HouseRulesVersion.version))) or 1


def needs_to_accept(user) -> bool:
    return (user.house_rules_accepted_version or 0) < current_version_number()


@transactional
def accept_rules(user, version: int) -> None:
    """Record that the person accepted this version (it must be the one in force)."""
    if version != current_version_number():
        raise DomainError("The house rules changed while you were reading; please read them again.")
    before = user.house_rules_accepted_version
    user.house_rules_accepted_version = version
    audit.record(
        user, "house_rules.accepted", user, before={"version": before}, after={"version": version}
    )


def rules_history(limit: int = 50) -> list[HouseRulesVersion]:
    """The versions, newest first (the built-in version 1 when none is stored)."""
    versions = list(
        db.session.scalars(
            select(HouseRulesVersion).order_by(HouseRulesVersion.version.desc()).limit(limit)
        )
    )
    stored_first = not versions or versions[-1].version > 1
    if stored_first and len(versions) < limit and not any(v.version == 1 for v in versions):
        versions.append(default_rules())
    return versions


def rules_version(version: int) -> HouseRulesVersion | None:
    stored = db.session.scalar(
        select(HouseRulesVersion).where(HouseRulesVersion.version == version)
    )
    if stored is None and version == 1:
        return default_rules()
    return stored


def diff_lines(before: str, after: str) -> list[tuple[str, str]]:
    """What changed between two versions, line by line: ("added" | "removed" | "same", text)."""
    kinds = {"+": "added", "-": "removed", " ": "same"}
    return [
        (kinds[line[0]], line[2:])
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if line[:1] in kinds
    ]
