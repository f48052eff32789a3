"""An admin at work in the browser: people and roles, the audit trail, the mail outbox."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from community.audit import AuditEvent
from community.auth import services as auth_services
from community.auth.models import User
from community.db_types import utcnow
from community.mail.services import queue_mail

from .pages import AdminArea, check_page, flash, heading, sign_in, sign_out

pytestmark = pytest.mark.e2e


@pytest.fixture
def admin_alice(site):
    """Alice has signed in before, and an operator made her an admin (as `users grant-role`)."""
    with site.database() as session:
        alice = auth_services.sign_in(
            {"sub": "test-alice", "name": "Alice Tester", "email": "alice@example.org"}
        )
        auth_services.grant_role(None, alice, "admin", "First admin, bootstrapped by the operator")
        bob = auth_services.sign_in(
            {"sub": "test-bob", "name": "Bob Tester", "email": "bob@example.org"}
        )
        # Bob is a member (the board admitted him): admins grant roles to members only.
        auth_services.add_role(None, bob, "member", "Admitted by the board")
        bob.membership_status = "active"
        bob.member_since = utcnow()
        queue_mail(
            bob.email, "test_message", "Welcome to Peer Circle", recipient=bob, name=bob.name
        )
        session.commit()
        return alice.id


def test_an_admin_grants_a_role_and_finds_it_in_the_audit_trail(page, site, admin_alice):
    page.goto("/")
    sign_in(page, "test-alice")
    flash(page, "Welcome, Alice Tester.")

    admin = AdminArea(page)
    admin.open()
    check_page(page, "admin people")

    admin.search_people("bob")
    expect(page.get_by_role("table").get_by_role("row")).to_have_count(2)  # header and Bob
    admin.open_person("Bob Tester")
    check_page(page, "admin person")

    admin.grant_role("Moderator", "Runs the finance circle's threads")
    flash(page, "Bob Tester is now moderator.")
    with site.database() as session:
        bob = session.scalar(select(User).where(User.subject == "test-bob"))
        assert bob.has_role("moderator")
        event = session.scalar(  # the newest grant: Bob's membership came first
            select(AuditEvent)
            .where(AuditEvent.action == "role.granted", AuditEvent.subject_id == bob.id)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        )
        assert event.actor_id == admin_alice
        assert event.reason == "Runs the finance circle's threads"

    admin.back_to_people()
    admin.tab("Audit trail")
    heading(page, "Audit trail")
    expect(page.get_by_text("role.granted").first).to_be_visible()
    check_page(page, "admin audit trail")

    admin.tab("Mail outbox")
    heading(page, "Mail outbox")
    page.get_by_role("link", name="Welcome to Peer Circle").click()
    heading(page, "Welcome to Peer Circle")
    expect(page.get_by_text("Hello Bob Tester,")).to_be_visible()
    check_page(page, "admin outbox message")
    page.get_by_role("link", name="Outbox").click()
    check_page(page, "admin outbox")

    sign_out(page)
    check_page(page, "landing after sign-out")


def test_an_empty_outbox_and_an_empty_search_explain_themselves(page, site, admin_alice):
    page.goto("/")
    sign_in(page, "test-alice")
    admin = AdminArea(page)
    admin.open()
    admin.search_people("nobody-by-that-name")
    expect(page.get_by_role("heading", name="Nobody matches")).to_be_visible()
    check_page(page, "admin people empty search")


def test_someone_without_the_admin_role_is_refused_the_admin_pages(page, site, admin_alice):
    page.goto("/")
    sign_in(page, "test-bob")
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Admin")
    ).to_have_count(0)
    response = page.goto("/admin/people")
    assert response.status == 403
    heading(page, "You don't have access to this page")
    check_page(page, "forbidden 403")
