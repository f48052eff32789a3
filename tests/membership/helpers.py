"""Helpers for the membership tests: people and applications built through the services."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select

from community.auth import services as auth_services
from community.db_types import utcnow
from community.extensions import db
from community.mail.models import OutboxMessage
from community.membership import services
from community.standing.house_rules import current_rules

STATEMENT = (
    "I lead a marketing team of forty across Europe and want to compare notes with peers "
    "who carry the same weight."
)


def make_person(*roles: str, name: str = "Pat Person", email: str | None = None, **fields):
    """Someone signed in through the sign-in service, with roles granted as an operator would.

    (tests.conftest.make_person numbers its subjects per module copy; a subject of our own
    keeps these people distinct from the shared fixtures.)
    """
    subject = f"membership-{uuid.uuid4().hex}"
    email = email or f"{subject}@example.net"
    claims = {"sub": subject, "name": name, "email": email, "email_verified": True}
    user = auth_services.sign_in(claims)
    for role in roles:
        # Membership (and applying) come only from the board; fixtures use the low-level grant,
        # as the demo seeder does, and the operator's grant for the other roles.
        grant = (
            auth_services.add_role if role in ("member", "applicant") else auth_services.grant_role
        )
        grant(None, user, role, "test fixture")
    if "member" in roles:
        user.membership_status, user.member_since = "active", utcnow()
    for key, value in fields.items():
        setattr(user, key, value)
    db.session.commit()
    return user


def enact(proposer, approver, kind: str, payload: dict, reason: str = "A change for the tests"):
    """A rule change as the board makes it: one board member proposes, another approves."""
    proposal = services.propose(proposer, kind, payload, reason)
    return services.approve_proposal(approver, proposal.id, "Agreed")


def change_settings(board, reason: str = "A change for the tests", **values):
    return enact(board[0], board[1], "membership_settings", values, reason)


def make_board(name: str, company: str, domain: str):
    email = f"{name.split()[0].lower()}@{domain}"
    return make_person("member", "board", name=name, email=email, company=company)


def newcomer(name: str = "Nadia Newcomer", email: str | None = None, **fields):
    """Someone who signed in with LinkedIn and holds no role yet."""
    return make_person(name=name, email=email, **fields)


def apply(user, *, title: str = "Chief Marketing Officer", company: str = "Lumen Health", **extra):
    data = {
        "job_title": title,
        "company": company,
        "linkedin_url": "https://www.linkedin.com/in/nadia-newcomer",
        "function": "marketing",
        "statement": STATEMENT,
        "house_rules_version": rules_version(),
    }
    data.update(extra)
    return services.submit_application(user, **data)


def rules_version() -> int:
    """The house rules version in force (the built-in rules become version 1 on first use)."""
    version = current_rules().version
    db.session.commit()
    return version


def last_link(address: str, marker: str) -> str:
    """The token in the newest mail to `address` whose link contains `marker`."""
    message = db.session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.to_address == address)
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )
    assert message is not None, f"no mail to {address}"
    found = re.search(re.escape(marker) + r"([A-Za-z0-9_\-.]+)", message.text_body)
    assert found, message.text_body
    return found.group(1)


def invite(inviter, email: str, note: str | None = None) -> str:
    """Send an invitation through the service; returns the token from the mail."""
    services.send_invitation(
        inviter,
        email,
        note or "We worked together at Lumen; you would add a lot to the marketing discussions.",
    )
    return last_link(email, "/membership/invitations/")


def invited_applicant(inviter, name: str = "Ivy Invited", email: str = "ivy@lumen.example"):
    person = newcomer(name, email)
    services.claim_invitation(person, invite(inviter, email))
    return person


def decide(application, voters, choice: str = "reject", reason: str = "Not at the level we need."):
    for voter in voters:
        services.cast_vote(voter, application.id, choice, reason)
    db.session.refresh(application)
    return application
