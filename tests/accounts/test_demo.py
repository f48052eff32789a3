"""The demo data loads through the accounts services."""

from __future__ import annotations

from sqlalchemy import func, select

from community.accounts.models import ContactRequest, MemberProfile
from community.demo import accounts as demo_accounts
from community.demo import people as demo_people
from community.extensions import db


def test_the_demo_has_profiles_a_waiting_request_a_conversation_and_a_held_pitch(app):
    demo_accounts.load(demo_people.load())

    assert db.session.scalar(select(func.count()).select_from(MemberProfile)) == len(
        demo_accounts.PROFILES
    )
    statuses = sorted(db.session.scalars(select(ContactRequest.status)))
    assert statuses == ["accepted", "held", "pending"]
