"""Notifications from forum events: in the app under the bell, and by mail as each member prefers
(instantly, in a daily or weekly digest, or not at all), with a one-click unsubscribe per kind.

Every notification mail carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), so a mail
client's own "unsubscribe" button works: it POSTs to the link, which turns that mail off. A GET
of the same link only asks (corporate link scanners open every link in a message). Digests go
out at 08:00 in each member's time zone (`send_local_digests`, run by the task queue).

Only published posts notify: a held post notifies when a moderator publishes it, and a post that
is hidden, held or deleted later takes its notifications with it (`forget_post`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import bindparam, delete, func, insert, select, update

from community import audit, events
from community.auth.models import User
from community.db_types import utcnow
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum.markup import to_plain_text
from community.forum.models import (
    DELIVERIES,
    DIGEST_FREQUENCIES,
    NOTIFICATION_KINDS,
    Notification,
    NotificationDigest,
    NotificationPreference,
    Post,
    Thread,
    ThreadSubscription,
)
from community.standing import capabilities
from community.unit_of_work import transactional

DEFAULT_DELIVERY = {"mention": "instant", "reply": "daily"}
KIND_LABELS = {
    "mention": "Someone mentions you",
    "reply": "Replies in threads you follow",
}
DELIVERY_LABELS = {
    "instant": "Email me straight away",
    "daily": "Daily digest email",
    "weekly": "Weekly digest email",
    "off": "No email (the bell only)",
}
# A digest is due when the last one of its frequency went out at least this long ago; the slack
# lets a cron job that runs at the same hour every day (or week) always find it due.
DIGEST_INTERVAL = {"daily": timedelta(hours=23), "weekly": timedelta(days=6, hours=23)}
DIGEST_MAX_ITEMS = 50
_UNSUBSCRIBE_SALT = "forum-notification-unsubscribe"
# An unsubscribe link is for one kind, or for every kind that goes by digest (a digest's header).
DIGESTS = "digest"
UNSUBSCRIBE_LABELS = {**KIND_LABELS, DIGESTS: "Email digests"}


# Preferences -----------------------------------------------------------------------------------


def preferences(user: User) -> dict[str, str]:
    stored = dict(
        db.session.execute(
            select(NotificationPreference.kind, NotificationPreference.delivery).where(
                NotificationPreference.user_id == user.id
            )
        ).all()
    )
    return {kind: stored.get(kind, DEFAULT_DELIVERY[kind]) for kind in NOTIFICATION_KINDS}


def _preferences_for(user_ids: list[int]) -> dict[tuple[int, str], str]:
    if not user_ids:
        return {}
    rows = db.session.execute(
        select(
            NotificationPreference.user_id,
            NotificationPreference.kind,
            NotificationPreference.delivery,
        ).where(NotificationPreference.user_id.in_(user_ids))
    ).all()
    return {(user_id, kind): delivery for user_id, kind, delivery in rows}


def _delivery(stored: dict, user_id: int, kind: str) -> str:
    return stored.get((user_id, kind), DEFAULT_DELIVERY[kind])


def _set_preference(user: User, kind: str, delivery: str) -> None:
    row = db.session.get(NotificationPreference, (user.id, kind))
    if row is None:
        db.session.add(NotificationPreference(user_id=user.id, kind=kind, delivery=delivery))
    else:
        row.delivery = delivery


@transactional
def set_preferences(user: User, choices: dict[str, str]) -> bool:
    """Save the member's mail preference per kind; True when something changed."""
    if any(kind not in NOTIFICATION_KINDS for kind in choices):
        raise DomainError("Unknown kind of notification.")
    if any(delivery not in DELIVERIES for delivery in choices.values()):
        raise DomainError("Choose one of the offered ways to be notified.")
    before = preferences(user)
    after = {**before, **choices}
    if after == before:
        return False
    for kind, delivery in choices.items():
        _set_preference(user, kind, delivery)
    audit.record(user, "notifications.preferences_changed", user, before=before, after=after)
    return True


# Unsubscribe links -----------------------------------------------------------------------------


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=_UNSUBSCRIBE_SALT)


def unsubscribe_token(user_id: int, kind: str) -> str:
    return _serializer().dumps({"u": user_id, "k": kind})


def read_unsubscribe_token(token: str) -> tuple[User, str]:
    """The member and kind a link is for; NotFound for a forged, mangled or stale link."""
    try:
        data = _serializer().loads(token)
        user_id, kind = int(data["u"]), str(data["k"])
    except (BadSignature, KeyError, TypeError, ValueError):
        raise NotFound("This unsubscribe link is not valid. Please use the latest email.") from None
    user = db.session.get(User, user_id)
    if user is None or user.deleted_at is not None or kind not in UNSUBSCRIBE_LABELS:
        raise NotFound("This unsubscribe link is not valid. Please use the latest email.")
    return user, kind


@transactional
def unsubscribe(token: str) -> tuple[User, str, str]:
    """Turn mail off for the link's kind (no sign-in needed); returns user, kind, previous.

    For a digest link every kind that went by digest is turned off; `previous` is then the
    first of their frequencies ("off" when none went by digest)."""
    user, kind = read_unsubscribe_token(token)
    current = preferences(user)
    if kind == DIGESTS:
        kinds = [k for k, delivery in current.items() if delivery in DIGEST_FREQUENCIES]
        previous = current[kinds[0]] if kinds else "off"
    else:
        previous = current[kind]
        kinds = [kind] if previous != "off" else []
    if kinds:
        for each in kinds:
            _set_preference(user, each, "off")
        audit.record(
            user,
            "notifications.unsubscribed",
            user,
            before={each: current[each] for each in kinds},
            after=dict.fromkeys(kinds, "off"),
            reason="One-click unsubscribe from an email.",
        )
    return user, kind, previous


def unsubscribe_headers(token_url: str) -> dict[str, str]:
    """RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link."""
    return {
        "List-Unsubscribe": f"<{token_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def resubscribe(token: str, delivery: str) -> tuple[User, str]:
    """Undo an unsubscribe from the same link."""
    user, kind = read_unsubscribe_token(token)
    if kind == DIGESTS:
        raise DomainError("Choose how digests reach you in your notification settings.")
    if delivery not in DELIVERIES:
        raise DomainError("Choose one of the offered ways to be notified.")
    set_preferences(user, {kind: delivery})
    return user, kind


# Creating notifications ------------------------------------------------------------------------


def absolute_url(endpoint: str, **values) -> str:
    """A full link for mail, built from COMMUNITY_BASE_URL (works without a request)."""
    base = urlsplit(current_app.config["COMMUNITY_BASE_URL"])
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path or "/", url_scheme=base.scheme or "https"
    )
    return adapter.build(endpoint, values, force_external=True)


def _subscribers(thread_id: int, exclude: set[int]) -> list[int]:

    members = capabilities.active_members_query().with_only_columns(User.id).subquery()
    query = (
        select(ThreadSubscription.user_id)
        .join(members, members.c.id == ThreadSubscription.user_id)
        .where(ThreadSubscription.thread_id == thread_id, ThreadSubscription.active.is_(True))
    )
    return [user_id for user_id in db.session.scalars(query) if user_id not in exclude]


def on_post_published(event: events.PostPublished) -> None:
    """Handler: a post became visible."""
    post = db.session.get(Post, event.post_id)
    thread = db.session.get(Thread, event.thread_id)
    mentioned = [db.session.get(User, user_id) for user_id in event.mentioned_ids]
    notify_post_published(post, thread, mentioned=mentioned, notify_subscribers=event.first_time)


def on_post_withdrawn(event: events.PostWithdrawn) -> None:
    """Handler: a post left view; its pending notices go with it."""
    forget_post(event.post_id)


def notify_post_published(
    post: Post, thread: Thread, *, mentioned: list[User], notify_subscribers: bool
) -> int:
    """Tell the mentioned (and, for a new post, the thread's followers); returns how many."""
    author_id = post.author_id
    recipients: dict[int, str] = {user.id: "mention" for user in mentioned if user.id != author_id}
    if notify_subscribers:
        for user_id in _subscribers(thread.id, exclude={author_id, *recipients}):
            recipients[user_id] = "reply"
    if not recipients:
        return 0
    stored = _preferences_for(list(recipients))
    now = utcnow()
    rows = []
    instant: list[tuple[int, str]] = []
    for user_id, kind in recipients.items():
        delivery = _delivery(stored, user_id, kind)
        rows.append(
            {
                "user_id": user_id,
                "kind": kind,
                "actor_id": author_id,
                "thread_id": thread.id,
                "post_id": post.id,
                "created_at": now,
                "delivery": delivery,
                "mailed_at": now if delivery == "instant" else None,
            }
        )
        if delivery == "instant":
            instant.append((user_id, kind))
    db.session.execute(insert(Notification), rows)
    if instant:
        _mail_instantly(post, thread, instant)
    return len(rows)


def _mail_instantly(post: Post, thread: Thread, recipients: list[tuple[int, str]]) -> None:
    from community.mail.services import queue_mail

    users = {
        user.id: user
        for user in db.session.scalars(
            select(User).where(User.id.in_([user_id for user_id, _ in recipients]))
        )
    }
    author = db.session.get(User, post.author_id) if post.author_id else None
    author_name = author.display_name if author else "Former member"
    excerpt = to_plain_text(post.body, limit=400)
    post_url = absolute_url("forum.post", post_id=post.id)
    for user_id, kind in recipients:
        user = users.get(user_id)
        if user is None or not user.email:
            continue
        if kind == "mention":
            subject = f"{author_name} mentioned you in “{thread.title}”"
        else:
            subject = f"New reply in “{thread.title}”"
        unsubscribe_url = absolute_url(
            "accounts.unsubscribe", token=unsubscribe_token(user.id, kind)
        )
        queue_mail(
            user.email,
            "forum_notification",
            subject,
            recipient=user,
            kind=f"forum_{kind}",
            notification_kind=kind,
            kind_label=KIND_LABELS[kind],
            author_name=author_name,
            thread_title=thread.title,
            excerpt=excerpt,
            post_url=post_url,
            unsubscribe_url=unsubscribe_url,
            settings_url=absolute_url("accounts.notification_settings"),
            headers=unsubscribe_headers(unsubscribe_url),
        )


def forget_post(post_id: int) -> None:
    """A post left view (held, hidden or deleted): its notifications go with it."""
    db.session.execute(delete(Notification).where(Notification.post_id == post_id))


# Reading ---------------------------------------------------------------------------------------


_notifications = Notification.__table__
# Built once: the bell runs on every page a member opens.
_UNREAD_COUNT = (
    select(func.count())
    .select_from(_notifications)
    .where(_notifications.c.user_id == bindparam("user_id"), _notifications.c.read_at.is_(None))
)


def unread_count(user: User) -> int:
    """The bell: one indexed count."""
    return db.session.connection().execute(_UNREAD_COUNT, {"user_id": user.id}).scalar_one()


def get_notification(user: User, notification_id: int) -> Notification:
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user.id:
        raise NotFound("That notification does not exist.")
    return notification


@transactional
def mark_read(user: User, notification_id: int) -> Notification:
    notification = get_notification(user, notification_id)
    if notification.read_at is None:
        notification.read_at = utcnow()
    return notification


def on_thread_seen(event: events.ThreadSeen) -> None:
    """Handler: notices about posts the member has now seen are read."""
    mark_read_in_thread(event.user_id, event.thread_id, event.number)


def mark_read_in_thread(user_id: int, thread_id: int, number: int) -> int:
    """The member has seen the thread up to post `number`: notices about those posts are read."""
    seen = select(Post.id).where(Post.thread_id == thread_id, Post.number <= number)
    result = db.session.execute(
        update(Notification)
        .where(
            Notification.user_id == user_id,
            Notification.thread_id == thread_id,
            Notification.read_at.is_(None),
            Notification.post_id.in_(seen),
        )
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


@transactional
def mark_all_read(user: User) -> int:
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


# Digests ---------------------------------------------------------------------------------------


@dataclass
class DigestReport:
    digests: dict[str, int]
    items: int

    def __str__(self) -> str:
        sent = ", ".join(f"{count} {frequency}" for frequency, count in self.digests.items())
        return f"Queued digests: {sent} ({self.items} items)."


def _pending_users() -> list[int]:
    """Members with undigested unread items of a published post."""
    pending = (
        select(Notification.user_id)
        .join(Post, Post.id == Notification.post_id)
        .where(
            Notification.delivery.in_(DIGEST_FREQUENCIES),
            Notification.digest_id.is_(None),
            Notification.read_at.is_(None),
            Post.status == "published",
        )
        .distinct()
    )
    return list(db.session.scalars(pending))


def _due_users(frequency: str, now: datetime) -> list[int]:
    """Members with undigested unread items for this frequency whose last digest is old enough."""
    candidates = _pending_users()
    if not candidates:
        return []
    recent = set(
        db.session.scalars(
            select(NotificationDigest.user_id).where(
                NotificationDigest.user_id.in_(candidates),
                NotificationDigest.frequency == frequency,
                NotificationDigest.created_at > now - DIGEST_INTERVAL[frequency],
            )
        )
    )
    return [user_id for user_id in candidates if user_id not in recent]


def _due_at_local_morning(frequency: str, now: datetime) -> list[int]:
    """Members with undigested items whose 08:00 (local) window for this frequency is open and
    who had no digest of it since the window opened (community.tasks.schedule)."""
    from community.tasks.schedule import digest_due

    candidates = _pending_users()
    if not candidates:
        return []
    last = dict(
        db.session.execute(
            select(NotificationDigest.user_id, func.max(NotificationDigest.created_at))
            .where(
                NotificationDigest.user_id.in_(candidates),
                NotificationDigest.frequency == frequency,
            )
            .group_by(NotificationDigest.user_id)
        ).all()
    )
    zones = dict(
        db.session.execute(select(User.id, User.time_zone).where(User.id.in_(candidates))).all()
    )
    return [
        user_id
        for user_id in candidates
        if digest_due(now, zones.get(user_id), frequency, _aware(last.get(user_id)))
    ]


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def send_local_digests(now: datetime | None = None) -> DigestReport:
    """Queue the digests due at 08:00 in each member's own time zone (the task queue runs this
    every quarter hour); running it again in the same window sends nothing more."""
    return send_digests(now, due=_due_at_local_morning)


def send_digests(
    now: datetime | None = None, frequencies=DIGEST_FREQUENCIES, *, due=None
) -> DigestReport:
    """Queue each due member's digest: every item once, ever (items record their digest).

    `due(frequency, now)` picks the members; by default every member whose last digest of that
    frequency is old enough, whatever their hour (an operator's `notify send-digests`)."""
    now = now or utcnow()
    due = due or _due_users
    report = DigestReport(digests={frequency: 0 for frequency in frequencies}, items=0)
    for frequency in frequencies:
        for user_id in due(frequency, now):
            try:
                count = _send_digest(user_id, frequency, now)
            except _DigestRace:
                count = 0
            if count:
                report.digests[frequency] += 1
                report.items += count
    return report


def _settle_undeliverable(user_id: int, deliveries: dict[str, str]) -> None:
    """Pending items whose kind no longer goes by digest leave the queue for good."""
    for kind, delivery in deliveries.items():
        if delivery in DIGEST_FREQUENCIES:
            continue
        db.session.execute(
            update(Notification)
            .where(
                Notification.user_id == user_id,
                Notification.kind == kind,
                Notification.digest_id.is_(None),
                Notification.delivery.in_(DIGEST_FREQUENCIES),
            )
            .values(delivery="off")
            .execution_options(synchronize_session=False)
        )


class _DigestRace(Exception):
    pass


@transactional
def _send_digest(user_id: int, frequency: str, now: datetime) -> int:
    from community.mail.services import queue_mail

    user = db.session.get(User, user_id)
    deliveries = preferences(user) if user is not None else {}
    if user is None or not user.email or not capabilities.may(user, capabilities.READ_FORUM):
        deliveries = dict.fromkeys(NOTIFICATION_KINDS, "off")
    _settle_undeliverable(user_id, deliveries)
    kinds = [kind for kind, delivery in deliveries.items() if delivery == frequency]
    if not kinds:
        return 0
    candidates = db.session.execute(
        select(Notification, Post, Thread)
        .join(Post, Post.id == Notification.post_id)
        .join(Thread, Thread.id == Notification.thread_id)
        .where(
            Notification.user_id == user_id,
            Notification.kind.in_(kinds),
            Notification.delivery.in_(DIGEST_FREQUENCIES),
            Notification.digest_id.is_(None),
            Notification.read_at.is_(None),
            Post.status == "published",
            Thread.status == "published",
        )
        .order_by(Notification.id)
        .limit(DIGEST_MAX_ITEMS)
    ).all()
    if not candidates:
        return 0
    digest = NotificationDigest(user_id=user_id, frequency=frequency, created_at=now)
    db.session.add(digest)
    db.session.flush()
    # Claim the items: a digest running at the same time claims none of the same rows.
    ids = [notification.id for notification, _, _ in candidates]
    claimed = db.session.execute(
        update(Notification)
        .where(Notification.id.in_(ids), Notification.digest_id.is_(None))
        .values(digest_id=digest.id)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != len(ids):
        raise _DigestRace()  # another run took some of these items: this unit rolls back
    digest.item_count = claimed
    actors = {
        user.id: user.display_name
        for user in db.session.scalars(
            select(User).where(User.id.in_({n.actor_id for n, _, _ in candidates if n.actor_id}))
        )
    }
    threads: dict[int, dict] = defaultdict(lambda: {"items": []})
    for notification, post, thread in candidates:
        entry = threads[thread.id]
        entry["title"] = thread.title
        entry["url"] = absolute_url("forum.post", post_id=post.id)
        entry["items"].append(
            {
                "kind": notification.kind,
                "author_name": actors.get(notification.actor_id, "Former member"),
                "excerpt": to_plain_text(post.body, limit=240),
                "url": absolute_url("forum.post", post_id=post.id),
            }
        )
    label = "daily" if frequency == "daily" else "weekly"
    count = len(candidates)
    queue_mail(
        user.email,
        "forum_digest",
        f"Your {label} digest: {count} update{'s' if count != 1 else ''} from "
        f"{current_app.config['COMMUNITY_NAME']}",
        recipient=user,
        kind="forum_digest",
        headers=unsubscribe_headers(
            absolute_url("accounts.unsubscribe", token=unsubscribe_token(user.id, DIGESTS))
        ),
        frequency=label,
        threads=list(threads.values()),
        item_count=count,
        unsubscribe_links=[
            {
                "label": KIND_LABELS[kind],
                "url": absolute_url("accounts.unsubscribe", token=unsubscribe_token(user.id, kind)),
            }
            for kind in kinds
        ],
        settings_url=absolute_url("accounts.notification_settings"),
    )
    return count
