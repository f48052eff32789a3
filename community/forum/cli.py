"""Forum commands: digests, benchmark data, and index maintenance. community/cli.py puts them
in their groups (`notify send-digests`, `demo generate`, `forum reindex`, `forum recount`)."""

from __future__ import annotations

import click
from flask.cli import AppGroup, with_appcontext

forum = AppGroup("forum", help="Forum maintenance: search index and counters.")


@click.command("send-digests")
@with_appcontext
@click.option(
    "--frequency",
    type=click.Choice(["daily", "weekly", "all"]),
    default="all",
    show_default=True,
    help="Which digests to consider.",
)
def send_digests_command(frequency: str) -> None:
    """Queue the daily and weekly digests that are due (run it hourly or daily from cron).

    Each notification goes into one digest at most, however often this runs.
    """
    from community.forum.notifications import DIGEST_FREQUENCIES, send_digests

    frequencies = DIGEST_FREQUENCIES if frequency == "all" else (frequency,)
    report = send_digests(frequencies=frequencies)
    click.echo(str(report))


@forum.command("reindex")
def reindex_command() -> None:
    """Rebuild the search index from the published posts."""
    from community.extensions import db
    from community.forum import search
    from community.unit_of_work import transaction

    with transaction():
        search.install(db.session.connection())
        count = search.rebuild(db.session)
    click.echo(f"Indexed {count} posts.")


@forum.command("recount")
def recount_command() -> None:
    """Recompute the reply and post counters of every thread and category."""
    from sqlalchemy import select

    from community.extensions import db
    from community.forum import services
    from community.forum.models import Category, Thread
    from community.unit_of_work import transaction

    with transaction():
        thread_ids = list(db.session.scalars(select(Thread.id)))
        for start in range(0, len(thread_ids), 500):
            services.refresh_thread_stats(thread_ids[start : start + 500])
        services.refresh_category_stats(db.session.scalars(select(Category.id)))
    click.echo(f"Recounted {len(thread_ids)} threads.")
