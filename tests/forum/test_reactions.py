"""Reactions (a fixed set, counted, never listed by who) and private bookmarks: the services,
the thread page that shows them, the bookmarks page, and who may use them."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from community.errors import DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import reactions, services
from community.forum.models import Bookmark, Post, PostReaction
from community.moderation import services as moderation

from .helpers import PITCH, counting_queries


@pytest.fixture
def opening(thread):
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.number == 1))


def reaction_count(post) -> int:
    return db.session.scalar(
        select(func.count()).select_from(PostReaction).where(PostReaction.post_id == post.id)
    )


def suspend(moderator, member, kind: str):
    return moderation.impose_sanction(moderator, member, kind, "Repeated sales pitches.", 7)


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.get_data(as_text=True))


# Services -------------------------------------------------------------------------------------


def test_a_reaction_is_added_then_taken_back_by_the_same_choice(reader, opening):
    assert reactions.toggle_reaction(reader, opening, "insightful") is True
    assert reaction_count(opening) == 1
    assert reactions.toggle_reaction(reader, opening, "insightful") is False
    assert reaction_count(opening) == 0


def test_a_member_may_give_several_kinds_but_each_only_once(reader, mod, opening):
    reactions.toggle_reaction(reader, opening, "insightful")
    reactions.toggle_reaction(reader, opening, "thanks")
    reactions.toggle_reaction(mod, opening, "insightful")
    extras = reactions.extras_for_page(reader.id, opening.thread_id, 1, 20)[opening.id]
    counts = {r.kind: (r.count, r.mine) for r in extras.reactions}
    assert counts == {"insightful": (2, True), "agree": (0, False), "thanks": (1, True)}


def test_only_the_fixed_set_of_reactions_is_accepted(reader, opening):
    with pytest.raises(DomainError, match="Choose one of the reactions"):
        reactions.toggle_reaction(reader, opening, "love")
    assert reaction_count(opening) == 0


def test_authors_cannot_react_to_their_own_posts(author, opening):
    with pytest.raises(DomainError, match="your own post"):
        reactions.toggle_reaction(author, opening, "agree")


def test_a_post_held_for_review_takes_no_reactions_or_bookmarks(author, reader, thread):
    held = services.reply(author, thread, PITCH)
    assert held.status == "held"
    with pytest.raises(NotFound):
        reactions.toggle_reaction(reader, held, "agree")
    with pytest.raises(NotFound):
        reactions.set_bookmark(reader, held, True)


def test_a_posting_suspension_stops_reactions_but_not_bookmarks(mod, reader, opening):
    suspend(mod, reader, "posting_suspension")
    with pytest.raises(NotPermitted, match="suspended from posting"):
        reactions.toggle_reaction(reader, opening, "agree")
    assert reactions.set_bookmark(reader, opening, True) is True


def test_a_full_suspension_stops_reactions_and_bookmarks(mod, reader, opening):
    suspend(mod, reader, "full_suspension")
    with pytest.raises(NotPermitted):
        reactions.toggle_reaction(reader, opening, "agree")
    with pytest.raises(NotPermitted):
        reactions.set_bookmark(reader, opening, True)


def test_a_revoked_member_may_not_react_or_bookmark(person, opening):
    revoked = person("member", name="Rex Revoked", membership_status="revoked")
    with pytest.raises(NotPermitted, match="revoked"):
        reactions.toggle_reaction(revoked, opening, "agree")
    with pytest.raises(NotPermitted, match="revoked"):
        reactions.set_bookmark(revoked, opening, True)


def test_bookmarking_twice_keeps_one_bookmark_and_removing_drops_it(reader, opening):
    reactions.set_bookmark(reader, opening, True)
    reactions.set_bookmark(reader, opening, True)
    assert db.session.scalar(select(func.count()).select_from(Bookmark)) == 1
    assert reactions.set_bookmark(reader, opening, False) is False
    assert db.session.scalar(select(func.count()).select_from(Bookmark)) == 0


def test_the_bookmarks_page_lists_only_ones_own_still_visible_posts(author, reader, mod, thread):
    first = services.reply(author, thread, "The second post, worth keeping.")
    second = services.reply(mod, thread, "A third post, kept by someone else.")
    reactions.set_bookmark(reader, first, True)
    reactions.set_bookmark(mod, second, True)
    page = reactions.bookmarks_page(reader, 1, 20)
    assert [item.post_id for item in page.items] == [first.id]
    assert page.items[0].excerpt == "The second post, worth keeping."
    services.delete_post(author, first)
    assert reactions.bookmarks_page(reader, 1, 20).items == []


def test_one_page_of_reactions_is_read_in_one_statement(author, reader, mod, thread):
    posts = [services.reply(author, thread, f"Reply {n}.") for n in range(6)]
    for post in posts:
        reactions.toggle_reaction(reader, post, "agree")
        reactions.toggle_reaction(mod, post, "thanks")
        reactions.set_bookmark(reader, post, True)
    reader_id, thread_id = reader.id, thread.id
    with counting_queries() as counter:
        extras = reactions.extras_for_page(reader_id, thread_id, 1, 20)
    assert counter.count == 1
    assert all(extras[post.id].bookmarked for post in posts)


# HTTP -----------------------------------------------------------------------------------------


def test_the_thread_page_shows_counts_and_ones_own_reactions(client, auth, reader, mod, opening):
    reactions.toggle_reaction(mod, opening, "insightful")
    auth.login(reader)
    response = client.post(
        f"/forum/p/{opening.id}/react", data={"kind": "insightful"}, follow_redirects=True
    )
    page = text_of(response)
    assert "You reacted “Insightful”." in page
    assert re.search(r'value="insightful" aria-pressed="true">Insightful <span[^>]*>2</span>', page)
    # Nobody's name is attached to a reaction.
    assert "Mo Derator" not in page.split("post-reactions", 1)[1].split("</div>", 1)[0]


def test_the_author_sees_counts_on_their_post_but_no_buttons(client, auth, author, reader, opening):
    reactions.toggle_reaction(reader, opening, "thanks")
    auth.login(author)
    page = text_of(client.get(f"/forum/t/{opening.thread_id}"))
    assert 'class="reaction reaction--count">Thanks' in page
    assert f'action="/forum/p/{opening.id}/react"' not in page


def test_an_unknown_reaction_is_refused_with_a_message(client, auth, reader, opening):
    auth.login(reader)
    response = client.post(
        f"/forum/p/{opening.id}/react", data={"kind": "love"}, follow_redirects=True
    )
    assert "Choose one of the reactions" in text_of(response)
    assert reaction_count(opening) == 0


def test_bookmarking_from_the_thread_lists_the_post_on_the_bookmarks_page(
    client, auth, reader, opening
):
    auth.login(reader)
    response = client.post(
        f"/forum/p/{opening.id}/bookmark", data={"action": "add"}, follow_redirects=True
    )
    assert "Bookmarked" in text_of(response)
    assert "Remove bookmark" in text_of(response)
    page = text_of(client.get("/forum/bookmarks"))
    assert "Four-day week: results?" in page
    response = client.post(
        f"/forum/p/{opening.id}/bookmark",
        data={"action": "remove", "from": "bookmarks"},
        follow_redirects=True,
    )
    assert "No bookmarks yet" in text_of(response)


def test_a_bookmark_without_an_action_is_a_bad_request(client, auth, reader, opening):
    auth.login(reader)
    assert client.post(f"/forum/p/{opening.id}/bookmark", data={}).status_code == 400


def test_a_missing_post_is_not_found(client, auth, reader):
    auth.login(reader)
    assert client.post("/forum/p/999999/react", data={"kind": "agree"}).status_code == 404
    assert client.post("/forum/p/999999/bookmark", data={"action": "add"}).status_code == 404


@pytest.mark.parametrize(
    ("who", "react", "bookmark", "bookmarks_page"),
    [
        ("visitor", 302, 302, 302),
        ("applicant", 403, 403, 403),
        ("member", 302, 302, 200),
        ("posting_suspended", 403, 302, 200),
        ("fully_suspended", 403, 403, 403),
        ("revoked", 403, 403, 403),
        ("moderator", 302, 302, 200),
        ("board", 302, 302, 200),
        ("admin_only", 403, 403, 403),
    ],
)
def test_each_role_may_react_and_bookmark_as_their_standing_allows(
    client, auth, person, mod, opening, who, react, bookmark, bookmarks_page
):
    people = {
        "applicant": lambda: person("applicant"),
        "member": lambda: person("member"),
        "posting_suspended": lambda: person("member"),
        "fully_suspended": lambda: person("member"),
        "revoked": lambda: person("member", membership_status="revoked"),
        "moderator": lambda: person("member", "moderator"),
        "board": lambda: person("member", "board"),
        "admin_only": lambda: person("admin"),
    }
    if who != "visitor":
        user = people[who]()
        if who.endswith("_suspended"):
            suspend(mod, user, who.replace("_suspended", "_suspension").replace("fully", "full"))
        auth.login(user)
    before = reaction_count(opening)
    assert client.post(f"/forum/p/{opening.id}/react", data={"kind": "agree"}).status_code == react
    assert reaction_count(opening) == before + (1 if react == 302 and who != "visitor" else 0)
    response = client.post(f"/forum/p/{opening.id}/bookmark", data={"action": "add"})
    assert response.status_code == bookmark
    assert client.get("/forum/bookmarks").status_code == bookmarks_page
