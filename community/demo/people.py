"""The demo identities of the local sign-in provider, with their roles and titles."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from community.auth import services as auth_services
from community.auth.local_provider import DEMO_IDENTITIES, linkedin_like_claims
from community.auth.models import User
from community.db_types import utcnow
from community.extensions import db

# sub -> (roles, job title, company)
PROFILES = {
    "demo-admin": (("admin", "member"), "Chief Technology Officer", "Northwind Systems"),
    "demo-board-1": (("member", "board"), "Chief Marketing Officer", "Aurelia Foods"),
    "demo-board-2": (("member", "board"), "Chief Executive Officer", "Mensah Logistics"),
    "demo-board-3": (("member", "board"), "VP Communications", "Fjord Energy"),
    "demo-moderator": (("member", "moderator"), "Head of Digital", "Patel & Rao"),
    "demo-member-1": (("member",), "Chief Digital Officer", "Okafor Retail Group"),
    "demo-member-2": (("member",), "Marketing Director", "Rossi Design"),
    "demo-member-3": (("member",), "Managing Partner", "Becker Advisory"),
    "demo-applicant-1": ((), "SVP Brand Marketing", "Lumen Health"),
    "demo-applicant-2": ((), "Senior Marketing Manager", "Brightpath"),
    "demo-rejected": ((), "Account Executive", "Salesly"),
    "demo-visitor": ((), None, None),
}


def already_loaded() -> bool:
    return db.session.scalar(select(User.id).where(User.subject == "demo-admin")) is not None


def load() -> dict[str, User]:
    people: dict[str, User] = {}
    for identity in DEMO_IDENTITIES:
        claims = {"sub": identity["sub"], **linkedin_like_claims(identity)}
        user = auth_services.sign_in(claims)
        user.last_sign_in_at = None  # demo people have not actually signed in yet
        roles, title, company = PROFILES[identity["sub"]]
        user.job_title, user.company = title, company
        for role in roles:
            auth_services.add_role(None, user, role, "Demo data")
        if "member" in roles:
            user.membership_status = "active"
            user.member_since = utcnow() - timedelta(days=200)
        people[identity["sub"]] = user
    return people
