"""The forum's people and thread, for mail built from forum notifications."""

from tests.forum.conftest import author, category, member_factory, reader, thread  # noqa: F401
