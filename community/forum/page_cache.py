"""Rendered post lists of thread pages, cached until anything they show changes.

A thread page's post list is the same for every member who is not the author of a post on it:
it is rendered once per (thread, page, viewer kind, generations) and kept in Redis when
REDIS_URL is set (shared by the workers) or in an in-process LRU otherwise. The viewer's own
posts (edit and delete controls, their held posts) are rendered fresh on every view, and the CSRF
token in the cached HTML is a placeholder replaced with the viewer's own token.

Invalidation is by generation, not by deletion: `page_generations` holds a counter per thread
(row `thread_id`) and one for every name, handle and photo shown (row 0, PEOPLE). Any flush or
bulk statement that changes a post, a thread, or a person's displayed details bumps the counter
in the same transaction, and the thread page reads both counters in its first query. So the key
changes atomically with the data, in every worker, whatever the store; a stale entry is never
read again and ages out of the store.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass

from flask import current_app, g
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import Integer, event, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from community.extensions import db

PEOPLE = 0  # the generation row for authors' names, handles, titles and photos
ENTRY_SECONDS = 3600  # Redis entries expire anyway: a bumped key is never read again
IN_PROCESS_ENTRIES = 2000


class PageGeneration(db.Model):
    """A counter bumped by every change to what a thread page's post list shows."""

    __tablename__ = "page_generations"

    thread_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(default=0)


_generations = PageGeneration.__table__


def generation_column(thread_id_column):
    """A scalar subquery for the thread's counter (0 when it never changed)."""
    return (
        select(_generations.c.generation)
        .where(_generations.c.thread_id == thread_id_column)
        .scalar_subquery()
    )


# Stores ----------------------------------------------------------------------------------------


class InProcessStore:
    """A bounded LRU for one process (tests, development, a single worker)."""

    def __init__(self, size: int = IN_PROCESS_ENTRIES) -> None:
        self.size = size
        self.entries: OrderedDict[str, str] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def set(self, key: str, value: str) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


class RedisStore:
    """Entries shared by every worker; a Redis failure degrades to rendering, not to an error."""

    def __init__(self, url: str) -> None:
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=0.2, socket_connect_timeout=0.2)

    def get(self, key: str) -> str | None:
        try:
            value = self.client.get(key)
        except Exception:  # a cache outage must not take the page down
            current_app.logger.warning("Page cache unavailable (get)", exc_info=True)
            return None
        return value.decode() if value is not None else None

    def set(self, key: str, value: str) -> None:
        try:
            self.client.set(key, value, ex=ENTRY_SECONDS)
        except Exception:
            current_app.logger.warning("Page cache unavailable (set)", exc_info=True)

    def clear(self) -> None:
        prefix = current_app.config.get("PAGE_CACHE_PREFIX", "")
        for key in self.client.scan_iter(f"{prefix}thread-posts:*"):
            self.client.delete(key)


def store():
    """The app's store, built on first use: Redis when REDIS_URL is set."""
    app = current_app._get_current_object()
    found = app.extensions.get("page_cache")
    if found is None:
        url = app.config.get("REDIS_URL")
        found = RedisStore(url) if url else InProcessStore()
        app.extensions["page_cache"] = found
    return found


# Invalidation ----------------------------------------------------------------------------------

# What each table's change invalidates: its thread (by the column that names it) or everyone's.
_DISPLAYED_USER_COLUMNS = {"name", "photo_url", "job_title", "company", "deleted_at"}


def _bump(connection, thread_ids) -> None:
    ids = sorted({int(thread_id) for thread_id in thread_ids if thread_id is not None})
    if not ids:
        return
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    for thread_id in ids:
        statement = insert(_generations).values(thread_id=thread_id, generation=1)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=[_generations.c.thread_id],
                set_={"generation": _generations.c.generation + 1},
            )
        )


def _changed_threads(session: Session) -> set[int]:
    from community.auth.models import User
    from community.forum.models import MemberHandle, Post, Thread

    changed: set[int] = set()
    for instance in (*session.new, *session.dirty, *session.deleted):
        if isinstance(instance, Post):
            changed.add(instance.thread_id)
            history = db.inspect(instance).attrs.thread_id.history
            changed.update(history.deleted or ())
        elif isinstance(instance, Thread):
            changed.add(instance.id)
        elif isinstance(instance, MemberHandle):
            changed.add(PEOPLE)
        elif isinstance(instance, User):
            state = db.inspect(instance)
            # Deleting a person (their posts become a former member's) or changing what shows.
            if instance in session.deleted or any(
                state.attrs[name].history.has_changes() for name in _DISPLAYED_USER_COLUMNS
            ):
                changed.add(PEOPLE)
    return changed


@event.listens_for(Session, "after_flush")
def _bump_after_flush(session: Session, flush_context) -> None:
    changed = _changed_threads(session)
    if changed:
        _bump(session.connection(), changed)


@event.listens_for(Session, "do_orm_execute")
def _bump_for_bulk_statements(state) -> None:
    """UPDATE, DELETE and INSERT statements sent through the session bypass the flush."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name not in ("posts", "threads", "users", "member_handles"):
        return
    connection = state.session.connection()
    where = getattr(state.statement, "whereclause", None)
    if name in ("users", "member_handles") or state.is_insert or where is None:
        if name == "users" and not state.is_insert and not _touches_displayed(state.statement):
            return
        _bump(connection, [PEOPLE])  # no thread to name: every thread page at once
        return
    column = table.c.thread_id if name == "posts" else table.c.id
    _bump(connection, connection.execute(select(column).where(where)).scalars().all())


def _touches_displayed(statement) -> bool:
    values = getattr(statement, "_values", None)
    if not values:
        return True
    names = {getattr(key, "key", key) for key in values}
    return bool(names & _DISPLAYED_USER_COLUMNS)


# Rendering -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CachedPost:
    """One post of a cached page: who may see it, its HTML for everyone else and for its author
    (the one viewer whose controls differ: edit, delete, no flag, their own held post)."""

    id: int
    number: int | None
    status: str
    author_id: int | None
    html: str | None  # None: nobody but its author sees it here (held, or never published)
    own_html: str | None


def cache_key(thread_id, page, moderator, can_reply, thread_generation, people_generation) -> str:
    kind = "moderator" if moderator else "member"
    # PAGE_CACHE_PREFIX keeps apps that share one Redis apart (tests, staging beside production).
    prefix = current_app.config.get("PAGE_CACHE_PREFIX", "")
    return (
        f"{prefix}thread-posts:{thread_id}:{page}:{kind}:{int(bool(can_reply))}:"
        f"{thread_generation or 0}:{people_generation or 0}"
    )


def shown_to_others(number, status, moderator: bool) -> bool:
    """The rule of queries._posts_statement for a viewer who did not write the post."""
    return moderator or (number is not None and status != "held")


def build_entry(rows, thread, moderator: bool, can_reply: bool, links) -> str:
    """Render a page's posts (PostRows, as moderators see the list) for every viewer of this
    kind: a placeholder stands for the CSRF token, which is each viewer's own."""
    placeholder = "csrf-" + secrets.token_hex(16)
    items = []
    for row in rows:
        if shown_to_others(row.number, row.status, moderator):
            items.append((row, None))
        if row.author_id is not None:
            items.append((row, row.author_id))
    g.page_cache_csrf = placeholder
    try:
        rendered = iter(_render(items, thread, moderator, can_reply, links))
    finally:
        g.pop("page_cache_csrf", None)
    posts = []
    for row in rows:
        html = next(rendered) if shown_to_others(row.number, row.status, moderator) else None
        own_html = next(rendered) if row.author_id is not None else None
        posts.append([row.id, row.number, row.status, row.author_id, html, own_html])
    return json.dumps({"csrf": placeholder, "posts": posts}, separators=(",", ":"))


@dataclass(frozen=True)
class Viewer:
    """The only part of the signed-in person a shared entry may depend on: whose post is whose.
    (Templates reached from the post macro see this as `current_user`; anything more they read
    fails loudly instead of baking one person's details into everyone's page.)"""

    id: int | None


def _render(items, thread, moderator, can_reply, links) -> list[str]:
    """Each (post, viewer id) as the forum's post macro writes it: one template call per viewer
    (everyone else, then each author), results in the order of `items`."""
    template = current_app.jinja_env.get_template("forum/_post_items.html")
    separator = "\x1e" + secrets.token_hex(8) + "\x1e"
    by_viewer: dict[int | None, list[int]] = {}
    for index, (_, viewer_id) in enumerate(items):
        by_viewer.setdefault(viewer_id, []).append(index)
    rendered: list[str] = [""] * len(items)
    for viewer_id, indexes in by_viewer.items():
        html = template.render(
            posts=[items[index][0] for index in indexes],
            viewer_id=viewer_id,
            thread=thread,
            moderator=moderator,
            can_reply=can_reply,
            links=links,
            separator=separator,
            current_user=Viewer(viewer_id),
        )
        for index, part in zip(indexes, html.split(separator)[:-1], strict=True):
            rendered[index] = part
    return rendered


def csrf_placeholder() -> str | None:
    """The token templates write while a shared entry renders (None otherwise)."""
    return g.get("page_cache_csrf")


@dataclass
class PostList:
    """What the thread page needs of its posts for one viewer."""

    html: Markup
    posts: list[CachedPost]
    highest_number_shown: int
    held_count: int


def post_list(entry: str, viewer_id: int, moderator: bool, viewer_csrf) -> PostList:
    """The viewer's post list from an entry: their own posts in their version, the CSRF token
    theirs. `viewer_csrf` is called only if the entry holds a form."""
    data = json.loads(entry)
    placeholder = data["csrf"]
    posts = [CachedPost(*fields) for fields in data["posts"]]
    parts, shown = [], []
    token = None
    for post in posts:
        own = post.author_id is not None and post.author_id == viewer_id
        html = post.own_html if own else post.html
        if html is None:
            continue
        if placeholder in html:
            token = token or viewer_csrf()
            html = html.replace(placeholder, token)
        parts.append(f"<li>{html}</li>")
        shown.append(post)
    numbers = [post.number for post in shown if post.number and post.status != "held"]
    return PostList(
        html=Markup("\n  ".join(parts)),
        posts=shown,
        highest_number_shown=max(numbers, default=0),
        held_count=sum(1 for post in shown if post.status == "held"),
    )


def thread_post_list(view, rows_loader, viewer_id, can_reply, links, viewer_csrf) -> PostList:
    """The page's posts from the store, rendering and storing them on a miss."""
    key = cache_key(
        view.thread.id,
        view.page.page,
        view.moderator,
        can_reply,
        view.thread_generation,
        view.people_generation,
    )
    cache = store()
    entry = cache.get(key)
    if entry is None:
        entry = build_entry(rows_loader(), view.thread, view.moderator, can_reply, links)
        cache.set(key, entry)
    posts = post_list(entry, viewer_id, view.moderator, viewer_csrf)
    return _with_viewer_extras(posts, view.thread)


EXTRAS_MARK = re.compile(r"<!--post-extras:(\d+)-->")


def extras_mark(post_id: int) -> Markup:
    """Written in a shared entry where the post's reactions and bookmark go: they are the
    viewer's own (their reactions, their bookmark), so they are filled in on every view."""
    return Markup(f"<!--post-extras:{int(post_id)}-->")


def _with_viewer_extras(posts: PostList, thread) -> PostList:
    if "<!--post-extras:" not in posts.html:
        return posts
    template = current_app.jinja_env.get_template("forum/_post_reactions.html")
    by_id = {post.id: post for post in posts.posts}

    def fill(match: re.Match) -> str:
        post = by_id.get(int(match.group(1)))
        if post is None:
            return ""
        return template.render(post=post, thread=thread, current_user=current_user)

    posts.html = Markup(EXTRAS_MARK.sub(fill, str(posts.html)))
    return posts
