"""Full-text search, on whichever database the suite runs (SQLite FTS5 or PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from community.extensions import db
from community.forum import search, services
from community.forum.models import Post

from .helpers import PITCH


def titles(query: str, **kwargs) -> list[str]:
    page = search.search(
        db.session, query, page=kwargs.get("page", 1), per_page=kwargs.get("per_page", 20)
    )
    return [str(hit.title_html).replace("<mark>", "").replace("</mark>", "") for hit in page.items]


@pytest.fixture
def corpus(author, reader, category):
    budget, _ = services.start_thread(
        author, category, "Marketing budget planning for next year", "How do you split it?"
    )
    services.reply(reader, budget, "We plan the marketing budget bottom-up, by channel.")
    services.start_thread(
        reader, category, "Hiring a chief data officer", "Where did you find good candidates?"
    )
    services.start_thread(
        author, category, "Agency reviews", "Our agency asked about budget only once a year."
    )
    return budget


def test_results_are_ranked_with_title_matches_first(corpus):
    found = titles("budget")
    assert found[0] == "Marketing budget planning for next year"
    assert set(found) == {"Marketing budget planning for next year", "Agency reviews"}
    assert len(found) == 3  # the opening post, the reply and the agency post


def test_words_match_their_variants(corpus):
    assert "Marketing budget planning for next year" in titles("plans")
    assert titles("hire") == ["Hiring a chief data officer"]


def test_snippets_highlight_the_matching_words(corpus):
    page = search.search(db.session, "channel", page=1, per_page=10)
    (hit,) = page.items
    assert "<mark>channel</mark>" in hit.snippet_html
    assert hit.author_name == "Rita Reader"
    assert hit.number == 2


def test_phrases_exclusions_and_alternatives(corpus):
    assert titles('"chief data officer"') == ["Hiring a chief data officer"]
    assert titles('"officer chief data"') == []
    assert titles("budget -agency") == [
        "Marketing budget planning for next year",
        "Marketing budget planning for next year",
    ]
    assert set(titles("candidates OR agency")) == {"Hiring a chief data officer", "Agency reviews"}


@pytest.mark.parametrize("query", ["", "   ", '"', "-budget", "OR", "*", "NEAR(", "'); DROP TABLE"])
def test_odd_queries_return_nothing_rather_than_failing(corpus, query):
    assert search.search(db.session, query, page=1, per_page=10).items == []


def test_held_hidden_and_deleted_posts_never_leak(corpus, author, reader, mod, category):
    services.start_thread(author, category, "Leaky pitch", PITCH)  # held by the pitch check
    hidden = services.reply(reader, corpus, "Confidential zebra numbers from a client.")
    deleted = services.reply(author, corpus, "A zebra remark I regret.")
    assert len(titles("zebra")) == 2
    services.hide_post(mod, hidden, "Confidential")
    services.delete_post(author, deleted)
    assert titles("zebra") == []
    assert titles("agency costs") == []
    services.restore_post(mod, db.session.get(Post, hidden.id), "Public after all")
    assert len(titles("zebra")) == 1


def test_a_hidden_thread_takes_all_its_posts_out_of_results(corpus, mod, reader):
    opening = db.session.scalar(
        db.select(Post).where(Post.thread_id == corpus.id, Post.is_opening.is_(True))
    )
    services.hide_post(mod, opening, "Off topic")
    assert "Marketing budget planning for next year" not in titles("budget")


def test_an_edited_title_is_found_by_its_new_words(corpus, author):
    opening = db.session.scalar(
        db.select(Post).where(Post.thread_id == corpus.id, Post.is_opening.is_(True))
    )
    services.edit_post(author, opening, "How do you split it?", "Annual spend allocation")
    assert titles("allocation") == ["Annual spend allocation"]


def test_results_are_paginated(author, category):
    for number in range(7):
        services.start_thread(author, category, f"Offsite idea number {number}", "An offsite.")
    first = search.search(db.session, "offsite", page=1, per_page=5)
    second = search.search(db.session, "offsite", page=2, per_page=5)
    assert first.total == 7 and len(first.items) == 5 and len(second.items) == 2
    assert not {hit.post_id for hit in first.items} & {hit.post_id for hit in second.items}


def test_rebuild_refills_the_index_from_published_posts(corpus):
    db.session.execute(text("DELETE FROM forum_search"))
    db.session.commit()
    assert titles("budget") == []
    assert search.rebuild(db.session) == 4
    db.session.commit()
    assert len(titles("budget")) == 3


def test_install_is_idempotent(app):
    with db.engine.begin() as connection:
        search.install(connection)
        search.install(connection)


def test_deleting_post_rows_removes_them_from_the_index(corpus):
    """The database's safety net: a post row deleted outside the services leaves the index."""
    db.session.execute(db.delete(Post).where(Post.thread_id == corpus.id))
    db.session.commit()
    assert titles("channel") == []
    count = db.session.execute(text("SELECT count(*) FROM forum_search")).scalar_one()
    assert count == 2


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("budget plan", '"budget" AND "plan"'),
        ('"chief data" officer', '"chief data" AND "officer"'),
        ("budget -agency", '("budget") NOT "agency"'),
        ("a OR b c", '("a" OR "b") AND "c"'),
        ("NEAR( x", '"NEAR" AND "x"'),
        ('"', None),
        ("-only", None),
    ],
)
def test_user_words_become_a_safe_fts5_expression(query, expression):
    assert search.fts5_query(query) == expression


def test_very_common_words_stop_counting_and_say_there_are_more(author, category, monkeypatch):
    monkeypatch.setattr(search, "MAX_COUNTED", 3)
    for number in range(5):
        services.start_thread(author, category, f"Roadmap review {number}", "A roadmap.")
    page = search.search(db.session, "roadmap", page=1, per_page=10)
    assert page.more and page.total == 3
    assert len(page.items) == 5


def test_only_the_newest_matches_are_ranked_so_an_old_title_match_can_drop_out(
    author, category, monkeypatch
):
    monkeypatch.setattr(search, "RANKED_CANDIDATES", 3)
    services.start_thread(author, category, "Succession succession succession", "Old thread.")
    for number in range(4):
        services.start_thread(author, category, f"Offsite {number}", "Thinking about succession.")
    found = titles("succession", per_page=3)
    assert found == ["Offsite 3", "Offsite 2", "Offsite 1"]  # equal scores: newest first
    assert search.search(db.session, "succession", page=1, per_page=3).total == 5


def test_a_title_match_outranks_a_body_match_among_the_candidates(author, category):
    services.start_thread(author, category, "Succession planning", "Who takes over?")
    services.start_thread(author, category, "Offsite agenda", "Succession came up twice.")
    assert titles("succession") == ["Succession planning", "Offsite agenda"]


def test_a_later_page_past_the_candidates_still_has_its_results(author, category, monkeypatch):
    monkeypatch.setattr(search, "RANKED_CANDIDATES", 2)
    for number in range(5):
        services.start_thread(author, category, f"Offsite idea number {number}", "An offsite.")
    pages = [search.search(db.session, "offsite", page=n, per_page=2) for n in (1, 2, 3)]
    ids = [hit.post_id for page in pages for hit in page.items]
    assert [len(page.items) for page in pages] == [2, 2, 1]
    assert len(set(ids)) == 5


def test_a_stale_index_row_of_a_hidden_post_neither_leaks_nor_shortens_the_page(
    corpus, author, reader, mod, monkeypatch
):
    monkeypatch.setattr(search, "RANKED_CANDIDATES", 2)
    older = services.reply(author, corpus, "An older zebra.")
    newer = services.reply(author, corpus, "Another zebra.")
    hidden = services.reply(reader, corpus, "The newest zebra remark, with a client's name.")
    services.hide_post(mod, hidden, "Confidential")
    search.index_post(db.session, hidden.id, "", hidden.body)  # as if the index had missed it
    db.session.commit()
    page = search.search(db.session, "zebra", page=1, per_page=2)
    assert {hit.post_id for hit in page.items} == {older.id, newer.id}


def test_the_snippet_and_the_title_of_each_hit_are_highlighted_and_escaped(author, category):
    services.start_thread(
        author, category, "Zebra <b>crossing</b> budgets", "The zebra & the <script>lion</script>."
    )
    (hit,) = search.search(db.session, "zebra", page=1, per_page=10).items
    assert "<mark>Zebra</mark>" in hit.title_html
    assert "<mark>zebra</mark>" in hit.snippet_html
    assert "<script>" not in hit.snippet_html and "<b>" not in hit.title_html


def test_bm25_prefers_more_matches_and_then_shorter_documents():
    scores = search.bm25_scores(
        [
            (0, 2, 100),  # two matches in the body
            (0, 1, 100),  # one
            (0, 1, 300),  # one, in a longer post
            (1, 0, 100),  # one, in the title
        ]
    )
    assert scores[0] > scores[1] > scores[2]
    assert scores[3] > scores[0]  # the title weighs four times the body
