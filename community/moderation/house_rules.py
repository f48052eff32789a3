"""The house rules: versioned, edited by the board, accepted by applicants and members."""

from __future__ import annotations

from sqlalchemy import func, select

from community import audit
from community.auth.roles import ensure_role
from community.errors import DomainError
from community.extensions import db
from community.moderation.models import HouseRulesVersion

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


def publish_rules(actor, body: str, summary: str) -> HouseRulesVersion:
    """A board member publishes a new version; members accept it at their next visit."""
    ensure_role(actor, "board")
    body, summary = body.strip(), summary.strip()
    if len(body) < 20:
        raise DomainError("The house rules need some text (at least 20 characters).")
    if not summary:
        raise DomainError("Say briefly what changed, so members know what they are accepting.")
    previous = current_rules()
    if body == previous.body:
        raise DomainError("That is the same text as the version in force; nothing to publish.")
    rules = HouseRulesVersion(
        version=previous.version + 1, body=body, summary=summary, created_by_id=actor.id
    )
    db.session.add(rules)
    db.session.flush()
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
    audit.record(user, "house_rules.accepted", user, before={"version": before}, after={"version": version})
    db.session.commit()


def needs_to_accept(user) -> bool:
    return (user.house_rules_accepted_version or 0) < current_version_number()
