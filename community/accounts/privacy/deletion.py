"""Deleting an account: marked deleted at once, personal data swept from every table and from
unsent mail (on the task queue), posts deleted or kept under 'Former member'."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus

from markupsafe import escape
from sqlalchemy import (
    Table,
    and_,
    false,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from community import audit, events
from community.accounts.privacy.common import (
    ERASED,
    FORMER_MEMBER,
    PERSONAL_KEYS,
    USERS,
)
from community.accounts.privacy.schema import (
    _references_to,
    text_columns,
    user_references,
)
from community.audit import AuditEvent
from community.auth.models import User
from community.auth.services import end_sessions
from community.db_types import utcnow
from community.errors import Conflict, DomainError
from community.extensions import db
from community.unit_of_work import transaction, transactional

POST_CHOICES = ("delete", "keep")


@dataclass
class Erasure:
    """What one deletion touched, for the audit record and the tests."""

    user_id: int
    posts: str
    deleted_rows: dict[str, set] = field(default_factory=dict)
    swept_rows: int = 0


# Forum content follows the person's choice. A handler takes (user, erasure, keep_posts) and
# deals with its tables; the generic pass then leaves those tables alone.
ContentHandler = Callable[[User, Erasure, bool], None]


CONTENT_HANDLERS: dict[str, ContentHandler] = {}


def content_handler(*tables: str):
    def register(handler: ContentHandler) -> ContentHandler:
        for name in tables:
            CONTENT_HANDLERS[name] = handler
        return handler

    return register


def delete_rows(table: Table, condition: ColumnElement, erasure: Erasure, depth: int = 0) -> None:
    """DELETE with the same cascades the foreign keys declare, done explicitly so that SQLite
    (which doesn't enforce them) and PostgreSQL end up the same."""
    if depth > 10:
        raise RuntimeError(f"foreign keys cascade too deep at {table.name}")
    keys = list(table.primary_key.columns)
    ids = [tuple(row) for row in db.session.execute(select(*keys).where(condition))]
    if not ids:
        return
    erasure.deleted_rows.setdefault(table.name, set()).update(
        row[0] if len(row) == 1 else row for row in ids
    )
    for fk in _references_to(table):
        child = fk.parent.table
        if child is table:
            continue
        referred = select(fk.column).where(condition).scalar_subquery()
        child_condition = fk.parent.in_(referred)
        if fk.ondelete and fk.ondelete.upper() == "SET NULL":
            db.session.execute(update(child).where(child_condition).values({fk.parent.name: None}))
        else:
            delete_rows(child, child_condition, erasure, depth + 1)
    db.session.execute(table.delete().where(condition))


def _delete_owned_rows(user: User, erasure: Erasure) -> None:
    for name, fks in user_references().items():
        if name in CONTENT_HANDLERS:
            continue
        table = db.metadata.tables[name]
        owning = [fk for fk in fks if (fk.ondelete or "").upper() == "CASCADE"]
        if owning:
            delete_rows(table, or_(*(fk.parent == user.id for fk in owning)), erasure)


def _delete_mail_to(user: User, erasure: Erasure) -> None:
    """Mail to the person holds their address and name; none of it may still go out."""
    from community.mail.models import OutboxMessage

    table = OutboxMessage.__table__
    condition = table.c.recipient_id == user.id
    if user.email:
        condition = or_(condition, table.c.to_address == user.email)
    delete_rows(table, condition, erasure)


ERASED_MAIL = "[This message mentioned a member who has since deleted their account.]"


# Free text of the person's own rows (notes, statements, messages) at least this long is looked
# for in mail too; shorter values (a status, a title) would match mail about other people.
OWN_WORDS_MIN = 40


def _own_words(user: User) -> list[str]:
    """Long texts from the rows that are the person's (bio, notes, statements), before they go."""
    words = [user.bio] if user.bio else []
    for name, fks in user_references().items():
        owning = [fk for fk in fks if (fk.ondelete or "").upper() == "CASCADE"]
        columns = text_columns(db.metadata.tables[name])
        if not owning or not columns:
            continue
        rows = db.session.execute(
            select(*columns).where(or_(*(fk.parent == user.id for fk in owning)))
        )
        words += [value for row in rows for value in row if value]
    invitations = db.metadata.tables.get("invitations")
    if invitations is not None:
        words += db.session.scalars(
            select(invitations.c.note).where(invitations.c.inviter_id == user.id)
        )
    return sorted({w.strip() for w in words if len(w.strip()) >= OWN_WORDS_MIN})


def _erase_mail_about(user: User, mentions: list[str], erasure: Erasure) -> None:
    """Mail to others that names the person or quotes them (a contact request with their note
    and title, an invitation from them): unsent, it is deleted; sent, its words are erased.
    Whole words only, in any encoding, as for the sweep: "Ann" does not match "annual"."""
    from community.mail.models import OutboxMessage

    table = OutboxMessage.__table__
    needles = _needles((value, "") for value in mentions)
    if not needles:
        return
    columns = (table.c.subject, table.c.text_body, table.c.html_body)
    candidates = or_(
        *(
            func.lower(column).like(f"%{_escape_like(form.lower())}%", escape="\\")
            for column in columns
            for form, _, _ in needles
        )
    )
    unsent, sent = [], []
    for row in db.session.execute(select(table.c.id, table.c.status, *columns).where(candidates)):
        if any(pattern.search(text or "") for text in row[2:] for _, pattern, _ in needles):
            (sent if row.status == "sent" else unsent).append(row.id)
    if unsent:
        delete_rows(table, table.c.id.in_(unsent), erasure)
    if sent:
        db.session.execute(
            update(table)
            .where(table.c.id.in_(sent))
            .values(subject=ERASED, text_body=ERASED_MAIL, html_body=f"<p>{ERASED_MAIL}</p>")
        )
        erasure.swept_rows += len(sent)


def _revoke_invitations(user: User, erasure: Erasure) -> None:
    """Their open invitations can no longer be claimed, and no invitation keeps their note.
    (Membership has no service for this: the rows are updated here, as the deletion does for
    every other table.)"""
    invitations = db.metadata.tables.get("invitations")
    if invitations is None:
        return
    theirs = invitations.c.inviter_id == user.id
    ids = set(db.session.scalars(select(invitations.c.id).where(theirs)))
    if not ids:
        return
    db.session.execute(
        update(invitations)
        .where(theirs, invitations.c.status == "pending")
        .values(status="revoked", revoked_at=utcnow())
    )
    db.session.execute(update(invitations).where(theirs).values(note=ERASED))
    erasure.deleted_rows.setdefault(invitations.name, set()).update(ids)


def scrub_personal(value: Any) -> Any:
    """The same JSON shape with the values of personal keys erased."""
    if isinstance(value, dict):
        return {
            key: (
                ERASED if key in PERSONAL_KEYS and item not in (None, "") else scrub_personal(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [scrub_personal(item) for item in value]
    return value


def record_tables() -> list[Table]:
    """Tables that record decisions as before/after JSON: the audit trail, moderation actions."""
    return [
        table
        for table in db.metadata.sorted_tables
        if {"before", "after"} <= set(table.columns.keys())
    ]


def _scrub_records(user: User, erasure: Erasure) -> None:
    """Keep every recorded event about the person or by them, without personal data in it."""
    references = user_references()
    for table in record_tables():
        about = [fk.parent == user.id for fk in references.get(table.name, [])]
        if {"subject_type", "subject_id"} <= set(table.columns.keys()):
            about.append(and_(table.c.subject_type == USERS, table.c.subject_id == user.id))
            for name, ids in erasure.deleted_rows.items():
                single = [i for i in ids if not isinstance(i, tuple)]
                if single and name != table.name:
                    about.append(and_(table.c.subject_type == name, table.c.subject_id.in_(single)))
        if not about:
            continue
        own_words = [
            fk.parent == user.id
            for fk in references.get(table.name, [])
            if fk.parent.name == "actor_id"
        ]
        keys = list(table.primary_key.columns)
        columns = [table.c.before, table.c.after]
        has_reason = "reason" in table.columns
        if has_reason:
            columns.append(table.c.reason)
        rows = db.session.execute(
            select(*keys, *columns, or_(*own_words) if own_words else false()).where(or_(*about))
        ).all()
        for row in rows:
            pk, before, after = row[: len(keys)], row[len(keys)], row[len(keys) + 1]
            reason, by_them = (row[-2], row[-1]) if has_reason else (None, False)
            values = {}
            for column, raw in (("before", before), ("after", after)):
                if raw:
                    try:
                        scrubbed = json.dumps(scrub_personal(json.loads(raw)), sort_keys=True)
                    except ValueError:
                        scrubbed = json.dumps(ERASED)
                    if scrubbed != raw:
                        values[column] = scrubbed
            if reason and by_them:
                values["reason"] = ERASED  # their own words
            if values:
                where = and_(*(key == value for key, value in zip(keys, pk, strict=True)))
                db.session.execute(update(table).where(where).values(values))


# How stored text may hold a value: raw, HTML-escaped (mail, rendered posts; markupsafe and the
# standard library spell quotes differently) and URL-encoded (links).
ENCODINGS: tuple[Callable[[str], str], ...] = (
    lambda v: v,
    lambda v: str(escape(v)),
    lambda v: html.escape(v, quote=True),
    lambda v: html.escape(v, quote=False),
    lambda v: quote(v, safe=""),
    quote,
    quote_plus,
)


def encoded_forms(value: str) -> list[str]:
    value = (value or "").strip()
    return list(dict.fromkeys(encode(value) for encode in ENCODINGS)) if value else []


def _needles(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, re.Pattern, str]]:
    """(form, pattern, replacement) for every encoded form of every value, the replacement
    encoded the same way."""
    needles, seen = [], set()
    for value, replacement in pairs:
        value = (value or "").strip()
        for encode in ENCODINGS:
            form = encode(value)
            if len(form) >= 3 and form.lower() not in seen:
                seen.add(form.lower())
                pattern = re.compile(rf"(?<![\w@.]){re.escape(form)}(?![\w@])", re.IGNORECASE)
                needles.append((form, pattern, encode(replacement)))
    return needles


def sweep_text(
    replacements: Iterable[tuple[str, str]], skip_tables: Iterable[str] = (USERS,)
) -> dict[str, set]:
    """Replace every whole-word mention of each value in every text column of every table;
    returns the primary keys of the rows changed, by table.

    `replacements` are (value, replacement) pairs: the person's name, email, sign-in subject and
    @handle. The users table is skipped (the person's own row is emptied field by field, and
    someone else with the same name keeps it)."""
    needles = _needles(replacements)
    if not needles:
        return {}
    skip = set(skip_tables)
    changed: dict[str, set] = {}
    for table in db.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if table.name in skip or not keys:
            continue
        for column in text_columns(table):
            candidates = or_(
                *(
                    func.lower(column).like(f"%{_escape_like(value.lower())}%", escape="\\")
                    for value, _, _ in needles
                )
            )
            for row in db.session.execute(select(*keys, column).where(candidates)).all():
                text = row[-1]
                new = text
                for _, pattern, replacement in needles:
                    new = pattern.sub(replacement, new)
                if new != text:
                    where = and_(*(key == row[i] for i, key in enumerate(keys)))
                    db.session.execute(update(table).where(where).values({column.name: new}))
                    key = row[0] if len(keys) == 1 else tuple(row[: len(keys)])
                    changed.setdefault(table.name, set()).add(key)
    return changed


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _handles_of(user: User) -> list[str]:
    """The @handle others mention the person by (the forum's), before it is deleted."""
    handles = db.metadata.tables.get("forum_member_handles")
    if handles is None:
        return []
    return list(db.session.scalars(select(handles.c.handle).where(handles.c.user_id == user.id)))


def _empty_user(user: User) -> None:
    user.subject = None  # a new sign-in with the same LinkedIn account starts as a new visitor
    user.email = ""
    user.email_verified = False
    user.name = ""
    user.photo_url = None
    user.locale = None
    user.job_title = None
    user.company = None
    user.bio = None
    user.membership_status = None
    user.house_rules_accepted_version = None
    user.last_sign_in_at = None
    user.time_zone = "UTC"
    user.deleted_at = user.deleted_at or utcnow()


@transactional
def request_deletion(user: User, posts: str) -> None:
    """The member's part, in their request: the account is deleted from this moment (signed
    out everywhere, no more mail to them); the sweep of their data is queued after it commits."""
    if user is None or not getattr(user, "is_authenticated", False) or user.deleted_at:
        raise DomainError("There is no account to delete.")
    if posts not in POST_CHOICES:
        raise DomainError("Please choose whether to delete your posts or keep them anonymously.")
    # Two clicks, two tabs: exactly one deletion runs (a guarded UPDATE, as for every decision).
    claimed = db.session.execute(
        update(User)
        .where(User.id == user.id, User.deleted_at.is_(None))
        .values(deleted_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise Conflict("This account is already deleted.")
    db.session.expire(user, ["deleted_at"])
    end_sessions(user)
    _delete_mail_to(user, Erasure(user_id=user.id, posts=posts))
    audit.record(
        user,
        "account.deletion_requested",
        user,
        after={"posts": posts},
        reason="Deleted by the person themselves; their data is being erased.",
    )


def delete_account(user: User, posts: str) -> None:
    """Delete the account now and erase the person's data in the background; `posts` is
    "delete" or "keep" (under "Former member"). Applicants and members alike.

    The sweep runs on the task queue once the deletion has committed (the AccountDeleted
    handler in community.wiring); if the queue is unreachable, the hourly
    `sweep_pending_deletions` task finds the account and sweeps it.
    """
    with transaction():
        request_deletion(user, posts)
        events.publish(events.AccountDeleted(user_id=user.id, posts=posts))


def _swept(user: User) -> bool:
    return user.subject is None and not user.email and not user.name


def unswept_deletions(older_than) -> list[tuple[int, str]]:
    """Accounts marked deleted longer ago than `older_than` whose data is still there, with the
    choice their owner made for their posts."""
    cutoff = utcnow() - older_than
    ids = list(
        db.session.scalars(
            select(User.id).where(
                User.deleted_at.is_not(None),
                User.deleted_at < cutoff,
                or_(User.subject.is_not(None), User.email != "", User.name != ""),
            )
        )
    )
    found = []
    for user_id in ids:
        choice = db.session.scalar(
            select(AuditEvent)
            .where(
                AuditEvent.action == "account.deletion_requested",
                AuditEvent.subject_type == USERS,
                AuditEvent.subject_id == user_id,
            )
            .order_by(AuditEvent.id.desc())
            .limit(1)
        )
        posts = (choice.after_data or {}).get("posts") if choice else None
        found.append((user_id, posts if posts in POST_CHOICES else "delete"))
    return found


@transactional
def sweep_account(user_id: int, posts: str) -> Erasure | None:
    """Erase a deleted account's personal data everywhere; None when there is nothing to do
    (not deleted, or swept already), so running it twice is harmless.

    The audit trail keeps a record that it happened, nothing more.
    """
    if posts not in POST_CHOICES:
        raise DomainError("Please choose whether to delete your posts or keep them anonymously.")
    # The row lock (PostgreSQL) makes a second sweep wait, then find the account swept.
    user = db.session.scalar(select(User).where(User.id == user_id).with_for_update())
    if user is None or user.deleted_at is None or _swept(user):
        return None
    erasure = Erasure(user_id=user.id, posts=posts)
    replacements = [
        (user.email, ERASED),
        (user.subject or "", ERASED),
        (user.name, FORMER_MEMBER),
        *((f"@{handle}", "@former-member") for handle in _handles_of(user)),
    ]
    roles = sorted(user.role_names)
    mentions = [user.name, user.email, user.subject or "", *(v for v, _ in replacements[3:])]
    own_words = _own_words(user)

    for handler in dict.fromkeys(CONTENT_HANDLERS.values()):
        handler(user, erasure, posts == "keep")
    _delete_mail_to(user, erasure)
    _erase_mail_about(user, [*mentions, *own_words], erasure)
    _revoke_invitations(user, erasure)
    _delete_owned_rows(user, erasure)  # roles, profile, requests, messages, applications ...
    db.session.expire(user, ["roles"])
    _scrub_records(user, erasure)
    _empty_user(user)
    db.session.flush()
    swept = sweep_text(replacements)
    erasure.swept_rows = sum(len(keys) for keys in swept.values())
    _reindex_forum(swept)
    audit.record(
        user,
        "account.deleted",
        user,
        before={"roles": roles},
        after={"posts": posts, "tables": sorted(erasure.deleted_rows)},
        reason="Deleted by the person themselves; personal data erased.",
    )
    return erasure


def _reindex_forum(swept: dict[str, set]) -> None:
    """Published posts whose text (or thread title) the sweep changed are re-indexed for search."""
    post_ids, thread_ids = swept.get("forum_posts", set()), swept.get("forum_threads", set())
    if not post_ids and not thread_ids:
        return
    from community.forum import search
    from community.forum.models import Post, Thread

    changed = Post.id.in_(post_ids)
    if thread_ids:
        changed = or_(changed, and_(Post.thread_id.in_(thread_ids), Post.is_opening.is_(True)))
    rows = db.session.execute(
        select(Post.id, Post.body, Post.is_opening, Thread.title)
        .join(Thread, Thread.id == Post.thread_id)
        .where(changed, Post.status == "published", Thread.status == "published")
    )
    for post_id, body, is_opening, title in rows:
        search.index_post(db.session(), post_id, title if is_opening else "", body)
