"""Forum pages: categories, threads, posting, polls, search, house rules, and admin categories."""

from __future__ import annotations

from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from community.auth.views import safe_next
from community.errors import DomainError, NotPermitted
from community.extensions import db
from community.forum import (
    feed_views,  # noqa: F401  (its pages are on this blueprint)
    notifications,
    page_cache,
    queries,
    search,
    services,
)
from community.forum.blueprint import bp
from community.forum.forms import (
    AcceptRulesForm,
    CategoryForm,
    EditPostForm,
    ReplyForm,
    ThreadForm,
)
from community.forum.markup import render
from community.forum.models import Category, Poll, Post, Thread
from community.forum.services import HouseRulesNotAccepted
from community.limits import posting_budget
from community.pagination import page_number
from community.standing import capabilities as can
from community.standing import house_rules
from community.standing.models import HouseRulesVersion
from community.standing.views import capability_required, member_required, page_report

bp.add_app_template_global(page_cache.extras_mark, "page_cache_extras_mark")


@bp.app_template_global("page_cache_rendering")
def page_cache_rendering() -> bool:
    """True while a shared post list renders: viewer-specific parts leave a mark instead."""
    return page_cache.csrf_placeholder() is not None


SEARCH_PER_PAGE = 20


class PostLinks:
    """The per-post links of a thread page, built once per page rather than once per post."""

    _SENTINEL = 987_654_321

    def __init__(self, thread_id: int) -> None:
        self.quote_base = url_for("forum.reply", thread_id=thread_id) + "?quote="
        self.flagging = True
        self._flag = url_for("moderation.flag_post", post_id=self._SENTINEL)
        self._edit = url_for("forum.edit_post", post_id=self._SENTINEL)
        self._delete = url_for("forum.delete_post", post_id=self._SENTINEL)
        self._history = url_for("forum.post_history", post_id=self._SENTINEL)

    def quote(self, post_id: int) -> str:
        return f"{self.quote_base}{post_id}#body"

    def flag(self, post_id: int) -> str:
        return self._flag.replace(str(self._SENTINEL), str(post_id))

    def edit(self, post_id: int) -> str:
        return self._edit.replace(str(self._SENTINEL), str(post_id))

    def delete(self, post_id: int) -> str:
        return self._delete.replace(str(self._SENTINEL), str(post_id))

    def history(self, post_id: int) -> str:
        return self._history.replace(str(self._SENTINEL), str(post_id))


class BlankReply:
    """What forum/_compose.html reads of a ReplyForm, for the thread page's empty reply box:
    the page writes its CSRF field itself, so no form object is built on every view."""

    form_errors: tuple = ()

    class body:  # the form's field, by its name
        errors: tuple = ()
        data = None
        description = ReplyForm.body.kwargs.get("description", "")


def _id(value: str | None) -> int | None:
    """A database id from user input: ASCII digits that fit the column, else None."""
    if value and len(value) <= 9 and value.isascii() and value.isdigit():
        return int(value)
    return None


def _posts_per_page() -> int:
    return current_app.config.get("POSTS_PER_PAGE", 20)


def _threads_per_page() -> int:
    return current_app.config.get("THREADS_PER_PAGE", 25)


def _thread_url(thread_id: int, number: int | None = None, *, anchor: str | None = None) -> str:
    page = services.page_of(number, _posts_per_page()) if number else None
    url = url_for("forum.thread", thread_id=thread_id, page=page if page and page > 1 else None)
    return f"{url}#{anchor}" if anchor else url


def _post_url(post: Post, thread: Thread) -> str:
    if post.number is not None:
        return _thread_url(thread.id, post.number, anchor=f"post-{post.number}")
    last_page = max(1, -(-thread.last_post_number // _posts_per_page()))
    url = url_for("forum.thread", thread_id=thread.id, page=last_page if last_page > 1 else None)
    return f"{url}#post-held-{post.id}"


def _form_failed(form, error: DomainError) -> None:
    form.form_errors.append(str(error))


def _accept_rules_first():
    """Posting needs the current house rules accepted. The draft rides along in the acceptance
    form, which sends it back here (a 307 redirect repeats the POST), so nothing typed is lost."""
    rules = house_rules.current_rules()
    draft = [(key, value) for key, value in request.form.items(multi=True) if key != "csrf_token"]
    form = AcceptRulesForm(formdata=None, version=str(rules.version), next=request.path)
    return render_template(
        "forum/accept_house_rules.html",
        rules=rules,
        rules_html=render(rules.body),
        changes=_changes_since(current_user.house_rules_accepted_version or 0),
        form=form,
        resume=request.path,
        draft=draft,
        needs_to_accept=True,
    )


def _changes_since(version: int) -> list[HouseRulesVersion]:
    if version <= 0:
        return []
    return list(
        db.session.scalars(
            select(HouseRulesVersion)
            .where(HouseRulesVersion.version > version)
            .order_by(HouseRulesVersion.version)
        )
    )


# Reading ---------------------------------------------------------------------------------------


@bp.get("/")
@member_required
def index():
    return render_template("forum/index.html", categories=queries.categories_with_latest())


@bp.get("/c/<slug>")
@member_required
def category(slug: str):
    category = services.get_category(slug)
    page = queries.thread_rows(category, current_user, page_number(), _threads_per_page())
    return render_template(
        "forum/category.html",
        category=category,
        page=page,
        posts_per_page=_posts_per_page(),
    )


@bp.get("/t/<int:thread_id>")
@member_required
def thread(thread_id: int):
    view = queries.thread_header(thread_id, current_user, page_number(), _posts_per_page())
    thread = view.thread
    can_reply = thread.status == "published" and (not thread.locked or view.moderator)
    links = PostLinks(thread.id)
    posts = page_cache.thread_post_list(
        view,
        lambda: queries.page_posts(view, current_user, as_moderator=True),
        viewer_id=current_user.id,
        can_reply=can_reply,
        links=links,
        viewer_csrf=generate_csrf,
    )
    view.highest_number_shown, view.held_count = posts.highest_number_shown, posts.held_count
    return render_template(
        "forum/thread.html",
        view=view,
        thread=thread,
        post_list=posts,
        can_reply=can_reply,
        form=BlankReply,
    )


@bp.post("/t/<int:thread_id>/read")
@page_report
def mark_thread_read(thread_id: int):
    """The thread page reports how far it showed (static/js/app.js): opening a page never writes.
    The number is the client's word, so it is capped at the thread's last post."""
    thread = services.get_thread(thread_id)
    if not services.may_see_thread(current_user, thread):
        abort(404)
    number = request.form.get("number", type=int)
    if number is None or number < 1:
        abort(400)
    try:
        services.mark_read(current_user, thread.id, min(number, thread.last_post_number or 0))
    except OperationalError:  # a busy database: the unread marker catches up next visit
        current_app.logger.warning("Reading state not saved for thread %s", thread.id)
    # The page's bell catches up with the notices this reading settled.
    return {"unread_notifications": notifications.unread_count(current_user)}


@bp.get("/t/<int:thread_id>/unread")
@member_required
def first_unread(thread_id: int):
    thread = services.get_thread(thread_id)
    if not services.may_see_thread(current_user, thread):
        abort(404)
    number = services.first_unread_number(current_user, thread)
    return redirect(_thread_url(thread.id, number, anchor=f"post-{number}"))


@bp.get("/p/<int:post_id>")
@member_required
def post(post_id: int):
    """A post's permanent link: the thread page that holds it, scrolled to it."""
    post = services.get_post(post_id)
    thread = db.session.get(Thread, post.thread_id)
    if not services.may_see_thread(current_user, thread) or not services.may_see_post(
        current_user, post
    ):
        abort(404)
    return redirect(_post_url(post, thread))


@bp.get("/search")
@member_required
def search_page():
    query = request.args.get("q", "").strip()
    page = page_number()
    results = search.search(db.session, query, page=page, per_page=SEARCH_PER_PAGE)
    if page > 1 and not results.items:
        abort(404)
    return render_template("forum/search.html", query=query, results=results)


# Writing ---------------------------------------------------------------------------------------


@bp.route("/c/<slug>/new", methods=["GET", "POST"])
@capability_required(can.POST)
@posting_budget
def new_thread(slug: str):
    category = services.get_category(slug)
    if request.method == "GET" and house_rules.needs_to_accept(current_user):
        return redirect(url_for("forum.accept_house_rules", next=request.path))
    form = ThreadForm()
    if form.validate_on_submit():
        try:
            poll = services.parse_poll(
                form.poll_question.data,
                form.poll_options.data,
                form.poll_multiple.data,
                form.poll_closes_on.data,
            )
            thread, post = services.start_thread(
                current_user, category, form.title.data, form.body.data, poll
            )
        except HouseRulesNotAccepted:
            return _accept_rules_first()
        except DomainError as error:
            if error.status_code != 400:
                raise
            _form_failed(form, error)
        else:
            if post.status == "held":
                flash(
                    "Your thread is waiting for a moderator: our sales-pitch check flagged it. "
                    "You can see why below, and edit it.",
                    "warning",
                )
            else:
                flash("Your thread is live.", "success")
            return redirect(url_for("forum.thread", thread_id=thread.id))
    status = 400 if request.method == "POST" else 200
    return render_template("forum/new_thread.html", category=category, form=form), status


@bp.route("/t/<int:thread_id>/reply", methods=["GET", "POST"])
@capability_required(can.POST)
@posting_budget
def reply(thread_id: int):
    thread = services.get_thread(thread_id)
    if not services.may_see_thread(current_user, thread):
        abort(404)
    if request.method == "GET" and house_rules.needs_to_accept(current_user):
        return redirect(url_for("forum.accept_house_rules", next=request.full_path.rstrip("?")))
    form = ReplyForm()
    if request.method == "GET" and (quote_id := _id(request.args.get("quote"))) is not None:
        quoted = db.session.get(Post, quote_id)
        if quoted is not None and quoted.thread_id == thread.id:
            form.body.data = services.quote_text(quoted)
    if form.validate_on_submit():
        try:
            post = services.reply(current_user, thread, form.body.data)
        except HouseRulesNotAccepted:
            return _accept_rules_first()
        except DomainError as error:
            if error.status_code not in (400, 409):
                raise
            _form_failed(form, error)
        else:
            if post.status == "held":
                flash(
                    "Your reply is waiting for a moderator: our sales-pitch check flagged it. "
                    "You can see why on your reply, and edit it.",
                    "warning",
                )
            else:
                flash("Your reply is posted.", "success")
            return redirect(_post_url(post, db.session.get(Thread, thread.id)))
    status = 400 if request.method == "POST" else 200
    return render_template("forum/reply.html", thread=thread, form=form), status


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
@capability_required(can.POST)
def edit_post(post_id: int):
    post = services.get_post(post_id)
    thread = db.session.get(Thread, post.thread_id)
    if post.author_id != current_user.id:
        if services.may_see_post(current_user, post):
            raise NotPermitted("You can only edit your own posts.")
        abort(404)
    if post.status in ("hidden", "deleted"):
        raise DomainError(f"This post was {post.status} and can no longer be edited.")
    if request.method == "GET" and house_rules.needs_to_accept(current_user):
        return redirect(url_for("forum.accept_house_rules", next=request.path))
    form = EditPostForm()
    if request.method == "GET":
        form.body.data = post.body
        form.title.data = thread.title if post.is_opening else None
    if form.validate_on_submit():
        try:
            services.edit_post(
                current_user,
                post,
                form.body.data,
                title=form.title.data if post.is_opening else None,
            )
        except HouseRulesNotAccepted:
            return _accept_rules_first()
        except DomainError as error:
            if error.status_code not in (400, 409):
                raise
            _form_failed(form, error)
        else:
            post = db.session.get(Post, post_id)
            if post.status == "held":
                flash(
                    "Saved. The post is held for a moderator: the sales-pitch check still "
                    "flags it. The reasons are shown on the post.",
                    "warning",
                )
            else:
                flash("Your changes are saved.", "success")
            return redirect(_post_url(post, db.session.get(Thread, post.thread_id)))
    status = 400 if request.method == "POST" else 200
    return render_template("forum/edit_post.html", post=post, thread=thread, form=form), status


@bp.post("/p/<int:post_id>/delete")
@member_required
def delete_post(post_id: int):
    post = services.get_post(post_id)
    thread_id = post.thread_id
    services.delete_post(current_user, post)
    thread = db.session.get(Thread, thread_id)
    if thread.status == "deleted":
        category = db.session.get(Category, thread.category_id)
        flash("Your thread is deleted.", "success")
        return redirect(url_for("forum.category", slug=category.slug))
    flash("Your post is deleted. A note in the thread says so.", "success")
    return redirect(url_for("forum.thread", thread_id=thread_id))


@bp.post("/preview")
@member_required
def preview():
    """HTML for the preview button (static/js/app.js), sanitized like a published post."""
    text = request.form.get("text", "")
    if len(text) > services.BODY_MAX:
        return Response(
            f"<p>Posts are limited to {services.BODY_MAX:,} characters.</p>",
            status=400,
            mimetype="text/html",
        )
    return Response(str(render(text)), mimetype="text/html")


@bp.post("/t/<int:thread_id>/subscription")
@member_required
def subscription(thread_id: int):
    thread = services.get_thread(thread_id)
    follow = request.form.get("action") == "follow"
    services.set_subscription(current_user, thread, follow)
    flash(
        "You follow this thread: replies will notify you."
        if follow
        else "You no longer follow this thread.",
        "success",
    )
    return redirect(url_for("forum.thread", thread_id=thread.id))


@bp.post("/t/<int:thread_id>/vote")
@capability_required(can.VOTE_IN_POLLS)
def vote(thread_id: int):
    thread = services.get_thread(thread_id)
    poll = db.session.scalar(select(Poll).where(Poll.thread_id == thread.id))
    if poll is None or not services.may_see_thread(current_user, thread):
        abort(404)
    raw = request.form.getlist("option")
    option_ids = [_id(value) for value in raw]
    if None in option_ids:
        abort(400)
    try:
        services.vote(current_user, poll, option_ids)
    except HouseRulesNotAccepted:
        return _accept_rules_first()
    except DomainError as error:
        if error.status_code != 400:
            raise
        flash(str(error), "error")
    else:
        flash("Your vote is counted. You can change it until the poll closes.", "success")
    return redirect(url_for("forum.thread", thread_id=thread.id) + "#poll")


@bp.route("/house-rules", methods=["GET", "POST"])
@member_required
def accept_house_rules():
    rules = house_rules.current_rules()
    form = AcceptRulesForm()
    next_url = safe_next(request.values.get("next")) or url_for("forum.index")
    if form.validate_on_submit():
        version = _id(form.version.data)
        if version is None:
            abort(400)
        try:
            house_rules.accept_rules(current_user, version)
        except DomainError as error:
            flash(str(error), "error")
            return redirect(url_for("forum.accept_house_rules", next=next_url))
        flash("Thank you for accepting the house rules.", "success")
        resume = safe_next(request.form.get("resume"))
        if resume and resume.startswith("/forum/"):  # repeat the forum POST that was waiting
            return redirect(resume, code=307)
        return redirect(next_url)
    needs = house_rules.needs_to_accept(current_user)
    if form.is_submitted():  # sent, but not what the acceptance form sends
        form.form_errors.append("Please use the button below to accept the house rules.")
    form.version.data, form.next.data = str(rules.version), next_url
    html = render_template(
        "forum/accept_house_rules.html",
        rules=rules,
        rules_html=render(rules.body),
        changes=_changes_since(current_user.house_rules_accepted_version or 0),
        form=form,
        resume=None,
        draft=[],
        needs_to_accept=needs,
        next_url=next_url,
    )
    return html, 400 if form.is_submitted() else 200


# Moderators (their queue and tools are the moderation feature's) -------------------------------


@bp.get("/p/<int:post_id>/history")
@member_required
def post_history(post_id: int):
    post = services.get_post(post_id)
    services.ensure_moderator(current_user)
    thread = db.session.get(Thread, post.thread_id)
    return render_template(
        "forum/history.html",
        post=post,
        thread=thread,
        entries=queries.post_history(post, thread),
        render=render,
    )


# Admins: categories ----------------------------------------------------------------------------


@bp.route("/admin/categories", methods=["GET", "POST"])
@capability_required(can.ADMINISTER)
def admin_categories():
    form = CategoryForm()
    if form.validate_on_submit():
        try:
            category = services.create_category(
                current_user,
                form.name.data,
                form.description.data,
                form.position.data,
                form.slug.data,
            )
        except DomainError as error:
            if error.status_code != 400:
                raise
            _form_failed(form, error)
        else:
            flash(f"Category “{category.name}” created.", "success")
            return redirect(url_for("forum.admin_categories"))
    status = 400 if request.method == "POST" else 200
    return render_template(
        "forum/admin_categories.html",
        categories=queries.all_categories(),
        form=form,
    ), status


@bp.route("/admin/categories/<int:category_id>", methods=["GET", "POST"])
@capability_required(can.ADMINISTER)
def admin_category(category_id: int):
    category = db.session.get(Category, category_id) or abort(404)
    form = CategoryForm(obj=category)
    if form.validate_on_submit():
        try:
            services.update_category(
                current_user,
                category,
                form.name.data,
                form.description.data,
                form.position.data,
                form.slug.data,
            )
        except DomainError as error:
            if error.status_code != 400:
                raise
            _form_failed(form, error)
        else:
            flash("Category saved.", "success")
            return redirect(url_for("forum.admin_categories"))
    status = 400 if request.method == "POST" else 200
    return render_template("forum/admin_category.html", category=category, form=form), status


@bp.post("/admin/categories/<int:category_id>/delete")
@capability_required(can.ADMINISTER)
def admin_delete_category(category_id: int):
    category = db.session.get(Category, category_id) or abort(404)
    try:
        services.delete_category(current_user, category)
    except DomainError as error:
        if error.status_code != 400:
            raise
        flash(str(error), "error")
        return redirect(url_for("forum.admin_category", category_id=category_id))
    flash("Category deleted.", "success")
    return redirect(url_for("forum.admin_categories"))
