"""The applicant's pages (status, application, work email, invitations, appeal) and members
inviting peers."""

from __future__ import annotations

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from community.auth.models import User
from community.db_types import utcnow
from community.errors import DomainError
from community.forum.markup import render
from community.limits import inviting_budget, work_email_budget
from community.membership import services
from community.membership.forms import (
    AppealForm,
    ApplyForm,
    ConfirmForm,
    InviteForm,
    WorkEmailForm,
)
from community.membership.models import (
    Invitation,
)
from community.membership.views import bp
from community.membership.views.common import _fail, me
from community.pagination import paginate
from community.standing.capabilities import INVITE, READ_FORUM
from community.standing.house_rules import current_rules
from community.standing.views import capability_required, login_required

# ---------------------------------------------------------------------------------------------
# The applicant's side


@bp.get("/")
@login_required
def status():
    """Where a signed-in non-member lands: their application's status, or how to start one."""
    user = me()
    settings = services.current_settings()
    application = services.latest_application(user)
    decision = services.latest_appealable_decision(user)
    invitation = services.available_invitation(user)
    cooldown = services.cooldown_ends(user, settings)
    work_email_form = WorkEmailForm()
    return render_template(
        "membership/status.html",
        application=application,
        decision=decision,
        invitation=invitation,
        settings=settings,
        cooldown=cooldown,
        work_email_form=work_email_form,
        confirm_form=ConfirmForm(),
        is_member=services.is_member(user),
        now=utcnow(),
        median_days=services.median_days_to_decision(),
        title_reading=services.read_title(application.job_title)
        if application and application.is_open
        else None,
    )


@bp.get("/title-reading")
@login_required
def title_reading():
    """How the policy reads a title, for the application form's live preview (read only)."""
    title = request.args.get("title", "")
    return jsonify({"title": title[:200], "reading": services.read_title(title)})


@bp.route("/apply", methods=["GET", "POST"])
@login_required
def apply():
    user = me()
    try:
        services.check_may_apply(user)
    except DomainError as error:
        flash(str(error), "info")
        return redirect(url_for("membership.status"))
    rules_in_force = current_rules()
    invitation = services.available_invitation(user)
    settings = services.current_settings()
    if invitation is None and not settings.invitation_requests_open:
        flash(
            "Applications need an invitation from a member. Open the link in your invitation "
            "mail, or ask a member you know to invite you.",
            "info",
        )
        return redirect(url_for("membership.status"))
    form = ApplyForm()
    form.accept_rules.label.text = f"I accept the house rules (version {rules_in_force.version})"
    if request.method == "GET":
        form.job_title.data = form.job_title.data or user.job_title
        form.company.data = form.company.data or user.company
        form.house_rules_version.data = str(rules_in_force.version)
    context = {
        "invitation": invitation,
        "rules_version": rules_in_force.version,
        "title_reading": services.read_title(form.job_title.data),
    }
    if request.method == "POST" and request.form.get("action") == "check":
        # "Check my title" (the page without JavaScript): show the reading, submit nothing.
        return render_template("membership/apply.html", form=form, **context)
    if form.validate_on_submit():
        try:
            services.submit_application(
                user,
                job_title=form.job_title.data,
                company=form.company.data,
                linkedin_url=form.linkedin_url.data,
                function=form.function.data,
                statement=form.statement.data,
                house_rules_version=_int(form.house_rules_version.data),
                work_email=form.work_email.data,
            )
        except DomainError as error:
            # The refusal rolled the unit of work back: read what the page shows again.
            form.house_rules_version.data = str(current_rules().version)
            context["invitation"] = services.available_invitation(user)
            return _fail(form, error, "membership/apply.html", **context)
        flash(
            "Your application is with the board. We will email you when it has decided.",
            "success",
        )
        return redirect(url_for("membership.status"))
    code = 400 if request.method == "POST" else 200
    return render_template("membership/apply.html", form=form, **context), code


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@bp.post("/withdraw")
@login_required
def withdraw():
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    application = services.open_application(me())
    if application is None:
        flash("You have no application in progress.", "info")
        return redirect(url_for("membership.status"))
    try:
        services.withdraw_application(me(), application.id)
    except DomainError as error:
        flash(str(error), "error")
    else:
        flash("You withdrew your application. You can apply again at any time.", "success")
    return redirect(url_for("membership.status"))


@bp.post("/work-email")
@login_required
@work_email_budget
def work_email():
    form = WorkEmailForm()
    if not form.validate_on_submit():
        flash("Please give your work email address.", "error")
        return redirect(url_for("membership.status"))
    try:
        application = services.request_work_email_confirmation(me(), form.email.data)
    except DomainError as error:
        flash(str(error), "error")
        return redirect(url_for("membership.status"))
    flash(
        f"We sent a confirmation link to {application.work_email}. It works for "
        f"{services.WORK_EMAIL_LINK_HOURS} hours.",
        "success",
    )
    return redirect(url_for("membership.status"))


@bp.get("/work-email/<token>")
@login_required
def confirm_work_email(token: str):
    try:
        application = services.confirm_work_email(me(), token)
    except DomainError as error:
        flash(str(error), "error")
        return redirect(url_for("membership.status"))
    flash(
        f"Thank you: the board will see that your work email is confirmed at "
        f"{application.work_email_domain}.",
        "success",
    )
    return redirect(url_for("membership.status"))


@bp.route("/invitations/<token>", methods=["GET", "POST"])
def invitation(token: str):
    """The link in an invitation mail: sign in, then accept it to apply."""
    found = services.find_invitation(token)
    if found is None:
        abort(404)
    form = ConfirmForm()
    mismatch = False
    if request.method == "POST":
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.path))
        if not form.validate_on_submit():
            abort(400)
        try:
            if request.form.get("action") == "send-confirmation":
                services.send_invitation_claim_link(me(), token)
                flash(
                    f"We sent a confirmation link to {found.email}. Open it while signed in here.",
                    "success",
                )
                return redirect(url_for("membership.status"))
            services.claim_invitation(me(), token)
        except services.InvitationEmailMismatch:
            mismatch = True
        except DomainError as error:
            flash(str(error), "error")
            return redirect(url_for("membership.invitation", token=token))
        else:
            flash("Invitation accepted. Please tell the board about your role.", "success")
            return redirect(url_for("membership.apply"))
    return render_template(
        "membership/invitation.html",
        invitation=found,
        state=found.state(),
        token=token,
        form=form,
        mismatch=mismatch,
        note_html=render(found.note),
    ), (409 if mismatch else 200)


@bp.get("/invitations/confirm/<token>")
@login_required
def confirm_invitation(token: str):
    try:
        services.claim_invitation_by_link(me(), token)
    except DomainError as error:
        flash(str(error), "error")
        return redirect(url_for("membership.status"))
    flash("Invitation accepted. Please tell the board about your role.", "success")
    return redirect(url_for("membership.apply"))


@bp.route("/appeal", methods=["GET", "POST"])
@login_required
def appeal():
    user = me()
    decision = services.latest_appealable_decision(user)
    if decision is None or not decision.window_open:
        flash(
            "There is no decision of yours open to appeal."
            if decision is None or decision.appeal is None
            else "You have already appealed this decision; an appeal can be made once.",
            "info",
        )
        return redirect(url_for("membership.status"))
    form = AppealForm()
    context = {"decision": decision}
    if form.validate_on_submit():
        try:
            services.file_appeal(
                user,
                statement=form.statement.data,
                updated_title=form.updated_title.data,
                updated_company=form.updated_company.data,
            )
        except DomainError as error:
            return _fail(form, error, "membership/appeal.html", **context)
        flash("Your appeal is with the board. We will email you its reply.", "success")
        return redirect(url_for("membership.status"))
    code = 400 if request.method == "POST" else 200
    return render_template("membership/appeal.html", form=form, **context), code


# ---------------------------------------------------------------------------------------------
# Members invite peers


@bp.route("/invite", methods=["GET", "POST"])
@capability_required(INVITE)
@inviting_budget
def invite():
    user = me()
    form = InviteForm()
    if form.validate_on_submit():
        try:
            sent = services.send_invitation(user, form.email.data, form.note.data)
        except DomainError as error:
            return _fail(form, error, "membership/invite.html", **_invite_context(user))
        flash(
            f"Invitation sent to {sent.email}. It is valid for "
            f"{(sent.expires_at - sent.created_at).days} days; we don't send reminders.",
            "success",
        )
        return redirect(url_for("membership.invite"))
    code = 400 if request.method == "POST" else 200
    return render_template("membership/invite.html", form=form, **_invite_context(user)), code


def _invite_context(user: User) -> dict:
    query = (
        select(Invitation)
        .options(selectinload(Invitation.accepted_by))
        .where(Invitation.inviter_id == user.id)
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
    )
    settings = services.current_settings()
    return {
        "page": paginate(query, per_page=20),
        "left": services.invitations_left(user, settings),
        "settings": settings,
        "now": utcnow(),
        "confirm_form": ConfirmForm(),
    }


@bp.post("/invitations/<int:invitation_id>/revoke")
@capability_required(READ_FORUM)
def revoke_invitation(invitation_id: int):
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        revoked = services.revoke_invitation(me(), invitation_id)
    except DomainError as error:
        if error.status_code in (403, 404):
            abort(error.status_code)
        flash(str(error), "error")
    else:
        flash(f"The invitation to {revoked.email} is revoked; its link no longer works.", "success")
    back = request.form.get("back")
    if back == "board" and me().has_role("board"):
        return redirect(url_for("membership.board_invitations"))
    return redirect(url_for("membership.invite"))
