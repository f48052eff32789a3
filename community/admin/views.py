"""Admin pages: the audit trail, the outbox, background tasks, and people's roles."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from community.admin.forms import QueueTaskForm, RoleForm
from community.audit import AuditEvent, audit_query
from community.auth import services as auth_services
from community.auth.models import ROLES, User, UserRole
from community.errors import DomainError
from community.extensions import db
from community.mail.models import OutboxMessage
from community.mail.services import smtp_configured
from community.pagination import paginate
from community.standing import capabilities as can
from community.standing.views import capability_required

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/audit")
@capability_required(can.ADMINISTER)
def audit_trail():
    page = paginate(audit_query(request.args), per_page=50)
    actor_ids = {e.actor_id for e in page.items if e.actor_id}
    actors = (
        {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(actor_ids)))}
        if actor_ids
        else {}
    )
    return render_template("admin/audit.html", page=page, actors=actors, filters=request.args)


@bp.get("/outbox")
@capability_required(can.ADMINISTER)
def outbox():
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc())
    if status := request.args.get("status"):
        query = query.where(OutboxMessage.status == status)
    page = paginate(query, per_page=25)
    counts = dict(
        db.session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ).all()
    )
    return render_template(
        "admin/outbox.html", page=page, counts=counts, smtp_configured=smtp_configured()
    )


@bp.get("/outbox/<int:message_id>")
@capability_required(can.ADMINISTER)
def outbox_message(message_id: int):
    message = db.session.get(OutboxMessage, message_id) or abort(404)
    return render_template("admin/outbox_message.html", message=message)


@bp.get("/tasks")
@capability_required(can.ADMINISTER)
def tasks():
    """Background tasks: the queue's depth and the recent failures, newest first."""
    from community.tasks import status

    counts = dict(
        db.session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ).all()
    )
    return render_template(
        "admin/tasks.html",
        queue=status.queue_summary(),
        failures=status.recent_failures(),
        failure_count=status.failure_count(),
        outbox_counts=counts,
        form=QueueTaskForm(),
    )


# The tasks an admin may start by hand: (task, what the flash says).
def _manual_tasks():
    from community import tasks

    return {
        "reindex-search": (tasks.reindex_search, "Search re-indexing is queued."),
        "train-pitch-model": (
            tasks.train_pitch_model,
            "Pitch-model training is queued; the new version appears as a candidate.",
        ),
    }


@bp.post("/tasks/<name>")
@capability_required(can.ADMINISTER)
def queue_task(name: str):
    from community.tasks import enqueue

    manual = _manual_tasks()
    if name not in manual:
        abort(404)
    if not QueueTaskForm().validate_on_submit():
        abort(400)
    task, done = manual[name]
    if enqueue(task):
        flash(done, "success")
    else:
        flash("The task queue cannot be reached; nothing was queued.", "error")
    return redirect(url_for("admin.tasks"))


@bp.get("/people")
@capability_required(can.ADMINISTER)
def people():
    query = select(User).where(User.deleted_at.is_(None)).order_by(User.name)
    if q := request.args.get("q", "").strip():
        like = f"%{q.lower()}%"
        query = query.where(func.lower(User.name).like(like) | User.email.like(like))
    if (role := request.args.get("role")) in ROLES:
        query = query.where(User.roles.any(UserRole.role == role))
    page = paginate(query, per_page=25)
    return render_template("admin/people.html", page=page, roles=ROLES, filters=request.args)


@bp.route("/people/<int:user_id>", methods=["GET", "POST"])
@capability_required(can.ADMINISTER)
def person(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = RoleForm()
    if form.validate_on_submit():
        action = request.form.get("action")
        if action == "grant":
            changed = auth_services.grant_role(current_user, user, form.role.data, form.reason.data)
            flash(
                f"{user.display_name} is now {form.role.data}."
                if changed
                else f"{user.display_name} already held the role {form.role.data}.",
                "success" if changed else "info",
            )
        elif action == "revoke":
            try:
                changed = auth_services.revoke_role(
                    current_user, user, form.role.data, form.reason.data
                )
            except DomainError as refusal:
                flash(str(refusal), "error")
            else:
                flash(
                    f"Removed the role {form.role.data} from {user.display_name}."
                    if changed
                    else f"{user.display_name} did not hold the role {form.role.data}.",
                    "success" if changed else "info",
                )
        else:
            abort(400)
        return redirect(url_for("admin.person", user_id=user.id))
    events = db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.subject_type == "users", AuditEvent.subject_id == user.id)
        .order_by(AuditEvent.at.desc())
        .limit(20)
    ).all()
    return render_template("admin/person.html", person=user, form=form, events=events)
