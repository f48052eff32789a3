"""Forum and notification pages over HTTP: who may see each page, and what members do there."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from community.extensions import db
from community.forum import notifications, services
from community.forum.models import Notification, Post, Thread, ThreadRead
from community.moderation import house_rules

from .helpers import FRIENDLY, PITCH, publish_house_rules, reload

# Who may see what ------------------------------------------------------------------------------


@pytest.fixture
def pages(thread, author, reader, category):
    """Every GET page of the feature, with a real thread, post and notification behind it."""
    reply = services.reply(reader, thread, "A reply that notifies the author.")
    notification = db.session.scalar(select(Notification).where(Notification.user_id == author.id))
    slug, category = category.slug, category.id
    return {
        "forum": "/forum/",
        "category": f"/forum/c/{slug}",
        "thread": f"/forum/t/{thread.id}",
        "unread": f"/forum/t/{thread.id}/unread",
        "new thread": f"/forum/c/{slug}/new",
        "reply": f"/forum/t/{thread.id}/reply",
        "permalink": f"/forum/p/{reply.id}",
        "search": "/forum/search?q=reply",
        "house rules": "/forum/house-rules",
        "history": f"/forum/p/{reply.id}/history",
        "notifications": "/notifications",
        "notification": f"/notifications/{notification.id}",
        "settings": "/notifications/settings",
        "admin categories": "/forum/admin/categories",
        "admin category": f"/forum/admin/categories/{category}",
    }


MEMBER_PAGES = (
    "forum", "category", "thread", "unread", "new thread", "reply", "permalink", "search",
    "house rules", "notifications", "settings",
)  # fmt: skip
ADMIN_PAGES = ("admin categories", "admin category")


def test_visitors_are_sent_to_sign_in_from_every_page(client, pages):
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 302, name
        assert "/auth/login" in response.headers["Location"], name


def test_applicants_get_a_friendly_page_that_explains_why(client, auth, applicant, pages):
    auth.login(applicant)
    for name in (*MEMBER_PAGES, "history"):
        response = client.get(pages[name])
        assert response.status_code == 403, name
        assert b"The forum is for members" in response.data, name
        assert b"application" in response.data
    for name in ADMIN_PAGES:
        assert client.get(pages[name]).status_code == 403


def test_signed_in_people_without_membership_are_refused(client, auth, visitor_user, pages):
    auth.login(visitor_user)
    response = client.get(pages["thread"])
    assert response.status_code == 403
    assert b"Membership is by invitation" in response.data


def test_revoked_members_lose_the_forum(client, auth, reader, pages):
    reader.membership_status = "revoked"
    db.session.commit()
    auth.login(reader)
    response = client.get(pages["forum"])
    assert response.status_code == 403 and b"membership has ended" in response.data


@pytest.mark.parametrize("role", ["member", "board"])
def test_members_and_board_members_see_member_pages_but_not_moderator_or_admin_ones(
    client, auth, member_factory, pages, role
):
    someone = member_factory("Some One", *(() if role == "member" else (role,)))
    auth.login(someone)
    for name in MEMBER_PAGES:
        if name == "notification":
            continue
        assert client.get(pages[name]).status_code in (200, 302), name
    assert client.get(pages["history"]).status_code == 403
    for name in ADMIN_PAGES:
        assert client.get(pages[name]).status_code == 403, name


def test_moderators_see_post_history(client, auth, mod, pages):
    auth.login(mod)
    for name in (*MEMBER_PAGES, "history"):
        assert client.get(pages[name]).status_code in (200, 302), name


def test_admins_without_membership_manage_categories_but_do_not_read_the_forum(
    client, auth, admin, pages
):
    auth.login(admin)
    for name in ADMIN_PAGES:
        assert client.get(pages[name]).status_code == 200, name
    assert client.get(pages["forum"]).status_code == 403


def test_one_member_cannot_open_anothers_notification(client, auth, reader, pages):
    auth.login(reader)
    assert client.get(pages["notification"]).status_code == 404


def test_the_bell_shows_the_unread_count_to_members_only(client, auth, author, applicant, pages):
    auth.login(author)
    html = client.get("/forum/").get_data(as_text=True)
    assert '<span class="bell__count" aria-hidden="true">1</span>' in html
    auth.login(applicant)
    assert b'class="bell"' not in client.get("/account").data


# Reading ---------------------------------------------------------------------------------------


def test_members_land_on_the_category_list(client, auth, author, thread):
    auth.login(author)
    response = client.get("/")
    assert response.headers["Location"].endswith("/forum/")
    html = client.get("/forum/").get_data(as_text=True)
    assert "Leadership &amp; Strategy" in html and "Four-day week: results?" in html


def test_the_category_page_lists_threads_with_unread_markers(client, auth, thread, author, reader):
    services.reply(author, thread, "Update one.")
    services.mark_read(reader, thread.id, 1)
    services.reply(author, thread, "Update two.")
    auth.login(reader)
    html = client.get("/forum/c/leadership-strategy").get_data(as_text=True)
    assert "2 new replies" in html
    assert f"/forum/t/{thread.id}/unread" in html


def test_viewing_a_thread_marks_it_read_up_to_the_last_post_shown(client, auth, thread, reader):
    for number in range(3):
        services.reply(reader, thread, f"Reply number {number}.")
    auth.login(reader)
    response = client.get(f"/forum/t/{thread.id}")
    assert response.status_code == 200
    report_reading(client, response.get_data(as_text=True))
    db.session.expire_all()
    assert db.session.get(ThreadRead, (reader.id, thread.id)).last_read_post_number == 4


def report_reading(client, html: str) -> None:
    """Post the reading marker a thread page carries, as static/js/app.js does in a browser
    (a page that shows nothing new carries none)."""
    marker = re.search(r'data-read-url="([^"]+)" data-read-number="(\d+)"', html)
    if marker is not None:
        url, number = marker.groups()
        assert client.post(url, data={"number": number}).status_code == 200


def test_the_reading_marker_is_capped_at_the_last_post(client, auth, thread, reader):
    auth.login(reader)
    assert client.post(f"/forum/t/{thread.id}/read", data={"number": "999"}).status_code == 200
    assert db.session.get(ThreadRead, (reader.id, thread.id)).last_read_post_number == 1
    assert client.post(f"/forum/t/{thread.id}/read", data={"number": "x"}).status_code == 400


def test_thread_pages_have_stable_links_and_the_unread_link_jumps_to_the_right_one(
    client, auth, app, thread, author, reader
):
    app.config["POSTS_PER_PAGE"] = 5
    for number in range(11):  # 12 posts: pages of 5, 5 and 2
        services.reply(author, thread, f"Numbered reply {number + 2}.")
    services.mark_read(reader, thread.id, 7)
    auth.login(reader)
    response = client.get(f"/forum/t/{thread.id}/unread")
    assert response.headers["Location"].endswith(f"/forum/t/{thread.id}?page=2#post-8")
    page2 = client.get(f"/forum/t/{thread.id}?page=2").get_data(as_text=True)
    assert re.findall(r'id="post-(\d+)"', page2) == ["6", "7", "8", "9", "10"]
    report_reading(client, page2)  # what the page's script does once it is shown
    assert client.get(f"/forum/t/{thread.id}?page=4").status_code == 404
    assert client.get(f"/forum/t/{thread.id}?page=abc").status_code == 404
    response = client.get(f"/forum/t/{thread.id}/unread")
    assert response.headers["Location"].endswith(f"/forum/t/{thread.id}?page=3#post-11")


def test_a_permalink_finds_the_page_of_its_post(client, auth, app, thread, author):
    app.config["POSTS_PER_PAGE"] = 2
    posts = [services.reply(author, thread, f"Reply {n}.") for n in range(3)]
    auth.login(author)
    response = client.get(f"/forum/p/{posts[-1].id}")
    assert response.headers["Location"].endswith(f"/forum/t/{thread.id}?page=2#post-4")


def test_a_held_post_is_shown_to_its_author_with_reasons_and_to_no_other_member(
    client, auth, thread, reader, author
):
    held = services.reply(reader, thread, PITCH)
    auth.login(reader)
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "Waiting for a moderator" in html and "booking a sales meeting" in html
    assert f"post-held-{held.id}" in html
    auth.login(author)
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "calendly" not in html and f"post-held-{held.id}" not in html
    assert client.get(f"/forum/p/{held.id}").status_code == 404


def test_a_held_thread_is_a_404_for_other_members(client, auth, author, reader, category):
    thread, _ = services.start_thread(author, category, "Cut agency costs", PITCH)
    auth.login(reader)
    assert client.get(f"/forum/t/{thread.id}").status_code == 404
    auth.login(author)
    assert b"Waiting for a moderator" in client.get(f"/forum/t/{thread.id}").data


def test_tombstones_replace_deleted_and_hidden_posts(client, auth, thread, reader, mod):
    gone = services.reply(reader, thread, "Regrettable words.")
    hidden = services.reply(reader, thread, "Confidential client numbers.")
    services.delete_post(reader, gone)
    services.hide_post(mod, hidden, "Shared confidential figures")
    auth.login(reader)
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "deleted by its author" in html and "Regrettable" not in html
    assert "Hidden by the moderators: Shared confidential figures" in html
    assert "Confidential client numbers" not in html
    auth.login(mod)
    assert "Confidential client numbers" in client.get(f"/forum/t/{thread.id}").get_data(
        as_text=True
    )


def test_edited_posts_are_marked_and_moderators_can_read_their_history(
    client, auth, thread, author, mod
):
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    services.edit_post(author, opening, "A sharper question.", "Four-day week results")
    auth.login(author)
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert 'class="post-meta__edited">edited<' in html
    assert f"/forum/p/{opening.id}/history" not in html
    auth.login(mod)
    history = client.get(f"/forum/p/{opening.id}/history").get_data(as_text=True)
    assert "A sharper question." in history and "four-day week" in history.lower()


# Writing ---------------------------------------------------------------------------------------


def test_a_member_starts_a_thread_with_a_poll(client, auth, author, category):
    auth.login(author)
    response = client.post(
        f"/forum/c/{category.slug}/new",
        data={
            "title": "Annual meetup",
            "body": "Shall we meet?",
            "poll_question": "Which city?",
            "poll_options": "Paris\nRome",
        },
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Thread).where(Thread.title == "Annual meetup")) is not None
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your thread is live." in html and "Which city?" in html
    assert "Results show once you have voted." in html


def test_bad_input_is_explained_and_kept(client, auth, author, category):
    auth.login(author)
    response = client.post(
        f"/forum/c/{category.slug}/new",
        data={
            "title": "Fine title",
            "body": "Body text",
            "poll_question": "Q?",
            "poll_options": "A",
        },
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "A poll needs 2 to 10 different options" in html
    assert 'value="Fine title"' in html and "Body text" in html
    response = client.post(f"/forum/c/{category.slug}/new", data={"title": "", "body": ""})
    assert response.status_code == 400
    assert b"There are 2 problems" in response.data


def test_a_pitch_thread_is_held_and_its_author_told_why(client, auth, author, category):
    auth.login(author)
    response = client.post(
        f"/forum/c/{category.slug}/new",
        data={"title": "Cut your agency costs", "body": PITCH},
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "Your thread is waiting for a moderator" in html
    assert "Asks readers to book a demo" in html


def test_replying_quoting_editing_and_deleting(client, auth, thread, author, reader):
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    auth.login(reader)
    quote = client.get(f"/forum/t/{thread.id}/reply?quote={opening.id}").get_data(as_text=True)
    assert "&gt; **Ada Author** wrote:" in quote
    response = client.post(f"/forum/t/{thread.id}/reply", data={"body": "Our results were good."})
    assert response.status_code == 302 and response.headers["Location"].endswith("#post-2")
    reply = db.session.scalar(select(Post).where(Post.number == 2))
    response = client.post(f"/forum/p/{reply.id}/edit", data={"body": "Our results were great."})
    assert response.status_code == 302
    assert reload(reply).body == "Our results were great."
    response = client.post(f"/forum/p/{reply.id}/delete")
    assert response.status_code == 302
    assert reload(reply).status == "deleted"


def test_members_cannot_edit_or_delete_other_peoples_posts(client, auth, thread, reader):
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    auth.login(reader)
    assert client.get(f"/forum/p/{opening.id}/edit").status_code == 403
    assert client.post(f"/forum/p/{opening.id}/edit", data={"body": "x"}).status_code == 403
    assert client.post(f"/forum/p/{opening.id}/delete").status_code == 403
    assert reload(opening).status == "published"


def test_following_and_unfollowing_a_thread(client, auth, thread, author, reader):
    auth.login(reader)
    html = client.post(
        f"/forum/t/{thread.id}/subscription", data={"action": "follow"}, follow_redirects=True
    ).get_data(as_text=True)
    assert "You follow this thread" in html and "Stop following" in html
    client.post(f"/forum/t/{thread.id}/subscription", data={"action": "unfollow"})
    services.reply(author, thread, "News nobody following hears about.")
    assert notifications.unread_count(reader) == 0


def test_voting_shows_the_results(client, auth, author, reader, category):
    draft = services.parse_poll("Which city?", "Paris\nRome", False, None)
    thread, _ = services.start_thread(author, category, "Meetup city", FRIENDLY, draft)
    auth.login(reader)
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    option = re.search(r'name="option" value="(\d+)"', html).group(1)
    response = client.post(f"/forum/t/{thread.id}/vote", data={"option": option})
    assert response.headers["Location"].endswith("#poll")
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert "100% · 1 vote" in html and "(your choice)" in html
    assert client.post(f"/forum/t/{thread.id}/vote", data={"option": "x"}).status_code == 400


def test_the_preview_returns_sanitized_html(client, auth, author):
    auth.login(author)
    response = client.post("/forum/preview", data={"text": "**bold** <script>x</script>"})
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.get_data(as_text=True).startswith("<p><strong>bold</strong> &lt;script&gt;")
    assert client.post("/forum/preview", data={"text": "x" * 20_001}).status_code == 400


def test_the_search_page_shows_ranked_highlighted_results(client, auth, thread, author):
    auth.login(author)
    html = client.get("/forum/search?q=four-day").get_data(as_text=True)
    assert "1 result for" in html and "<mark>" in html
    assert "No results" in client.get("/forum/search?q=zzzzqqq").get_data(as_text=True)
    assert client.get("/forum/search?q=four&page=9").status_code == 404


# House rules -----------------------------------------------------------------------------------


def test_a_member_who_has_not_accepted_the_rules_is_sent_to_them_and_back(
    client, auth, person, category
):
    newcomer = person("member", name="New Comer")
    auth.login(newcomer)
    response = client.get(f"/forum/c/{category.slug}/new")
    assert "/forum/house-rules?next=" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Please accept the house rules" in page and "Peers, not prospects" in page
    version = re.search(r'name="version" type="hidden" value="(\d+)"', page).group(1)
    response = client.post(
        "/forum/house-rules", data={"version": version, "next": f"/forum/c/{category.slug}/new"}
    )
    assert response.headers["Location"].endswith(f"/forum/c/{category.slug}/new")
    assert not house_rules.needs_to_accept(reload(newcomer))


def test_a_reply_written_before_accepting_changed_rules_is_not_lost(
    client, auth, thread, reader, board_member, person
):
    publish_house_rules(
        board_member, person, house_rules.DEFAULT_RULES + "\n6. Be kind.", "Kindness"
    )
    auth.login(reader)
    response = client.post(
        f"/forum/t/{thread.id}/reply", data={"body": "My carefully typed reply."}
    )
    html = response.get_data(as_text=True)
    assert "Please accept the house rules" in html and "Kindness" in html
    assert 'value="My carefully typed reply."' in html
    version = re.search(r'name="version" type="hidden" value="(\d+)"', html).group(1)
    response = client.post(
        "/forum/house-rules",
        data={"version": version, "resume": f"/forum/t/{thread.id}/reply",
              "body": "My carefully typed reply."},
    )  # fmt: skip
    assert response.status_code == 307
    assert response.headers["Location"].endswith(f"/forum/t/{thread.id}/reply")
    response = client.post(response.headers["Location"], data={"body": "My carefully typed reply."})
    assert response.status_code == 302
    assert (
        db.session.scalar(select(func.count()).where(Post.body == "My carefully typed reply.")) == 1
    )


# Notifications pages ---------------------------------------------------------------------------


def test_opening_a_notification_marks_it_read_and_goes_to_the_post(
    client, auth, thread, author, reader
):
    post = services.reply(reader, thread, "Hello there.")
    notification = db.session.scalar(select(Notification).where(Notification.user_id == author.id))
    auth.login(author)
    html = client.get("/notifications").get_data(as_text=True)
    assert "Rita Reader replied in “Four-day week: results?”" in html
    response = client.get(f"/notifications/{notification.id}")
    assert response.headers["Location"].endswith(f"/forum/p/{post.id}")
    thread_page = client.get(f"/forum/p/{post.id}", follow_redirects=True)
    report_reading(client, thread_page.get_data(as_text=True))  # as the page's script does
    assert reload(notification).read_at is not None
    assert b"Nothing was unread" in client.post("/notifications/read", follow_redirects=True).data


def test_notification_settings_are_saved_per_kind(client, auth, author):
    auth.login(author)
    html = client.get("/notifications/settings").get_data(as_text=True)
    assert re.search(r'value="instant"[^>]*checked|checked[^>]*value="instant"', html)
    response = client.post("/notifications/settings", data={"mention": "weekly", "reply": "off"})
    assert response.status_code == 302
    assert notifications.preferences(author) == {"mention": "weekly", "reply": "off"}
    assert client.post("/notifications/settings", data={"mention": "hourly"}).status_code == 400


def test_one_click_unsubscribe_works_without_signing_in_and_can_be_undone(client, author):
    token = notifications.unsubscribe_token(author.id, "mention")
    html = client.get(f"/notifications/unsubscribe/{token}").get_data(as_text=True)
    assert "Stop these emails?" in html and "someone mentions you" in html
    assert notifications.preferences(author)["mention"] == "instant", "a GET only asks"
    html = client.post(f"/notifications/unsubscribe/{token}").get_data(as_text=True)
    assert "You are unsubscribed" in html and "someone mentions you" in html
    assert notifications.preferences(author)["mention"] == "off"
    response = client.post(f"/notifications/unsubscribe/{token}/undo", data={"delivery": "instant"})
    assert response.status_code == 302
    assert notifications.preferences(author)["mention"] == "instant"
    assert client.get("/notifications/unsubscribe/not-a-token").status_code == 404
    assert client.post("/notifications/unsubscribe/not-a-token").status_code == 404


def test_instant_mail_links_unsubscribe_and_the_post(client, thread, author, reader):
    from community.mail.models import OutboxMessage

    services.reply(reader, thread, "@ada.author have a look.")
    message = db.session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "forum_mention"))
    link = re.search(r"http://localhost.test(/notifications/unsubscribe/\S+)", message.text_body)
    assert client.get(link.group(1)).status_code == 200
    assert notifications.preferences(author)["mention"] == "instant", "link scanners only look"
    assert client.post(link.group(1)).status_code == 200
    assert notifications.preferences(author)["mention"] == "off"


# Admin: categories -----------------------------------------------------------------------------


def test_admins_create_edit_and_delete_categories(client, auth, admin):
    auth.login(admin)
    response = client.post(
        "/forum/admin/categories",
        data={"name": "Digital & Data", "description": "Platforms.", "position": "2"},
    )
    assert response.status_code == 302
    html = client.get("/forum/admin/categories").get_data(as_text=True)
    assert "/forum/c/digital-data" in html and "Forum categories" in html
    category_id = re.search(r"/forum/admin/categories/(\d+)", html).group(1)
    response = client.post(
        f"/forum/admin/categories/{category_id}",
        data={"name": "Digital", "slug": "digital", "description": "", "position": "1"},
    )
    assert response.status_code == 302
    assert client.post(f"/forum/admin/categories/{category_id}/delete").status_code == 302
    assert b"No categories yet" in client.get("/forum/admin/categories").data


def test_a_member_cannot_post_into_an_unknown_category(client, auth, author):
    auth.login(author)
    assert client.get("/forum/c/nope/new").status_code == 404
    assert client.get("/forum/t/999999").status_code == 404


@pytest.mark.parametrize("value", ["²", "999999999999", "-1", "1.5", "x"])
def test_odd_ids_in_forms_and_links_get_a_clear_answer_not_a_500(
    client, auth, thread, author, category, value
):
    draft = services.parse_poll("Which city?", "Paris\nRome", False, None)
    poll_thread, _ = services.start_thread(author, category, "Meetup city", FRIENDLY, draft)
    auth.login(author)
    assert client.get(f"/forum/t/{thread.id}/reply?quote={value}").status_code == 200
    assert client.post(f"/forum/t/{poll_thread.id}/vote", data={"option": value}).status_code == 400
    response = client.post("/forum/house-rules", data={"version": value, "next": "/forum/"})
    assert response.status_code == 400
