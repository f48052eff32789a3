"""Shared by the membership services: limits, exceptions, links, text checks, guarded updates."""

from __future__ import annotations

import hashlib
from datetime import datetime

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select, update

from community.auth.models import User
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.membership import titles
from community.membership.policy import current_policy

# Limits shared with the forms, so the page and the rule agree.
NOTE_MIN, NOTE_MAX = 40, 2000
STATEMENT_MIN, STATEMENT_MAX = 50, 2000
APPEAL_MIN, APPEAL_MAX = 50, 3000
REASON_MIN, REASON_MAX = 5, 2000
JUSTIFICATION_MIN = 40
TITLE_MAX, COMPANY_MAX = 200, 200
WORK_EMAIL_LINK_HOURS = 48
INVITATION_CLAIM_LINK_HOURS = 48

# Where links in mail point (the routes in views.py).
INVITATION_PATH = "/membership/invitations/{token}"
INVITATION_CLAIM_PATH = "/membership/invitations/confirm/{token}"
WORK_EMAIL_PATH = "/membership/work-email/{token}"

LEVEL_LABELS = titles.LEVEL_LABELS  # spelled once, in community.membership.titles.levels


class InvitationQuotaReached(DomainError):
    pass


class AlreadyInvited(DomainError):
    pass


class InvitationUnavailable(DomainError):
    """Expired, revoked or already used."""


class InvitationEmailMismatch(DomainError):
    pass


class ApplicationRefused(DomainError):
    pass


class CooldownActive(ApplicationRefused):
    pass


class InvalidLink(DomainError):
    pass


class Recused(NotPermitted):
    pass


class AppealRefused(DomainError):
    pass


class AppealWindowClosed(AppealRefused):
    pass


# ---------------------------------------------------------------------------------------------
# Helpers


def base_url() -> str:
    return current_app.config["COMMUNITY_BASE_URL"].rstrip("/")


def link(path: str, **params) -> str:
    return base_url() + path.format(**params)


def serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def day(moment: datetime | None) -> str:
    return f"{moment.day} {moment.strftime('%B %Y')}" if moment else ""


def clean_text(value: str | None, label: str, minimum: int, maximum: int) -> str:
    value = (value or "").strip()
    if len(value) < minimum:
        if minimum <= 1:
            raise DomainError(f"{label} is required.")
        raise DomainError(f"{label} needs at least {minimum} characters (you wrote {len(value)}).")
    if len(value) > maximum:
        raise DomainError(f"{label} can be at most {maximum} characters (you wrote {len(value)}).")
    return value


def locked(model, ident: int):
    """The row, locked until commit on PostgreSQL (SQLite serialises writers by itself)."""
    row = db.session.scalar(
        select(model)
        .where(model.id == ident)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if row is None:
        raise NotFound("That item does not exist (any more).")
    return row


def guarded_status(model, ident: int, expected: tuple[str, ...], new: str, message: str) -> None:
    """Move the row from an `expected` status to `new`, or raise Conflict: someone was first."""
    result = db.session.execute(
        update(model)
        .where(model.id == ident, model.status.in_(expected))
        .values(status=new)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        raise Conflict(message)


def check_enacted(proposal, kind: str, actor) -> None:
    """Rule changes happen only as an approved proposal of this kind, enacted by its approver."""
    if (
        proposal is None
        or proposal.kind != kind
        or proposal.status != "approved"
        or proposal.decided_by_id != getattr(actor, "id", None)
        or proposal.proposed_by_id == proposal.decided_by_id
    ):
        raise NotPermitted(
            "Rules change only by proposal: one board member proposes, another approves."
        )


def assess(title: str | None, policy: titles.Policy | None = None):
    return titles.assess_title(title or "", policy or current_policy())


def is_member(user: User) -> bool:
    return user.has_role("member") and user.membership_status in (None, "active", "under_review")


def load_signed(signed: str, salt: str, hours: int) -> dict:
    try:
        data = serializer(salt).loads(signed, max_age=hours * 3600)
    except SignatureExpired as error:
        raise InvalidLink(
            "This link has expired. Please ask for a new one from your application page."
        ) from error
    except BadSignature as error:
        raise InvalidLink(
            "This link is not valid. Please check that you copied the whole link."
        ) from error
    if not isinstance(data, dict):
        raise InvalidLink("This link is not valid.")
    return data
