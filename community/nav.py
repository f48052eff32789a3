"""Main navigation, filtered by the roles of the person looking at it."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request, url_for


@dataclass(frozen=True)
class NavEntry:
    label: str
    endpoint: str
    roles: tuple[str, ...]  # any of these; () means signed-in people without a member role
    # Endpoint prefix that marks the entry active, e.g. "forum." for every forum page.
    section: str


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    active: bool


NAV: list[NavEntry] = []


def register(label: str, endpoint: str, roles: tuple[str, ...], section: str | None = None) -> None:
    """Blueprints add their entries at import time, in the order they should appear."""
    NAV.append(NavEntry(label, endpoint, roles, section or endpoint.rsplit(".", 1)[0] + "."))


def items_for(user) -> list[NavItem]:
    if not user.is_authenticated:
        return []
    endpoint = request.endpoint or ""
    items = []
    for entry in NAV:
        if entry.roles and not user.has_role(*entry.roles):
            continue
        if not entry.roles and user.has_role("member"):
            continue
        items.append(
            NavItem(entry.label, url_for(entry.endpoint), endpoint.startswith(entry.section))
        )
    return items
