"""Forum pages across categories: the home feed, reactions, and a member's bookmarks.

Routes on the forum blueprint (imported at the bottom of community/forum/views.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

from flask import abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user

from community.errors import DomainError
from community.extensions import db
from community.forum import feed, reactions
from community.forum.blueprint import bp
from community.forum.models import Post
from community.pagination import page_number
from community.standing import capabilities as can
from community.standing.views import capability_required, member_required

BOOKMARKS_PER_PAGE = 20
# The session remembers the "new since your last visit" baseline for the rest of the visit.
_BASELINE = "forum_visit_baseline"


def _threads_per_page() -> int:
    return current_app.config.get("THREADS_PER_PAGE", 25)


def _session_baseline() -> datetime | None:
    kept = session.get(_BASELINE)
    if not isinstance(kept, dict) or kept.get("user") != current_user.id:
        return None
    try:
        return datetime.fromisoformat(kept["at"]).astimezone(UTC)
    except (KeyError, TypeError, ValueError):
        return None


@bp.get("/feed")
@member_required
def feed_page():
    tab = request.args.get("show", feed.LATEST)
    if tab not in feed.TABS:
        abort(404)
    period = request.args.get("period")
    if period is not None and (tab != feed.TOP or period not in feed.PERIODS):
        abort(404)
    baseline = _session_baseline()
    view = feed.feed(
        current_user,
        tab,
        period=period,
        page=page_number(),
        per_page=_threads_per_page(),
        baseline=baseline,
    )
    if baseline is None and view.last_read_at is not None:
        # The cookie, not the database: opening a page never writes.
        session[_BASELINE] = {"user": current_user.id, "at": view.last_read_at.isoformat()}
    return render_template("forum/feed.html", view=view, tabs=_tabs(view))


def _tabs(view: feed.Feed) -> list[tuple[str, str, bool]]:
    """(label, url, current) for the feed's tabs."""
    return [
        ("Latest", url_for("forum.feed_page"), view.tab == feed.LATEST),
        ("Unread", url_for("forum.feed_page", show=feed.UNREAD), view.tab == feed.UNREAD),
        (
            "Top this week",
            url_for("forum.feed_page", show=feed.TOP, period="week"),
            view.tab == feed.TOP and view.period == "week",
        ),
        (
            "Top this month",
            url_for("forum.feed_page", show=feed.TOP, period="month"),
            view.tab == feed.TOP and view.period == "month",
        ),
    ]


def _post_or_404(post_id: int) -> Post:
    return db.session.get(Post, post_id) or abort(404)


def _back_to(post: Post):
    return redirect(url_for("forum.post", post_id=post.id))


@bp.post("/p/<int:post_id>/react")
@capability_required(can.POST)
def react(post_id: int):
    post = _post_or_404(post_id)
    kind = request.form.get("kind", "")
    try:
        added = reactions.toggle_reaction(current_user, post, kind)
    except DomainError as error:
        if error.status_code != 400:
            raise
        flash(str(error), "error")
        return _back_to(post)
    label = reactions.LABELS[kind]
    flash(
        f"You reacted “{label}”." if added else f"Your “{label}” reaction is taken back.",
        "success",
    )
    return _back_to(post)


@bp.post("/p/<int:post_id>/bookmark")
@member_required
def bookmark(post_id: int):
    post = _post_or_404(post_id)
    action = request.form.get("action")
    if action not in ("add", "remove"):
        abort(400)
    kept = reactions.set_bookmark(current_user, post, action == "add")
    flash(
        "Bookmarked: find it under Bookmarks in your account menu."
        if kept
        else "Bookmark removed.",
        "success",
    )
    if request.form.get("from") == "bookmarks":
        return redirect(url_for("forum.bookmarks"))
    return _back_to(post)


@bp.get("/bookmarks")
@member_required
def bookmarks():
    page = reactions.bookmarks_page(current_user, page_number(), BOOKMARKS_PER_PAGE)
    return render_template("forum/bookmarks.html", page=page)


@bp.app_template_global("forum_post_extras")
def post_extras(thread_id: int, post_id: int, number: int | None) -> reactions.PostExtras:
    """Reactions and the viewer's bookmark for a post on a thread page: the first call of a page
    loads the whole page's in one statement, later calls read what it loaded."""
    if number is None or not current_user.is_authenticated:
        return reactions.NO_EXTRAS
    per_page = current_app.config.get("POSTS_PER_PAGE", 20)
    first = (number - 1) // per_page * per_page + 1
    key = (thread_id, first)
    loaded = g.setdefault("forum_post_extras", {})
    if key not in loaded:
        loaded[key] = reactions.extras_for_page(
            current_user.id, thread_id, first, first + per_page - 1
        )
    return loaded[key].get(post_id, reactions.NO_EXTRAS)
