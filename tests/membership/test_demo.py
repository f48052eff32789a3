"""The demo data gives a new user something in every membership queue."""

from __future__ import annotations

from sqlalchemy import select

from community.demo import membership as membership_demo
from community.demo import people as demo_people
from community.extensions import db
from community.membership import services
from community.membership.models import Appeal, Application, Invitation, MembershipReview


def test_the_demo_fills_every_membership_queue(app, client, auth):
    everyone = demo_people.load()
    membership_demo.load(everyone)
    open_applications = {
        a.applicant_id: a
        for a in db.session.scalars(
            select(Application).where(Application.status.in_(("submitted", "under_review")))
        )
    }
    priya = open_applications[everyone["demo-applicant-1"].id]
    lucas = open_applications[everyone["demo-applicant-2"].id]
    assert priya.assessment_eligibility == "eligible" and priya.invitation_id is not None
    assert priya.work_email_domain == "lumenhealth.com"
    assert lucas.assessment_eligibility == "ineligible" and lucas.invitation_id is None
    appeal = db.session.scalar(select(Appeal))
    assert appeal.status == "open" and appeal.appellant_id == everyone["demo-rejected"].id
    review = db.session.scalar(select(MembershipReview))
    assert review.status == "open" and review.member_id == everyone["demo-member-3"].id
    pending = db.session.scalar(select(Invitation).where(Invitation.status == "pending"))
    assert pending.inviter_id == everyone["demo-member-2"].id
    assert services.current_settings().invitation_requests_open

    # One more approval decides Priya; the appeal can still reach its quorum.
    auth.login(everyone["demo-board-1"])
    for path in (
        "/membership/board/applications",
        "/membership/board/appeals",
        "/membership/board/reviews",
        f"/membership/board/applications/{priya.id}",
        f"/membership/board/appeals/{appeal.id}",
    ):
        assert client.get(path).status_code == 200, path
    services.cast_vote(everyone["demo-board-3"], priya.id, "approve", "Welcome, Priya.")
    assert priya.status == "approved"
    services.cast_appeal_vote(everyone["demo-board-2"], appeal.id, "uphold", "New VP role.")
    services.cast_appeal_vote(everyone["demo-board-3"], appeal.id, "uphold", "Welcome, Ron.")
    assert appeal.status == "upheld"
