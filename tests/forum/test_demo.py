"""Demo content and benchmark data: `demo load` and `demo generate`, and the forum commands."""

from __future__ import annotations

from sqlalchemy import func, select

from community.auth.models import User
from community.extensions import db
from community.forum import search
from community.forum.models import (
    Category,
    Notification,
    Poll,
    PollVote,
    Post,
    PostMention,
    Thread,
)


def count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def test_demo_load_fills_categories_with_lively_threads_a_poll_and_mentions(app):
    from community.demo import load_all

    assert load_all()
    assert count(Category) >= 5
    assert count(Thread, Thread.status == "published") >= 6
    assert count(Post, Post.status == "published") >= 18
    assert count(Poll) == 1 and count(PollVote) >= 5
    assert count(PostMention) >= 3
    assert count(Notification) > 0
    assert count(Post, Post.status == "held") >= 1  # a pitch waits for a moderator
    assert search.search(db.session, "board", page=1, per_page=5).total >= 1
    busiest = db.session.scalar(select(func.max(Thread.reply_count)))
    assert busiest >= 4


def test_demo_generate_writes_members_threads_posts_and_the_index(app, runner):
    result = runner.invoke(
        args=["demo", "generate", "--members", "30", "--threads", "12", "--posts", "150"]
    )
    assert result.exit_code == 0, result.output
    assert "Generated 30 members, 12 threads and 150 posts" in result.output
    assert count(User, User.subject.like("bench-%")) == 30
    assert count(Post) == 150
    threads = db.session.scalars(select(Thread)).all()
    assert sum(thread.reply_count + 1 for thread in threads) == 150
    assert all(thread.last_post_id is not None for thread in threads)
    assert sum(c.post_count for c in db.session.scalars(select(Category))) == 150
    assert search.search(db.session, "board", page=1, per_page=5).total > 0


def test_generated_data_can_be_added_to_twice(app, runner):
    for _ in range(2):
        result = runner.invoke(args=["demo", "generate", "--members", "5", "--threads", "2",
                                     "--posts", "10"])  # fmt: skip
        assert result.exit_code == 0, result.output
    assert count(Post) == 20


def test_generate_refuses_impossible_numbers(runner):
    result = runner.invoke(args=["demo", "generate", "--threads", "10", "--posts", "5"])
    assert result.exit_code != 0
    assert "posts >= threads" in result.output


def test_reindex_and_recount_commands_repair_the_forum(app, runner):
    runner.invoke(args=["demo", "generate", "--members", "5", "--threads", "3", "--posts", "9"])
    db.session.execute(db.text("DELETE FROM forum_search"))
    db.session.execute(Thread.__table__.update().values(reply_count=0))
    db.session.commit()
    result = runner.invoke(args=["forum", "reindex"])
    assert result.exit_code == 0 and "Indexed 9 posts" in result.output
    result = runner.invoke(args=["forum", "recount"])
    assert result.exit_code == 0 and "Recounted 3 threads" in result.output
    db.session.expire_all()
    assert sum(t.reply_count for t in db.session.scalars(select(Thread))) == 6
