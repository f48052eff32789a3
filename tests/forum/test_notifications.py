"""Notifications: who hears about what, mail by preference, digests that never repeat an item,
one-click unsubscribe, and the bell's count."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from community.db_types import utcnow
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum import notifications, services
from community.forum.models import Notification, NotificationDigest
from community.mail.models import OutboxMessage

from .helpers import PITCH, counting_queries


def notices(user) -> list[Notification]:
    return list(
        db.session.scalars(
            select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
        )
    )


def outbox(kind: str | None = None, to=None) -> list[OutboxMessage]:
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if kind:
        query = query.where(OutboxMessage.kind == kind)
    if to is not None:
        query = query.where(OutboxMessage.recipient_id == to.id)
    return list(db.session.scalars(query))


def test_a_reply_notifies_followers_but_not_its_author(thread, author, reader, member_factory):
    bystander = member_factory("Bo Bystander")
    services.reply(reader, thread, "Our experience with this was good.")
    assert [n.kind for n in notices(author)] == ["reply"]
    assert notices(reader) == [] and notices(bystander) == []


def test_a_mentioned_follower_gets_one_notification_not_two(thread, author, reader):
    services.reply(reader, thread, "@ada.author what was your sample size?")
    assert [n.kind for n in notices(author)] == ["mention"]


def test_mentions_mail_instantly_and_replies_wait_for_the_digest_by_default(
    thread, author, reader, member_factory
):
    mentioned = member_factory("Men Tioned")
    services.reply(reader, thread, "Looping in @men.tioned on this.")
    (mail,) = outbox("forum_mention")
    assert mail.recipient_id == mentioned.id
    assert "Rita Reader mentioned you" in mail.subject
    assert "/notifications/unsubscribe/" in mail.text_body
    assert "/forum/p/" in mail.html_body
    (reply_notice,) = notices(author)
    assert reply_notice.delivery == "daily" and reply_notice.mailed_at is None
    assert outbox("forum_reply") == []


def test_preferences_change_how_each_kind_is_mailed(thread, author, reader):
    notifications.set_preferences(author, {"reply": "instant"})
    services.reply(reader, thread, "An instant reply for you.")
    (mail,) = outbox("forum_reply", to=author)
    assert "New reply in" in mail.subject
    notifications.set_preferences(author, {"reply": "off"})
    services.reply(reader, thread, "This one is only under the bell.")
    assert len(outbox("forum_reply", to=author)) == 1
    assert len(notices(author)) == 2


def test_an_unknown_preference_is_refused(author):
    with pytest.raises(DomainError):
        notifications.set_preferences(author, {"reply": "hourly"})
    with pytest.raises(DomainError):
        notifications.set_preferences(author, {"gossip": "instant"})


def test_held_posts_notify_nobody_until_a_moderator_publishes_them(thread, author, reader, mod):
    held = services.reply(reader, thread, PITCH + " @ada.author")
    assert notices(author) == []
    services.publish_held_post(mod, held, "Fine after all")
    assert [n.kind for n in notices(author)] == ["mention"]


def test_hiding_a_post_takes_its_notifications_away(thread, author, reader, mod):
    post = services.reply(reader, thread, "A reply that will be hidden.")
    assert notifications.unread_count(author) == 1
    services.hide_post(mod, post, "Off topic")
    assert notifications.unread_count(author) == 0


def test_the_bell_counts_unread_notifications_in_one_query(thread, author, reader):
    services.reply(reader, thread, "One.")
    services.reply(reader, thread, "Two.")
    db.session.refresh(author)  # loaded before counting, as the signed-in user always is
    with counting_queries() as counter:
        assert notifications.unread_count(author) == 2
    assert counter.count == 1
    first = notices(author)[0]
    notifications.mark_read(author, first.id)
    assert notifications.unread_count(author) == 1
    assert notifications.mark_all_read(author) == 1
    assert notifications.unread_count(author) == 0


def test_a_member_cannot_read_someone_elses_notification(thread, author, reader):
    services.reply(reader, thread, "Hello.")
    with pytest.raises(NotFound):
        notifications.mark_read(reader, notices(author)[0].id)


# Digests ---------------------------------------------------------------------------------------


def test_a_daily_digest_sends_each_item_once_however_often_it_runs(thread, author, reader):
    services.reply(reader, thread, "First reply for the digest.")
    services.reply(reader, thread, "Second reply for the digest.")
    report = notifications.send_digests()
    assert report.digests["daily"] == 1 and report.items == 2
    (digest_mail,) = outbox("forum_digest", to=author)
    assert "Your daily digest: 2 updates" in digest_mail.subject
    assert "First reply for the digest." in digest_mail.text_body
    assert "/notifications/unsubscribe/" in digest_mail.html_body

    again = notifications.send_digests(now=utcnow() + timedelta(days=2))
    assert again.items == 0
    assert len(outbox("forum_digest", to=author)) == 1

    services.reply(reader, thread, "A third, later reply.")
    assert notifications.send_digests().items == 0  # the last daily digest is too recent
    later = notifications.send_digests(now=utcnow() + timedelta(days=1))
    assert later.items == 1
    assert db.session.scalar(select(func.count()).select_from(NotificationDigest)) == 2
    assert (
        db.session.scalar(
            select(func.count()).where(
                Notification.digest_id.is_(None), Notification.user_id == author.id
            )
        )
        == 0
    )


def test_items_read_in_the_app_are_left_out_of_the_digest(thread, author, reader):
    services.reply(reader, thread, "Already seen in the app.")
    notifications.mark_all_read(author)
    assert notifications.send_digests().items == 0
    assert outbox("forum_digest") == []


def test_weekly_digests_go_out_on_the_weekly_schedule(thread, author, reader):
    notifications.set_preferences(author, {"reply": "weekly"})
    services.reply(reader, thread, "For the weekly digest.")
    report = notifications.send_digests(frequencies=("daily",))
    assert report.items == 0
    report = notifications.send_digests(frequencies=("weekly",))
    assert report.digests["weekly"] == 1 and report.items == 1
    services.reply(reader, thread, "Another one.")
    assert notifications.send_digests(now=utcnow() + timedelta(days=3)).items == 0
    assert notifications.send_digests(now=utcnow() + timedelta(days=7)).items == 1


def test_turning_digests_off_drops_pending_items_for_good(thread, author, reader):
    services.reply(reader, thread, "Pending for a digest.")
    notifications.set_preferences(author, {"reply": "off"})
    assert notifications.send_digests().items == 0
    notifications.set_preferences(author, {"reply": "daily"})
    assert notifications.send_digests().items == 0


def test_a_hidden_post_never_reaches_a_digest(thread, author, reader, mod):
    post = services.reply(reader, thread, "Soon hidden.")
    services.hide_post(mod, post, "Confidential")
    assert notifications.send_digests().items == 0


def test_the_digest_command_reports_what_it_queued(runner, thread, author, reader):
    services.reply(reader, thread, "For the command.")
    result = runner.invoke(args=["notify", "send-digests"])
    assert result.exit_code == 0, result.output
    assert "1 daily" in result.output and "(1 items)" in result.output
    result = runner.invoke(args=["notify", "send-digests"])
    assert "0 daily" in result.output


# Unsubscribe -----------------------------------------------------------------------------------


def test_the_unsubscribe_token_turns_off_only_its_kind(author):
    token = notifications.unsubscribe_token(author.id, "mention")
    user, kind, previous = notifications.unsubscribe(token)
    assert (user.id, kind, previous) == (author.id, "mention", "instant")
    assert notifications.preferences(author) == {"mention": "off", "reply": "daily"}
    notifications.resubscribe(token, "instant")
    assert notifications.preferences(author)["mention"] == "instant"


@pytest.mark.parametrize("token", ["", "garbage", "eyJ1IjoxLCJrIjoibWVudGlvbiJ9.forged"])
def test_forged_or_mangled_unsubscribe_tokens_are_refused(app, token):
    with pytest.raises(NotFound):
        notifications.unsubscribe(token)
