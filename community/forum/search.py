"""Full-text search over published posts: SQLite FTS5 or PostgreSQL full-text search, one interface.

The index is the table `forum_search`, one row per published post in a published thread (the
opening post also carries the thread title). Neither engine's DDL can be expressed to create_all,
so `install(connection)` makes it; it is idempotent and runs after the posts table is created (a
table event in community.forum.models, which create_all fires) and from the migration.

Keeping it in sync: the forum services call `index_post` when a post is published or edited and
`remove_post` when it is held, hidden or deleted; `rebuild` refills it (the demo generator). A
safety net in the database removes a post's row when the post row itself is deleted (a trigger
on SQLite, ON DELETE CASCADE on PostgreSQL), and every query joins back to the posts and threads
and keeps only published ones, so a held, hidden or deleted post never appears in results even if
the index were stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from community.db_types import UTCDateTime
from community.forum.markup import to_plain_text
from community.pagination import Page

TABLE = "forum_search"
# Highlight marks: private-use characters, removed from indexed text so that no post can forge
# them; everything else in a snippet is escaped, then the marks become <mark> elements.
MARK_START, MARK_END = "\ue000", "\ue001"
MAX_QUERY_LENGTH = 200
# Only the newest this-many matches of a query are ranked, so its cost does not grow with the forum;
# ranking reads each candidate's text (SQLite: about 10 us a candidate; 500 cost twice as much).
RANKED_CANDIDATES = 200
# Counting every match of a very common word costs more than the results page itself; past this
# many the page says "more than 1,000 results".
MAX_COUNTED = 1000
_GIN_INDEX = f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_document ON {TABLE} USING gin (document)"


def _dialect(bind: Connection | Session) -> str:
    if isinstance(bind, Connection):
        return bind.dialect.name
    return bind.get_bind().dialect.name  # a Session or Flask-SQLAlchemy's scoped session


def install(connection: Connection) -> None:
    """Create the search table (and its safety net) if it is missing."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            f"""CREATE TABLE IF NOT EXISTS {TABLE} (
                post_id integer PRIMARY KEY REFERENCES forum_posts (id) ON DELETE CASCADE,
                title text NOT NULL DEFAULT '',
                body text NOT NULL DEFAULT '',
                document tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, title), 'A')
                    || setweight(to_tsvector('english'::regconfig, body), 'B')
                ) STORED
            )"""
        )
        connection.exec_driver_sql(_GIN_INDEX)
    else:
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            "title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {TABLE}_post_deleted AFTER DELETE ON forum_posts "
            f"BEGIN DELETE FROM {TABLE} WHERE rowid = old.id; END"
        )


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TABLE}_post_deleted")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def _clean(value: str) -> str:
    return (value or "").replace(MARK_START, "").replace(MARK_END, "")


def document_text(body: str) -> str:
    """What is indexed for a post body: its words without markup."""
    return _clean(to_plain_text(body))


def index_post(session: Session, post_id: int, title: str, body: str) -> None:
    """Add or replace a post in the index (title: the thread title for an opening post, else "")."""
    values = {"post_id": post_id, "title": _clean(title), "body": document_text(body)}
    if _dialect(session) == "postgresql":
        session.execute(
            text(
                f"INSERT INTO {TABLE} (post_id, title, body) VALUES (:post_id, :title, :body) "
                "ON CONFLICT (post_id) DO UPDATE SET title = excluded.title, body = excluded.body"
            ),
            values,
        )
    else:
        session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :post_id"), values)
        session.execute(
            text(f"INSERT INTO {TABLE} (rowid, title, body) VALUES (:post_id, :title, :body)"),
            values,
        )


def remove_post(session: Session, post_id: int) -> None:
    key = "post_id" if _dialect(session) == "postgresql" else "rowid"
    session.execute(text(f"DELETE FROM {TABLE} WHERE {key} = :post_id"), {"post_id": post_id})


def rebuild(session: Session, batch_size: int = 2000) -> int:
    """Empty the index and fill it from every published post in a published thread."""
    postgres = _dialect(session) == "postgresql"
    session.execute(text(f"DELETE FROM {TABLE}"))
    if postgres:  # building the GIN index once at the end is much faster than row by row
        session.execute(text(f"DROP INDEX IF EXISTS ix_{TABLE}_document"))
    insert = text(
        f"INSERT INTO {TABLE} (post_id, title, body) VALUES (:post_id, :title, :body)"
        if postgres
        else f"INSERT INTO {TABLE} (rowid, title, body) VALUES (:post_id, :title, :body)"
    )
    rows = session.execute(
        text(
            "SELECT p.id, p.is_opening, p.body, t.title FROM forum_posts p "
            "JOIN forum_threads t ON t.id = p.thread_id "
            "WHERE p.status = 'published' AND t.status = 'published' ORDER BY p.id"
        )
    )
    plain_cache: dict[str, str] = {}  # generated data repeats bodies; rendering is the slow part
    count = 0
    batch: list[dict] = []
    for post_id, is_opening, body, title in rows.yield_per(batch_size):
        plain = plain_cache.get(body)
        if plain is None:
            plain = document_text(body)
            if len(plain_cache) < 50_000:
                plain_cache[body] = plain
        batch.append(
            {"post_id": post_id, "title": _clean(title) if is_opening else "", "body": plain}
        )
        if len(batch) >= batch_size:
            session.execute(insert, batch)
            count += len(batch)
            batch = []
    if batch:
        session.execute(insert, batch)
        count += len(batch)
    if postgres:
        session.execute(text(_GIN_INDEX))
    else:
        session.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')"))
    return count


@dataclass
class SearchPage(Page):
    more: bool = False  # more matches than MAX_COUNTED; `total` stops there


@dataclass
class SearchHit:
    post_id: int
    thread_id: int
    number: int
    title_html: Markup
    snippet_html: Markup
    author_name: str
    created_at: datetime
    rank: float


def highlight(value: str) -> Markup:
    """Escape everything, then turn the engine's marks into <mark> elements."""
    escaped = str(escape(value or ""))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def fts5_query(query: str) -> str | None:
    """A user's search words as a safe FTS5 expression, with the web-search conventions that
    PostgreSQL's websearch_to_tsquery understands: "a phrase", -excluded, either OR other."""
    clauses: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for match in re.finditer(r'(-?)"([^"]*)"?|(\S+)', query):
        negative, phrase, word = match.group(1), match.group(2), match.group(3)
        if word is not None:
            if word.lower() == "or" and clauses:
                join_next = True
                continue
            negative, word = ("-", word[1:]) if word.startswith("-") else ("", word)
            phrase = word
        terms = re.findall(r"\w+", phrase or "")
        if not terms:
            continue
        quoted = '"' + " ".join(terms) + '"'
        if negative:
            excluded.append(quoted)
        elif join_next:
            clauses[-1].append(quoted)
        else:
            clauses.append([quoted])
        join_next = False
    if not clauses:
        return None
    expression = " AND ".join(
        clause[0] if len(clause) == 1 else "(" + " OR ".join(clause) + ")" for clause in clauses
    )
    for term in excluded:
        expression = f"({expression}) NOT {term}"
    return expression


_SELECT = """
    p.id AS post_id, p.thread_id, p.number, p.created_at, t.title AS thread_title,
    CASE WHEN u.id IS NULL OR u.deleted_at IS NOT NULL THEN 'Former member' ELSE u.name END
        AS author_name
"""
_JOINS = """
    JOIN forum_posts p ON p.id = {key}
    JOIN forum_threads t ON t.id = p.thread_id
    LEFT JOIN users u ON u.id = p.author_id
"""
_VISIBLE = "p.status = 'published' AND t.status = 'published'"


def _page(hits: list[SearchHit], page: int, per_page: int, counted: int) -> SearchPage:
    return SearchPage(
        items=hits,
        page=page,
        per_page=per_page,
        total=min(counted, MAX_COUNTED),
        more=counted > MAX_COUNTED,
    )


def search(session: Session, query: str, *, page: int, per_page: int) -> SearchPage:
    """Ranked results (best first) with highlighted snippets, a page at a time."""
    query = " ".join((query or "").split())[:MAX_QUERY_LENGTH]
    if fts5_query(query) is None:  # nothing to look for (only exclusions, or no words)
        return SearchPage(items=[], page=1, per_page=per_page, total=0)
    if _dialect(session) == "postgresql":
        return _search_postgres(session, query, page, per_page)
    return _search_sqlite(session, query, page, per_page)


def _hit(row, title: str, snippet: str, rank: float) -> SearchHit:
    title_html = highlight(title) if MARK_START in (title or "") else highlight(row.thread_title)
    return SearchHit(
        post_id=row.post_id,
        thread_id=row.thread_id,
        number=row.number,
        title_html=title_html,
        snippet_html=highlight(snippet),
        author_name=row.author_name,
        created_at=row.created_at,
        rank=float(rank),
    )


# Both engines rank a bounded candidate set: the newest RANKED_CANDIDATES visible matches. Finding
# them walks the index from the newest post backwards and stops there, so a common word costs the
# same at a million posts as at a hundred thousand. Only the page's few rows are then joined to
# threads and authors and given snippets. Every query keeps only published posts in published
# threads, so a stale index row can never show a held, hidden or deleted post.

# bm25 as FTS5 computes it, with its parameters and our column weights (title, body).
BM25_K1, BM25_B = 1.2, 0.75
TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0


def bm25_scores(documents: list[tuple[int, int, int]]) -> list[float]:
    """bm25 of each candidate, given as (matches in the title, matches in the body, length);
    higher is better.

    The matches are the engine's highlight marks (one per matched phrase instance); a document's
    length is its characters, against the candidates' average (bm25 only uses the ratio, and
    characters are proportional to words). FTS5's own bm25 also weighs each phrase by its inverse
    document frequency over the whole index, which it gets by reading every match of every phrase:
    that is what made a common word cost more as the forum grew. Here every phrase weighs the
    same; for a one-word query the order is bm25's."""
    frequencies = [TITLE_WEIGHT * title + BODY_WEIGHT * body for title, body, _ in documents]
    lengths = [length for _, _, length in documents]
    average = (sum(lengths) / len(lengths)) if lengths else 1.0
    return [
        frequency
        * (BM25_K1 + 1)
        / (frequency + BM25_K1 * (1 - BM25_B + BM25_B * length / (average or 1.0)))
        for frequency, length in zip(frequencies, lengths, strict=True)
    ]


def _search_sqlite(session: Session, query: str, page: int, per_page: int) -> Page:
    expression = fts5_query(query)
    counted = session.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH :expression "
            "LIMIT :most)"
        ),
        {"expression": expression, "most": MAX_COUNTED + 1},
    ).scalar_one()
    if not counted:  # a phrase that never occurs reads every post with its words: only once
        return _page([], page, per_page, 0)
    # No "ORDER BY rank" and no bm25() here: FTS5 walks its doclists in descending rowid order and
    # stops at the LIMIT; highlight() only re-reads these candidates' own text, and only numbers
    # come back.
    candidates = session.execute(
        text(
            f"""
            WITH newest AS MATERIALIZED (
                SELECT {TABLE}.rowid AS hit_id,
                       highlight({TABLE}, 0, :start, :end) AS title_marked,
                       highlight({TABLE}, 1, :start, :end) AS body_marked
                FROM {TABLE}
                JOIN forum_posts p ON p.id = {TABLE}.rowid
                JOIN forum_threads t ON t.id = p.thread_id
                WHERE {TABLE} MATCH :expression AND {_VISIBLE}
                ORDER BY {TABLE}.rowid DESC LIMIT :candidates
            )
            SELECT hit_id,
                   length(title_marked) - length(replace(title_marked, :start, '')),
                   length(body_marked) - length(replace(body_marked, :start, '')),
                   length(title_marked) + length(body_marked)
            FROM newest
            """
        ),
        {
            "expression": expression,
            "start": MARK_START,
            "end": MARK_END,
            "candidates": max(RANKED_CANDIDATES, page * per_page),
        },
    ).all()
    scores = bm25_scores([(title, body, length) for _, title, body, length in candidates])
    ranked = sorted(
        zip(scores, (row[0] for row in candidates), strict=True),
        key=lambda pair: (-pair[0], -pair[1]),
    )
    chosen = ranked[(page - 1) * per_page : page * per_page]
    if not chosen:
        return _page([], page, per_page, counted)
    rows = session.execute(
        text(
            f"""
            SELECT {_SELECT},
                   highlight({TABLE}, 0, :start, :end) AS title_marked,
                   snippet({TABLE}, 1, :start, :end, '…', 32) AS snippet
            FROM {TABLE} {_JOINS.format(key=f"{TABLE}.rowid")}
            WHERE {TABLE} MATCH :expression AND {TABLE}.rowid IN :ids AND {_VISIBLE}
            """
        )
        .bindparams(bindparam("ids", expanding=True))
        .columns(created_at=UTCDateTime()),
        {
            "expression": expression,
            "start": MARK_START,
            "end": MARK_END,
            "ids": [post_id for _, post_id in chosen],
        },
    ).all()
    found = {row.post_id: row for row in rows}
    hits = [
        _hit(found[post_id], found[post_id].title_marked, found[post_id].snippet, score)
        for score, post_id in chosen
        if post_id in found
    ]
    return _page(hits, page, per_page, counted)


_HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=15, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def _search_postgres(session: Session, query: str, page: int, per_page: int) -> Page:
    matches = "s.document @@ websearch_to_tsquery('english', :query)"
    counted = session.execute(
        text(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} s WHERE {matches} LIMIT :most) m"),
        {"query": query, "most": MAX_COUNTED + 1},
    ).scalar_one()
    if not counted:  # as on SQLite: a query that matches nothing is not looked for twice
        return _page([], page, per_page, 0)
    # Only the newest RANKED_CANDIDATES visible matches are ranked (reading every matching
    # document costs hundreds of milliseconds for a common word); ts_headline runs on this page.
    rows = session.execute(
        text(
            f"""
            WITH candidates AS MATERIALIZED (
                SELECT s.post_id FROM {TABLE} s
                JOIN forum_posts p ON p.id = s.post_id
                JOIN forum_threads t ON t.id = p.thread_id
                WHERE {matches} AND {_VISIBLE}
                ORDER BY s.post_id DESC LIMIT :candidates
            ),
            hits AS MATERIALIZED (
                SELECT s.post_id AS hit_id, s.title AS indexed_title, s.body AS indexed_body,
                       ts_rank(s.document, websearch_to_tsquery('english', :query)) AS rank
                FROM candidates JOIN {TABLE} s ON s.post_id = candidates.post_id
                ORDER BY rank DESC, s.post_id DESC
                LIMIT :limit OFFSET :offset
            )
            SELECT {_SELECT}, hits.rank,
                   ts_headline('english', hits.indexed_title,
                               websearch_to_tsquery('english', :query), :title_options)
                       AS title_marked,
                   ts_headline('english', hits.indexed_body,
                               websearch_to_tsquery('english', :query), :options) AS snippet
            FROM hits {_JOINS.format(key="hits.hit_id")}
            WHERE {_VISIBLE}
            ORDER BY hits.rank DESC, p.id DESC
            """
        ).columns(created_at=UTCDateTime()),
        {
            "query": query,
            "limit": per_page,
            "offset": (page - 1) * per_page,
            "candidates": max(RANKED_CANDIDATES, page * per_page),
            "options": _HEADLINE_OPTIONS,
            "title_options": f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true',
        },
    ).all()
    hits = [_hit(row, row.title_marked, row.snippet, row.rank) for row in rows]
    return _page(hits, page, per_page, counted)
