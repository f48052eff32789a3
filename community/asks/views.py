"""Asks: requests for recommendations, private responses, the asker's side-by-side view, the
services members say they offer, the moderators' signals and the board's numbers."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import select

from community.accounts.models import MemberProfile
from community.asks import services
from community.asks.forms import (
    ActionForm,
    AskForm,
    OpenToVendorsForm,
    ReportForm,
    ResponseForm,
    ServicesForm,
)
from community.errors import DomainError
from community.extensions import db
from community.forum.markup import render
from community.forum.services import HouseRulesNotAccepted
from community.pagination import paginate
from community.standing import capabilities as can
from community.standing.views import capability_required, member_required

bp = Blueprint("asks", __name__, url_prefix="/asks")

PER_PAGE = 20


# For templates of other features (forum threads, the directory, profiles), which show the
# "provides services" mark without importing this feature.
bp.add_app_template_global(services.providers_among_ids, "provides_services_ids")
bp.add_app_template_global(services.services_offered, "services_offered")


def _checked_action() -> None:
    if not ActionForm().validate_on_submit():
        abort(400)


@bp.get("/")
@member_required
def index():
    page = paginate(services.asks_query(), per_page=PER_PAGE)
    return render_template(
        "asks/index.html",
        page=page,
        threads=services.threads_by_id(ask.thread_id for ask in page.items),
        moderator=can.may(current_user, can.MODERATE),
        board=can.may(current_user, can.SIT_ON_BOARD),
    )


@bp.route("/new", methods=["GET", "POST"])
@member_required
def new_ask():
    form = AskForm()
    if form.validate_on_submit():
        try:
            ask = services.post_ask(
                current_user,
                form.title.data,
                form.need.data,
                form.budget.data or "",
                form.timeline.data or "",
            )
        except HouseRulesNotAccepted:
            return redirect(url_for("forum.accept_house_rules"))
        except DomainError as error:
            flash(str(error), "error")
        else:
            flash("Your request is posted. Peers reply in its thread.", "success")
            return redirect(url_for("asks.ask", ask_id=ask.id))
    elif form.is_submitted():
        return render_template("asks/new.html", form=form), 400
    return render_template("asks/new.html", form=form)


@bp.get("/<int:ask_id>")
@member_required
def ask(ask_id: int):
    ask, thread = services.find_ask(current_user, ask_id)
    own = ask.asker_id == current_user.id
    context = {"ask": ask, "thread": thread, "own": own, "action_form": ActionForm()}
    context["need_html"] = render(ask.need)
    if own:
        context["responses"] = services.responses_to(current_user, ask)
        context["bodies"] = {r.id: render(r.body) for r, _ in context["responses"]}
        context["open_form"] = OpenToVendorsForm()
        context["report_form"] = ReportForm()
    else:
        context["mine"] = services.own_response(current_user, ask)
        context["refusal"] = services.refusal_for(current_user, ask)
        context["response_form"] = ResponseForm()
    return render_template("asks/ask.html", **context)


@bp.post("/<int:ask_id>/open")
@member_required
def open_to_vendors(ask_id: int):
    ask, _thread = services.find_ask(current_user, ask_id)
    form = OpenToVendorsForm()
    if not form.validate_on_submit():
        abort(400)
    services.open_to_vendors(current_user, ask, form.days.data)
    flash("Members who provide services may now respond to you privately.", "success")
    return redirect(url_for("asks.ask", ask_id=ask.id))


@bp.post("/<int:ask_id>/respond")
@member_required
def respond(ask_id: int):
    ask, thread = services.find_ask(current_user, ask_id)
    form = ResponseForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        services.respond(current_user, ask, form.body.data)
    except services.ResponseHeld as held:
        return render_template(
            "asks/ask.html",
            ask=ask,
            thread=thread,
            need_html=render(ask.need),
            own=False,
            mine=None,
            refusal=None,
            response_form=form,
            held=held,
            action_form=ActionForm(),
        ), 422
    flash("Your response is sent, to the asker only.", "success")
    return redirect(url_for("asks.ask", ask_id=ask.id))


def _response_action(response_id: int, action) -> object:
    _checked_action()
    response, _ask = services.find_response(current_user, response_id)
    return action(response), response


@bp.post("/responses/<int:response_id>/shortlist")
@member_required
def shortlist(response_id: int):
    _result, response = _response_action(
        response_id, lambda r: services.shortlist(current_user, r, r.status != "shortlisted")
    )
    return redirect(url_for("asks.ask", ask_id=response.ask_id))


@bp.post("/responses/<int:response_id>/decline")
@member_required
def decline(response_id: int):
    _result, response = _response_action(response_id, lambda r: services.decline(current_user, r))
    flash("Declined. They are not told.", "info")
    return redirect(url_for("asks.ask", ask_id=response.ask_id))


@bp.post("/responses/<int:response_id>/accept")
@member_required
def accept(response_id: int):
    connection, _response = _response_action(
        response_id, lambda r: services.accept(current_user, r)
    )
    flash("Accepted: you are connected, and can talk here.", "success")
    return redirect(url_for("accounts.conversation", connection_id=connection.id))


@bp.post("/responses/<int:response_id>/report")
@member_required
def report(response_id: int):
    response, _ask = services.find_response(current_user, response_id)
    form = ReportForm()
    if not form.validate_on_submit():
        abort(400)
    services.report_hounding(current_user, response, form.note.data or "")
    flash("Thank you. The moderators will look at it.", "success")
    return redirect(url_for("asks.ask", ask_id=response.ask_id))


@bp.route("/services", methods=["GET", "POST"])
@member_required
def my_services():
    record = services.disclosure_of(current_user)
    form = ServicesForm(
        data={"provides_services": record.provides_services, "services": record.services}
    )
    if form.validate_on_submit():
        services.update_services(
            current_user, form.provides_services.data, form.services.data or ""
        )
        flash("Saved.", "success")
        return redirect(url_for("asks.my_services"))
    if form.is_submitted():
        return render_template("asks/services.html", form=form, classified=None), 400
    return render_template(
        "asks/services.html", form=form, classified=services.provides_services(current_user)
    )


@bp.get("/providers")
@member_required
def providers():
    """The directory filtered to members who provide services (alphabetical; no ranking)."""
    page = paginate(services.providers_query(), per_page=PER_PAGE)
    ids = [user.id for user in page.items]
    offered = {
        record.user_id: record.service_list
        for record in db.session.scalars(
            select(services.ProfileServices).where(services.ProfileServices.user_id.in_(ids))
        )
    }
    functions = dict(
        db.session.execute(
            select(MemberProfile.user_id, MemberProfile.function).where(
                MemberProfile.user_id.in_(ids)
            )
        ).all()
    )
    return render_template("asks/providers.html", page=page, offered=offered, functions=functions)


@bp.get("/signals")
@capability_required(can.MODERATE)
def signals():
    page = paginate(services.signals_query(current_user), per_page=PER_PAGE)
    vendors = services.users_by_id(signal.vendor_id for signal in page.items)
    return render_template("asks/signals.html", page=page, vendors=vendors)


@bp.get("/board")
@capability_required(can.SIT_ON_BOARD)
def board():
    return render_template("asks/board.html", counts=services.board_counts(current_user))
