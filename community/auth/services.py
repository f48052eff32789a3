"""Signing people in from provider claims, and granting roles."""

from __future__ import annotations

from sqlalchemy import select

from community import audit
from community.auth.models import ROLES, User, UserRole
from community.auth.roles import ensure_role
from community.db_types import utcnow
from community.errors import DomainError, NotFound
from community.extensions import db


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
    db.session.commit()
    return user


def find_user_by_email(email: str) -> User:
    user = db.session.scalar(
        select(User).where(User.email == email.strip().lower(), User.deleted_at.is_(None))
    )
    if user is None:
        raise NotFound(f"No one with the email address {email} has signed in yet.")
    return user


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


def grant_role(actor: User | None, user: User, role: str, reason: str | None = None) -> bool:
    """An admin gives the role and commits; actor None means the operator at the command line."""
    _ensure_admin_or_operator(actor)
    changed = add_role(actor, user, role, reason)
    db.session.commit()
    return changed


def revoke_role(actor: User | None, user: User, role: str, reason: str | None = None) -> bool:
    """An admin takes the role away and commits; no admin can remove their own admin role."""
    _ensure_admin_or_operator(actor)
    if actor is not None and actor.id == user.id and role == "admin":
        raise DomainError("You can't remove your own admin role; ask another admin.")
    changed = remove_role(actor, user, role, reason)
    db.session.commit()
    return changed
