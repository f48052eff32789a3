"""A visitor's first steps in the browser: the public pages, signing in, and signing out."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from community.auth.models import User

from .pages import check_page, flash, heading, sign_in, sign_out

pytestmark = pytest.mark.e2e


def test_public_pages_are_accessible_at_phone_and_desktop_widths(page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("without being sold to")
    check_page(page, "landing")

    page.get_by_role("contentinfo").get_by_role("link", name="House rules").click()
    heading(page, "House rules")
    check_page(page, "house rules")

    page.get_by_role("contentinfo").get_by_role("link", name="Privacy").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_page(page, "privacy")


def test_an_unknown_page_is_a_friendly_accessible_404(page):
    response = page.goto("/no-such-page")
    assert response.status == 404
    heading(page, "Page not found")
    check_page(page, "not found 404")
    page.get_by_role("link", name="Go to the home page").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("without being sold to")


def test_a_visitor_signs_in_for_the_first_time_and_lands_on_their_page(page, site):
    page.goto("/")
    sign_in(page, "test-alice")

    flash(page, "Welcome, Alice Tester.")
    with site.database() as session:
        alice = session.scalar(select(User).where(User.subject == "test-alice"))
        assert alice.email == "alice@example.org"
        with site.app.test_request_context("/"):
            from community.auth.views import home_for

            expected = home_for(alice)
    assert page.url == site(expected)
    expect(page.get_by_role("banner")).to_contain_text("Signed in as Alice Tester")
    check_page(page, "first page after sign-in")


def test_cancelling_at_the_provider_explains_what_happened(page, site):
    page.goto("/")
    page.get_by_role("link", name="Sign in with LinkedIn").first.click()
    page.get_by_role("button", name="Deny").click()
    page.wait_for_url(lambda url: url.startswith(site.url))
    heading(page, "Sign-in cancelled")
    expect(page.get_by_text("Nothing was shared with us.")).to_be_visible()
    check_page(page, "sign-in cancelled")
    with site.database() as session:
        assert session.scalar(select(User)) is None


def test_a_sign_in_link_that_points_off_site_comes_back_to_us(page, site):
    page.goto("/auth/login?next=https://evil.example/steal")
    page.get_by_role("button", name="test-bob", exact=True).click()
    page.wait_for_url(lambda url: "/auth/callback" not in url)
    assert page.url.startswith(site.url + "/")
    flash(page, "Welcome, Bob Tester.")


def test_signing_out_ends_the_session(page, oidc_provider):
    page.goto("/")
    sign_in(page, "test-bob")
    sign_out(page)
    expect(page.get_by_role("link", name="Sign in with LinkedIn").first).to_be_visible()
    # A page for signed-in people now sends the browser back to the provider to sign in.
    page.goto("/account")
    assert page.url.startswith(f"{oidc_provider.url}/oauth2/authorize"), page.url
