"""Chapter and event pages: thin views over community.chapters.services."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from community.auth.models import User
from community.chapters import schedule, services
from community.chapters.forms import (
    ActionForm,
    ChapterForm,
    EventForm,
    EventMailForm,
    FlagForm,
    LeadForm,
    OptionalReasonForm,
    ReasonForm,
    VisibilityForm,
)
from community.chapters.models import Chapter, Event
from community.db_types import utcnow
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum.models import Post, Thread
from community.membership.models import Proposal
from community.membership.services import proposals
from community.standing import capabilities as can
from community.standing.views import capability_required, member_required

bp = Blueprint("chapters", __name__)


def _checked(form_class=ActionForm):
    form = form_class()
    if not form.validate_on_submit():
        abort(400)
    return form


def _chapter_or_404(chapter_slug: str) -> Chapter:
    try:
        return services.get_chapter(chapter_slug)
    except NotFound:
        abort(404)


def _event_or_404(event_id: int) -> Event:
    try:
        event = services.get_event(event_id)
    except NotFound:
        abort(404)
    chapter = db.session.get(Chapter, event.chapter_id)
    if not services.may_read_space(current_user, chapter):
        abort(403)
    if event.status == "awaiting" and not _may_see_awaiting(event, chapter):
        abort(404)
    return event


def _may_see_awaiting(event: Event, chapter: Chapter) -> bool:
    return (
        event.created_by_id == current_user.id
        or services.runs_events(current_user, chapter)
        or can.may(current_user, can.MODERATE)
    )


def _back_to_chapter(chapter: Chapter):
    return redirect(url_for("chapters.chapter", chapter_slug=chapter.slug))


def _back_to_event(event: Event):
    return redirect(url_for("chapters.event", event_id=event.id))


# Chapters ---------------------------------------------------------------------------------------


@bp.get("/chapters")
@member_required
def index():
    chapters = list(db.session.scalars(select(Chapter).order_by(Chapter.kind, Chapter.name)))
    return render_template(
        "chapters/index.html",
        chapters=chapters,
        mine=services.chapters_of(current_user),
        may_create=can.may(current_user, can.SIT_ON_BOARD),
    )


@bp.route("/chapters/new", methods=["GET", "POST"])
@capability_required(can.SIT_ON_BOARD)
def new_chapter():
    form = ChapterForm()
    if form.validate_on_submit():
        try:
            chapter = services.create_chapter(
                current_user,
                form.name.data,
                form.kind.data,
                form.description.data,
                form.visibility.data,
            )
        except DomainError as error:
            flash(str(error), "error")
        else:
            flash(f"The {chapter.name} chapter is open.", "success")
            return _back_to_chapter(chapter)
    elif request.method == "POST":
        return render_template("chapters/new_chapter.html", form=form), 400
    return render_template("chapters/new_chapter.html", form=form)


@bp.get("/chapters/<chapter_slug>")
@member_required
def chapter(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    readable = services.may_read_space(current_user, chapter)
    threads = []
    if readable:
        threads = list(
            db.session.scalars(
                select(Thread)
                .where(Thread.category_id == chapter.category_id, Thread.status == "published")
                .order_by(Thread.pinned.desc(), Thread.last_post_at.desc(), Thread.id.desc())
                .limit(30)
            )
        )
    runs = services.runs_events(current_user, chapter)
    events_query = select(Event).where(Event.chapter_id == chapter.id, Event.ends_at > utcnow())
    if not (runs or can.may(current_user, can.MODERATE)):
        events_query = events_query.where(
            (Event.status == "scheduled") | (Event.created_by_id == current_user.id)
        )
    events = list(db.session.scalars(events_query.order_by(Event.starts_at))) if readable else []
    board = services.is_board(current_user)
    lead_proposals = []
    if board:
        lead_proposals = [
            p
            for p in proposals.open_proposals(services.CHAPTER_LEAD.name)
            if p.data.get("chapter_id") == chapter.id
        ]
    own = services.membership_of(current_user, chapter)
    return render_template(
        "chapters/chapter.html",
        chapter=chapter,
        readable=readable,
        threads=threads,
        events=events,
        members=services.members_of(chapter),
        own=own,
        is_lead=services.is_lead(current_user, chapter),
        board=board,
        moderator=can.may(current_user, can.MODERATE),
        lead_proposals=lead_proposals,
        mail_form=EventMailForm(event_mail=own.event_mail if own else "weekly"),
        visibility_form=VisibilityForm(visibility=chapter.visibility),
        lead_form=LeadForm(),
        describe=schedule.describe,
    )


@bp.post("/chapters/<chapter_slug>/join")
@member_required
def join(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    _checked()
    services.join_chapter(current_user, chapter)
    flash(f"Welcome to the {chapter.name} chapter.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/leave")
@member_required
def leave(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    _checked()
    services.leave_chapter(current_user, chapter)
    flash(f"You left the {chapter.name} chapter.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/event-mail")
@member_required
def event_mail(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    form = _checked(EventMailForm)
    services.set_event_mail(current_user, chapter, form.event_mail.data)
    flash("Your event mail preference is saved.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/visibility")
@member_required
def visibility(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    form = _checked(VisibilityForm)
    services.set_visibility(current_user, chapter, form.visibility.data)
    flash("Saved who may read the chapter's threads.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/leads")
@capability_required(can.SIT_ON_BOARD)
def propose_lead(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    form = _checked(LeadForm)
    email = form.email.data.strip().lower()
    user = db.session.scalar(select(User).where(User.email == email, User.deleted_at.is_(None)))
    if user is None:
        raise DomainError("No member has that email address.")
    services.propose_lead(current_user, chapter, user, form.reason.data)
    flash("Proposed. Another board member's approval appoints the lead.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/lead-proposals/<int:proposal_id>")
@capability_required(can.SIT_ON_BOARD)
def decide_lead(chapter_slug: str, proposal_id: int):
    chapter = _chapter_or_404(chapter_slug)
    proposal = db.session.get(Proposal, proposal_id)
    if proposal is None or proposal.kind != services.CHAPTER_LEAD.name:
        abort(404)
    if proposal.data.get("chapter_id") != chapter.id:
        abort(404)
    form = _checked(OptionalReasonForm)
    if request.form.get("choice") == "approve":
        proposals.approve_proposal(current_user, proposal.id, form.reason.data or None)
        flash("Approved: the lead is appointed.", "success")
    elif request.form.get("choice") == "decline":
        proposals.decline_proposal(current_user, proposal.id, form.reason.data or "")
        flash("Declined.", "success")
    else:
        abort(400)
    return _back_to_chapter(chapter)


# Leads moderate their chapter's space (moderators everywhere) -----------------------------------


def _chapter_thread(chapter: Chapter, thread_id: int) -> Thread:
    thread = db.session.get(Thread, thread_id)
    if thread is None:
        abort(404)
    return thread


@bp.post("/chapters/<chapter_slug>/threads/<int:thread_id>/pin")
@member_required
def pin(chapter_slug: str, thread_id: int):
    chapter = _chapter_or_404(chapter_slug)
    thread = _chapter_thread(chapter, thread_id)
    form = _checked(FlagForm)
    services.pin_thread(current_user, chapter, thread, form.value.data == "on", form.reason.data)
    flash("Saved.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/threads/<int:thread_id>/lock")
@member_required
def lock(chapter_slug: str, thread_id: int):
    chapter = _chapter_or_404(chapter_slug)
    thread = _chapter_thread(chapter, thread_id)
    form = _checked(FlagForm)
    services.lock_thread(current_user, chapter, thread, form.value.data == "on", form.reason.data)
    flash("Saved.", "success")
    return _back_to_chapter(chapter)


@bp.post("/chapters/<chapter_slug>/posts/<int:post_id>/hide")
@member_required
def hide(chapter_slug: str, post_id: int):
    chapter = _chapter_or_404(chapter_slug)
    post = db.session.get(Post, post_id)
    if post is None:
        abort(404)
    form = _checked(ReasonForm)
    services.hide_post(current_user, chapter, post, form.reason.data)
    flash("The post is hidden; its tombstone shows your reason.", "success")
    return _back_to_chapter(chapter)


# Events -----------------------------------------------------------------------------------------


def _draft(form: EventForm) -> services.EventDraft:
    return services.EventDraft(
        title=form.title.data,
        description=form.description.data or "",
        format=form.format.data,
        venue=form.venue.data or "",
        online_url=form.online_url.data or "",
        timezone=form.timezone.data,
        starts_local=form.starts_local.data,
        ends_local=form.ends_local.data,
        rsvp_deadline_local=form.rsvp_deadline_local.data,
        capacity=form.capacity.data,
        chatham_house=form.chatham_house.data,
        sponsored=form.sponsored.data,
        sponsor_name=form.sponsor_name.data or "",
    )


@bp.route("/chapters/<chapter_slug>/events/new", methods=["GET", "POST"])
@member_required
def new_event(chapter_slug: str):
    chapter = _chapter_or_404(chapter_slug)
    if not services.may_read_space(current_user, chapter):
        abort(403)
    form = EventForm()
    proposing = not services.runs_events(current_user, chapter)
    if form.validate_on_submit():
        try:
            event = services.create_event(current_user, chapter, _draft(form))
        except DomainError as error:
            flash(str(error), "error")
        else:
            missing = services.pending(event)
            if missing:
                flash("Saved. Before it is scheduled it needs " + "; ".join(missing) + ".", "info")
            else:
                flash("The event is scheduled.", "success")
            return _back_to_event(event)
    status = 400 if request.method == "POST" else 200
    return render_template(
        "chapters/event_form.html", form=form, chapter=chapter, event=None, proposing=proposing
    ), status


@bp.get("/events/<int:event_id>")
@member_required
def event(event_id: int):
    event = _event_or_404(event_id)
    chapter = db.session.get(Chapter, event.chapter_id)
    rsvp = services.rsvp_of(current_user, event)
    attending = rsvp is not None and rsvp.status == "going"
    return render_template(
        "chapters/event.html",
        event=event,
        chapter=chapter,
        rsvp=rsvp,
        attending=attending,
        runs=services.runs_events(current_user, chapter),
        missing=services.pending(event),
        may_approve=event.status == "awaiting" and _may_approve(event, chapter),
        seats_left=max(event.capacity - event.seats_taken, 0),
        open_for_rsvp=event.status == "scheduled" and utcnow() <= event.rsvp_deadline,
        over=utcnow() >= event.ends_at,
        describe=schedule.describe,
        reason_form=ReasonForm(),
    )


def _may_approve(event: Event, chapter: Chapter) -> bool:
    if event.needs_lead_approval and services.runs_events(current_user, chapter):
        return event.created_by_id != current_user.id
    if event.needs_board_approval and services.is_board(current_user):
        return event.created_by_id != current_user.id
    return event.pitch_held and (
        services.is_board(current_user) or can.may(current_user, can.MODERATE)
    )


@bp.route("/events/<int:event_id>/edit", methods=["GET", "POST"])
@member_required
def edit_event(event_id: int):
    event = _event_or_404(event_id)
    chapter = db.session.get(Chapter, event.chapter_id)
    if not services.runs_events(current_user, chapter):
        abort(403)
    form = EventForm(obj=event)
    if request.method == "GET":
        form.starts_local.data = schedule.local(event.starts_at, event.timezone).replace(
            tzinfo=None
        )
        form.ends_local.data = schedule.local(event.ends_at, event.timezone).replace(tzinfo=None)
        form.rsvp_deadline_local.data = schedule.local(event.rsvp_deadline, event.timezone).replace(
            tzinfo=None
        )
    elif form.validate_on_submit():
        try:
            services.update_event(current_user, event, _draft(form))
        except DomainError as error:
            flash(str(error), "error")
        else:
            flash("Saved. Attendees get the updated invitation.", "success")
            return _back_to_event(event)
    status = 400 if request.method == "POST" else 200
    return render_template(
        "chapters/event_form.html", form=form, chapter=chapter, event=event, proposing=False
    ), status


@bp.post("/events/<int:event_id>/approve")
@member_required
def approve_event(event_id: int):
    event = _event_or_404(event_id)
    _checked()
    missing = services.approve_event(current_user, event)
    flash("Approved." + (" Still needs " + "; ".join(missing) + "." if missing else ""), "success")
    return _back_to_event(event)


@bp.post("/events/<int:event_id>/cancel")
@member_required
def cancel_event(event_id: int):
    event = _event_or_404(event_id)
    form = _checked(ReasonForm)
    services.cancel_event(current_user, event, form.reason.data)
    flash("The event is cancelled; attendees are told.", "success")
    return _back_to_event(event)


@bp.post("/events/<int:event_id>/rsvp")
@member_required
def rsvp(event_id: int):
    event = _event_or_404(event_id)
    _checked()
    row = services.request_seat(current_user, event)
    if row.status == "going":
        flash("You're going. The invitation is on its way to your inbox.", "success")
    else:
        flash("The event is full: you are on the waitlist and will hear if a seat frees.", "info")
    return _back_to_event(event)


@bp.post("/events/<int:event_id>/rsvp/cancel")
@member_required
def cancel_rsvp(event_id: int):
    event = _event_or_404(event_id)
    _checked()
    services.cancel_seat(current_user, event)
    flash("Your RSVP is cancelled.", "success")
    return _back_to_event(event)


@bp.get("/events/<int:event_id>/attendees")
@member_required
def attendees(event_id: int):
    event = _event_or_404(event_id)
    rows = services.attendee_list(current_user, event)
    return render_template("chapters/attendees.html", event=event, rows=rows)
