"""Account pages: the notification bell, notification preferences, and one-click unsubscribe."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from community.accounts import contact_views, data_views, profile_views  # noqa: F401 (their pages)
from community.accounts.blueprint import bp
from community.accounts.forms import NotificationSettingsForm, ResubscribeForm
from community.extensions import csrf
from community.forum import notifications as forum_notifications
from community.forum import queries
from community.forum.models import NOTIFICATION_KINDS
from community.pagination import page_number
from community.standing.views import member_required

NOTIFICATIONS_PER_PAGE = 30


@bp.get("/notifications")
@member_required
def notifications():
    page = queries.notification_rows(current_user, page_number(), NOTIFICATIONS_PER_PAGE)
    return render_template("accounts/notifications.html", page=page)


@bp.get("/notifications/<int:notification_id>")
@member_required
def open_notification(notification_id: int):
    """To the post; the thread page reports what it showed, which marks the notice read (a GET
    never writes)."""
    notification = forum_notifications.get_notification(current_user, notification_id)
    return redirect(url_for("forum.post", post_id=notification.post_id))


@bp.post("/notifications/read")
@member_required
def mark_all_read():
    count = forum_notifications.mark_all_read(current_user)
    flash(
        f"Marked {count} notification{'s' if count != 1 else ''} as read."
        if count
        else "Nothing was unread.",
        "success" if count else "info",
    )
    return redirect(url_for("accounts.notifications"))


@bp.route("/notifications/settings", methods=["GET", "POST"])
@member_required
def notification_settings():
    form = NotificationSettingsForm()
    if form.validate_on_submit():
        changed = forum_notifications.set_preferences(
            current_user, {kind: form[kind].data for kind in NOTIFICATION_KINDS}
        )
        flash(
            "Your notification settings are saved." if changed else "Nothing changed.",
            "success" if changed else "info",
        )
        return redirect(url_for("accounts.notification_settings"))
    if not form.is_submitted():
        for kind, delivery in forum_notifications.preferences(current_user).items():
            form[kind].data = delivery
    status = 400 if form.is_submitted() else 200
    return render_template("accounts/notification_settings.html", form=form), status


@bp.get("/notifications/unsubscribe/<token>")
def unsubscribe(token: str):
    """The link in an email asks first: link scanners open every link, and only a person (or
    their mail client's one-click POST) may turn mail off."""
    user, kind = forum_notifications.read_unsubscribe_token(token)
    return render_template(
        "accounts/unsubscribe_confirm.html",
        user=user,
        kind_label=forum_notifications.UNSUBSCRIBE_LABELS[kind],
        token=token,
    )


@bp.post("/notifications/unsubscribe/<token>")
@csrf.exempt  # RFC 8058: mail clients POST here with no page before; the signed link decides
def unsubscribe_now(token: str):
    """One click (the confirming page's button, or a mail client's List-Unsubscribe-Post):
    mail of that kind stops; the page offers an undo."""
    user, kind, previous = forum_notifications.unsubscribe(token)
    form = ResubscribeForm(formdata=None, delivery=previous if previous != "off" else "instant")
    return render_template(
        "accounts/unsubscribe.html",
        user=user,
        kind_label=forum_notifications.UNSUBSCRIBE_LABELS[kind],
        previous=previous,
        can_undo=previous != "off" and kind != forum_notifications.DIGESTS,
        token=token,
        form=form,
        delivery_labels=forum_notifications.DELIVERY_LABELS,
    )


@bp.post("/notifications/unsubscribe/<token>/undo")
def resubscribe(token: str):
    form = ResubscribeForm()
    if not form.validate_on_submit():
        abort(400)
    user, kind = forum_notifications.resubscribe(token, form.delivery.data)
    flash(
        f"Mail about “{forum_notifications.KIND_LABELS[kind].lower()}” is back on: "
        f"{forum_notifications.DELIVERY_LABELS[form.delivery.data].lower()}.",
        "success",
    )
    if current_user.is_authenticated and current_user.id == user.id:
        return redirect(url_for("accounts.notification_settings"))
    return redirect(url_for("accounts.unsubscribe_done"))


@bp.get("/notifications/unsubscribed")
def unsubscribe_done():
    return render_template("accounts/unsubscribe_done.html")
