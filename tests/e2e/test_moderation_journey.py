"""A sales pitch in the browser: held with its reasons shown to the author, hidden by a moderator
from the queue with a message, and the author sees the notice that replaces it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from community.forum.models import Post

from .pages import ForumArea, ModerationArea, check_page, flash, sign_in, switch_to

pytestmark = pytest.mark.e2e

THREAD = "First 100 days as CEO: what would you do differently?"
PITCH = (
    "Book a demo of our platform at calendly.com/daniel-okafor/demo and get 20% off this month. "
    "Happy to walk any of you through it."
)
HIDE_MESSAGE = "Offers and booking links for your own product are a sales pitch. Share lessons."


def test_a_pitch_is_held_with_its_reasons_and_a_moderator_hides_it_from_the_queue(page, demo_site):
    site = demo_site
    forum, moderation = ForumArea(page), ModerationArea(page)

    # Daniel replies in a thread with an obvious sales pitch: it is held, and he sees why.
    page.goto("/")
    sign_in(page, "demo-member-1")
    forum.open()
    forum.open_category("Leadership & Strategy")
    forum.open_thread(THREAD)
    forum.reply(PITCH)
    flash(page, "Your reply is waiting for a moderator")
    held = forum.post_by("Daniel Okafor").filter(has_text="calendly.com/daniel-okafor/demo")
    expect(held).to_contain_text("Held for review")
    expect(held).to_contain_text("Waiting for a moderator.")
    reasons = held.locator(".hold-notice__reasons li")
    expect(reasons.filter(has_text="Links to a page for booking a sales meeting.")).to_have_count(1)
    expect(reasons.filter(has_text="Offers a discount or a free trial.")).to_have_count(1)
    check_page(page, "forum thread with a held reply")
    with site.database() as session:
        post = session.scalar(select(Post).where(Post.body == PITCH))
        assert post.status == "held"
        post_id = post.id

    # Maya, a moderator, finds it in the queue with the same reasons and hides it.
    switch_to(page, "demo-moderator")
    moderation.open_queue()
    entry = moderation.item(THREAD, containing="calendly.com/daniel-okafor/demo")
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text("By Daniel Okafor")
    expect(
        entry.get_by_role("heading", name=re.compile("^Why the sales-pitch policy held it"))
    ).to_be_visible()
    expect(entry).to_contain_text("Asks readers to book a demo or a sales call.")
    check_page(page, "moderation queue")
    moderation.hide(entry, "Sales pitch", HIDE_MESSAGE)
    flash(page, "Hidden. The author has your message.")
    expect(entry).to_have_count(0)
    with site.database() as session:
        assert session.get(Post, post_id).status == "hidden"

    # Daniel sees the notice that replaces his reply, with the moderator's reason.
    switch_to(page, "demo-member-1")
    forum.open_category("Leadership & Strategy")
    forum.open_thread(THREAD)
    expect(page.get_by_text("calendly.com/daniel-okafor/demo")).to_have_count(0)
    tombstone = forum.post_by("Daniel Okafor").locator(".tombstone")
    expect(tombstone).to_have_text(f"Hidden by the moderators: Sales pitch: {HIDE_MESSAGE}")
