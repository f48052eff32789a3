"""Who handles what: the one table of event handlers, installed by the app factory.

Read it to see how the features talk: each row is "when this happens, these run", in order,
inside the unit of work of the change that published the event.
"""

from __future__ import annotations

from community import events
from community.chapters import services as chapters
from community.forum import notifications
from community.forum import services as forum
from community.moderation import model_versions
from community.tasks import definitions as tasks

HANDLERS: dict[type[events.Event], list[events.Handler]] = {
    events.PostPublished: [notifications.on_post_published],
    events.PostWithdrawn: [notifications.on_post_withdrawn],
    events.ThreadSeen: [notifications.on_thread_seen],
    events.AccountDeleted: [tasks.on_account_deleted],
    events.MailQueued: [tasks.on_mail_queued],
}


def install() -> None:
    events.configure(HANDLERS)
    # Chapter leads hide, pin and lock inside their own chapter's space (and nowhere else).
    forum.CATEGORY_MODERATORS[:] = [chapters.leads_moderate]
    # The pitch check scores with the board's active model version when there is one.
    model_versions.install()
