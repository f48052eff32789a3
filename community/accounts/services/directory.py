"""The member directory: who is a member now, searched and filtered."""

from __future__ import annotations

from sqlalchemy import Select, and_, exists, func, or_

from community.accounts.models import (
    FUNCTION_KEYS,
    MemberExpertise,
    MemberProfile,
)
from community.auth.models import User
from community.membership.models import Application
from community.standing import capabilities


def _like(term: str) -> str:
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def directory_query(q: str = "", function: str = "", expertise: str = "") -> Select:
    """Members, by name, filtered by words in name, company or expertise, function, expertise."""
    # The same people the forum lets in (community.standing.capabilities).
    query = capabilities.active_members_query().order_by(func.lower(User.name), User.id)
    if q := " ".join(q.split())[:100]:
        pattern = _like(q)
        query = query.where(
            or_(
                func.lower(User.name).like(pattern, escape="\\"),
                func.lower(User.company).like(pattern, escape="\\"),
                func.lower(User.job_title).like(pattern, escape="\\"),
                exists().where(
                    MemberExpertise.user_id == User.id,
                    MemberExpertise.key.like(pattern, escape="\\"),
                ),
            )
        )
    if function in FUNCTION_KEYS:
        # The profile's function, or the approved application's while no profile is saved.
        query = query.where(
            or_(
                exists().where(
                    MemberProfile.user_id == User.id, MemberProfile.function == function
                ),
                and_(
                    ~exists().where(MemberProfile.user_id == User.id),
                    exists().where(
                        Application.applicant_id == User.id,
                        Application.status == "approved",
                        Application.function == function,
                    ),
                ),
            )
        )
    if expertise := " ".join(expertise.split()).lower()[:60]:
        query = query.where(
            exists().where(MemberExpertise.user_id == User.id, MemberExpertise.key == expertise)
        )
    return query
