"""Contact by consent: requests, answers, private messages, blocks, and held requests."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import func, select

from community.accounts import services
from community.accounts.blueprint import bp
from community.accounts.member_forms import (
    ActionForm,
    ContactRequestForm,
    MessageForm,
    RejectHeldForm,
)
from community.errors import DomainError
from community.extensions import db, limiter
from community.forum.markup import render
from community.pagination import paginate
from community.standing import capabilities as can
from community.standing.views import capability_required, member_required, page_report

PER_PAGE = 20
MESSAGES_PER_PAGE = 30


def _checked_action() -> None:
    """A POST button: the CSRF token must be valid."""
    if not ActionForm().validate_on_submit():
        abort(400)


def _tab_counts() -> dict[str, int]:
    incoming = services.incoming_requests_query(current_user)
    return {
        "requests": db.session.scalar(
            select(func.count()).select_from(incoming.order_by(None).subquery())
        )
    }


@bp.get("/contacts")
@member_required
def contacts():
    page = paginate(services.connections_query(current_user), per_page=PER_PAGE)
    others = services.users_by_id(c.other(current_user.id) for c in page.items)
    unread = services.unread_message_counts(current_user, [c.id for c in page.items])
    return render_template(
        "accounts/contacts.html",
        tab="contacts",
        page=page,
        others=others,
        unread=unread,
        counts=_tab_counts(),
    )


@bp.get("/contacts/requests")
@member_required
def contact_requests():
    page = paginate(services.incoming_requests_query(current_user), per_page=PER_PAGE)
    senders = services.users_by_id(r.sender_id for r in page.items)
    return render_template(
        "accounts/contact_requests.html",
        tab="requests",
        page=page,
        senders=senders,
        counts=_tab_counts(),
        action_form=ActionForm(),
        render=render,
    )


@bp.get("/contacts/sent")
@member_required
def sent_requests():
    page = paginate(services.sent_requests_query(current_user), per_page=PER_PAGE)
    recipients = services.users_by_id(r.recipient_id for r in page.items)
    return render_template(
        "accounts/sent_requests.html",
        tab="sent",
        page=page,
        recipients=recipients,
        counts=_tab_counts(),
    )


@bp.get("/contacts/blocked")
@member_required
def blocked_members():
    page = paginate(services.blocks_query(current_user), per_page=PER_PAGE)
    people = services.users_by_id(b.blocked_id for b in page.items)
    return render_template(
        "accounts/blocked.html",
        tab="blocked",
        page=page,
        people=people,
        counts=_tab_counts(),
        action_form=ActionForm(),
    )


@bp.route("/members/<int:user_id>/contact", methods=["GET", "POST"])
@capability_required(can.CONTACT)
@limiter.limit("10 per hour", methods=["POST"])
def request_contact(user_id: int):
    recipient = services.find_member(user_id)
    if recipient.id == current_user.id:
        return redirect(url_for("accounts.profile", user_id=recipient.id))
    form = ContactRequestForm()
    status = 200
    if form.validate_on_submit():
        try:
            request = services.send_contact_request(current_user, recipient, form.note.data)
        except DomainError as error:
            flash(str(error), "error")
            status = error.status_code
        else:
            if request.status == "held":
                flash(
                    "Your request is held for a moderator, because the note reads as a sales "
                    "pitch. You can see why under Contacts, Sent.",
                    "warning",
                )
            else:
                flash(
                    f"Request sent. {recipient.display_name} will see your note and can accept "
                    "it; you'll hear from us if they do.",
                    "success",
                )
            return redirect(url_for("accounts.profile", user_id=recipient.id))
    elif form.errors:
        status = 400
    return render_template("accounts/request_contact.html", form=form, recipient=recipient), status


@bp.post("/contacts/requests/<int:request_id>/accept")
@member_required
def accept_request(request_id: int):
    _checked_action()
    request = services.find_request(request_id)
    services.accept_contact_request(current_user, request)
    sender = services.users_by_id([request.sender_id])[request.sender_id]
    flash(f"You and {sender.display_name} can now exchange messages.", "success")
    return redirect(url_for("accounts.conversation", connection_id=request.id))


@bp.post("/contacts/requests/<int:request_id>/decline")
@member_required
def decline_request(request_id: int):
    _checked_action()
    services.decline_contact_request(current_user, services.find_request(request_id))
    flash("Request declined. The sender is not told.", "info")
    return redirect(url_for("accounts.contact_requests"))


@bp.route("/contacts/<int:connection_id>", methods=["GET", "POST"])
@member_required
def conversation(connection_id: int):
    connection = services.find_connection(current_user, connection_id)
    other = services.users_by_id([connection.other(current_user.id)])[
        connection.other(current_user.id)
    ]
    form = MessageForm()
    status = 200
    if form.validate_on_submit():
        try:
            services.send_message(current_user, connection, form.body.data)
        except DomainError as error:
            flash(str(error), "error")
            status = error.status_code
        else:
            flash("Message sent.", "success")
            return redirect(url_for("accounts.conversation", connection_id=connection.id))
    elif form.errors:
        status = 400
    page = paginate(services.messages_query(connection), per_page=MESSAGES_PER_PAGE)
    closed = other.deleted_at is not None or services.is_blocked(current_user.id, other.id)
    return render_template(
        "accounts/conversation.html",
        connection=connection,
        other=other,
        messages=list(reversed(page.items)),
        page=page,
        form=form,
        closed=closed,
        render=render,
        unread=services.has_unread_messages(current_user, connection),
    ), status


@bp.post("/contacts/<int:connection_id>/read")
@page_report
def mark_conversation_read(connection_id: int):
    """The conversation page reports that it was shown (static/js/app.js): a GET never writes."""
    connection = services.find_connection(current_user, connection_id)
    services.mark_conversation_read(current_user, connection)
    return {"read": True}


@bp.post("/members/<int:user_id>/block")
@member_required
def block(user_id: int):
    _checked_action()
    other = services.find_member(user_id)
    if services.block_member(current_user, other):
        flash(
            f"You blocked {other.display_name}. They can't send you requests or messages, "
            "and they are not told.",
            "success",
        )
    else:
        flash(f"You had already blocked {other.display_name}.", "info")
    return redirect(url_for("accounts.profile", user_id=other.id))


@bp.post("/members/<int:user_id>/unblock")
@member_required
def unblock(user_id: int):
    _checked_action()
    other = services.find_member(user_id)
    if services.unblock_member(current_user, other):
        flash(f"You unblocked {other.display_name}.", "success")
    return redirect(url_for("accounts.blocked_members"))


# Moderators: contact requests held by the pitch policy.


@bp.get("/moderation/contact-requests")
@capability_required(can.MODERATE)
def held_requests():
    page = paginate(services.held_requests_query(), per_page=PER_PAGE)
    people = services.users_by_id(
        [r.sender_id for r in page.items] + [r.recipient_id for r in page.items]
    )
    return render_template(
        "accounts/held_requests.html",
        page=page,
        people=people,
        action_form=ActionForm(),
        reject_form=RejectHeldForm(),
    )


@bp.post("/moderation/contact-requests/<int:request_id>/release")
@capability_required(can.MODERATE)
def release_request(request_id: int):
    _checked_action()
    services.release_held_request(current_user, services.find_request(request_id))
    flash("Released: the recipient can now see the request.", "success")
    return redirect(url_for("accounts.held_requests"))


@bp.post("/moderation/contact-requests/<int:request_id>/reject")
@capability_required(can.MODERATE)
def reject_request(request_id: int):
    form = RejectHeldForm()
    if not form.validate_on_submit():
        flash("Please give a reason; the sender sees it.", "error")
        return redirect(url_for("accounts.held_requests"))
    services.reject_held_request(current_user, services.find_request(request_id), form.reason.data)
    flash("Rejected: the request will not be delivered.", "success")
    return redirect(url_for("accounts.held_requests"))
