"""Moderation pages run a fixed number of SQL queries, whatever the amount of data."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from community.extensions import db
from community.moderation import services
from tests.moderation.conftest import PITCH_BODY, start_thread, writer


@contextmanager
def counted_queries():
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def queries_for(client, path: str) -> int:
    with counted_queries() as statements:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(statements)


def add_work(mod, category, count: int) -> None:
    """`count` held posts by different authors (each warned), and `count` decisions."""
    for number in range(count):
        author = writer(name=f"Author {number}")
        services.impose_sanction(mod, author, "warning", "Tone.", 30)
        start_thread(author, category, f"Offer number {number}", PITCH_BODY)
        decided = start_thread(author, category, f"Another offer {number}", PITCH_BODY)
        services.hide_post(mod, decided.id, "sales_pitch", "Advertising.")
        quiet = start_thread(author, category, f"A question {number}", "What do you think?")
        services.flag_post(writer(name=f"Flagger {number}"), quiet.id, "off_topic", "Elsewhere.")


def test_moderation_pages_do_not_run_more_queries_with_more_data(
    client, auth, mod, board_member, category
):
    pages = {
        mod: ["/moderation/", "/moderation/log", "/moderation/members"],
        board_member: ["/moderation/pitch-policy"],
    }
    add_work(mod, category, 2)
    before = {}
    for person, paths in pages.items():
        auth.login(person)
        for path in paths:
            before[path] = queries_for(client, path)
    add_work(mod, category, 5)
    for person, paths in pages.items():
        auth.login(person)
        for path in paths:
            assert queries_for(client, path) == before[path], path
