"""Joining, in the browser: a visitor applies and two board members admit them; a rejected
applicant appeals and board members who did not decide the first time uphold it.

The demo data gives the board (Beatrice, Kwame, Ingrid), members and a forum to post in; the
people in these journeys sign in through the local provider as they would through LinkedIn.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from community.auth.models import User
from community.membership.models import Appeal, AppealVote, Application

from .pages import (
    AccountsArea,
    ForumArea,
    MembershipArea,
    check_page,
    flash,
    heading,
    main_nav,
    sign_in,
    switch_to,
)

pytestmark = pytest.mark.e2e

ALICE_STATEMENT = (
    "I run marketing at Harbour Analytics (300 people, three markets). I would like candid "
    "conversations with peers about brand budgets and building a marketing team that lasts."
)


def test_a_visitor_applies_is_admitted_by_two_board_members_posts_and_hears_of_a_reply(
    page, demo_site
):
    site = demo_site
    membership, forum, accounts = MembershipArea(page), ForumArea(page), AccountsArea(page)

    # Alice signs in for the first time: she is a visitor, and applies.
    page.goto("/")
    sign_in(page, "test-alice")
    heading(page, "Join Peer Circle")
    membership.start_application()
    membership.fill_application(
        title="Chief Marketing Officer",
        company="Harbour Analytics",
        linkedin_url="https://www.linkedin.com/in/alice-tester",
        function="Marketing",
        statement=ALICE_STATEMENT,
    )
    check_page(page, "application form")
    membership.send_application()
    flash(page, "Your application is with the board.")
    heading(page, "Your application")
    expect(page.get_by_text("Chief Marketing Officer", exact=True)).to_be_visible()
    check_page(page, "application status")

    # Two board members approve it.
    switch_to(page, "demo-board-1")
    membership.open_applications()
    check_page(page, "board applications queue")
    membership.open_application("Alice Tester")
    check_page(page, "board application review")
    membership.vote("Approve", "CMO of a 300-person company: clearly within the policy.")
    flash(page, "Your vote is recorded.")

    switch_to(page, "demo-board-2")
    membership.open_applications()
    membership.open_application("Alice Tester")
    membership.vote("Approve", "Agreed: a senior marketing leader who will add a lot here.")
    flash(page, "it decided the application: approved")
    with site.database() as session:
        alice = session.scalar(select(User).where(User.subject == "test-alice"))
        assert alice.has_role("member")
        assert alice.membership_status == "active"

    # Alice, now a member, lands in the forum and starts a thread.
    switch_to(page, "test-alice")
    heading(page, "Forum")
    check_page(page, "forum index")
    forum.open_category("Leadership & Strategy")
    check_page(page, "forum category")
    forum.open_new_thread_form()
    check_page(page, "new thread form")
    title = "How do you run your first board meeting as a new CMO?"
    forum.start_thread(
        title,
        "I join the executive team's board meeting for the first time next month. What did you "
        "wish you had known before yours?",
    )
    flash(page, "Your thread is live.")
    heading(page, title)

    # Another member replies.
    switch_to(page, "demo-member-1")
    forum.open()
    forum.open_category("Leadership & Strategy")
    forum.open_thread(title)
    forum.reply("Bring one number and one story. The board remembers the story.")
    flash(page, "Your reply is posted.")
    check_page(page, "forum thread")

    # Alice sees the reply under the bell and on her notifications page.
    switch_to(page, "test-alice")
    expect(forum.bell()).to_have_accessible_name("1 unread notification")
    expect(forum.bell().locator(".bell__count")).to_have_text("1")
    accounts.open_notifications()
    notification = page.get_by_role("link", name=f"Daniel Okafor replied in “{title}”")
    expect(notification).to_be_visible()
    check_page(page, "notifications")
    accounts.open_notification_settings()
    check_page(page, "notification settings")
    page.go_back()
    notification.click()
    heading(page, title)
    expect(forum.post_by("Daniel Okafor")).to_contain_text("Bring one number and one story.")
    expect(forum.bell()).to_have_accessible_name("Notifications (none unread)")


REJECTED_STATEMENT = (
    "I manage the brand team at Harbour Analytics and would value learning from senior "
    "marketing leaders about how they structure their organisations."
)
APPEAL_STATEMENT = (
    "Since I applied I have been promoted to Vice President of Brand at Harbour Analytics, and I "
    "now lead a team of forty across three markets."
)


def test_a_rejected_applicant_appeals_and_board_members_who_did_not_decide_uphold_it(
    page, demo_site
):
    site = demo_site
    membership = MembershipArea(page)

    # Bob applies with a title below the policy; Beatrice rejects it in one click.
    page.goto("/")
    sign_in(page, "test-bob")
    membership.start_application()
    membership.fill_application(
        title="Brand Manager",
        company="Harbour Analytics",
        linkedin_url="https://www.linkedin.com/in/bob-tester",
        function="Brand",
        statement=REJECTED_STATEMENT,
    )
    membership.send_application()
    flash(page, "Your application is with the board.")

    switch_to(page, "demo-board-1")
    membership.open_applications()
    membership.open_application("Bob Tester")
    membership.reject_as_ineligible()
    flash(page, "Rejected under the title rules")

    # Bob reads the decision and appeals once, with his new title.
    switch_to(page, "test-bob")
    heading(page, "The board's decision")
    expect(page.get_by_role("heading", name="You can appeal once")).to_be_visible()
    check_page(page, "rejection decision")
    membership.appeal(APPEAL_STATEMENT, updated_title="Vice President of Brand")
    flash(page, "Your appeal is with the board.")
    expect(page.get_by_role("heading", name=re.compile("^Your appeal"))).to_be_visible()

    # Beatrice decided the application, so she may not vote on its appeal.
    switch_to(page, "demo-board-1")
    membership.open_appeals()
    membership.open_appeal("Bob Tester")
    expect(page.get_by_text("You took part in the decision under appeal.")).to_be_visible()
    expect(page.get_by_role("button", name="Record my vote")).to_have_count(0)

    # Kwame and Ingrid, who did not, uphold it.
    switch_to(page, "demo-board-2")
    membership.open_appeals()
    check_page(page, "board appeals queue")
    membership.open_appeal("Bob Tester")
    check_page(page, "board appeal review")
    membership.vote("Uphold", "A VP leading forty people is within the policy. Welcome.")
    flash(page, "Your vote is recorded.")

    switch_to(page, "demo-board-3")
    membership.open_appeals()
    membership.open_appeal("Bob Tester")
    membership.vote("Uphold", "Agreed: the new role is senior enough. Welcome, Bob.")
    flash(page, "it decided the appeal: upheld")

    with site.database() as session:
        bob = session.scalar(select(User).where(User.subject == "test-bob"))
        assert bob.has_role("member") and bob.membership_status == "active"
        assert bob.job_title == "Vice President of Brand"
        appeal = session.scalar(select(Appeal).where(Appeal.appellant_id == bob.id))
        assert appeal.status == "upheld"
        application = session.get(Application, appeal.application_id)
        assert application.status == "rejected"
        board_1 = session.scalar(select(User).where(User.subject == "demo-board-1"))
        voters = set(
            session.scalars(select(AppealVote.voter_id).where(AppealVote.appeal_id == appeal.id))
        )
        assert len(voters) == 2 and board_1.id not in voters

    # Bob is a member now: he lands in the forum.
    switch_to(page, "test-bob")
    heading(page, "Forum")
    main_nav(page, "Members")
    expect(page.get_by_role("link", name="Bob Tester", exact=True)).to_be_visible()
