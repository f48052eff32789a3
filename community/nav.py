"""Main navigation: one table, shown to each person by what they may do now.

Entries name endpoints as strings, so this module imports no feature. An entry with a
capability appears to people who have it (community.standing.capabilities); an entry for
non-members appears to signed-in people who are not members (applicants, visitors, the revoked).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import request, url_for

from community.standing import capabilities as can

NON_MEMBERS = "non_members"


@dataclass(frozen=True)
class NavEntry:
    label: str
    endpoint: str
    audience: str  # a capability, or NON_MEMBERS
    # Endpoint prefix that marks the entry active, e.g. "forum." for every forum page.
    section: str


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    active: bool


NAV: tuple[NavEntry, ...] = (
    NavEntry("Admin", "admin.people", can.ADMINISTER, "admin."),
    NavEntry("My application", "membership.status", NON_MEMBERS, "membership.status"),
    NavEntry("Invite", "membership.invite", can.READ_FORUM, "membership.invite"),
    NavEntry(
        "Applications",
        "membership.board_applications",
        can.SIT_ON_BOARD,
        "membership.board_application",
    ),
    NavEntry("Appeals", "membership.board_appeals", can.SIT_ON_BOARD, "membership.board_appeal"),
    NavEntry("Forum", "forum.index", can.READ_FORUM, "forum."),
    NavEntry("Moderation", "moderation.queue", can.MODERATE, "moderation.queue"),
    NavEntry("House rules", "moderation.rules_edit", can.SIT_ON_BOARD, "moderation.rules_"),
    NavEntry("Pitch policy", "moderation.pitch_policy", can.SIT_ON_BOARD, "moderation.pitch_"),
    NavEntry("Members", "accounts.directory", can.READ_FORUM, "accounts.directory"),
    NavEntry("Contacts", "accounts.contacts", can.READ_FORUM, "accounts.contact"),
    NavEntry("Held requests", "accounts.held_requests", can.MODERATE, "accounts.held_requests"),
    NavEntry("Your data", "accounts.your_data", NON_MEMBERS, "accounts.your_data"),
    NavEntry("Chapters", "chapters.index", can.READ_FORUM, "chapters."),
    NavEntry("Ask peers", "asks.index", can.READ_FORUM, "asks."),
)


def _is_member(user) -> bool:
    return user.has_role("member") and user.membership_status in can.READING_STATUSES


def items_for(user) -> list[NavItem]:
    if not user.is_authenticated:
        return []
    endpoint = request.endpoint or ""
    items = []
    for entry in NAV:
        if entry.audience == NON_MEMBERS:
            if _is_member(user):
                continue
        elif not can.may(user, entry.audience):
            continue
        items.append(
            NavItem(entry.label, url_for(entry.endpoint), endpoint.startswith(entry.section))
        )
    return items
