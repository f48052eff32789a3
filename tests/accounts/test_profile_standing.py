"""A bio is text other members read: the same standing and sales-pitch rules as a post."""

from __future__ import annotations

from datetime import timedelta

import pytest

from community.accounts import services
from community.db_types import utcnow
from community.errors import DomainError, NotPermitted
from community.extensions import db
from community.standing.models import Sanction


def change(member, bio: str) -> services.ProfileChange:
    return services.ProfileChange(
        bio=bio,
        function=None,
        expertise="",
        open_to_vendor_requests=False,
        job_title=member.job_title,
        company=member.company,
    )


PITCH_BIO = (
    "We help CFOs cut cloud spend by 40% in 30 days. Book a free demo at "
    "https://calendly.com/cloudtrim-sales/30min and get 20% off this month."
)


def test_a_member_suspended_from_posting_cannot_rewrite_their_bio(member):
    db.session.add(
        Sanction(
            user_id=member.id,
            kind="posting_suspension",
            reason="Two pitches this month.",
            ends_at=utcnow() + timedelta(days=7),
        )
    )
    db.session.commit()
    with pytest.raises(NotPermitted, match="suspended from posting"):
        services.update_profile(member, change(member, "Marketing leader, retail."))
    assert member.bio is None


def test_a_bio_that_sells_is_refused_with_the_reason(member):
    with pytest.raises(DomainError, match="reads as a sales pitch"):
        services.update_profile(member, change(member, PITCH_BIO))
    db.session.expire_all()
    assert member.bio is None


def test_a_plain_bio_is_saved(member):
    services.update_profile(member, change(member, "CMO at Acme; I lead brand and growth."))
    assert member.bio == "CMO at Acme; I lead brand and growth."


def test_a_bio_that_offers_to_talk_shop_is_not_mistaken_for_a_pitch(member):
    bio = "CEO of Mensah Logistics. Happy to talk about scaling a family business."
    services.update_profile(member, change(member, bio))
    assert member.bio == bio


def test_an_unchanged_bio_needs_no_new_check_when_other_fields_change(member):
    services.update_profile(member, change(member, "CMO at Acme."))
    db.session.add(
        Sanction(
            user_id=member.id,
            kind="posting_suspension",
            reason="Tone.",
            ends_at=utcnow() + timedelta(days=7),
        )
    )
    db.session.commit()
    assert services.update_profile(member, change(member, "CMO at Acme.")) is False
