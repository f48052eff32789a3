"""Names shared by the export and the deletion."""

from __future__ import annotations

USERS = "users"


ERASED = "[erased]"


FORMER_MEMBER = "Former member"


# Keys in audit before/after JSON (at any depth) whose values are personal data.
PERSONAL_KEYS = frozenset(
    {
        "name", "email", "email_address", "address", "to", "to_address", "subject", "sub",
        "photo_url", "picture", "locale", "job_title", "title", "new_title", "old_title",
        "previous_title", "company", "new_company", "old_company", "previous_company", "bio",
        "note", "body", "text", "message", "statement", "reply", "linkedin_url", "expertise",
        "invitee_email", "invitee_name", "display_name",
    }
)  # fmt: skip
