"""Moderation pages: the queue, the log, members' standing, flags, house rules, pitch policy."""

from __future__ import annotations

from itertools import pairwise

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from sqlalchemy import func, select
from wtforms import SelectChoice

from community.auth.models import User
from community.auth.views import safe_next
from community.db_types import utcnow
from community.errors import DomainError
from community.extensions import db
from community.forum import services as forum_services
from community.forum.markup import render
from community.forum.models import Thread
from community.limits import flagging_budget
from community.membership import services as membership_services
from community.moderation import house_rules, services
from community.moderation.forms import (
    ApproveForm,
    EditPostForm,
    FlagForm,
    HideForm,
    HouseRulesForm,
    MoveForm,
    ReasonForm,
    SanctionForm,
    ThreadSwitchForm,
)
from community.moderation.models import FLAG_REASON_LABELS, ModerationAction, Sanction
from community.page_marks import open_while_suspended
from community.pagination import paginate
from community.standing import capabilities as can
from community.standing.views import (
    capability_required,
    login_required,
    standing_page,
)

bp = Blueprint("moderation", __name__, url_prefix="/moderation")


@bp.app_template_global("flag_reason_labels")
def flag_reason_labels() -> dict[str, str]:
    return FLAG_REASON_LABELS


# Moderators' pages are the "queue*" endpoints, so that the nav marks the right entry.


# --- A member's own standing ---------------------------------------------------------------------


@bp.get("/standing")
@login_required
@open_while_suspended
def standing():
    return standing_page(can.sanctions_in_force(current_user))


# --- Flags (members) ------------------------------------------------------------------------------


@bp.route("/posts/<int:post_id>/flag", methods=["GET", "POST"])
@capability_required(can.FLAG)
@flagging_budget
def flag_post(post_id: int):
    post = forum_services.get_post(post_id)
    if not forum_services.may_see_post(current_user, post) or post.status != "published":
        abort(404)
    thread = db.session.get(Thread, post.thread_id)
    form = FlagForm()
    if form.validate_on_submit():
        try:
            services.flag_post(current_user, post.id, form.reason.data, form.note.data)
        except DomainError as error:
            if error.status_code not in (400, 409):
                raise
            form.form_errors.append(str(error))
        else:
            flash("Thank you. The moderators will look at the post.", "success")
            # Enough flags hold the post (and an opening post its thread): go where it was.
            db.session.refresh(post)
            db.session.refresh(thread)
            if post.status == "published":
                return redirect(url_for("forum.post", post_id=post.id))
            if thread.status == "published":
                return redirect(url_for("forum.thread", thread_id=thread.id))
            return redirect(url_for("forum.index"))
    status = 400 if request.method == "POST" else 200
    return (
        render_template(
            "moderation/flag.html",
            form=form,
            post=post,
            thread=thread,
            post_html=render(post.body),
            already=services.has_flagged(current_user, post.id),
        ),
        status,
    )


# --- The queue (moderators) -----------------------------------------------------------------------


def _back():
    return redirect(_back_path())


def _act(action, success: str):
    """Run one moderation service from a queue form and say how it went."""
    try:
        action()
    except DomainError as error:
        if error.status_code == 404:
            raise
        flash(str(error), "error")
    else:
        flash(success, "success")


@bp.get("/")
@capability_required(can.MODERATE)
def queue():
    page = paginate(services.queue_query(), per_page=15)
    authors = list({post.author_id for post in page.items if post.author_id})
    return render_template(
        "moderation/queue.html",
        page=page,
        flags=services.open_flags([post.id for post in page.items]),
        in_force=services.sanctions_in_force_for(authors),
        render=render,
    )


@bp.post("/posts/<int:post_id>/approve")
@capability_required(can.MODERATE)
def queue_approve(post_id: int):
    form = ApproveForm()
    if not form.validate_on_submit():
        flash("The note is too long; please shorten it.", "error")
    else:
        _act(
            lambda: services.approve_post(current_user, post_id, form.note.data),
            "Approved. The post is published and the author knows.",
        )
    return _back()


@bp.post("/posts/<int:post_id>/hide")
@capability_required(can.MODERATE)
def queue_hide(post_id: int):
    form = HideForm()
    if not form.validate_on_submit():
        flash(
            "To hide a post, choose the rule it breaks and write a message to its author.", "error"
        )
    else:
        _act(
            lambda: services.hide_post(
                current_user, post_id, form.category.data, form.message.data
            ),
            "Hidden. The author has your message.",
        )
    return _back()


def _back_path() -> str:
    """Where a moderation page returns to: the page it was opened from, or the queue."""
    return safe_next(request.values.get("next")) or url_for("moderation.queue")


@bp.route("/posts/<int:post_id>/edit", methods=["GET", "POST"])
@capability_required(can.MODERATE)
def queue_edit(post_id: int):
    post = forum_services.get_post(post_id)
    thread = db.session.get(Thread, post.thread_id)
    form = EditPostForm()
    if request.method == "GET":
        form.body.data = post.body
        form.title.data = thread.title
    if form.validate_on_submit():
        try:
            services.edit_post(
                current_user, post.id, form.body.data, form.title.data, form.note.data
            )
        except DomainError as error:
            if error.status_code == 404:
                raise
            form.form_errors.append(str(error))
        else:
            flash("Saved. The author has your note, and the log can undo it.", "success")
            return redirect(_back_path())
    status = 400 if request.method == "POST" else 200
    own = post.author_id == current_user.id
    return (
        render_template(
            "moderation/edit_post.html",
            form=form,
            post=post,
            thread=thread,
            own=own,
            back=_back_path(),
        ),
        status,
    )


@bp.post("/threads/<int:thread_id>/lock")
@capability_required(can.MODERATE)
def queue_lock(thread_id: int):
    return _switch(thread_id, "locked", {"on": "Locked: no new replies.", "off": "Unlocked."})


@bp.post("/threads/<int:thread_id>/pin")
@capability_required(can.MODERATE)
def queue_pin(thread_id: int):
    return _switch(thread_id, "pinned", {"on": "Pinned to the top.", "off": "Unpinned."})


def _switch(thread_id: int, field: str, messages: dict[str, str]):
    form = ThreadSwitchForm()
    if not form.validate_on_submit():
        abort(400)
    _act(
        lambda: services.set_thread_flag(
            current_user, thread_id, field, form.value.data == "on", form.note.data
        ),
        messages[form.value.data],
    )
    return _back()


@bp.route("/threads/<int:thread_id>/move", methods=["GET", "POST"])
@capability_required(can.MODERATE)
def queue_move(thread_id: int):
    thread = forum_services.get_thread(thread_id)
    form = MoveForm()
    form.category.choices = [SelectChoice(c.id, c.name) for c in services.categories()]
    if request.method == "GET":
        form.category.data = thread.category_id
    if form.validate_on_submit():
        try:
            services.move_thread(current_user, thread.id, form.category.data, form.note.data)
        except DomainError as error:
            if error.status_code == 404:
                raise
            form.form_errors.append(str(error))
        else:
            flash("Moved. The log can move it back.", "success")
            return redirect(_back_path())
    status = 400 if request.method == "POST" else 200
    return (
        render_template("moderation/move.html", form=form, thread=thread, back=_back_path()),
        status,
    )


# --- Members: sanctions and revocation proposals (moderators) -------------------------------------


@bp.get("/members")
@capability_required(can.MODERATE)
def queue_members():
    """Members with a sanction in force, or found by name or email."""
    query = select(User).where(User.deleted_at.is_(None))
    q = request.args.get("q", "").strip()
    if q:
        like = f"%{q.lower()}%"
        query = query.where(func.lower(User.name).like(like) | User.email.like(like))
    else:
        now = utcnow()
        sanctioned = select(Sanction.user_id).where(
            Sanction.lifted_at.is_(None), Sanction.starts_at <= now, Sanction.ends_at > now
        )
        query = query.where(User.id.in_(sanctioned))
    page = paginate(query.order_by(User.name, User.id), per_page=25)
    in_force = services.sanctions_in_force_for([u.id for u in page.items])
    return render_template("moderation/members.html", page=page, q=q, in_force=in_force)


@bp.route("/members/<int:user_id>", methods=["GET", "POST"])
@capability_required(can.MODERATE)
def queue_member(user_id: int):
    member = db.session.get(User, user_id) or abort(404)
    form = SanctionForm()
    status = 400 if request.method == "POST" else 200
    if form.validate_on_submit():
        try:
            sanction = services.impose_sanction(
                current_user, member, form.kind.data, form.reason.data, form.days.data
            )
        except DomainError as error:
            form.form_errors.append(str(error))
            status = error.status_code
        else:
            flash(
                f"{sanction.label} for {member.display_name} until "
                f"{services.format_moment(sanction.ends_at)}. They have been told by mail.",
                "success",
            )
            return redirect(url_for("moderation.queue_member", user_id=member.id))
    page = render_template(
        "moderation/member.html",
        member=member,
        form=form,
        revoke_form=ReasonForm(prefix="revoke"),
        sanctions=services.sanctions_for(member),
        actions=services.actions_for_member(member, limit=20),
        labels=services.ACTION_LABELS,
        now=utcnow(),
    )
    return page, status


@bp.post("/sanctions/<int:sanction_id>/lift")
@capability_required(can.MODERATE)
def queue_lift(sanction_id: int):
    sanction = db.session.get(Sanction, sanction_id) or abort(404)
    form = ReasonForm()
    if not form.validate_on_submit():
        flash("Please give a reason for lifting the sanction.", "error")
    else:
        try:
            services.lift_sanction(current_user, sanction.id, form.reason.data)
        except DomainError as error:
            flash(str(error), "error")
        else:
            flash("The sanction is lifted, and the member's standing shows it.", "success")
    return redirect(url_for("moderation.queue_member", user_id=sanction.user_id))


@bp.post("/members/<int:user_id>/propose-revocation")
@capability_required(can.MODERATE)
def queue_propose_revocation(user_id: int):
    member = db.session.get(User, user_id) or abort(404)
    form = ReasonForm(prefix="revoke")
    if not form.validate_on_submit():
        flash("Please say why this member should be removed.", "error")
    else:
        try:
            services.propose_revocation(current_user, member, form.reason.data)
        except DomainError as error:
            flash(str(error), "error")
        else:
            flash(
                f"{member.display_name} is now in the board's membership review queue. "
                "The board decides, and the member may appeal.",
                "success",
            )
    return redirect(url_for("moderation.queue_member", user_id=member.id))


# --- The moderation log ---------------------------------------------------------------------------

MAX_ID = 2**31 - 1  # the largest integer id PostgreSQL stores


def _id_from(raw: str | None) -> int | None:
    """An id from a query string or form ("12"), or None for anything else ("²", "-1", "9" * 20)."""
    raw = (raw or "").strip()
    if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_ID:
        return None
    return int(raw)


@bp.get("/log")
@capability_required(can.MODERATE)
def queue_log():
    query = select(ModerationAction).order_by(
        ModerationAction.at.desc(), ModerationAction.id.desc()
    )
    action = request.args.get("action", "").strip()
    if action:
        query = query.where(ModerationAction.action == action)
    if (member_id := _id_from(request.args.get("member"))) is not None:
        query = query.where(ModerationAction.target_user_id == member_id)
    if (post_id := _id_from(request.args.get("post"))) is not None:
        query = query.where(
            ModerationAction.subject_type == "forum_posts", ModerationAction.subject_id == post_id
        )
    page = paginate(query, per_page=30)
    people = services.people_by_id(
        {a.actor_id for a in page.items} | {a.target_user_id for a in page.items}
    )
    return render_template(
        "moderation/log.html",
        page=page,
        people=people,
        subjects={entry.id: describe_subject(entry) for entry in page.items},
        filters=request.args,
        actions=services.ACTION_LABELS,
        reversible=services.REVERSERS,
        form=ReasonForm(),
    )


def describe_subject(entry: ModerationAction) -> tuple[str, str | None]:
    """What a log entry acted on, in words, and where to see it."""
    if entry.subject_type == "forum_posts":
        return f"post #{entry.subject_id}", url_for("forum.post", post_id=entry.subject_id)
    if entry.subject_type == "forum_threads":
        return f"thread #{entry.subject_id}", url_for("forum.thread", thread_id=entry.subject_id)
    if entry.subject_type == "users":
        return "membership", None
    if entry.subject_type == "sanctions":
        return f"sanction #{entry.subject_id}", None
    return f"{entry.subject_type} #{entry.subject_id}", None


@bp.post("/log/<int:action_id>/reverse")
@capability_required(can.MODERATE)
def queue_reverse(action_id: int):
    db.session.get(ModerationAction, action_id) or abort(404)
    form = ReasonForm()
    if not form.validate_on_submit():
        flash("Please give a reason for reversing the action.", "error")
    else:
        try:
            services.reverse_action(current_user, action_id, form.reason.data)
        except DomainError as error:
            flash(str(error), "error")
        else:
            flash("The action was reversed, and the reversal is in the log.", "success")
    return redirect(safe_next(request.form.get("next")) or url_for("moderation.queue_log"))


# --- House rules (the board) ----------------------------------------------------------------------


@bp.route("/house-rules", methods=["GET", "POST"])
@capability_required(can.SIT_ON_BOARD)
def rules_edit():
    current = house_rules.current_rules()
    form = HouseRulesForm()
    if request.method == "GET":
        form.body.data = current.body
        form.based_on.data = str(current.version)
    status = 400 if request.method == "POST" else 200
    if form.validate_on_submit():
        based_on = _id_from(form.based_on.data)
        try:
            proposal = membership_services.propose(
                current_user,
                house_rules.HOUSE_RULES,
                {"body": form.body.data, "summary": form.summary.data, "based_on": based_on},
                form.summary.data,
            )
        except DomainError as error:
            form.form_errors.append(str(error))
            status = error.status_code
            # The next attempt is made against the version in force now, seen on this page.
            current = house_rules.current_rules()
            form.based_on.data = str(current.version)
        else:
            flash(
                f"Proposed ({proposal.summary}). It is published when another board member "
                "approves it; members then accept it at their next visit.",
                "success",
            )
            return redirect(url_for("membership.board_proposals"))
    page = render_template(
        "moderation/rules_edit.html",
        form=form,
        current=current,
        preview=render(form.body.data or ""),
        preview_url=url_for("forum.preview"),
    )
    return page, status


@bp.get("/house-rules/history")
@open_while_suspended
def rules_history():
    versions = house_rules.rules_history()
    changes = {
        newer.version: house_rules.diff_lines(older.body, newer.body)
        for newer, older in pairwise(versions)
    }
    return render_template("moderation/rules_history.html", versions=versions, changes=changes)


# --- Pitch policy performance (the board) ---------------------------------------------------------


@bp.get("/pitch-policy")
@capability_required(can.SIT_ON_BOARD)
def pitch_policy():
    bucket = request.args.get("bucket", "")
    if bucket and bucket not in services.BUCKETS:
        abort(404)
    performance = services.policy_performance()
    page = paginate(services.labels_query(bucket or None), per_page=20)
    return render_template(
        "moderation/pitch_policy.html",
        performance=performance,
        page=page,
        bucket=bucket,
        buckets=services.BUCKETS,
        reason_labels=FLAG_REASON_LABELS,
        render=render,
    )
