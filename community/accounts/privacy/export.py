"""The person's data export: what is theirs, and of others only what the interface shows them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ForeignKey,
    Table,
    and_,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from community.accounts.privacy.common import (
    USERS,
)
from community.accounts.privacy.schema import (
    user_references,
)
from community.audit import AuditEvent
from community.auth.models import User
from community.db_types import utcnow
from community.extensions import db


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
