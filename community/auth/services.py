"""Signing people in from provider claims, and granting roles."""

from __future__ import annotations

from sqlalchemy import select, update

from community import audit
from community.auth.models import ROLES, User, UserRole
from community.auth.roles import ensure_role
from community.db_types import utcnow
from community.errors import DomainError, NotFound, NotPermitted
from community.extensions import db
from community.unit_of_work import transactional


class UnknownRole(DomainError):
    pass


def _as_bool(value) -> bool:
    # LinkedIn sends email_verified as the string "true" in the ID token and a boolean in userinfo.
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def _as_locale(value) -> str | None:
    # LinkedIn sends locale as "en_US" in the ID token and {"country","language"} in userinfo.
    if isinstance(value, dict):
        language, country = value.get("language"), value.get("country")
        return "_".join(p for p in (language, country) if p) or None
    return str(value)[:20] if value else None


def normalise_claims(claims: dict) -> dict:
    """The fields we keep from a provider's ID token or userinfo, in one shape."""
    name = claims.get("name") or " ".join(
        p for p in (claims.get("given_name"), claims.get("family_name")) if p
    )
    return {
        "subject": str(claims["sub"]),
        "email": (claims.get("email") or "").strip().lower(),
        "email_verified": _as_bool(claims.get("email_verified")),
        "name": (name or "").strip()[:200],
        "photo_url": claims.get("picture") or None,
        "locale": _as_locale(claims.get("locale")),
    }


@transactional
def sign_in(claims: dict) -> User:
    """Find or create the person with this subject and refresh name, email and photo."""
    data = normalise_claims(claims)
    user = db.session.scalar(select(User).where(User.subject == data["subject"]))
    if user is None:
        user = User(**data)
        db.session.add(user)
        db.session.flush()
        audit.record(user, "user.created", user, after={"email": data["email"]})
    else:
        for key, value in data.items():
            setattr(user, key, value)
    user.last_sign_in_at = utcnow()
    return user


class AmbiguousPerson(DomainError):
    """More than one person matches; the message lists them so the operator can pick one."""


def verified_email(user: User) -> str | None:
    """The person's email address if the provider vouched for it, else None.

    Anything that identifies a person by email (role grants, invitation claims) must use this,
    not `user.email`: an unverified address is whatever someone typed at the provider.
    """
    if user is None or not user.email or not user.email_verified or user.deleted_at is not None:
        return None
    return user.email


def _describe(user: User) -> str:
    verified = "verified" if user.email_verified else "unverified"
    last = user.last_sign_in_at.date().isoformat() if user.last_sign_in_at else "never"
    return (
        f"sub:{user.subject} (id {user.id}, {user.name or 'no name'}, "
        f"{user.email or 'no email'} {verified}, last sign-in {last})"
    )


def find_person(identifier: str) -> User:
    """The one person named by `sub:SUBJECT`, a bare subject, or a verified email address.

    An email address names someone only if the provider verified it, and only if exactly one
    person has it: two accounts can share an address (one of them unverified, or after a
    LinkedIn account change), and picking either silently could hand a role to the wrong one.
    """
    identifier = (identifier or "").strip()
    active = User.deleted_at.is_(None)
    if identifier.lower().startswith("sub:") or "@" not in identifier:
        subject = identifier[4:] if identifier.lower().startswith("sub:") else identifier
        user = db.session.scalar(select(User).where(User.subject == subject, active))
        if user is None:
            raise NotFound(f"No one with the sign-in subject {subject!r} has signed in.")
        return user
    email = identifier.lower()
    matches = list(db.session.scalars(select(User).where(User.email == email, active)))
    verified = [user for user in matches if verified_email(user)]
    if len(verified) == 1:
        return verified[0]
    if not matches:
        raise NotFound(f"No one with the email address {identifier} has signed in yet.")
    candidates = "; ".join(_describe(user) for user in matches)
    if not verified:
        raise NotFound(
            f"No one has a verified email address {identifier}: the provider did not vouch "
            f"for it. Name the person by subject instead (sub:...). Candidates: {candidates}."
        )
    raise AmbiguousPerson(
        f"{len(verified)} people have the verified email address {identifier}; name one by "
        f"subject (sub:...). Candidates: {candidates}."
    )


# Sessions ------------------------------------------------------------------------------------

SESSION_GENERATION_KEY = "_generation"


def start_session(session, user: User) -> None:
    """Record in a fresh session which of the person's session generations it belongs to."""
    session[SESSION_GENERATION_KEY] = user.session_generation


def session_is_current(session, user: User) -> bool:
    """False for a session from before the person's last sign-out, revocation or deletion.
    (A session without the key dates from generation 0: sessions from before this check.)"""
    return session.get(SESSION_GENERATION_KEY, 0) == user.session_generation


def end_sessions(user: User) -> None:
    """End every session the person has, in the caller's transaction; the next request of any
    of them is a visitor's. Call it on sign-out, revocation, suspension and deletion."""
    db.session.execute(
        update(User)
        .where(User.id == user.id)
        .values(session_generation=User.session_generation + 1)
        .execution_options(synchronize_session=False)
    )
    db.session.expire(user, ["session_generation"])


@transactional
def sign_out(user: User) -> None:
    """The person signs out: every session of theirs ends, on every device."""
    end_sessions(user)


def find_user_by_email(email: str) -> User:
    """A verified, unambiguous email address only (see find_person)."""
    if "@" not in email:
        raise NotFound(f"{email!r} is not an email address.")
    return find_person(email)


def _check_role_name(role: str) -> None:
    if role not in ROLES:
        raise UnknownRole(f"Unknown role {role!r}; roles are: {', '.join(ROLES)}.")


def add_role(actor: User | None, user: User, role: str, reason: str | None = None) -> bool:
    """Give the role inside the caller's transaction, with its audit record; False if held."""
    _check_role_name(role)
    if user.has_role(role):
        return False
    user.roles.append(UserRole(role=role))
    audit.record(actor, "role.granted", user, after={"role": role}, reason=reason)
    return True


def remove_role(actor: User | None, user: User, role: str, reason: str | None = None) -> bool:
    """Take the role away inside the caller's transaction, audited; False if not held."""
    _check_role_name(role)
    held = [r for r in user.roles if r.role == role]
    for row in held:
        user.roles.remove(row)
    if held:
        audit.record(actor, "role.revoked", user, before={"role": role}, reason=reason)
    return bool(held)


def _ensure_admin_or_operator(actor: User | None) -> None:
    if actor is not None:
        ensure_role(actor, "admin")


# Membership comes only from the board (community.membership admits people); board seats are
# a board decision (a "board_seat" proposal), except that the operator seeds the first board.
NOT_GRANTED = {
    "member": "Membership is granted only by the board: an approved application or an upheld "
    "appeal.",
    "applicant": "People become applicants by applying.",
}
BOARD_SEAT_REFUSAL = (
    "Board seats are a board decision: a board member proposes it on the board's proposals "
    "page and another approves it."
)


def _is_active_member(user: User) -> bool:
    return user.has_role("member") and user.membership_status == "active" and not user.deleted_at


@transactional
def grant_role(actor: User | None, user: User, role: str, reason: str | None = None) -> bool:
    """An admin gives moderator or admin to an active member, and commits; actor None means the
    operator at the command line (who may also seed the first board). Never membership."""
    _ensure_admin_or_operator(actor)
    _check_role_name(role)
    if role in NOT_GRANTED:
        raise NotPermitted(NOT_GRANTED[role])
    if actor is not None and role == "board":
        raise NotPermitted(BOARD_SEAT_REFUSAL)
    if actor is not None and not _is_active_member(user):
        raise NotPermitted(
            f"{user.display_name} is not an active member: moderator and admin roles are only "
            "for active members."
        )
    changed = add_role(actor, user, role, reason)
    return changed


@transactional
def revoke_role(actor: User | None, user: User, role: str, reason: str | None = None) -> bool:
    """An admin takes the role away and commits; no admin can remove their own admin role.
    Membership ends only by the board's review, and a board seat only by a board decision."""
    _ensure_admin_or_operator(actor)
    _check_role_name(role)
    if role in NOT_GRANTED:
        raise NotPermitted("Membership ends only by the board's decision after a review.")
    if actor is not None and role == "board":
        raise NotPermitted(BOARD_SEAT_REFUSAL)
    if actor is not None and actor.id == user.id and role == "admin":
        raise DomainError("You can't remove your own admin role; ask another admin.")
    changed = remove_role(actor, user, role, reason)
    return changed
