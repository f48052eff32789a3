"""A member's own data in the browser: the directory and their profile, the JSON export, and
deleting the account, after which the same LinkedIn identity starts afresh as a visitor."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from community.auth.models import User
from community.forum.models import Post

from .pages import AccountsArea, check_page, flash, heading, sign_in

pytestmark = pytest.mark.e2e


def test_a_member_exports_their_data_deletes_the_account_and_returns_as_a_visitor(page, demo_site):
    site = demo_site
    accounts = AccountsArea(page)
    with site.database() as session:
        daniel = session.scalar(select(User).where(User.subject == "demo-member-1"))
        daniel_id = daniel.id
        post_body = session.scalar(
            select(Post.body)
            .where(Post.author_id == daniel.id, Post.status == "published")
            .order_by(Post.id)
            .limit(1)
        )
    assert post_body, "the demo data should give Daniel a post"

    page.goto("/")
    sign_in(page, "demo-member-1")
    accounts.open_directory()
    check_page(page, "member directory")
    accounts.open_profile("Daniel Okafor")
    check_page(page, "own profile")
    accounts.open_your_data()
    check_page(page, "your data")

    export = accounts.download_data()
    assert export["person"]["email"] == "daniel@example.com"
    posts = export["tables"]["forum_posts"]
    assert post_body in [row["body"] for row in posts]
    assert {row["author_id"] for row in posts} == {daniel_id}

    accounts.delete_account(posts="keep")
    flash(page, "Your account is deleted and your personal data erased.")
    expect(page.get_by_role("link", name="Sign in with LinkedIn").first).to_be_visible()
    with site.database() as session:
        erased = session.get(User, daniel_id)
        assert erased.deleted_at is not None
        assert erased.email != "daniel@example.com"
        assert not erased.has_role("member")

    # The same LinkedIn identity now belongs to a new visitor, with no membership.
    sign_in(page, "demo-member-1")
    heading(page, "Join Peer Circle")
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Forum")
    ).to_have_count(0)
    with site.database() as session:
        again = session.scalar(select(User).where(User.subject == "demo-member-1"))
        assert again.id != daniel_id
        assert not again.has_role("member")
        assert again.membership_status != "active"
