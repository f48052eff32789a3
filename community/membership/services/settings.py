"""The board's membership settings: quorum, quotas, windows, cooldowns."""

from __future__ import annotations

from sqlalchemy import select

from community import audit
from community.db_types import utcnow
from community.errors import DomainError
from community.extensions import db
from community.membership.models import (
    MembershipSettings,
)
from community.membership.services.board import sitting_board_members
from community.membership.services.common import (
    REASON_MAX,
    REASON_MIN,
    check_enacted,
    clean_text,
)
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.unit_of_work import transactional

# ---------------------------------------------------------------------------------------------
# Settings


def current_settings() -> MembershipSettings:
    """The board's settings; an unsaved row with the defaults until the board first saves."""
    return db.session.get(MembershipSettings, 1) or MembershipSettings.defaults()


SETTING_LIMITS = {
    "quorum": (1, 20, "Quorum"),
    "invitation_quota": (0, 100, "Invitations per member a month"),
    "invitation_expiry_days": (1, 90, "Days an invitation stays valid"),
    "cooldown_days": (0, 1095, "Days before a rejected applicant may apply again"),
    "appeal_window_days": (1, 365, "Days to appeal a decision"),
}


def check_quorum(quorum: int) -> None:
    """A quorum more board members than could vote would block every decision."""
    could_vote = len(sitting_board_members())
    if quorum > could_vote:
        raise DomainError(
            f"A quorum of {quorum} can't be reached: {could_vote} board member"
            f"{'s' if could_vote != 1 else ''} could vote now. Ask an admin to add board "
            "members first."
        )


def check_settings(values: dict) -> None:
    """Refuse unknown settings, values out of range and an unreachable quorum."""
    for name, value in values.items():
        if name == "invitation_requests_open":
            continue
        if name not in SETTING_LIMITS:
            raise DomainError(f"Unknown setting {name}.")
        low, high, label = SETTING_LIMITS[name]
        if not isinstance(value, int) or not low <= value <= high:
            raise DomainError(f"{label} must be a whole number from {low} to {high}.")
    if "quorum" in values:
        check_quorum(values["quorum"])


@transactional
def update_settings(actor, *, reason: str, proposal, **values) -> MembershipSettings:
    """The settings of an approved proposal take effect (only the proposal's enact calls this);
    the change and its reason are audited."""
    ensure_may(actor, SIT_ON_BOARD)
    check_enacted(proposal, "membership_settings", actor)
    reason = clean_text(reason, "The reason", REASON_MIN, REASON_MAX)
    check_settings(values)
    row = db.session.scalar(
        select(MembershipSettings).where(MembershipSettings.id == 1).with_for_update()
    )
    if row is None:
        row = MembershipSettings.defaults()
        db.session.add(row)
    before = row.as_dict()
    for name, value in values.items():
        setattr(row, name, bool(value) if name == "invitation_requests_open" else value)
    after = row.as_dict()
    if after == before:
        raise DomainError("Nothing changed: these are the settings in force.")
    row.updated_at, row.updated_by_id = utcnow(), actor.id
    changed = {k for k in after if after[k] != before[k]}
    audit.record(
        actor,
        "membership.settings_changed",
        ("membership_settings", 1),
        before={k: before[k] for k in changed},
        after={**{k: after[k] for k in changed}, "proposal": proposal.id},
        reason=reason,
    )
    return row
