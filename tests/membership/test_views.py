"""Membership pages over HTTP: who may see each page, and each journey as a person would take it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise

import pytest
from sqlalchemy import event, select

from community.audit import AuditEvent
from community.demo import membership as membership_demo
from community.demo import people as demo_people
from community.extensions import db
from community.membership import services, titles
from community.membership.models import (
    Appeal,
    Application,
    Invitation,
    MembershipReview,
    Proposal,
)
from community.membership.policy import current_policy
from tests.membership.helpers import (
    apply,
    change_settings,
    decide,
    enact,
    invite,
    invited_applicant,
    last_link,
    make_board,
    make_person,
    newcomer,
    rules_version,
)


def text_of(response) -> str:
    return response.get_data(as_text=True)


def fresh(row):
    """The row as the database has it now (requests ran in their own sessions)."""
    db.session.refresh(row)
    return row


def application_form(**overrides) -> dict:
    form = {
        "job_title": "Chief Marketing Officer",
        "company": "Lumen Health",
        "linkedin_url": "https://www.linkedin.com/in/ivy-invited",
        "function": "marketing",
        "statement": "I run marketing for a 900-person health company and want peers to talk to.",
        "work_email": "",
        "house_rules_version": str(rules_version()),
        "accept_rules": "y",
    }
    form.update(overrides)
    return form


@pytest.fixture
def scene(board, member):
    """One open application, one open appeal and one open membership review."""
    ivy = invited_applicant(member)
    application = apply(ivy)
    ron = newcomer("Ron Rejected", "ron@salesly.example")
    change_settings(board, "Requests open", invitation_requests_open=True)
    rejected = decide(apply(ron, title="Account Executive"), board[:2], "reject", "Below policy.")
    appeal = services.file_appeal(ron, statement="I was promoted to VP Sales last week. " * 3)
    tom = make_person(
        "member", name="Tom Changed", company="Becker Advisory", job_title="Managing Partner"
    )
    review = services.change_title(tom, "Partner Marketing Manager", "Becker Advisory")
    return {
        "application": application,
        "rejected": rejected,
        "appeal": appeal,
        "review": review,
        "ivy": ivy,
        "ron": ron,
    }


# ---------------------------------------------------------------------------------------------
# Who may see what


BOARD_PAGES = (
    "/membership/board/applications",
    "/membership/board/applications?show=decided",
    "/membership/board/appeals",
    "/membership/board/reviews",
    "/membership/board/policy",
    "/membership/board/exceptions",
    "/membership/board/settings",
    "/membership/board/proposals",
    "/membership/board/invitations",
    "/membership/board/invitations?show=all",
    "/membership/board/audit",
)


def detail_pages(scene) -> tuple[str, ...]:
    return (
        f"/membership/board/applications/{scene['application'].id}",
        f"/membership/board/applications/{scene['rejected'].id}",
        f"/membership/board/appeals/{scene['appeal'].id}",
        f"/membership/board/reviews/{scene['review'].id}",
    )


def test_board_pages_are_for_the_board_only(
    client, auth, scene, applicant, member, moderator, admin, board
):
    pages = BOARD_PAGES + detail_pages(scene)
    for path in pages:
        assert client.get(path).status_code == 302, path  # visitors go to sign-in
    for someone in (applicant, member, moderator, admin):
        auth.login(someone)
        for path in pages:
            assert client.get(path).status_code == 403, (path, someone.name)
    auth.login(board[2])
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<h1" in text_of(response)


def test_board_actions_refuse_everyone_else(client, auth, scene, member, admin):
    application, appeal, review = scene["application"], scene["appeal"], scene["review"]
    posts = {
        f"/membership/board/applications/{application.id}": {
            "choice": "approve",
            "reason": "Yes!!",
        },
        f"/membership/board/applications/{application.id}/reject-ineligible": {},
        f"/membership/board/appeals/{appeal.id}": {"choice": "uphold", "reason": "Yes!!"},
        f"/membership/board/appeals/{appeal.id}/claim": {},
        f"/membership/board/reviews/{review.id}": {"decision": "revoke", "reason": "Gone!!"},
        "/membership/board/settings": {
            "quorum": "1",
            "invitation_quota": "3",
            "invitation_expiry_days": "14",
            "cooldown_days": "180",
            "appeal_window_days": "30",
            "reason": "Faster please",
        },
    }
    for path, data in posts.items():
        assert client.post(path, data=data).status_code == 302, path
        for someone in (member, admin):
            auth.login(someone)
            assert client.post(path, data=data).status_code == 403, (path, someone.name)
        auth.logout()
    assert fresh(application).status == "submitted" and fresh(appeal).claimed_by_id is None
    assert fresh(review).status == "open"


def test_missing_items_are_404_for_the_board(client, auth, board):
    auth.login(board[0])
    for path in (
        "/membership/board/applications/999",
        "/membership/board/appeals/999",
        "/membership/board/reviews/999",
        "/membership/invitations/not-a-real-token",
    ):
        assert client.get(path).status_code == 404, path
    response = client.post("/membership/board/applications/999", data={"choice": "approve"})
    assert response.status_code in (400, 404)
    assert client.post("/membership/board/applications/999/reject-ineligible").status_code == 404


def test_each_role_on_the_applicant_and_member_pages(
    client, auth, applicant, member, moderator, board, admin
):
    expected = {
        "/membership/": {"applicant": 200, "member": 200, "moderator": 200, "board": 200},
        "/membership/invite": {"applicant": 403, "member": 200, "moderator": 200, "board": 200},
        "/membership/apply": {"applicant": 302, "member": 302, "moderator": 302, "board": 302},
        "/membership/appeal": {"applicant": 302, "member": 302, "moderator": 302, "board": 302},
    }
    people = {"applicant": applicant, "member": member, "moderator": moderator, "board": board[0]}
    for path, codes in expected.items():
        auth.logout()
        assert client.get(path).status_code == 302, path
        for role, someone in people.items():
            auth.login(someone)
            assert client.get(path).status_code == codes[role], (path, role)
    auth.login(admin)  # an admin without the member role is a signed-in non-member
    assert client.get("/membership/").status_code == 200
    assert client.get("/membership/invite").status_code == 403


def test_the_navigation_offers_each_role_its_membership_pages(client, auth, applicant, board):
    auth.login(applicant)
    page = text_of(client.get("/membership/"))
    assert ">My application<" in page and ">Applications<" not in page
    auth.login(board[0])
    page = text_of(client.get("/membership/board/applications"))
    for label in ("Invite", "Applications", "Appeals"):
        assert f">{label}<" in page
    assert ">My application<" not in page
    assert 'aria-current="page">Applications<' in page
    for tab in ("Membership reviews", "Title policy", "Settings", "Exceptions", "Audit trail"):
        assert f">{tab}<" in page


# ---------------------------------------------------------------------------------------------
# Signing in and starting


def test_a_new_visitor_signs_in_and_lands_on_the_start_page(client, auth):
    response = auth.sign_in_via_provider("test-alice")
    page = text_of(response)
    assert response.request.path == "/membership/"
    assert "Join Peer Circle" in page and "Membership is by invitation" in page


def test_the_start_page_offers_a_request_when_the_board_allows_it(client, auth, requests_open):
    auth.login(newcomer())
    page = text_of(client.get("/membership/"))
    assert "Request an invitation" in page
    assert client.get("/membership/apply").status_code == 200


def test_applying_without_an_invitation_is_explained_when_requests_are_closed(client, auth):
    auth.login(newcomer())
    response = client.get("/membership/apply", follow_redirects=True)
    assert "need an invitation" in text_of(response)


# ---------------------------------------------------------------------------------------------
# Invitations


def test_a_member_invites_a_peer_from_the_invite_page(client, auth, member):
    auth.login(member)
    page = text_of(client.get("/membership/invite"))
    assert "3</strong> of 3 left this month" in page
    assert "No invitations yet" in page
    response = client.post(
        "/membership/invite",
        data={
            "email": "peer@lumen.example",
            "note": "You would bring a lot to the brand strategy discussions here.",
        },
        follow_redirects=True,
    )
    page = text_of(response)
    assert "Invitation sent to peer@lumen.example" in page
    assert "2</strong> of 3 left this month" in page
    assert "peer@lumen.example" in page and "Pending" in page


def test_the_invite_form_explains_what_is_wrong(client, auth, member):
    auth.login(member)
    invite(member, "peer@lumen.example")
    response = client.post(
        "/membership/invite", data={"email": "peer@lumen.example", "note": "Too short"}
    )
    assert response.status_code == 400
    assert "at least 40 characters" in text_of(response)
    response = client.post(
        "/membership/invite",
        data={"email": "peer@lumen.example", "note": "A long enough note to pass the shape check."},
    )
    assert response.status_code == 400
    page = text_of(response)
    assert "already has an invitation" in page
    assert "A long enough note to pass the shape check." in page  # nothing typed is lost


def test_the_invitation_link_walks_a_visitor_to_the_application(client, auth, member):
    token = invite(member, "alice@example.org")
    page = text_of(client.get(f"/membership/invitations/{token}"))
    assert "You are invited to Peer Circle" in page
    assert "Mia Member invited you" in page
    assert "Sign in with LinkedIn to accept" in page
    assert "panel" not in page and "worked together" not in page  # the note is for the invitee
    response = client.post(f"/membership/invitations/{token}")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    alice = newcomer("Alice Tester", "alice@example.org")
    auth.login(alice)
    assert "worked together at Lumen" in text_of(client.get(f"/membership/invitations/{token}"))
    response = client.post(f"/membership/invitations/{token}", follow_redirects=True)
    page = text_of(response)
    assert "Invitation accepted" in page and "Apply for membership" in page
    assert "Mia Member invited you" in page


def test_an_invitation_opened_with_another_linkedin_address_offers_a_confirmation(
    client, auth, member
):
    token = invite(member, "alice@lumen.example")
    alice = newcomer("Alice Tester", "alice@gmail.com")
    auth.login(alice)
    response = client.post(f"/membership/invitations/{token}")
    assert response.status_code == 409
    assert "Mail me a confirmation link" in text_of(response)
    response = client.post(
        f"/membership/invitations/{token}",
        data={"action": "send-confirmation"},
        follow_redirects=True,
    )
    assert "We sent a confirmation link to alice@lumen.example" in text_of(response)
    signed = last_link("alice@lumen.example", "/membership/invitations/confirm/")
    response = client.get(f"/membership/invitations/confirm/{signed}", follow_redirects=True)
    assert "Invitation accepted" in text_of(response)


def test_a_used_or_revoked_invitation_link_says_so(client, auth, member, board):
    token = invite(member, "alice@example.org")
    services.revoke_invitation(member, db.session.scalar(select(Invitation.id)))
    page = text_of(client.get(f"/membership/invitations/{token}"))
    assert "can't be used" in page and "withdrawn" in page


def test_members_revoke_their_own_invitations_and_the_board_any(client, auth, member, board):
    invite(member, "alice@example.org")
    invitation_id = db.session.scalar(select(Invitation.id))
    auth.login(member)
    response = client.post(f"/membership/invitations/{invitation_id}/revoke", follow_redirects=True)
    assert "is revoked" in text_of(response)
    invite(member, "bob@example.org")
    second = db.session.scalar(select(Invitation.id).where(Invitation.email == "bob@example.org"))
    auth.login(board[0])
    page = text_of(client.get("/membership/board/invitations"))
    assert "bob@example.org" in page and "alice@example.org" not in page
    response = client.post(
        f"/membership/invitations/{second}/revoke", data={"back": "board"}, follow_redirects=True
    )
    assert response.request.path == "/membership/board/invitations"
    assert "No invitations" in text_of(response)


def test_a_member_cannot_revoke_someone_elses_invitation(client, auth, member, person):
    invite(member, "alice@example.org")
    invitation_id = db.session.scalar(select(Invitation.id))
    auth.login(person("member"))
    assert client.post(f"/membership/invitations/{invitation_id}/revoke").status_code == 403
    assert db.session.scalar(select(Invitation.status)) == "pending"


# ---------------------------------------------------------------------------------------------
# Applying and following the application


def test_an_invited_person_applies_and_sees_what_happens_next(client, auth, member):
    ivy = invited_applicant(member)
    auth.login(ivy)
    form_page = text_of(client.get("/membership/apply"))
    assert f"house rules (version {rules_version()})" in form_page
    assert 'href="/house-rules"' in form_page
    response = client.post("/membership/apply", data=application_form(), follow_redirects=True)
    page = text_of(response)
    assert "Your application is with the board" in page
    assert "Where it stands" in page and "Submitted" in page
    assert "we don't share individual votes" in page
    application = db.session.scalar(select(Application))
    assert application.job_title == "Chief Marketing Officer"
    assert application.house_rules_version == rules_version()


def test_the_application_form_explains_every_problem_and_keeps_what_was_typed(client, auth, member):
    auth.login(invited_applicant(member))
    response = client.post(
        "/membership/apply",
        data=application_form(statement="Too short.", accept_rules="", job_title=""),
    )
    assert response.status_code == 400
    page = text_of(response)
    assert "There are 3 problems" in page
    assert "Please accept the house rules" in page
    assert "Too short." in page
    response = client.post(
        "/membership/apply", data=application_form(linkedin_url="https://example.com/me")
    )
    assert response.status_code == 400
    assert "address of your LinkedIn profile" in text_of(response)
    assert db.session.scalar(select(Application)) is None


def test_a_stale_house_rules_version_is_refused_with_a_clear_message(client, auth, member):
    auth.login(invited_applicant(member))
    response = client.post("/membership/apply", data=application_form(house_rules_version="99"))
    assert response.status_code == 400
    assert "house rules changed while you were reading" in text_of(response)


def test_the_status_page_shows_nothing_about_individual_votes(client, auth, scene, board):
    services.cast_vote(board[1], scene["application"].id, "reject", "PRIVATE-BOARD-REASON")
    auth.login(scene["ivy"])
    page = text_of(client.get("/membership/"))
    assert "Under review" in page
    assert "PRIVATE-BOARD-REASON" not in page and board[1].name not in page


def test_the_applicant_confirms_a_work_email_and_the_board_sees_the_domain(
    client, auth, scene, board
):
    auth.login(scene["ivy"])
    response = client.post(
        "/membership/work-email", data={"email": "ivy@gmail.com"}, follow_redirects=True
    )
    assert "personal mail provider" in text_of(response)
    response = client.post(
        "/membership/work-email", data={"email": "ivy@lumen.example"}, follow_redirects=True
    )
    assert "We sent a confirmation link to ivy@lumen.example" in text_of(response)
    token = last_link("ivy@lumen.example", "/membership/work-email/")
    response = client.get(f"/membership/work-email/{token}", follow_redirects=True)
    assert "work email is confirmed at lumen.example" in text_of(response)
    auth.login(board[0])
    assert "work email confirmed at lumen.example" in text_of(
        client.get("/membership/board/applications")
    )


def test_an_expired_or_tampered_work_email_link_is_explained(client, auth, scene):
    auth.login(scene["ivy"])
    response = client.get("/membership/work-email/not-a-token", follow_redirects=True)
    assert "This link is not valid" in text_of(response)


def test_the_applicant_withdraws_from_the_status_page(client, auth, scene):
    auth.login(scene["ivy"])
    response = client.post("/membership/withdraw", follow_redirects=True)
    assert "You withdrew your application" in text_of(response)
    assert fresh(scene["application"]).status == "withdrawn"


# ---------------------------------------------------------------------------------------------
# The board's review


def test_the_queue_shows_oldest_first_with_assessment_inviter_and_history(
    client, auth, scene, board
):
    later = apply(newcomer("Lara Later"), title="Founder")
    auth.login(board[0])
    page = text_of(client.get("/membership/board/applications"))
    assert page.index("Ivy Invited") < page.index("Lara Later")
    assert "Needs review" in page and "request without an invitation" in page
    assert later.assessment_eligibility == "review"
    assert "Ivy Invited" in page and "invited by Mia Member" in page
    assert "Reads as a C-level executive" in page
    assert "https://www.linkedin.com/in/nadia-newcomer" in page
    assert "Ron Rejected" not in page  # decided: on the other tab
    decided = text_of(client.get("/membership/board/applications?show=decided"))
    assert "Ron Rejected" in decided and "Rejected" in decided


def test_a_board_member_votes_and_the_quorum_decides(client, auth, scene, board, smtp_server):
    application = scene["application"]
    path = f"/membership/board/applications/{application.id}"
    auth.login(board[0])
    response = client.post(
        path, data={"choice": "approve", "reason": "Clear C-level role."}, follow_redirects=True
    )
    assert "Your vote is recorded." in text_of(response)
    assert "Change your vote" in text_of(response)
    auth.login(board[1])
    response = client.post(
        path, data={"choice": "approve", "reason": "Welcome aboard."}, follow_redirects=True
    )
    assert "it decided the application: approved" in text_of(response)
    assert fresh(application).status == "approved"
    response = client.post(path, data={"choice": "reject", "reason": "Too late now."})
    assert response.status_code == 409
    assert "already decided" in text_of(response)


def test_a_recused_board_member_is_told_and_cannot_vote(client, auth, scene, person):
    colleague = make_board("Lena Lumen", "Lumen Health Inc.", "lumen-board.example")
    auth.login(colleague)
    path = f"/membership/board/applications/{scene['application'].id}"
    assert "You are recused from this application" in text_of(client.get(path))
    response = client.post(path, data={"choice": "approve", "reason": "My colleague."})
    assert response.status_code == 403
    assert "same company" in text_of(response)


def test_an_ineligible_title_is_rejected_with_one_click(client, auth, board, requests_open):
    lucas = newcomer("Lucas Martin")
    application = apply(lucas, title="Senior Marketing Manager")
    auth.login(board[0])
    page = text_of(client.get("/membership/board/applications"))
    assert "Reject: title below the policy" in page
    response = client.post(
        f"/membership/board/applications/{application.id}/reject-ineligible",
        follow_redirects=True,
    )
    assert "Rejected under the title rules" in text_of(response)
    assert fresh(application).status == "rejected"


def test_approving_an_ineligible_title_asks_for_a_justification(client, auth, board, requests_open):
    application = apply(newcomer(), title="Senior Marketing Manager")
    auth.login(board[0])
    path = f"/membership/board/applications/{application.id}"
    assert "Approving an ineligible title is an exception" in text_of(client.get(path))
    response = client.post(path, data={"choice": "approve", "reason": "Seems fine."})
    assert response.status_code == 400
    assert "justification of at least 40 characters" in text_of(response)
    why = "Leads all of marketing at a 300-person firm; the title undersells the job."
    client.post(path, data={"choice": "approve", "reason": why})
    auth.login(board[1])
    client.post(path, data={"choice": "approve", "reason": why + " Agreed."})
    page = text_of(client.get("/membership/board/exceptions"))
    assert "Senior Marketing Manager" in page and "undersells the job" in page


def test_user_text_on_board_pages_is_sanitised(client, auth, board, requests_open):
    application = apply(
        newcomer(), statement="<script>alert('x')</script> I lead **marketing** for a big firm."
    )
    auth.login(board[0])
    page = text_of(client.get(f"/membership/board/applications/{application.id}"))
    assert "<script>alert" not in page
    assert "<strong>marketing</strong>" in page


def test_the_queue_runs_the_same_number_of_queries_whatever_its_length(
    app, client, auth, board, requests_open
):
    def queries_for(path: str) -> int:
        statements: list[str] = []

        def count(conn, cursor, statement, *args):
            statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            assert client.get(path).status_code == 200
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    def appellant(number: int):
        person = newcomer(f"Appellant {number}")
        services.reject_ineligible(board[0], apply(person, title="Account Executive").id)
        services.file_appeal(person, statement="I have been promoted since I applied. " * 2)
        services.change_title(
            make_person("member", name=f"Member {number}", job_title="CMO"), "Intern", "X"
        )

    member_inviter = make_board("Vic Voucher", "Voucher Co", "voucher.example")
    auth.login(board[1])
    apply(newcomer("First Applicant"))
    apply(invited_applicant(member_inviter, "Second Applicant", "second@x.example"))
    appellant(0)
    pages = (
        "/membership/board/applications",
        "/membership/board/appeals",
        "/membership/board/reviews",
        "/membership/board/invitations?show=all",
    )
    few = [queries_for(path) for path in pages]
    for number in range(1, 5):
        apply(newcomer(f"Applicant {number}"))
        appellant(number)
    apply(invited_applicant(member_inviter, "Third Applicant", "third@x.example"))
    assert [queries_for(path) for path in pages] == few


# ---------------------------------------------------------------------------------------------
# Appeals


def test_a_rejected_applicant_appeals_from_the_status_page(client, auth, board, requests_open):
    ron = newcomer("Ron Reyes", "ron@salesly.example")
    decide(
        apply(ron, title="Account Executive"), board[:2], "reject", "Account Executive is junior."
    )
    auth.login(ron)
    page = text_of(client.get("/membership/"))
    assert "The board's decision" in page and "Account Executive is junior." in page
    assert "You can appeal once" in page
    response = client.post("/membership/appeal", data={"statement": "Short"})
    assert response.status_code == 400
    response = client.post(
        "/membership/appeal",
        data={
            "statement": "I have since been promoted to VP Sales, leading a team of 25 people.",
            "updated_title": "VP Sales",
        },
        follow_redirects=True,
    )
    page = text_of(response)
    assert "Your appeal is with the board" in page
    assert client.get("/membership/appeal").status_code == 302  # once only
    appeal = db.session.scalar(select(Appeal))
    assert appeal.updated_title == "VP Sales"


def test_the_appeals_queue_shows_waiting_time_and_a_board_member_claims_one(
    client, auth, scene, board
):
    appeal = scene["appeal"]
    auth.login(board[2])
    page = text_of(client.get("/membership/board/appeals"))
    assert "Ron Rejected" in page and "Waiting today" in page and "not claimed" in page
    response = client.post(f"/membership/board/appeals/{appeal.id}/claim", follow_redirects=True)
    assert "You are working on this appeal" in text_of(response)
    other = make_board("Ola Board", "Nordlys", "nordlys.example")
    auth.login(other)
    assert "claimed by Ingrid Board" in text_of(client.get("/membership/board/appeals"))
    response = client.post(f"/membership/board/appeals/{appeal.id}/claim", follow_redirects=True)
    assert "Ingrid Board is already working on this appeal" in text_of(response)


def test_original_voters_cannot_vote_on_the_appeal_page(client, auth, scene, board):
    auth.login(board[0])
    path = f"/membership/board/appeals/{scene['appeal'].id}"
    assert "You can't vote on this appeal" in text_of(client.get(path))
    assert client.post(path, data={"choice": "uphold", "reason": "Fine by me."}).status_code == 403


def test_an_appeal_is_decided_by_votes_and_the_reply_is_shown(client, auth, scene, board):
    appeal = scene["appeal"]
    path = f"/membership/board/appeals/{appeal.id}"
    other = make_board("Ola Board", "Nordlys", "nordlys.example")
    auth.login(board[2])
    client.post(path, data={"choice": "uphold", "reason": "The promotion qualifies."})
    auth.login(other)
    response = client.post(
        path,
        data={"choice": "uphold", "reason": "Welcome: your new role as VP qualifies."},
        follow_redirects=True,
    )
    assert "it decided the appeal: upheld" in text_of(response)
    assert "Reply sent" in text_of(response)
    auth.login(scene["ron"])
    assert "Your membership" in text_of(client.get("/membership/"))


def test_a_revoked_member_sees_why_and_can_appeal(client, auth, scene, board):
    review = scene["review"]
    for voter in board[:2]:
        services.decide_membership_review(
            voter, review.id, "revoke", "Partner marketing is a manager-level role."
        )
    auth.login(db.session.get(type(board[0]), review.member_id))
    page = text_of(client.get("/membership/"))
    assert "revoked your membership" in page
    assert "Partner marketing is a manager-level role." in page
    assert "You can appeal once" in page
    assert client.get("/membership/appeal").status_code == 200
    assert ">My application<" in page  # no longer a member: the non-member navigation


# ---------------------------------------------------------------------------------------------
# Membership reviews, policy, settings, audit


def test_the_board_decides_a_membership_review_by_quorum(client, auth, scene, board):
    review = scene["review"]
    auth.login(board[0])
    page = text_of(client.get("/membership/board/reviews"))
    assert "Tom Changed" in page and "Partner Marketing Manager" in page
    vote = {"decision": "revoke", "reason": "The new role is below the policy."}
    response = client.post(
        f"/membership/board/reviews/{review.id}", data=vote, follow_redirects=True
    )
    page = text_of(response)
    assert "Your vote is recorded." in page and "1 revoke" in page
    assert fresh(review).status == "open"
    auth.login(board[1])
    response = client.post(
        f"/membership/board/reviews/{review.id}", data=vote, follow_redirects=True
    )
    assert "Your vote decided it: membership revoked" in text_of(response)
    assert fresh(review).status == "revoked"
    assert "No memberships to review" in text_of(client.get("/membership/board/reviews"))


def test_the_policy_page_previews_a_change_and_proposes_it_for_another_to_approve(
    client, auth, board, person
):
    person("member", name="Dana Director", job_title="Marketing Director")
    auth.login(board[0])
    page = text_of(client.get("/membership/board/policy"))
    assert "the built-in default policy" in page
    proposal = {"minimum_level": "vp", "allow_patterns": "", "deny_patterns": "", "reason": ""}
    response = client.post("/membership/board/policy", data={**proposal, "action": "dry-run"})
    page = text_of(response)
    assert response.status_code == 200
    assert "Preview: what this change would do" in page and "Dana Director" in page
    assert db.session.scalar(select(MembershipReview)) is None
    response = client.post("/membership/board/policy", data={**proposal, "action": "propose"})
    assert response.status_code == 400 and "reason for the change" in text_of(response)
    response = client.post(
        "/membership/board/policy",
        data={**proposal, "reason": "VP and above only", "action": "propose"},
        follow_redirects=True,
    )
    page = text_of(response)
    assert "1 of 7 member(s)" in page or "would be judged differently" in page
    assert "VP and above only" in page and "Another board member must approve" in page
    assert current_policy() == titles.DEFAULT_POLICY  # nothing changed yet
    pending = db.session.scalar(select(Proposal))
    response = client.post(
        f"/membership/board/proposals/{pending.id}",
        data={"action": "approve"},
        follow_redirects=True,
    )
    assert "Another board member must decide" in text_of(response)
    assert fresh(pending).status == "proposed"
    auth.login(board[1])
    response = client.post(
        f"/membership/board/proposals/{pending.id}",
        data={"action": "approve", "reason": "Agreed"},
        follow_redirects=True,
    )
    assert "Approved: the change is in effect" in text_of(response)
    db.session.expire_all()
    assert current_policy().minimum_level == "vp"
    assert db.session.scalar(select(MembershipReview)).trigger == "policy_changed"
    page = text_of(client.get("/membership/board/policy"))
    assert "version 1" in page


def test_an_old_policy_version_is_restored_by_proposal(client, auth, board):
    enact(board[0], board[1], "title_policy", titles.Policy(minimum_level="vp").to_dict())
    enact(board[1], board[2], "title_policy", titles.Policy(minimum_level="cxo").to_dict())
    auth.login(board[0])
    page = text_of(client.get("/membership/board/policy?restore=1"))
    assert "Restore version 1" in page
    form = {"minimum_level": "vp", "reason": "Restore version 1", "action": "propose"}
    client.post("/membership/board/policy", data=form)
    assert current_policy().minimum_level == "cxo"
    proposal = db.session.scalar(select(Proposal).where(Proposal.status == "proposed"))
    auth.login(board[2])
    client.post(f"/membership/board/proposals/{proposal.id}", data={"action": "approve"})
    db.session.expire_all()
    assert current_policy().minimum_level == "vp"


def test_proposals_are_declined_with_a_reason_and_withdrawn_only_by_the_proposer(
    client, auth, board
):
    first = services.propose(board[0], "membership_settings", {"quorum": 3}, "Bigger quorum")
    second = services.propose(board[0], "membership_settings", {"cooldown_days": 90}, "Shorter")
    auth.login(board[1])
    page = text_of(client.get("/membership/board/proposals"))
    assert "quorum: 2 → 3" in page and "Bigger quorum" in page and "Approve" in page
    response = client.post(
        f"/membership/board/proposals/{first.id}",
        data={"action": "decline"},
        follow_redirects=True,
    )
    assert "The reason needs at least 5" in text_of(response)
    assert fresh(first).status == "proposed"
    client.post(
        f"/membership/board/proposals/{first.id}",
        data={"action": "decline", "reason": "Three is too many for now."},
    )
    assert fresh(first).status == "declined"
    client.post(f"/membership/board/proposals/{second.id}", data={"action": "withdraw"})
    assert fresh(second).status == "proposed"
    auth.login(board[0])
    page = text_of(client.get("/membership/board/proposals"))
    assert "Withdraw" in page and "Three is too many for now." in page
    client.post(f"/membership/board/proposals/{second.id}", data={"action": "withdraw"})
    assert fresh(second).status == "withdrawn"
    assert services.current_settings().quorum == 2


def test_a_broken_pattern_is_refused_on_the_policy_page(client, auth, board):
    auth.login(board[0])
    response = client.post(
        "/membership/board/policy",
        data={"minimum_level": "director", "allow_patterns": "([", "action": "dry-run"},
    )
    assert response.status_code == 400
    assert "not a valid regular expression" in text_of(response)


def test_the_board_proposes_settings_on_the_settings_page(client, auth, board):
    auth.login(board[0])
    page = text_of(client.get("/membership/board/settings"))
    assert 'value="14"' in page and "nobody has changed them yet" in page
    assert "3 board members could vote now" in page
    form = {
        "quorum": "3",
        "invitation_quota": "3",
        "invitation_expiry_days": "14",
        "cooldown_days": "180",
        "appeal_window_days": "30",
        "invitation_requests_open": "y",
        "reason": "Five board members now",
    }
    response = client.post("/membership/board/settings", data=form, follow_redirects=True)
    assert "Proposed: invitation_requests_open: False → True; quorum: 2 → 3" in text_of(response)
    db.session.expire_all()
    assert services.current_settings().quorum == 2
    response = client.post("/membership/board/settings", data={**form, "quorum": "0"})
    assert response.status_code == 400
    response = client.post("/membership/board/settings", data={**form, "quorum": "5"})
    assert response.status_code == 400 and "A quorum of 5 can" in text_of(response)
    proposal = db.session.scalar(select(Proposal))
    auth.login(board[1])
    client.post(f"/membership/board/proposals/{proposal.id}", data={"action": "approve"})
    db.session.expire_all()
    assert services.current_settings().quorum == 3


def test_the_board_audit_trail_shows_membership_events_with_filters(client, auth, scene, board):
    auth.login(board[0])
    page = text_of(client.get("/membership/board/audit"))
    for action in ("application.submitted", "appeal.filed", "membership.review_opened"):
        assert action in page
    assert "user.created" not in page  # not a membership event
    page = text_of(client.get("/membership/board/audit?action=appeal."))
    assert "appeal.filed" in page and "application.submitted" not in page


def test_state_changing_forms_need_a_csrf_token(app, client, auth, scene):
    app.config["WTF_CSRF_ENABLED"] = True
    auth.login(scene["ivy"])
    response = client.post("/membership/withdraw")
    assert response.status_code == 400
    assert fresh(scene["application"]).status == "submitted"
    page = text_of(client.get("/membership/"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post("/membership/withdraw", data={"csrf_token": token}).status_code == 302
    assert db.session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == (
        "application.withdrawn"
    )


class PageOutline(HTMLParser):
    """Headings, style attributes and inline scripts of a page."""

    def __init__(self):
        super().__init__()
        self.headings: list[int] = []
        self.inline_code = 0

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        attributes = dict(attrs)
        if "style" in attributes or any(name.startswith("on") for name in attributes):
            self.inline_code += 1
        if tag == "script" and not attributes.get("src"):
            self.inline_code += 1


def test_every_membership_page_has_one_h1_ordered_headings_and_no_inline_code(client, auth):
    everyone = demo_people.load()
    membership_demo.load(everyone)
    application = db.session.scalar(select(Application.id))
    appeal = db.session.scalar(select(Appeal.id))
    review = db.session.scalar(select(MembershipReview.id))
    pages = {
        "demo-board-1": [
            *BOARD_PAGES,
            f"/membership/board/applications/{application}",
            f"/membership/board/appeals/{appeal}",
            f"/membership/board/reviews/{review}",
            "/membership/invite",
            "/membership/",
        ],
        "demo-applicant-1": ["/membership/"],
        "demo-rejected": ["/membership/"],
        "demo-visitor": ["/membership/", "/membership/apply"],
        "demo-member-3": ["/membership/"],
    }
    for subject, paths in pages.items():
        auth.login(everyone[subject])
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, (subject, path)
            outline = PageOutline()
            outline.feed(text_of(response))
            assert outline.headings.count(1) == 1, (subject, path)
            skips = [(a, b) for a, b in pairwise(outline.headings) if b > a + 1]
            assert skips == [], (subject, path, outline.headings)
            assert outline.inline_code == 0, (subject, path)


def test_a_member_referred_by_the_moderators_appears_in_the_review_queue(
    client, auth, member, moderator, board
):
    review = services.refer_for_review(moderator, member, "Three sales pitches after warnings.")
    db.session.commit()
    auth.login(board[0])
    page = text_of(client.get("/membership/board/reviews"))
    assert "Referred by Moe Moderator: Three sales pitches after warnings." in page
    page = text_of(client.get(f"/membership/board/reviews/{review.id}"))
    assert "Moe Moderator asked the board to review this membership" in page


def test_the_settings_page_says_how_many_board_members_could_vote_now(client, auth, board):
    auth.login(board[0])
    assert "3 board members could vote now" in text_of(client.get("/membership/board/settings"))
