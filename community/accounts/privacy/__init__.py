"""Your data: export everything held about a person, and erase it when they delete their account.

Both walk the SQLAlchemy metadata rather than a list of models, so a table that a feature adds
later is exported and erased without anyone remembering to come back here:

- every table with a foreign key to users.id is part of the export (rows where any such column
  is the person), showing other people only as the interface shows them to the person;
- on deletion, a row that references the person through a foreign key declared ON DELETE CASCADE
  belongs to them and is deleted (with the rows that cascade from it); a row that references them
  through ON DELETE SET NULL records something they did to someone else's item (a vote, a
  decision) and is kept, still pointing at the emptied user row, which now reads "Former member";
- forum content follows the person's choice (deleted, or kept under "Former member");
- the audit trail keeps every event but its before/after values for personal fields are erased;
- finally every text column of every table is swept for the person's name, email and sign-in
  subject, which are replaced where anyone else's words or mail still mention them.

The member's request only marks the account deleted (`request_deletion`); the sweep, which
walks every table, runs on the task queue (`community.tasks.sweep_deleted_account`)."""

from __future__ import annotations

from community.accounts.privacy.common import (
    ERASED,
    FORMER_MEMBER,
    PERSONAL_KEYS,
    USERS,
)
from community.accounts.privacy.deletion import (  # noqa: F401  (re-exported)
    CONTENT_HANDLERS,
    ENCODINGS,
    ERASED_MAIL,
    OWN_WORDS_MIN,
    POST_CHOICES,
    ContentHandler,
    Erasure,
    _delete_mail_to,
    _delete_owned_rows,
    _empty_user,
    _erase_mail_about,
    _escape_like,
    _handles_of,
    _needles,
    _own_words,
    _reindex_forum,
    _revoke_invitations,
    _scrub_records,
    _swept,
    content_handler,
    delete_account,
    delete_rows,
    encoded_forms,
    record_tables,
    request_deletion,
    scrub_personal,
    sweep_account,
    sweep_text,
    unswept_deletions,
)
from community.accounts.privacy.export import (  # noqa: F401  (re-exported)
    HIDDEN_ACTIONS,
    ROW_VIEWS,
    SHOWN_PEOPLE,
    UNSEEN_BY_RECIPIENT,
    _as_seen_by,
    _contact_request_view,
    _plain,
    _row,
    _row_filters,
    export_data,
    export_json,
)
from community.accounts.privacy.forum_content import (
    DELETED_THREAD_TITLE,
    erase_forum_content,
)
from community.accounts.privacy.schema import (  # noqa: F401  (re-exported)
    _references_to,
    text_columns,
    user_references,
)

__all__ = [
    "CONTENT_HANDLERS",
    "DELETED_THREAD_TITLE",
    "ENCODINGS",
    "ERASED",
    "ERASED_MAIL",
    "FORMER_MEMBER",
    "HIDDEN_ACTIONS",
    "OWN_WORDS_MIN",
    "PERSONAL_KEYS",
    "POST_CHOICES",
    "ROW_VIEWS",
    "SHOWN_PEOPLE",
    "UNSEEN_BY_RECIPIENT",
    "USERS",
    "ContentHandler",
    "Erasure",
    "content_handler",
    "delete_account",
    "delete_rows",
    "encoded_forms",
    "erase_forum_content",
    "export_data",
    "export_json",
    "record_tables",
    "request_deletion",
    "scrub_personal",
    "sweep_account",
    "sweep_text",
    "text_columns",
    "unswept_deletions",
    "user_references",
]
