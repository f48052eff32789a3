"""The house rules: versioned, edited by the board, accepted by applicants and members."""

from __future__ import annotations

import difflib

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from community import audit
from community.auth.roles import ensure_role
from community.errors import Conflict, DomainError
from community.extensions import db
from community.moderation.models import HouseRulesVersion

MAX_RULES_LENGTH = 20_000
MAX_SUMMARY_LENGTH = 1_000

DEFAULT_RULES = """\
1. **Peers, not prospects.** No sales pitches, demos, offers or lead capture. Consultants and
   vendors are welcome as members as long as they don't pitch.
2. **What is said here stays here.** Don't share another member's words or identity outside the
   community without their consent.
3. **Be candid and respectful.** Disagree with ideas, not people.
4. **No confidential information** about your employer, clients or anyone else.
5. **Stay on topic** in each category; start a new thread for a new subject.
"""


def current_rules() -> HouseRulesVersion:
    """The version in force; the built-in default becomes version 1 on first use."""
    rules = db.session.scalar(
        select(HouseRulesVersion).order_by(HouseRulesVersion.version.desc()).limit(1)
    )
    if rules is None:
        rules = HouseRulesVersion(version=1, body=DEFAULT_RULES, summary="The first house rules.")
        db.session.add(rules)
        db.session.flush()
    return rules


def current_version_number() -> int:
    return db.session.scalar(select(func.max(HouseRulesVersion.version))) or current_rules().version


def publish_rules(actor, body: str, summary: str, based_on: int | None = None) -> HouseRulesVersion:
    """A board member publishes a new version; members accept it at their next visit.

    `based_on` is the version the editor started from: if another board member published in
    between, the edit is refused rather than silently replacing their version.
    """
    ensure_role(actor, "board")
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
        db.session.rollback()
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
    db.session.commit()
    return rules


def accept_rules(user, version: int) -> None:
    """Record that the person accepted this version (it must be the one in force)."""
    current = current_rules()
    if version != current.version:
        raise DomainError("The house rules changed while you were reading; please read them again.")
    before = user.house_rules_accepted_version
    user.house_rules_accepted_version = version
    audit.record(
        user, "house_rules.accepted", user, before={"version": before}, after={"version": version}
    )
    db.session.commit()


def needs_to_accept(user) -> bool:
    return (user.house_rules_accepted_version or 0) < current_version_number()


def rules_history(limit: int = 50) -> list[HouseRulesVersion]:
    """The versions, newest first (with the default becoming version 1 on first use)."""
    current_rules()
    return list(
        db.session.scalars(
            select(HouseRulesVersion).order_by(HouseRulesVersion.version.desc()).limit(limit)
        )
    )


def rules_version(version: int) -> HouseRulesVersion | None:
    return db.session.scalar(select(HouseRulesVersion).where(HouseRulesVersion.version == version))


def diff_lines(before: str, after: str) -> list[tuple[str, str]]:
    """What changed between two versions, line by line: ("added" | "removed" | "same", text)."""
    kinds = {"+": "added", "-": "removed", " ": "same"}
    return [
        (kinds[line[0]], line[2:])
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if line[:1] in kinds
    ]
