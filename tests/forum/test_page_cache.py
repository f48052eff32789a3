"""The thread page's cached post list, over HTTP: every change shows on the next view, and each
viewer sees their own controls, their own held posts and their own CSRF token, nobody else's."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from community.auth import services as auth_services
from community.extensions import db
from community.forum import page_cache, services
from community.forum.models import Poll, PollOption, Post
from community.moderation.models import ModerationAction

from .helpers import PITCH, reload


@pytest.fixture
def app_config(database_uri, oidc_provider):
    """These tests read the in-process store (test_page_cache_redis.py covers Redis)."""
    from tests.conftest import make_config

    return make_config(database_uri, oidc_provider.url, REDIS_URL="")


@pytest.fixture
def other_client(app, client):
    """A second browser: `client` and this one are signed in as different people."""
    from tests.conftest import AuthActions

    browser = app.test_client()
    return browser, AuthActions(browser)


@pytest.fixture
def cached(client, auth, reader, thread):
    """The reader's browser, with the thread's first page already in the cache."""
    auth.login(reader)
    first = client.get(f"/forum/t/{thread.id}")
    assert first.status_code == 200
    assert page_cache.store(), "the store exists once a page was cached"
    return lambda: client.get(f"/forum/t/{thread.id}").get_data(as_text=True)


def signed_in_as(browser, auth, user):
    auth.login(user)
    return browser


def test_a_second_view_comes_from_the_cache_and_shows_the_same_posts(cached, thread):
    store = page_cache.store()
    assert len(store.entries) == 1
    first, second = cached(), cached()
    assert len(store.entries) == 1
    assert first.count('<article class="post') == 1

    def posts_of(page: str) -> str:
        return page[page.index('<ol class="post-list">') : page.index("</ol>")]

    assert posts_of(first) == posts_of(second)


def test_a_new_reply_shows_at_once_to_a_member_whose_page_was_cached(
    cached, other_client, author, thread
):
    browser, auth = other_client
    signed_in_as(browser, auth, author)
    response = browser.post(f"/forum/t/{thread.id}/reply", data={"body": "A fresh reply."})
    assert response.status_code == 302
    assert "A fresh reply." in cached()


def test_an_edit_shows_at_once_and_the_old_text_is_gone(cached, other_client, author, thread):
    browser, auth = other_client
    signed_in_as(browser, auth, author)
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    response = browser.post(
        f"/forum/p/{opening.id}/edit",
        data={"body": "Rewritten opening words.", "title": thread.title},
    )
    assert response.status_code == 302
    page = cached()
    assert "Rewritten opening words." in page
    assert "four-day week" not in page


def test_a_hidden_post_is_never_served_stale_and_comes_back_when_restored(
    cached, other_client, author, reader, mod, thread
):
    reply = services.reply(author, thread, "Buy my consulting package today.")
    assert "Buy my consulting package" in cached()
    browser, auth = other_client
    signed_in_as(browser, auth, mod)
    moderator_page = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "Buy my consulting package" in moderator_page
    response = browser.post(
        f"/moderation/posts/{reply.id}/hide",
        data={"category": "sales_pitch", "message": "No selling, please."},
    )
    assert response.status_code == 302

    member_page = cached()
    assert "Buy my consulting package" not in member_page
    assert "Hidden by the moderators: Sales pitch: No selling, please." in member_page
    assert "moderators only" not in member_page
    moderator_page = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "Show the hidden text (moderators only)" in moderator_page
    assert "Buy my consulting package" in moderator_page

    entry = db.session.scalar(select(ModerationAction).where(ModerationAction.action == "hide"))
    browser.post(f"/moderation/log/{entry.id}/reverse", data={"reason": "Second look."})
    assert reload(reply).status == "published"
    assert "Buy my consulting package" in cached()


def test_a_held_reply_is_shown_to_its_author_and_moderators_only_and_appears_when_approved(
    client, auth, other_client, author, reader, mod, thread
):
    browser, other_auth = other_client
    signed_in_as(browser, other_auth, author)
    assert browser.get(f"/forum/t/{thread.id}").status_code == 200  # cached for members
    auth.login(reader)
    client.post(f"/forum/t/{thread.id}/reply", data={"body": PITCH})
    held = db.session.scalar(select(Post).where(Post.status == "held"))
    assert held is not None

    mine = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "calendly.com" in mine and "Held for review" in mine
    assert f"/forum/p/{held.id}/edit" in mine
    theirs = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "calendly.com" not in theirs and "Held for review" not in theirs

    signed_in_as(browser, other_auth, mod)
    moderated = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "calendly.com" in moderated
    assert f"/moderation/posts/{held.id}/approve" in moderated
    browser.post(f"/moderation/posts/{held.id}/approve", data={"note": ""})
    assert reload(held).status == "published"

    signed_in_as(browser, other_auth, author)
    theirs = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "calendly.com" in theirs and "Held for review" not in theirs


def test_each_member_gets_their_own_controls_and_their_own_csrf_token(
    client, auth, other_client, author, reader, thread
):
    reply = services.reply(reader, thread, "The reader's own words.")
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.number == 1))
    browser, other_auth = other_client
    signed_in_as(browser, other_auth, author)
    auth.login(reader)

    def delete_tokens(page: str) -> set[str]:
        return set(
            re.findall(r'action="/forum/p/\d+/delete"[^>]*>\s*<input[^>]*value="([^"]+)"', page)
        )

    for _ in range(2):  # the first views fill the cache, the second ones read it
        readers = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
        authors = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
        assert f"/forum/p/{reply.id}/edit" in readers
        assert f"/forum/p/{opening.id}/edit" not in readers
        assert f"/moderation/posts/{opening.id}/flag" in readers
        assert f"/forum/p/{opening.id}/edit" in authors
        assert f"/forum/p/{reply.id}/edit" not in authors
        assert f"/moderation/posts/{opening.id}/flag" not in authors
        reader_tokens, author_tokens = delete_tokens(readers), delete_tokens(authors)
        assert len(reader_tokens) == 1 and len(author_tokens) == 1
        assert reader_tokens != author_tokens
        assert not any("csrf-" in token for token in reader_tokens | author_tokens)
        subscription_token = re.search(
            r'subscription">\s*<input type="hidden" name="csrf_token" value="([^"]+)"', readers
        )
        assert reader_tokens == {subscription_token.group(1)}


def test_a_changed_author_name_shows_at_once(cached, author, thread):
    assert "Ada Author" in cached()
    auth_services.sign_in({"sub": author.subject, "name": "Ada Newname", "email": author.email})
    page = cached()
    assert "Ada Newname" in page and "Ada Author" not in page


def test_a_deleted_authors_posts_show_as_a_former_members_at_once(cached, author, thread):
    assert "Ada Author" in cached()
    from community.accounts import privacy

    privacy.delete_account(author, "keep")
    page = cached()
    assert "Ada Author" not in page and "Former member" in page


def test_a_poll_vote_shows_in_the_counts_at_once(
    client, auth, other_client, author, reader, category
):
    draft = services.parse_poll("Office days?", "Two\nThree", False, None)
    thread, _ = services.start_thread(author, category, "Hybrid work", "How many days?", draft)
    poll = db.session.scalar(select(Poll).where(Poll.thread_id == thread.id))
    option = db.session.scalar(select(PollOption).where(PollOption.poll_id == poll.id).limit(1))
    browser, other_auth = other_client
    signed_in_as(browser, other_auth, author)
    auth.login(reader)
    client.get(f"/forum/t/{thread.id}")
    browser.post(f"/forum/t/{thread.id}/vote", data={"option": str(option.id)})
    assert "1 member voted" in client.get(f"/forum/t/{thread.id}").get_data(as_text=True)


def test_a_moderator_suspended_in_an_open_session_loses_the_moderators_view_at_once(
    client, auth, other_client, author, mod, member_factory, thread
):
    reply = services.reply(author, thread, "Words that will be hidden.")
    second_mod = member_factory("Sam Second", "moderator")
    browser, other_auth = other_client
    signed_in_as(browser, other_auth, second_mod)
    browser.post(
        f"/moderation/posts/{reply.id}/hide",
        data={"category": "off_topic", "message": "Off topic."},
    )
    auth.login(mod)
    assert "moderators only" in client.get(f"/forum/t/{thread.id}").get_data(as_text=True)

    response = browser.post(
        f"/moderation/members/{mod.id}",
        data={"kind": "posting_suspension", "reason": "Cooling off.", "days": "3"},
    )
    assert response.status_code == 302
    page = client.get(f"/forum/t/{thread.id}")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "moderators only" not in text and "Words that will be hidden." not in text
    assert "Hidden by the moderators: Off topic: Off topic." in text


def test_the_moderator_who_filled_the_cache_leaves_their_post_moderatable_by_the_others(
    client, auth, other_client, mod, member_factory, thread
):
    own = services.reply(mod, thread, "A moderator's own reply.")
    second_mod = member_factory("Sam Second", "moderator")
    auth.login(mod)
    first = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)  # fills the cache
    assert f"/moderation/posts/{own.id}/hide" not in first
    assert f"/forum/p/{own.id}/edit" in first
    browser, other_auth = other_client
    signed_in_as(browser, other_auth, second_mod)
    second = browser.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert f"/moderation/posts/{own.id}/hide" in second
    assert f"/forum/p/{own.id}/edit" not in second


def test_reactions_and_bookmarks_stay_each_viewers_own_on_a_cached_page(
    cached, other_client, author, reader, thread
):
    """The cached post list leaves a mark where reactions go; each view fills in its own."""
    from community.forum import reactions

    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    reactions.toggle_reaction(reader, opening, "insightful")
    mine = cached()
    assert re.search(r'value="insightful" aria-pressed="true"', mine)
    assert "<!--post-extras:" not in mine
    browser, auth = other_client
    someone_else = signed_in_as(browser, auth, author)
    theirs = someone_else.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert 'aria-pressed="true"' not in theirs  # the author sees the count, not the reader's press
    assert re.search(r'reaction__count">1<', theirs)
