"""Your data: export everything held about a person, and erase it when they delete their account.

Both walk the SQLAlchemy metadata rather than a list of models, so a table that a feature adds
later is exported and erased without anyone remembering to come back here:

- every table with a foreign key to users.id is part of the export (rows where any such column
  is the person), showing other people only as the interface shows them to the person;
- on deletion, a row that references the person through a foreign key declared ON DELETE CASCADE
  belongs to them and is deleted (with the rows that cascade from it); a row that references them
  through ON DELETE SET NULL records something they did to someone else's item (a vote, a
  decision) and is kept, still pointing at the emptied user row, which now reads "Former member";
- forum content follows the person's choice (deleted, or kept under "Former member");
- the audit trail keeps every event but its before/after values for personal fields are erased;
- finally every text column of every table is swept for the person's name, email and sign-in
  subject, which are replaced where anyone else's words or mail still mention them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote, quote_plus

from markupsafe import escape
from sqlalchemy import (
    Column,
    ForeignKey,
    String,
    Table,
    Text,
    and_,
    false,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from community import audit
from community.audit import AuditEvent
from community.auth.models import User
from community.auth.services import end_sessions
from community.db_types import utcnow
from community.errors import Conflict, DomainError
from community.extensions import db
from community.unit_of_work import transactional

USERS = "users"
ERASED = "[erased]"
FORMER_MEMBER = "Former member"
# Keys in audit before/after JSON (at any depth) whose values are personal data.
PERSONAL_KEYS = frozenset(
    {
        "name", "email", "email_address", "address", "to", "to_address", "subject", "sub",
        "photo_url", "picture", "locale", "job_title", "title", "new_title", "old_title",
        "previous_title", "company", "new_company", "old_company", "previous_company", "bio",
        "note", "body", "text", "message", "statement", "reply", "linkedin_url", "expertise",
        "invitee_email", "invitee_name", "display_name",
    }
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The schema, read from the metadata
# ---------------------------------------------------------------------------------------------


def user_references() -> dict[str, list[ForeignKey]]:
    """Every table with a foreign key to users.id, and those keys (the users table excluded)."""
    found: dict[str, list[ForeignKey]] = {}
    for table in db.metadata.sorted_tables:
        if table.name == USERS:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == USERS and fk.column.name == "id":
                found.setdefault(table.name, []).append(fk)
    return found


def _references_to(table: Table) -> list[ForeignKey]:
    return [
        fk
        for other in db.metadata.sorted_tables
        for fk in other.foreign_keys
        if fk.column.table is table
    ]


def text_columns(table: Table) -> list[Column]:
    return [c for c in table.columns if isinstance(c.type, String | Text) and not c.primary_key]


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _row(table: Table, row) -> dict:
    return {column.name: _plain(row._mapping[column]) for column in table.columns}


# What the export shows of other people is what the interface shows the person, no more: a
# column naming someone else is emptied unless it is listed here, rows the person never sees are
# left out (ROW_FILTERS) and a few values are shown as the person sees them (ROW_VIEWS).
SHOWN_PEOPLE = frozenset(
    {
        ("contact_requests", "sender_id"),  # who asked you / whom you asked
        ("contact_requests", "recipient_id"),
        ("private_messages", "sender_id"),
        ("private_messages", "recipient_id"),
        ("notifications", "actor_id"),  # "Bea replied to your thread"
        ("forum_posts", "author_id"),
        ("forum_threads", "author_id"),
        ("forum_threads", "last_post_author_id"),
        ("invitations", "inviter_id"),  # the mail said who invited you
        ("invitations", "accepted_by_id"),  # you invited them by address
        ("member_blocks", "blocked_id"),  # whom you blocked
        ("moderation_actions", "target_user_id"),  # a moderator's own decisions
        ("moderation_pitch_labels", "author_id"),
    }
)
# Audit events about the person that the interface never tells them of.
HIDDEN_ACTIONS = frozenset({"member.blocked", "member.unblocked"})
# Contact requests a recipient never sees: held for, or stopped by, a moderator.
UNSEEN_BY_RECIPIENT = ("held", "rejected")


def _row_filters(user: User) -> dict[str, Callable[[Table], ColumnElement]]:
    return {
        # Who blocked you is not shown anywhere; your own blocks are yours.
        "member_blocks": lambda t: t.c.blocker_id == user.id,
        "contact_requests": lambda t: or_(
            t.c.sender_id == user.id,
            and_(t.c.recipient_id == user.id, t.c.status.not_in(UNSEEN_BY_RECIPIENT)),
        ),
        # What the moderators were told about a vendor (asks) is theirs, like flags; the
        # complaints you made are yours.
        "ask_signals": lambda t: t.c.reported_by_id == user.id,
        AuditEvent.__tablename__: lambda t: or_(
            t.c.actor_id == user.id,  # what you did
            and_(  # what was done about you, by whom is not said
                t.c.subject_type == USERS,
                t.c.subject_id == user.id,
                t.c.action.not_in(HIDDEN_ACTIONS),
            ),
        ),
    }


def _contact_request_view(row: dict, user: User) -> dict:
    if row["sender_id"] == user.id and row["status"] == "declined":
        # To the sender a declined request reads exactly like an unanswered one.
        row["status"], row["decided_at"] = "pending", None
    if row["sender_id"] != user.id:
        row["pitch_score"] = row["pitch_reasons"] = None  # the moderators' view of their note
    return row


def _ask_response_view(row: dict, user: User) -> dict:
    if row["status"] == "declined":
        # Declined silently: to the responder it reads as sent, as on the page.
        row["status"], row["decided_at"] = "sent", None
    return row


ROW_VIEWS: dict[str, Callable[[dict, User], dict]] = {
    "contact_requests": _contact_request_view,
    "ask_responses": _ask_response_view,
}


def _as_seen_by(table: Table, row: dict, fks: list[ForeignKey], user: User) -> dict:
    for fk in fks:
        name = fk.parent.name
        if row.get(name) not in (None, user.id) and (table.name, name) not in SHOWN_PEOPLE:
            row[name] = None
    view = ROW_VIEWS.get(table.name)
    return view(row, user) if view else row


def export_data(user: User) -> dict:
    """What the community holds about the person, table by table, as the person may see it."""
    users = db.metadata.tables[USERS]
    person = db.session.execute(select(users).where(users.c.id == user.id)).one()
    filters = _row_filters(user)
    tables: dict[str, list[dict]] = {}
    for name, fks in sorted(user_references().items()):
        table = db.metadata.tables[name]
        if name in filters:
            condition = filters[name](table)
        else:
            condition = or_(*(fk.parent == user.id for fk in fks))
        order = list(table.primary_key.columns)
        rows = db.session.execute(select(table).where(condition).order_by(*order))
        tables[name] = [_as_seen_by(table, _row(table, row), fks, user) for row in rows]
    return {
        "format": "peer-circle-export/1",
        "generated_at": utcnow().isoformat(),
        "explanation": (
            "Everything the community holds about you: your user record, then every table that "
            "refers to you, with the rows that do. Other people appear as the pages show them "
            "to you; who made a decision about you is left out where the pages don't say."
        ),
        "person": _row(users, person),
        "tables": tables,
    }


def export_json(user: User) -> str:
    return json.dumps(export_data(user), indent=2, ensure_ascii=False, default=str)


# ---------------------------------------------------------------------------------------------
# Deletion
# ---------------------------------------------------------------------------------------------

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
    user.deleted_at = utcnow()


@transactional
def delete_account(user: User, posts: str) -> Erasure:
    """Erase the person's data at once; `posts` is "delete" or "keep" (under "Former member").

    Applicants and members alike; the audit trail keeps a record that it happened, nothing more.
    """
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
    erasure = Erasure(user_id=user.id, posts=posts)
    replacements = [
        (user.email, ERASED),
        (user.subject or "", ERASED),
        (user.name, FORMER_MEMBER),
        *((f"@{handle}", "@former-member") for handle in _handles_of(user)),
    ]
    roles = sorted(user.role_names)
    db.session.flush()
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
    end_sessions(user)
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


# ---------------------------------------------------------------------------------------------
# Forum content: the person's choice
# ---------------------------------------------------------------------------------------------

DELETED_THREAD_TITLE = "Deleted thread"


@content_handler("forum_posts", "forum_threads", "forum_post_revisions")
def erase_forum_content(user: User, erasure: Erasure, keep_posts: bool) -> None:
    """Kept posts stay as written, now by "Former member" (the user row is emptied). Deleted
    posts lose their words and earlier versions and become tombstones; a thread they opened is
    deleted too unless others replied, in which case its title stays so the replies make sense."""
    from community.forum import search
    from community.forum import services as forum
    from community.forum.models import Post, PostRevision, Thread

    if keep_posts:
        return
    posts = db.metadata.tables[Post.__tablename__]
    threads = db.metadata.tables[Thread.__tablename__]
    now = utcnow()
    post_ids = list(db.session.scalars(select(posts.c.id).where(posts.c.author_id == user.id)))
    for post_id in post_ids:
        search.remove_post(db.session(), post_id)
    if post_ids:
        revisions = db.metadata.tables[PostRevision.__tablename__]
        delete_rows(revisions, revisions.c.post_id.in_(post_ids), erasure)
        db.session.execute(
            update(posts)
            .where(posts.c.id.in_(post_ids))
            .values(body="", body_html="", pitch_assessment=None, status="deleted", deleted_at=now)
        )
        erasure.deleted_rows.setdefault(posts.name, set()).update(post_ids)
    others_replied = (
        select(posts.c.id)
        .where(
            posts.c.thread_id == threads.c.id,
            posts.c.status == "published",
            or_(posts.c.author_id != user.id, posts.c.author_id.is_(None)),
        )
        .exists()
    )
    thread_ids = list(
        db.session.scalars(
            select(threads.c.id).where(threads.c.author_id == user.id, ~others_replied)
        )
    )
    if thread_ids:
        db.session.execute(
            update(threads)
            .where(threads.c.id.in_(thread_ids))
            .values(status="deleted", title=DELETED_THREAD_TITLE)
        )
        erasure.deleted_rows.setdefault(threads.name, set()).update(thread_ids)
    touched = list(
        db.session.scalars(select(posts.c.thread_id).where(posts.c.id.in_(post_ids)).distinct())
    )
    forum.refresh_thread_stats(touched)
    forum.refresh_category_stats(
        db.session.scalars(select(threads.c.category_id).where(threads.c.id.in_(touched)))
    )
    # Copies of their words kept as labelled pitch examples go with the posts.
    labels = db.metadata.tables.get("moderation_pitch_labels")
    if labels is not None and "author_id" in labels.c:
        blank = {c.name: "" for c in text_columns(labels) if c.name in ("title", "body")}
        if blank:
            db.session.execute(update(labels).where(labels.c.author_id == user.id).values(blank))


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
