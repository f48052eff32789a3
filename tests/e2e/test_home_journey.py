"""A member's home in the browser: the account menu (by keyboard and by touch), the feed across
categories, a reaction and a bookmark, and the bookmarks page; at 1366x900 and 390x844, with
axe-core finding nothing serious or critical on any page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from community.auth.models import User
from community.forum.models import Post, Thread

from .pages import assert_accessible, check_page, flash, heading, main_nav, screenshot, sign_in

pytestmark = pytest.mark.e2e

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
ACCOUNT_ENTRIES = (
    "Your profile",
    "Edit profile",
    "Bookmarks",
    "Notification settings",
    "Account",
    "Your data",
    "Your standing",
)


def someone_elses_post(site, sub: str) -> tuple[str, str]:
    """(thread title, author name) of an opening post not written by `sub`."""
    with site.database() as session:
        me = session.scalar(select(User).where(User.subject == sub))
        row = session.execute(
            select(Thread.title, User.name)
            .join(Post, Post.thread_id == Thread.id)
            .join(User, User.id == Post.author_id)
            .where(
                Post.number == 1,
                Post.status == "published",
                Thread.status == "published",
                Post.author_id != me.id,
            )
            .order_by(Thread.last_post_at.desc())
            .limit(1)
        ).one()
    return row[0], row[1]


def account_menu(page):
    return page.get_by_role("banner").locator("details.menu--account")


def post_by(page, author: str):
    return page.locator("article.post").filter(
        has=page.get_by_role("heading", level=3, name=re.compile(re.escape(author)))
    )


def test_a_member_finds_their_account_menu_the_feed_reacts_and_bookmarks(page, demo_site):
    title, author = someone_elses_post(demo_site, "demo-member-2")
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    sign_in(page, "demo-member-2")

    # The account menu, by keyboard: Enter opens it, arrows move, Escape closes it.
    menu = account_menu(page)
    toggle = menu.locator("summary")
    expect(toggle).to_have_accessible_name(re.compile("^Account menu for "))
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("open", "")
    for label in ACCOUNT_ENTRIES:
        expect(menu.get_by_role("link", name=label, exact=True)).to_be_visible()
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("link", name="Sofia Rossi")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("link", name="Your profile")).to_be_focused()
    screenshot(page, "account menu open desktop")
    assert_accessible(page, "account menu open desktop")
    page.keyboard.press("Escape")
    expect(menu).not_to_have_attribute("open", "")
    expect(toggle).to_be_focused()

    # The bell sits before the account menu.
    bell_box = page.get_by_role("banner").locator("a.bell").bounding_box()
    assert bell_box["x"] < toggle.bounding_box()["x"]

    # The feed across categories, with its tabs.
    main_nav(page, "What's new")
    heading(page, "What's new")
    feed_tabs = page.get_by_role("navigation", name="Feed")
    expect(feed_tabs.get_by_role("link", name="Latest")).to_have_attribute("aria-current", "page")
    check_page(page, "home feed latest")
    feed_tabs.get_by_role("link", name="Top this month").click()
    expect(feed_tabs.get_by_role("link", name="Top this month")).to_have_attribute(
        "aria-current", "page"
    )
    check_page(page, "home feed top month")
    feed_tabs.get_by_role("link", name="Unread").click()
    expect(feed_tabs.get_by_role("link", name="Unread")).to_have_attribute("aria-current", "page")
    feed_tabs.get_by_role("link", name="Latest").click()

    # A reaction and a bookmark on someone else's post.
    page.get_by_role("main").get_by_role("link", name=title, exact=True).click()
    heading(page, title)
    post = post_by(page, author).first
    insightful = post.get_by_role("button", name=re.compile("^Insightful"))
    expect(insightful).to_have_attribute("aria-pressed", "false")
    insightful.click()
    flash(page, "You reacted “Insightful”.")
    post = post_by(page, author).first
    insightful = post.get_by_role("button", name=re.compile("^Insightful"))
    expect(insightful).to_have_attribute("aria-pressed", "true")
    expect(insightful).to_contain_text("1")
    post.get_by_role("button", name="Bookmark on this post").click()
    flash(page, "Bookmarked")
    expect(
        post_by(page, author).first.get_by_role("button", name="Remove bookmark on this post")
    ).to_be_visible()
    check_page(page, "thread with reactions")

    # The bookmarks page, from the account menu.
    account_menu(page).locator("summary").click()
    account_menu(page).get_by_role("link", name="Bookmarks").click()
    heading(page, "Bookmarks")
    expect(page.get_by_role("main").get_by_role("link", name=title)).to_be_visible()
    check_page(page, "bookmarks")


def test_on_a_phone_the_menus_fit_and_a_reaction_can_be_taken_back(page, demo_site):
    title, author = someone_elses_post(demo_site, "demo-member-1")
    page.set_viewport_size(PHONE)
    page.goto("/")
    sign_in(page, "demo-member-1")

    # The account menu opens by touch and stays on the screen.
    menu = account_menu(page)
    menu.locator("summary").click()
    panel = menu.locator(".menu__list")
    expect(panel).to_be_visible()
    box = panel.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    screenshot(page, "account menu open phone")
    assert_accessible(page, "account menu open phone")
    menu.get_by_role("link", name="Your standing").click()
    heading(page, re.compile("standing", re.IGNORECASE))

    # The main menu, then the feed; the thread; a reaction given and taken back.
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="What's new").click()
    heading(page, "What's new")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_role("main").get_by_role("link", name=title, exact=True).click()
    post = post_by(page, author).first
    post.get_by_role("button", name=re.compile("^Thanks")).click()
    flash(page, "You reacted “Thanks”.")
    post_by(page, author).first.get_by_role("button", name=re.compile("^Thanks")).click()
    flash(page, "Your “Thanks” reaction is taken back.")
    expect(
        post_by(page, author).first.get_by_role("button", name=re.compile("^Thanks"))
    ).to_have_attribute("aria-pressed", "false")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "thread with reactions phone")
