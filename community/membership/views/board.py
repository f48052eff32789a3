"""The board's pages: queues, the vote page of every case, the title policy, settings, reports."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from community import audit
from community.audit import audit_query
from community.auth.models import User, UserRole
from community.db_types import utcnow
from community.errors import DomainError
from community.extensions import db
from community.forum.markup import render
from community.membership import rules, services
from community.membership.forms import (
    AppealVoteForm,
    BoardSeatForm,
    CaseNoteForm,
    ConfirmForm,
    ConflictForm,
    PolicyForm,
    ProposalDecisionForm,
    ReviewDecisionForm,
    SettingsForm,
    VoteForm,
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
    ReviewVote,
)
from community.membership.policy import current_version, policy_of
from community.membership.views import bp
from community.membership.views.common import _answer_code, _attempt, me
from community.pagination import paginate
from community.standing.capabilities import SIT_ON_BOARD
from community.standing.views import capability_required

# Audit actions the board sees on its audit page.
BOARD_AUDIT_PREFIXES = (
    "invitation.",
    "application.",
    "appeal.",
    "membership.",
    "policy.",
    "proposal.",
    "house_rules.published",
)


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
@capability_required(SIT_ON_BOARD)
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
    blocked = _blocked(services.APPLICATION_BALLOT, page.items)
    return render_template(
        "membership/board/applications.html",
        page=page,
        decided=decided,
        tallies=tallies,
        my_votes=my_votes,
        previous=previous,
        recusals=recusals,
        blocked=blocked,
        quorum=services.current_settings().quorum,
        now=utcnow(),
        confirm_form=ConfirmForm(),
    )


def _blocked(ballot, cases) -> dict:
    """Case id -> why too few board members may vote on it (only the blocked ones)."""
    return services.voting.blockages(ballot, list(cases))


@bp.route("/board/applications/<int:application_id>", methods=["GET", "POST"])
@capability_required(SIT_ON_BOARD)
def board_application(application_id: int):
    return _vote_page(services.APPLICATION_BALLOT, application_id, VoteForm(), _application_case)


def _application_case(board: User, application_id: int) -> dict | None:
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
        return None
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
    return {
        "case": application,
        "application": application,
        "history": history,
        "appeal": db.session.scalar(select(Appeal).where(Appeal.application_id == application.id)),
        "statement_html": render(application.statement),
        "note_html": render(application.invitation.note) if application.invitation else None,
        "standard_reason": services.standard_rejection_reason(application)
        if application.assessment_eligibility == "ineligible"
        else None,
        "justification_min": services.JUSTIFICATION_MIN,
    }


def _vote_page(ballot, case_id: int, form, load_case):
    """The page of one board case: its details, the votes, the tally and the board member's vote
    (the same for applications, appeals and membership reviews)."""
    board = me()
    decided, refusal = _attempt(
        form,
        lambda: services.voting.cast(ballot, board, case_id, form.choice.data, form.reason.data),
    )
    endpoint = f"membership.board_{ballot.kind}"
    if decided is not None:
        flash(
            "Your vote is recorded."
            if ballot.is_open(decided)
            else f"Your vote is recorded, and it decided the {ballot.kind}: {decided.status}.",
            "success",
        )
        return redirect(url_for(endpoint, **{f"{ballot.kind}_id": case_id}))
    context = load_case(board, case_id)
    if context is None:
        abort(404)
    case = context["case"]
    mine = next((v for v in case.votes if v.voter_id == board.id), None)
    if request.method == "GET" and mine is not None:
        form.choice.data, form.reason.data = mine.choice, mine.reason
    events = audit.events_for(case.__tablename__, case.id)
    return render_template(
        f"membership/board/{ballot.kind}.html",
        ballot=ballot,
        is_open=ballot.is_open(case),
        recusal=services.voting.recusal(ballot, board, case),
        can_vote=services.eligible_voters(ballot, case),
        tally=rules.Tally.of(v.choice for v in case.votes),
        mine=mine,
        form=form,
        confirm_form=ConfirmForm(),
        quorum=services.current_settings().quorum,
        events=events,
        actors=_actors(events),
        now=utcnow(),
        notes=services.case_notes(ballot.kind, case.id),
        conflicts=services.case_conflicts(ballot.kind, case.id),
        **context,
    ), _answer_code(refusal)


def _case_page(case_kind: str, case_id: int):
    return url_for(f"membership.board_{case_kind}", **{f"{case_kind}_id": case_id})


def _case_action(case_kind: str, case_id: int, form, act, done: str):
    """Post a board-only action on a case (a note, a conflict): 404 for a case that isn't
    there, the rule's message when it says no, back to the case either way."""
    if case_kind not in services.BALLOTS:
        abort(404)
    if not form.validate_on_submit():
        abort(400)
    try:
        act()
    except DomainError as error:
        if error.status_code == 404:
            abort(404)
        flash(str(error), "error")
    else:
        flash(done, "success")
    return redirect(_case_page(case_kind, case_id))


@bp.post("/board/cases/<case_kind>/<int:case_id>/notes")
@capability_required(SIT_ON_BOARD)
def board_case_note(case_kind: str, case_id: int):
    """A note on an application, appeal or review that only the board sees."""
    form = CaseNoteForm()
    return _case_action(
        case_kind,
        case_id,
        form,
        lambda: services.add_case_note(me(), case_kind, case_id, form.body.data),
        "Your note is added; only the board sees it.",
    )


@bp.post("/board/cases/<case_kind>/<int:case_id>/conflict")
@capability_required(SIT_ON_BOARD)
def board_case_conflict(case_kind: str, case_id: int):
    """A board member declares a conflict on a case, with a reason; they are recused."""
    form = ConflictForm()
    return _case_action(
        case_kind,
        case_id,
        form,
        lambda: services.declare_conflict(me(), case_kind, case_id, form.reason.data),
        "Your conflict is recorded; you are recused from this case.",
    )


@bp.post("/board/applications/<int:application_id>/reject-ineligible")
@capability_required(SIT_ON_BOARD)
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
@capability_required(SIT_ON_BOARD)
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
        blocked=_blocked(services.APPEAL_BALLOT, page.items),
        now=utcnow(),
        confirm_form=ConfirmForm(),
    )


@bp.route("/board/appeals/<int:appeal_id>", methods=["GET", "POST"])
@capability_required(SIT_ON_BOARD)
def board_appeal(appeal_id: int):
    return _vote_page(services.APPEAL_BALLOT, appeal_id, AppealVoteForm(), _appeal_case)


def _appeal_case(board: User, appeal_id: int) -> dict | None:
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
        return None
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
    return {
        "case": appeal_row,
        "appeal": appeal_row,
        "original_votes": original_votes,
        "statement_html": render(appeal_row.statement),
    }


@bp.post("/board/appeals/<int:appeal_id>/claim")
@capability_required(SIT_ON_BOARD)
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
@capability_required(SIT_ON_BOARD)
def board_reviews():
    query = (
        select(MembershipReview)
        .options(selectinload(MembershipReview.member), selectinload(MembershipReview.referred_by))
        .where(MembershipReview.status == "open")
        .order_by(MembershipReview.created_at, MembershipReview.id)
    )
    page = paginate(query, per_page=20)
    return render_template(
        "membership/board/reviews.html",
        page=page,
        now=utcnow(),
        blocked=_blocked(services.REVIEW_BALLOT, page.items),
    )


@bp.route("/board/reviews/<int:review_id>", methods=["GET", "POST"])
@capability_required(SIT_ON_BOARD)
def board_review(review_id: int):
    """A membership review is decided by votes (keep / revoke), with the same quorum and
    recusal as admission."""
    board = me()
    form = ReviewDecisionForm()
    decided, refusal = _attempt(
        form,
        lambda: services.decide_membership_review(
            board, review_id, form.decision.data, form.reason.data
        ),
    )
    if decided is not None:
        if decided.status == "open":
            flash("Your vote is recorded.", "success")
        elif decided.status == "kept":
            flash("Your vote decided it: membership kept; the member has been told.", "success")
        else:
            flash(
                "Your vote decided it: membership revoked; the member has been told why and how "
                "to appeal.",
                "success",
            )
        return redirect(url_for("membership.board_review", review_id=review_id))
    review = db.session.scalar(
        select(MembershipReview)
        .options(
            selectinload(MembershipReview.member),
            selectinload(MembershipReview.decided_by),
            selectinload(MembershipReview.referred_by),
            selectinload(MembershipReview.votes).selectinload(ReviewVote.voter),
        )
        .where(MembershipReview.id == review_id)
    )
    if review is None:
        abort(404)
    ballot = services.REVIEW_BALLOT
    mine = next((v for v in review.votes if v.voter_id == board.id), None)
    if request.method == "GET" and mine is not None:
        form.decision.data, form.reason.data = mine.choice, mine.reason
    events = audit.events_for("membership_reviews", review.id)
    code = _answer_code(refusal)
    return render_template(
        "membership/board/review.html",
        review=review,
        recusal=services.voting.recusal(ballot, board, review),
        can_vote=services.eligible_voters(ballot, review),
        tally=services.voting.tally(ballot, review.id),
        quorum=services.current_settings().quorum,
        mine=mine,
        form=form,
        events=events,
        actors=_actors(events),
        notes=services.case_notes("review", review.id),
        conflicts=services.case_conflicts("review", review.id),
    ), code


@bp.route("/board/policy", methods=["GET", "POST"])
@capability_required(SIT_ON_BOARD)
def board_policy():
    """The policy in force, a form to preview and propose a change, and the versions (each can
    be proposed again: restoring is a proposal too)."""
    version = current_version()
    policy = policy_of(version)
    refusal = None
    form = PolicyForm()
    result = None
    if request.method == "GET":
        restore = _restored_version(request.args.get("restore"))
        data = (restore.rules_data if restore else None) or policy.to_dict()
        form.minimum_level.data = data.get("minimum_level")
        form.review_levels.data = list(data.get("review_levels") or [])
        form.allow_patterns.data = "\n".join(data.get("allow_patterns") or [])
        form.deny_patterns.data = "\n".join(data.get("deny_patterns") or [])
        if restore:
            form.reason.data = f"Restore version {restore.version}"
    elif form.validate_on_submit():
        try:
            proposed = services.parse_policy(
                minimum_level=form.minimum_level.data,
                allow_patterns=form.allow_patterns.data or "",
                deny_patterns=form.deny_patterns.data or "",
                review_levels=form.review_levels.data or [],
            )
            if request.form.get("action") == "propose":
                proposal = services.propose(
                    me(), "title_policy", proposed.to_dict(), form.reason.data or ""
                )
                flash(
                    f"Proposed: {proposal.summary} It takes effect when another board member "
                    "approves it.",
                    "success",
                )
                return redirect(url_for("membership.board_proposals"))
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
        pending=services.open_proposals("title_policy"),
    ), code


def _restored_version(number: str | None) -> PolicyVersion | None:
    if not (number or "").isdigit():
        return None
    return db.session.scalar(select(PolicyVersion).where(PolicyVersion.version == int(number)))


@bp.get("/board/proposals")
@capability_required(SIT_ON_BOARD)
def board_proposals(seat_form=None, code: int = 200):
    """Rule changes waiting for a second board member, and the latest decided ones."""
    return render_template(
        "membership/board/proposals.html",
        proposals=services.open_proposals(),
        recent=services.recent_proposals(),
        kinds=services.PROPOSAL_KINDS,
        form=ProposalDecisionForm(),
        seat_form=seat_form or BoardSeatForm(),
    ), code


@bp.post("/board/proposals/board-seat")
@capability_required(SIT_ON_BOARD)
def board_seat_proposal():
    """Propose giving or removing a board seat (another board member approves it)."""
    form = BoardSeatForm()
    proposal, refusal = _attempt(
        form,
        lambda: services.propose_board_seat(
            me(), form.email.data, form.seat.data, form.reason.data
        ),
    )
    if proposal is not None:
        flash(f"Proposed: {proposal.summary} Another board member approves it.", "success")
        return redirect(url_for("membership.board_proposals"))
    return board_proposals(seat_form=form, code=_answer_code(refusal))


@bp.post("/board/proposals/<int:proposal_id>")
@capability_required(SIT_ON_BOARD)
def board_proposal(proposal_id: int):
    """Approve, decline (not the proposer) or withdraw (only the proposer) one proposal."""
    form = ProposalDecisionForm()
    if not form.validate_on_submit():
        abort(400)
    action, reason = request.form.get("action"), (form.reason.data or "").strip()
    try:
        if action == "approve":
            services.approve_proposal(me(), proposal_id, reason or None)
            message = "Approved: the change is in effect."
        elif action == "decline":
            services.decline_proposal(me(), proposal_id, reason)
            message = "Declined; the proposer sees your reason."
        elif action == "withdraw":
            services.withdraw_proposal(me(), proposal_id)
            message = "Withdrawn."
        else:
            abort(400)
    except DomainError as error:
        if error.status_code == 404:
            abort(404)
        flash(str(error), "error")
        return redirect(url_for("membership.board_proposals"))
    flash(message, "success")
    return redirect(url_for("membership.board_proposals"))


@bp.get("/board/exceptions")
@capability_required(SIT_ON_BOARD)
def board_exceptions():
    """Approvals against the rules, and one-click rule rejections an appeal overturned."""
    query = (
        select(Application)
        .options(selectinload(Application.applicant))
        .where(Application.exception.is_(True))
        .order_by(Application.decided_at.desc(), Application.id.desc())
    )
    overturned = db.session.scalars(
        select(Appeal)
        .join(Application, Application.id == Appeal.application_id)
        .options(selectinload(Appeal.appellant), selectinload(Appeal.application))
        .where(Appeal.status == "upheld", Application.rejected_by_rule.is_(True))
        .order_by(Appeal.decided_at.desc(), Appeal.id.desc())
        .limit(100)
    ).all()
    return render_template(
        "membership/board/exceptions.html",
        page=paginate(query, per_page=20),
        overturned=overturned,
    )


@bp.route("/board/settings", methods=["GET", "POST"])
@capability_required(SIT_ON_BOARD)
def board_settings():
    """The settings in force, and a form that proposes a change (another board member
    approves it on the proposals page)."""
    settings = services.current_settings()
    form = SettingsForm(obj=settings if request.method == "GET" else None)
    proposal, refusal = _attempt(
        form,
        lambda: services.propose(
            me(),
            "membership_settings",
            {name: getattr(form, name).data for name in settings.FIELDS},
            form.reason.data,
        ),
    )
    if proposal is not None:
        flash(
            f"Proposed: {proposal.summary}. It takes effect when another board member approves it.",
            "success",
        )
        return redirect(url_for("membership.board_proposals"))
    code = _answer_code(refusal)
    return render_template(
        "membership/board/settings.html",
        form=form,
        settings=settings,
        could_vote=len(services.sitting_board_members()),
        pending=services.open_proposals("membership_settings"),
    ), code


@bp.get("/board/invitations")
@capability_required(SIT_ON_BOARD)
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
@capability_required(SIT_ON_BOARD)
def board_audit():
    page = paginate(audit_query(request.args, actions_prefix=BOARD_AUDIT_PREFIXES), per_page=50)
    actor_ids = {e.actor_id for e in page.items if e.actor_id}
    actors = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(actor_ids)))}
    return render_template(
        "membership/board/audit.html", page=page, actors=actors, filters=request.args
    )
