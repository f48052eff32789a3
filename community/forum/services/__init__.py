"""Forum services: posting, editing, deleting, moderation transitions, subscriptions, reading
state and polls. Each public function checks the actor's right (community.standing), changes
state, keeps the denormalised counters and the search index right, writes the audit record and
publishes what happened (community.events), in one unit of work (community.unit_of_work).

The moderation feature builds on the transitions: `publish_held_post`, `hide_post`,
`restore_post`, `set_pinned`, `set_locked`, `move_thread`, `hold_post`, `moderator_edit_post`.
Callers import this package; the modules are split by responsibility."""

from __future__ import annotations

from community.forum.services.access import (
    CATEGORY_MODERATORS,
    author_domains,
    can_read,
    ensure_can_participate,
    ensure_can_post,
    ensure_can_read,
    ensure_moderator,
    ensure_moderator_of,
    get_category,
    get_post,
    get_thread,
    is_moderator,
    may_see_post,
    may_see_thread,
)
from community.forum.services.categories import (  # noqa: F401  (re-exported)
    _category_fields,
    _slug_taken,
    create_category,
    delete_category,
    update_category,
)
from community.forum.services.common import (
    BODY_MAX,
    POLL_OPTIONS_MAX,
    POLL_OPTIONS_MIN,
    REASON_MAX,
    TITLE_MAX,
    TITLE_MIN,
    HouseRulesNotAccepted,
)
from community.forum.services.counters import (  # noqa: F401  (re-exported)
    _refresh_counts,
    refresh_category_stats,
    refresh_thread_stats,
)
from community.forum.services.handles import (  # noqa: F401  (re-exported)
    _record_new_mentions,
    ensure_handle,
    resolve_mentions,
)
from community.forum.services.polls import (
    vote,
)
from community.forum.services.posting import (  # noqa: F401  (re-exported)
    PollDraft,
    _assess,
    _audit_status,
    _guarded_status,
    _index,
    _publish,
    _reasons_text,
    _withdraw,
    delete_post,
    edit_post,
    ensure_thread_open,
    parse_poll,
    quote_text,
    reply,
    start_thread,
)
from community.forum.services.reading import (  # noqa: F401  (re-exported)
    _READING_UPSERTS,
    _auto_subscribe,
    _dialect_insert,
    _reading_upsert,
    _record_reading,
    first_unread_number,
    mark_read,
    page_of,
    set_subscription,
)
from community.forum.services.text import (  # noqa: F401  (re-exported)
    _text,
    clean_body,
    clean_reason,
    clean_title,
    slugify,
)
from community.forum.services.transitions import (  # noqa: F401  (re-exported)
    _thread_flag,
    hide_post,
    hold_post,
    moderator_edit_post,
    move_thread,
    publish_held_post,
    restore_post,
    set_locked,
    set_pinned,
)

__all__ = [
    "BODY_MAX",
    "CATEGORY_MODERATORS",
    "POLL_OPTIONS_MAX",
    "POLL_OPTIONS_MIN",
    "REASON_MAX",
    "TITLE_MAX",
    "TITLE_MIN",
    "HouseRulesNotAccepted",
    "PollDraft",
    "author_domains",
    "can_read",
    "clean_body",
    "clean_reason",
    "clean_title",
    "create_category",
    "delete_category",
    "delete_post",
    "edit_post",
    "ensure_can_participate",
    "ensure_can_post",
    "ensure_can_read",
    "ensure_handle",
    "ensure_moderator",
    "ensure_moderator_of",
    "ensure_thread_open",
    "first_unread_number",
    "get_category",
    "get_post",
    "get_thread",
    "hide_post",
    "hold_post",
    "is_moderator",
    "mark_read",
    "may_see_post",
    "may_see_thread",
    "moderator_edit_post",
    "move_thread",
    "page_of",
    "parse_poll",
    "publish_held_post",
    "quote_text",
    "refresh_category_stats",
    "refresh_thread_stats",
    "reply",
    "resolve_mentions",
    "restore_post",
    "set_locked",
    "set_pinned",
    "set_subscription",
    "slugify",
    "start_thread",
    "update_category",
    "vote",
]
