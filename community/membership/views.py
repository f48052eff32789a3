"""Membership pages: the applicant's status and application, invitations, and the board's queues.

Views are thin: parse the form, call one service, turn its DomainError into a message, redirect.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from community import audit
from community.audit import audit_query
from community.auth.models import User, UserRole
from community.auth.roles import login_required, role_required
from community.db_types import utcnow
from community.errors import DomainError
from community.extensions import db
from community.forum.markup import render, to_plain_text
from community.limits import inviting_budget
from community.membership import rules, services
from community.membership.forms import (
    AppealForm,
    AppealVoteForm,
    ApplyForm,
    ConfirmForm,
    InviteForm,
    PolicyForm,
    ReviewDecisionForm,
    SettingsForm,
    VoteForm,
    WorkEmailForm,
)
from community.membership.models import (
    OPEN_APPLICATION_STATUSES,
    Appeal,
    AppealVote,
    Application,
    ApplicationVote,
    Invitation,
    MembershipReview,
    PolicyVersion,
)
from community.membership.policy import current_version, policy_of
from community.moderation.house_rules import current_rules
from community.pagination import paginate
from community.standing import capabilities as can
from community.standing.views import capability_required

bp = Blueprint("membership", __name__, url_prefix="/membership")
bp.add_app_template_global(services.LEVEL_LABELS, "LEVEL_LABELS")  # for membership/_macros.html

# Membership reviews, the title policy, settings, exceptions and the audit trail are tabs on
# every board page: the main navigation is shared by every feature and must fit a laptop.

# Audit actions the board sees on its audit page.
BOARD_AUDIT_PREFIXES = ("invitation.", "application.", "appeal.", "membership.", "policy.")


@bp.context_processor
def markup_renderer():
    """Templates show user text (reasons, replies, statements) only through markup.render."""
    return {"render": render, "plain": to_plain_text}


def me() -> User:
    return current_user._get_current_object()


def _answer_code(refusal: DomainError | None) -> int:
    """200 for a page, 400 for a form sent back with errors, or the status of the rule's refusal."""
    if refusal is not None:
        return refusal.status_code
    return 400 if request.method == "POST" else 200


def _attempt(form, action):
    """For a valid form, run the service; (result, None), or (None, refusal) with the refusal's
    message put at the top of the form. A missing item is a plain 404."""
    if not form.validate_on_submit():
        return None, None
    try:
        return action(), None
    except DomainError as error:
        if error.status_code == 404:
            abort(404)
        form.form_errors.append(str(error))
        return None, error


def _fail(form, error: DomainError, template: str, **context):
    """Show a rule's refusal at the top of the form, keeping what was typed."""
    form.form_errors.append(str(error))
    return render_template(template, form=form, **context), error.status_code


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
    )


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
    context = {"invitation": invitation, "rules_version": rules_in_force.version}
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
            form.house_rules_version.data = str(current_rules().version)
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
@capability_required(can.INVITE)
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
@role_required("member", "board")
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


# ---------------------------------------------------------------------------------------------
# The board


def _actors(events) -> dict[int, User]:
    ids = {e.actor_id for e in events if e.actor_id}
    return {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(ids)))}


def _board_members() -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .where(User.deleted_at.is_(None), User.roles.any(UserRole.role == "board"))
            .order_by(User.name)
        )
    )


@bp.get("/board/applications")
@role_required("board")
def board_applications():
    """The queue, oldest first, or the decided ones, newest first."""
    board = me()
    decided = request.args.get("show") == "decided"
    query = select(Application).options(
        selectinload(Application.applicant),
        selectinload(Application.invitation).selectinload(Invitation.inviter),
    )
    if decided:
        query = query.where(Application.status.not_in(OPEN_APPLICATION_STATUSES)).order_by(
            Application.submitted_at.desc(), Application.id.desc()
        )
    else:
        query = query.where(Application.status.in_(OPEN_APPLICATION_STATUSES)).order_by(
            Application.submitted_at, Application.id
        )
    page = paginate(query, per_page=20)
    ids = [a.id for a in page.items]
    applicant_ids = list({a.applicant_id for a in page.items})
    tallies: dict[int, dict[str, int]] = {}
    for application_id, choice, count in db.session.execute(
        select(ApplicationVote.application_id, ApplicationVote.choice, func.count())
        .where(ApplicationVote.application_id.in_(ids))
        .group_by(ApplicationVote.application_id, ApplicationVote.choice)
    ):
        tallies.setdefault(application_id, {})[choice] = count
    my_votes = dict(
        db.session.execute(
            select(ApplicationVote.application_id, ApplicationVote.choice).where(
                ApplicationVote.application_id.in_(ids), ApplicationVote.voter_id == board.id
            )
        ).all()
    )
    previous = dict(
        db.session.execute(
            select(Application.applicant_id, func.count())
            .where(Application.applicant_id.in_(applicant_ids))
            .group_by(Application.applicant_id)
        ).all()
    )
    recusals = {
        a.id: services.application_recusal(
            board, a, a.applicant, a.invitation.inviter_id if a.invitation else None
        )
        for a in page.items
    }
    return render_template(
        "membership/board/applications.html",
        page=page,
        decided=decided,
        tallies=tallies,
        my_votes=my_votes,
        previous=previous,
        recusals=recusals,
        quorum=services.current_settings().quorum,
        now=utcnow(),
        confirm_form=ConfirmForm(),
    )


@bp.route("/board/applications/<int:application_id>", methods=["GET", "POST"])
@role_required("board")
def board_application(application_id: int):
    board = me()
    form = VoteForm()
    decided, refusal = _attempt(
        form,
        lambda: services.cast_vote(board, application_id, form.choice.data, form.reason.data),
    )
    if decided is not None:
        flash(
            f"Your vote is recorded, and it decided the application: {decided.status}."
            if not decided.is_open
            else "Your vote is recorded.",
            "success",
        )
        return redirect(url_for("membership.board_application", application_id=application_id))
    application = db.session.scalar(
        select(Application)
        .options(
            selectinload(Application.applicant),
            selectinload(Application.invitation).selectinload(Invitation.inviter),
            selectinload(Application.votes).selectinload(ApplicationVote.voter),
        )
        .where(Application.id == application_id)
    )
    if application is None:
        abort(404)
    history = list(
        db.session.scalars(
            select(Application)
            .where(
                Application.applicant_id == application.applicant_id,
                Application.id != application.id,
            )
            .order_by(Application.submitted_at.desc())
        )
    )
    appeal_row = db.session.scalar(select(Appeal).where(Appeal.application_id == application.id))
    inviter_id = application.invitation.inviter_id if application.invitation else None
    recusal = services.application_recusal(board, application, application.applicant, inviter_id)
    board_members = _board_members()
    can_vote = [
        b
        for b in board_members
        if not services.application_recusal(b, application, application.applicant, inviter_id)
    ]
    tally = rules.Tally.of(v.choice for v in application.votes)
    mine = next((v for v in application.votes if v.voter_id == board.id), None)
    if request.method == "GET" and mine is not None:
        form.choice.data, form.reason.data = mine.choice, mine.reason
    events = audit.events_for("applications", application.id)
    code = _answer_code(refusal)
    return render_template(
        "membership/board/application.html",
        application=application,
        history=history,
        appeal=appeal_row,
        recusal=recusal,
        can_vote=can_vote,
        tally=tally,
        mine=mine,
        form=form,
        confirm_form=ConfirmForm(),
        quorum=services.current_settings().quorum,
        statement_html=render(application.statement),
        note_html=render(application.invitation.note) if application.invitation else None,
        events=events,
        actors=_actors(events),
        standard_reason=services.standard_rejection_reason(application)
        if application.assessment_eligibility == "ineligible"
        else None,
        justification_min=services.JUSTIFICATION_MIN,
    ), code


@bp.post("/board/applications/<int:application_id>/reject-ineligible")
@role_required("board")
def board_application_reject(application_id: int):
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        services.reject_ineligible(me(), application_id)
    except DomainError as error:
        if error.status_code == 404:
            abort(404)
        flash(str(error), "error")
    else:
        flash(
            "Rejected under the title rules; the applicant has been told how to appeal.", "success"
        )
    return redirect(url_for("membership.board_application", application_id=application_id))


@bp.get("/board/appeals")
@role_required("board")
def board_appeals():
    query = (
        select(Appeal)
        .options(
            selectinload(Appeal.appellant),
            selectinload(Appeal.claimed_by),
            selectinload(Appeal.application),
            selectinload(Appeal.review),
        )
        .where(Appeal.status == "open")
        .order_by(Appeal.created_at, Appeal.id)
    )
    page = paginate(query, per_page=20)
    ids = [a.id for a in page.items]
    counts: dict[int, int] = dict(
        db.session.execute(
            select(AppealVote.appeal_id, func.count())
            .where(AppealVote.appeal_id.in_(ids))
            .group_by(AppealVote.appeal_id)
        ).all()
    )
    return render_template(
        "membership/board/appeals.html",
        page=page,
        counts=counts,
        now=utcnow(),
        confirm_form=ConfirmForm(),
    )


@bp.route("/board/appeals/<int:appeal_id>", methods=["GET", "POST"])
@role_required("board")
def board_appeal(appeal_id: int):
    board = me()
    form = AppealVoteForm()
    decided, refusal = _attempt(
        form,
        lambda: services.cast_appeal_vote(board, appeal_id, form.choice.data, form.reason.data),
    )
    if decided is not None:
        flash(
            f"Your vote is recorded, and it decided the appeal: {decided.status}."
            if decided.status != "open"
            else "Your vote is recorded.",
            "success",
        )
        return redirect(url_for("membership.board_appeal", appeal_id=appeal_id))
    appeal_row = db.session.scalar(
        select(Appeal)
        .options(
            selectinload(Appeal.appellant),
            selectinload(Appeal.claimed_by),
            selectinload(Appeal.application),
            selectinload(Appeal.review),
            selectinload(Appeal.votes).selectinload(AppealVote.voter),
        )
        .where(Appeal.id == appeal_id)
    )
    if appeal_row is None:
        abort(404)
    original_voters = services.original_voter_ids(appeal_row)
    affiliation = services.appeal_affiliation(appeal_row, appeal_row.appellant)
    recusal = services.appeal_recusal(
        board, appeal_row, appeal_row.appellant, original_voters, affiliation
    )
    can_vote = [
        b
        for b in _board_members()
        if not services.appeal_recusal(
            b, appeal_row, appeal_row.appellant, original_voters, affiliation
        )
    ]
    original_votes = []
    if appeal_row.application_id is not None:
        original_votes = list(
            db.session.scalars(
                select(ApplicationVote)
                .options(selectinload(ApplicationVote.voter))
                .where(ApplicationVote.application_id == appeal_row.application_id)
                .order_by(ApplicationVote.created_at)
            )
        )
    mine = next((v for v in appeal_row.votes if v.voter_id == board.id), None)
    if request.method == "GET" and mine is not None:
        form.choice.data, form.reason.data = mine.choice, mine.reason
    events = audit.events_for("appeals", appeal_row.id)
    code = _answer_code(refusal)
    return render_template(
        "membership/board/appeal.html",
        appeal=appeal_row,
        recusal=recusal,
        can_vote=can_vote,
        original_votes=original_votes,
        tally=rules.Tally.of(v.choice for v in appeal_row.votes),
        mine=mine,
        form=form,
        confirm_form=ConfirmForm(),
        quorum=services.current_settings().quorum,
        statement_html=render(appeal_row.statement),
        events=events,
        actors=_actors(events),
        now=utcnow(),
    ), code


@bp.post("/board/appeals/<int:appeal_id>/claim")
@role_required("board")
def board_appeal_claim(appeal_id: int):
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    release = request.form.get("action") == "release"
    try:
        if release:
            services.release_appeal(me(), appeal_id)
        else:
            services.claim_appeal(me(), appeal_id)
    except DomainError as error:
        if error.status_code == 404:
            abort(404)
        flash(str(error), "error")
    else:
        flash(
            "You released this appeal for another board member."
            if release
            else "You are working on this appeal; other board members see that.",
            "success",
        )
    return redirect(url_for("membership.board_appeal", appeal_id=appeal_id))


@bp.get("/board/reviews")
@role_required("board")
def board_reviews():
    query = (
        select(MembershipReview)
        .options(selectinload(MembershipReview.member), selectinload(MembershipReview.referred_by))
        .where(MembershipReview.status == "open")
        .order_by(MembershipReview.created_at, MembershipReview.id)
    )
    page = paginate(query, per_page=20)
    return render_template("membership/board/reviews.html", page=page, now=utcnow())


@bp.route("/board/reviews/<int:review_id>", methods=["GET", "POST"])
@role_required("board")
def board_review(review_id: int):
    board = me()
    form = ReviewDecisionForm()
    decided, refusal = _attempt(
        form,
        lambda: services.decide_membership_review(
            board, review_id, form.decision.data, form.reason.data
        ),
    )
    if decided is not None:
        flash(
            "Membership kept; the member has been told."
            if decided.status == "kept"
            else "Membership revoked; the member has been told why and how to appeal.",
            "success",
        )
        return redirect(url_for("membership.board_reviews"))
    review = db.session.scalar(
        select(MembershipReview)
        .options(
            selectinload(MembershipReview.member),
            selectinload(MembershipReview.decided_by),
            selectinload(MembershipReview.referred_by),
        )
        .where(MembershipReview.id == review_id)
    )
    if review is None:
        abort(404)
    events = audit.events_for("membership_reviews", review.id)
    code = _answer_code(refusal)
    return render_template(
        "membership/board/review.html",
        review=review,
        recusal=services.review_recusal(board, review.member),
        form=form,
        events=events,
        actors=_actors(events),
    ), code


@bp.route("/board/policy", methods=["GET", "POST"])
@role_required("board")
def board_policy():
    version = current_version()
    policy = policy_of(version)
    refusal = None
    form = PolicyForm()
    result = None
    if request.method == "GET":
        data = policy.to_dict()
        form.minimum_level.data = data.get("minimum_level")
        form.review_levels.data = list(data.get("review_levels") or [])
        form.allow_patterns.data = "\n".join(data.get("allow_patterns") or [])
        form.deny_patterns.data = "\n".join(data.get("deny_patterns") or [])
    elif form.validate_on_submit():
        try:
            proposed = services.parse_policy(
                minimum_level=form.minimum_level.data,
                allow_patterns=form.allow_patterns.data or "",
                deny_patterns=form.deny_patterns.data or "",
                review_levels=form.review_levels.data or [],
            )
            if request.form.get("action") == "save":
                saved, outcome = services.save_policy(me(), proposed, form.reason.data)
                reviews = sum(
                    1
                    for c in outcome.members
                    if rules.member_needs_review(c.before, c.after, title_changed=False)
                )
                flash(
                    f"Policy version {saved.version} is in force. "
                    f"{len(outcome.applications)} open application(s) re-assessed; "
                    f"{reviews} member(s) sent to membership review.",
                    "success",
                )
                return redirect(url_for("membership.board_policy"))
            result = services.dry_run(proposed, policy)
        except DomainError as error:
            refusal = error
            form.form_errors.append(str(error))
    versions = paginate(
        select(PolicyVersion)
        .options(selectinload(PolicyVersion.created_by))
        .order_by(PolicyVersion.version.desc()),
        per_page=10,
    )
    code = _answer_code(refusal) if form.errors else 200
    return render_template(
        "membership/board/policy.html",
        form=form,
        version=version,
        policy=policy.to_dict(),
        result=result,
        versions=versions,
        level_labels=services.LEVEL_LABELS,
    ), code


@bp.get("/board/exceptions")
@role_required("board")
def board_exceptions():
    query = (
        select(Application)
        .options(selectinload(Application.applicant))
        .where(Application.exception.is_(True))
        .order_by(Application.decided_at.desc(), Application.id.desc())
    )
    return render_template("membership/board/exceptions.html", page=paginate(query, per_page=20))


@bp.route("/board/settings", methods=["GET", "POST"])
@role_required("board")
def board_settings():
    settings = services.current_settings()
    form = SettingsForm(obj=settings if request.method == "GET" else None)
    saved, refusal = _attempt(
        form,
        lambda: services.update_settings(
            me(),
            reason=form.reason.data,
            **{name: getattr(form, name).data for name in settings.FIELDS},
        ),
    )
    if saved is not None:
        flash("Membership settings saved.", "success")
        return redirect(url_for("membership.board_settings"))
    code = _answer_code(refusal)
    return render_template("membership/board/settings.html", form=form, settings=settings), code


@bp.get("/board/invitations")
@role_required("board")
def board_invitations():
    query = (
        select(Invitation)
        .options(selectinload(Invitation.inviter), selectinload(Invitation.accepted_by))
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
    )
    if request.args.get("show") != "all":
        query = query.where(Invitation.status == "pending", Invitation.expires_at > utcnow())
    return render_template(
        "membership/board/invitations.html",
        page=paginate(query, per_page=25),
        show_all=request.args.get("show") == "all",
        now=utcnow(),
        confirm_form=ConfirmForm(),
    )


@bp.get("/board/audit")
@role_required("board")
def board_audit():
    page = paginate(audit_query(request.args, actions_prefix=BOARD_AUDIT_PREFIXES), per_page=50)
    actor_ids = {e.actor_id for e in page.items if e.actor_id}
    actors = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(actor_ids)))}
    return render_template(
        "membership/board/audit.html", page=page, actors=actors, filters=request.args
    )
