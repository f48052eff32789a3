"""The home feed across categories: Latest, Unread and Top, unread counts, "new since your last
visit", pagination, who may open it, and a fixed number of statements whatever the forum's size."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from community.db_types import utcnow
from community.demo.forum import generate
from community.errors import NotFound
from community.forum import feed, reactions, services
from community.moderation import services as moderation

from .helpers import FRIENDLY, PITCH, counting_queries


def titles(view) -> list[str]:
    return [row.title for row in view.page.items]


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.get_data(as_text=True))


def start(author, category, title, body=FRIENDLY):
    thread, _ = services.start_thread(author, category, title, body)
    return thread


@pytest.fixture
def two_threads(author, reader, category, other_category):
    older = start(author, category, "Board reporting cadence")
    newer = start(reader, other_category, "Hiring a first CFO")
    return older, newer


# The feed itself -------------------------------------------------------------------------------


def test_latest_lists_threads_from_every_category_newest_activity_first(
    author, reader, two_threads
):
    older, _newer = two_threads
    view = feed.feed(reader, feed.LATEST)
    assert titles(view) == ["Hiring a first CFO", "Board reporting cadence"]
    assert {row.category_name for row in view.page.items} == {
        "Leadership & Strategy",
        "Off the Record",
    }
    services.reply(reader, older, "Quarterly, with a monthly one-pager.")
    assert titles(feed.feed(reader, feed.LATEST))[0] == "Board reporting cadence"


def test_held_threads_are_not_in_anyones_feed(author, reader, mod, category):
    start(author, category, "An honest question", FRIENDLY)
    start(author, category, "A special offer for you", PITCH)
    assert titles(feed.feed(reader, feed.LATEST)) == ["An honest question"]
    assert titles(feed.feed(mod, feed.LATEST)) == ["An honest question"]


def test_unread_counts_the_replies_a_member_has_not_seen(author, reader, two_threads):
    older, _newer = two_threads
    services.mark_read(reader, older.id, 1)
    services.reply(author, older, "First follow-up.")
    services.reply(author, older, "Second follow-up.")
    view = feed.feed(reader, feed.UNREAD)
    rows = {row.title: row for row in view.page.items}
    assert rows["Board reporting cadence"].new_posts == 2
    assert not rows["Board reporting cadence"].never_opened
    # The reader started the other thread: they have seen it (posting marks it read).
    assert "Hiring a first CFO" not in rows
    services.mark_read(reader, older.id, 3)
    assert titles(feed.feed(reader, feed.UNREAD)) == []


def test_threads_quiet_since_before_someone_joined_are_not_unread(author, person, category):
    start(author, category, "From before your time")
    newcomer = person("member", name="Nia Newcomer")
    newcomer.member_since = utcnow() + timedelta(seconds=1)
    assert titles(feed.feed(newcomer, feed.UNREAD)) == []
    assert titles(feed.feed(newcomer, feed.LATEST)) == ["From before your time"]


def test_top_ranks_by_posts_and_reactions_within_the_period(author, reader, mod, two_threads):
    _older, newer = two_threads
    reply = services.reply(author, newer, "We hired from the audit firm.")
    reactions.toggle_reaction(reader, reply, "insightful")
    reactions.toggle_reaction(mod, reply, "agree")
    view = feed.feed(reader, feed.TOP, period="week")
    assert titles(view) == ["Hiring a first CFO", "Board reporting cadence"]
    assert [row.score for row in view.page.items] == [4, 1]
    # Seen from ten days on, last week was quiet but the month was not.
    later = utcnow() + timedelta(days=10)
    assert titles(feed.feed(reader, feed.TOP, period="week", now=later)) == []
    assert titles(feed.feed(reader, feed.TOP, period="month", now=later))[0] == "Hiring a first CFO"


def test_new_since_the_last_visit_compares_activity_with_the_last_reading(
    author, reader, two_threads
):
    older, newer = two_threads
    services.mark_read(reader, older.id, 1)
    services.reply(author, newer, "Activity after the reader's last visit.")
    view = feed.feed(reader, feed.LATEST)
    rows = {row.title: row for row in view.page.items}
    assert rows["Hiring a first CFO"].new_since_visit
    assert not rows["Board reporting cadence"].new_since_visit
    assert view.new_since_visit == 1


def test_a_member_who_never_read_anything_has_no_last_visit(author, reader, category):
    start(author, category, "First thread")
    view = feed.feed(reader, feed.LATEST)
    assert view.baseline is None and view.new_since_visit == 0


def test_pages_hold_per_page_threads_and_a_page_past_the_end_is_not_found(author, reader, category):
    for number in range(5):
        start(author, category, f"Thread number {number}")
    first = feed.feed(reader, feed.LATEST, per_page=2)
    third = feed.feed(reader, feed.LATEST, page=3, per_page=2)
    assert first.page.total == 5 and first.page.pages == 3
    assert titles(first) == ["Thread number 4", "Thread number 3"]
    assert titles(third) == ["Thread number 0"]
    with pytest.raises(NotFound):
        feed.feed(reader, feed.LATEST, page=4, per_page=2)


# HTTP ------------------------------------------------------------------------------------------


def test_the_feed_page_shows_tabs_unread_counts_and_whats_new(
    client, auth, author, reader, two_threads
):
    older, _newer = two_threads
    services.mark_read(reader, older.id, 1)
    services.reply(author, older, "A reply the reader has not seen.")
    auth.login(reader)
    page = text_of(client.get("/forum/feed"))
    assert 'aria-current="page">Latest<' in page
    assert "1 unread" in page
    assert "1 thread new since your last visit." in page
    assert "New since your last visit" in page
    unread = text_of(client.get("/forum/feed?show=unread"))
    assert "Board reporting cadence" in unread and "Hiring a first CFO" not in unread
    assert "Top this week" in text_of(client.get("/forum/feed?show=top&period=week"))


def test_the_last_visit_is_kept_for_the_session_so_reading_does_not_hide_whats_new(
    client, auth, author, reader, two_threads
):
    older, newer = two_threads
    services.mark_read(reader, older.id, 1)
    services.reply(author, newer, "New since the reader was last here.")
    services.reply(author, older, "Also new.")
    auth.login(reader)
    assert "2 threads new since your last visit." in text_of(client.get("/forum/feed"))
    services.mark_read(reader, newer.id, 2)  # they read one of them during this visit
    assert "2 threads new since your last visit." in text_of(client.get("/forum/feed"))


def test_the_feed_refuses_unknown_tabs_and_periods(client, auth, reader):
    auth.login(reader)
    assert client.get("/forum/feed?show=everything").status_code == 404
    assert client.get("/forum/feed?show=top&period=decade").status_code == 404
    assert client.get("/forum/feed?show=latest&period=week").status_code == 404
    assert client.get("/forum/feed?page=2").status_code == 404


def test_the_forum_index_links_to_the_feed(client, auth, reader, category):
    auth.login(reader)
    assert 'href="/forum/feed"' in client.get("/forum/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("visitor", 302),
        ("applicant", 403),
        ("member", 200),
        ("posting_suspended", 200),
        ("fully_suspended", 403),
        ("revoked", 403),
        ("moderator", 200),
        ("board", 200),
        ("admin_only", 403),
    ],
)
def test_each_role_may_open_the_feed_as_their_standing_allows(
    client, auth, person, mod, category, author, who, status
):
    start(author, category, "Something to read")
    roles = {
        "applicant": ("applicant",),
        "moderator": ("member", "moderator"),
        "board": ("member", "board"),
        "admin_only": ("admin",),
    }
    if who != "visitor":
        fields = {"membership_status": "revoked"} if who == "revoked" else {}
        user = person(*roles.get(who, ("member",)), **fields)
        if who.endswith("_suspended"):
            kind = "posting_suspension" if who.startswith("posting") else "full_suspension"
            moderation.impose_sanction(mod, user, kind, "Repeated sales pitches.", 7)
        auth.login(user)
    for path in ("/forum/feed", "/forum/feed?show=unread", "/forum/feed?show=top&period=month"):
        assert client.get(path).status_code == status, path


def statements_for(client, path: str) -> list[str]:
    client.get(path)  # once to settle the session's baseline, then measure
    with counting_queries() as counter:
        response = client.get(path)
    assert response.status_code == 200, path
    return counter.statements


def test_each_feed_runs_the_same_statements_whatever_the_size_of_the_forum(
    client, auth, author, reader, category
):
    thread = start(author, category, "A small start")
    services.mark_read(reader, thread.id, 1)
    auth.login(reader)
    paths = [
        "/forum/feed",
        "/forum/feed?show=unread",
        "/forum/feed?show=top&period=week",
        "/forum/feed?show=top&period=month",
        "/forum/bookmarks",
    ]
    small = {path: statements_for(client, path) for path in paths}
    generate(members=200, threads=150, posts=2000, seed=11)
    large = {path: statements_for(client, path) for path in paths}
    assert client.get("/forum/feed?page=2").status_code == 200  # 150 threads: several pages
    for path in paths:
        assert len(large[path]) == len(small[path]), (path, small[path], large[path])
        # The signed-in member and their standing, the two feed statements, the bell.
        assert len(small[path]) <= 6, (path, small[path])
