"""Peer Circle: an invitation-only discussion forum for senior executives.

Nothing Flask-related is imported at module level, so the pure domain modules
(community.membership.titles, community.moderation.pitch) import without Flask.
"""


def create_app(config: dict | None = None):
    """Build the application; `config` overrides settings (tests pass their own)."""
    from community.app import build_app

    return build_app(config)
