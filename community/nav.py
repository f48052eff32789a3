"""Main navigation: one table, shown to each person by what they may do now.

Entries name endpoints as strings, so this module imports no feature. An entry with a
capability appears to people who have it (community.standing.capabilities); an entry for
non-members appears to signed-in people who are not members (applicants, visitors, the revoked);
an entry for SIGNED_IN appears to everyone signed in. Entries with a group are shown together
under one menu (Board, Moderation) at the place of the group's first entry; the ACCOUNT group is
the account menu at the end of the header (the layout adds "Sign out" to it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from flask import request, url_for

from community.standing import capabilities as can

NON_MEMBERS = "non_members"
SIGNED_IN = "signed_in"

BOARD = "Board"
MODERATION = "Moderation"
ACCOUNT = "Account"


@dataclass(frozen=True)
class NavEntry:
    label: str
    endpoint: str
    audience: str  # a capability, NON_MEMBERS or SIGNED_IN
    # Endpoint prefix that marks the entry active, e.g. "forum." for every forum page; the
    # longest matching prefix wins, so "forum.feed_page" beats "forum.".
    section: str
    group: str | None = None
    # The endpoint takes the person's own id as user_id (their profile).
    own: bool = False


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    active: bool

    is_group = False


@dataclass(frozen=True)
class NavGroup:
    label: str
    items: tuple[NavItem, ...]

    is_group = True

    @property
    def active(self) -> bool:
        return any(item.active for item in self.items)


@dataclass(frozen=True)
class Navigation:
    """What the header shows one person: the main entries (iterating gives them, groups as
    NavGroup) and the account menu's entries."""

    main: tuple[NavItem | NavGroup, ...] = ()
    account: tuple[NavItem, ...] = field(default=())

    def __iter__(self) -> Iterator[NavItem | NavGroup]:
        return iter(self.main)

    def __bool__(self) -> bool:
        return bool(self.main)

    def __len__(self) -> int:
        return len(self.main)

    @property
    def home_url(self) -> str | None:
        """Where the person's name in the header leads: their profile, or their account."""
        return self.account[0].url if self.account else None


NAV: tuple[NavEntry, ...] = (
    NavEntry("My application", "membership.status", NON_MEMBERS, "membership.status"),
    NavEntry("What's new", "forum.feed_page", can.READ_FORUM, "forum.feed_page"),
    NavEntry("Forum", "forum.index", can.READ_FORUM, "forum."),
    NavEntry("Members", "accounts.directory", can.READ_FORUM, "accounts.directory"),
    NavEntry("Contacts", "accounts.contacts", can.READ_FORUM, "accounts.contact"),
    NavEntry("Invite", "membership.invite", can.READ_FORUM, "membership.invite"),
    NavEntry("Chapters", "chapters.index", can.READ_FORUM, "chapters."),
    NavEntry("Ask peers", "asks.index", can.READ_FORUM, "asks."),
    # The board's tools.
    NavEntry(
        "Applications",
        "membership.board_applications",
        can.SIT_ON_BOARD,
        "membership.board_application",
        BOARD,
    ),
    NavEntry(
        "Appeals", "membership.board_appeals", can.SIT_ON_BOARD, "membership.board_appeal", BOARD
    ),
    NavEntry(
        "Membership reviews",
        "membership.board_reviews",
        can.SIT_ON_BOARD,
        "membership.board_review",
        BOARD,
    ),
    NavEntry(
        "Title policy",
        "membership.board_policy",
        can.SIT_ON_BOARD,
        "membership.board_policy",
        BOARD,
    ),
    NavEntry(
        "Exceptions",
        "membership.board_exceptions",
        can.SIT_ON_BOARD,
        "membership.board_exceptions",
        BOARD,
    ),
    NavEntry(
        "Invitations",
        "membership.board_invitations",
        can.SIT_ON_BOARD,
        "membership.board_invitations",
        BOARD,
    ),
    NavEntry(
        "Board settings",
        "membership.board_settings",
        can.SIT_ON_BOARD,
        "membership.board_settings",
        BOARD,
    ),
    NavEntry(
        "Board history", "membership.board_audit", can.SIT_ON_BOARD, "membership.board_audit", BOARD
    ),
    NavEntry("House rules", "moderation.rules_edit", can.SIT_ON_BOARD, "moderation.rules_", BOARD),
    NavEntry(
        "Pitch policy", "moderation.pitch_policy", can.SIT_ON_BOARD, "moderation.pitch_", BOARD
    ),
    # The moderators' tools.
    NavEntry("Queue", "moderation.queue", can.MODERATE, "moderation.queue", MODERATION),
    NavEntry(
        "Members and sanctions",
        "moderation.queue_members",
        can.MODERATE,
        "moderation.queue_member",
        MODERATION,
    ),
    NavEntry(
        "Moderation log", "moderation.queue_log", can.MODERATE, "moderation.queue_l", MODERATION
    ),
    NavEntry(
        "Held contact requests",
        "accounts.held_requests",
        can.MODERATE,
        "accounts.held_requests",
        MODERATION,
    ),
    NavEntry("Admin", "admin.people", can.ADMINISTER, "admin."),
    # The account menu.
    NavEntry("Your profile", "accounts.profile", can.READ_FORUM, "accounts.profile", ACCOUNT, True),
    NavEntry(
        "Edit profile", "accounts.edit_profile", can.READ_FORUM, "accounts.edit_profile", ACCOUNT
    ),
    NavEntry("Bookmarks", "forum.bookmarks", can.READ_FORUM, "forum.bookmarks", ACCOUNT),
    NavEntry(
        "Notification settings",
        "accounts.notification_settings",
        can.READ_FORUM,
        "accounts.notification_settings",
        ACCOUNT,
    ),
    NavEntry("Account", "main.account", SIGNED_IN, "main.account", ACCOUNT),
    NavEntry("Your data", "accounts.your_data", SIGNED_IN, "accounts.your_data", ACCOUNT),
    NavEntry("Your standing", "moderation.standing", SIGNED_IN, "moderation.standing", ACCOUNT),
)


def _is_member(user) -> bool:
    return user.has_role("member") and user.membership_status in can.READING_STATUSES


def _shown_to(user, entry: NavEntry) -> bool:
    if entry.audience == SIGNED_IN:
        return True
    if entry.audience == NON_MEMBERS:
        return not _is_member(user)
    return can.may(user, entry.audience)


def _active_entry(entries: list[NavEntry], endpoint: str) -> NavEntry | None:
    matching = [entry for entry in entries if endpoint.startswith(entry.section)]
    return max(matching, key=lambda entry: len(entry.section), default=None)


def items_for(user) -> Navigation:
    if not user.is_authenticated:
        return Navigation()
    entries = [entry for entry in NAV if _shown_to(user, entry)]
    active = _active_entry(entries, request.endpoint or "")

    def item(entry: NavEntry) -> NavItem:
        values = {"user_id": user.id} if entry.own else {}
        current = entry is active and (
            not entry.own or (request.view_args or {}).get("user_id") == user.id
        )
        return NavItem(entry.label, url_for(entry.endpoint, **values), current)

    main: list[NavItem | NavGroup] = []
    groups: dict[str, list[NavItem]] = {}
    account: list[NavItem] = []
    for entry in entries:
        if entry.group == ACCOUNT:
            account.append(item(entry))
        elif entry.group is None:
            main.append(item(entry))
        else:
            if entry.group not in groups:
                groups[entry.group] = []
                main.append(entry.group)  # a placeholder, filled below
            groups[entry.group].append(item(entry))
    filled = tuple(
        NavGroup(part, tuple(groups[part])) if isinstance(part, str) else part for part in main
    )
    return Navigation(main=filled, account=tuple(account))
