"""The category and thread pages (and the other lists) run a fixed number of SQL statements
whatever the number of threads, posts and members."""

from __future__ import annotations

from sqlalchemy import func, select

from community.demo.forum import generate
from community.extensions import db
from community.forum import services
from community.forum.models import Post, Thread

from .helpers import counting_queries


def statements_for(client, path: str) -> list[str]:
    client.get(path)  # once to settle one-time writes (reading state), then measure
    with counting_queries() as counter:
        response = client.get(path)
    assert response.status_code == 200, path
    return counter.statements


def busiest_thread(category) -> Thread:
    return db.session.scalar(
        select(Thread)
        .where(Thread.category_id == category.id, Thread.status == "published")
        .order_by(Thread.reply_count.desc())
        .limit(1)
    )


def test_page_queries_do_not_grow_with_the_forum(client, auth, author, reader, mod, category):
    small_thread, _ = services.start_thread(author, category, "A small thread", "Opening words.")
    for number in range(24):
        services.reply((author, reader, mod)[number % 3], small_thread, f"Reply {number}.")
    services.reply(reader, small_thread, "@ada.author what do you think?")
    auth.login(author)
    paths = {
        "categories": "/forum/",
        "category": f"/forum/c/{category.slug}",
        "thread": f"/forum/t/{small_thread.id}",
        "thread page 2": f"/forum/t/{small_thread.id}?page=2",
        "search": "/forum/search?q=reply",
        "notifications": "/notifications",
    }
    small = {name: statements_for(client, path) for name, path in paths.items()}

    generate(members=400, threads=300, posts=6000, seed=3)
    assert db.session.scalar(select(func.count()).select_from(Post)) > 6000
    big_thread = busiest_thread(category)
    assert big_thread.reply_count > 40
    paths["big thread"] = f"/forum/t/{big_thread.id}"
    paths["big thread page 2"] = f"/forum/t/{big_thread.id}?page=2"
    large = {name: statements_for(client, path) for name, path in paths.items()}

    for name in small:
        assert len(large[name]) == len(small[name]), (name, small[name], large[name])
    assert len(large["big thread"]) == len(small["thread"])
    assert len(large["big thread page 2"]) == len(small["thread"])
    # A handful each: the signed-in member (and roles), the page's data, the bell.
    assert len(small["thread"]) <= 6, small["thread"]
    assert len(small["category"]) <= 6, small["category"]


def test_a_thread_page_loads_authors_with_the_posts_not_one_by_one(client, auth, author, category):
    thread, _ = services.start_thread(author, category, "Many voices", "Who is here?")
    auth.login(author)
    few = len(statements_for(client, f"/forum/t/{thread.id}"))
    generate(members=60, threads=1, posts=1, seed=5)  # new members to reply
    voices = db.session.scalars(select(db.metadata.tables["users"].c.id).limit(60)).all()
    from community.auth.models import User

    from .helpers import accept_rules

    for user_id in voices[:19]:
        user = db.session.get(User, user_id)
        if user.has_role("member"):
            accept_rules(user)
            services.reply(user, thread, "Here, with a view.")
    many = len(statements_for(client, f"/forum/t/{thread.id}"))
    assert many == few


def test_with_the_cache_warm_the_thread_page_reads_no_posts_and_both_pages_stay_small(
    client, auth, author, reader, category
):
    thread, _ = services.start_thread(author, category, "A cached thread", "Opening words.")
    for number in range(5):
        services.reply((author, reader)[number % 2], thread, f"Reply {number}.")
    auth.login(reader)
    path = f"/forum/t/{thread.id}"
    with counting_queries() as cold:
        assert client.get(path).status_code == 200
    warm_thread = statements_for(client, path)
    warm_category = statements_for(client, f"/forum/c/{category.slug}")

    assert len(warm_thread) == len(cold.statements) - 1  # the page of posts
    assert any("FROM forum_posts" in statement for statement in cold.statements)
    assert not any("FROM forum_posts" in statement for statement in warm_thread), warm_thread
    # The member with roles and standing, the thread with its generations, the viewer's own
    # reactions and bookmarks on the page, the bell.
    assert len(warm_thread) == 4, warm_thread
    # The member, the category, its threads, the bell.
    assert len(warm_category) <= 4, warm_category
