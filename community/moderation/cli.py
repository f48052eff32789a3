"""Moderation commands; community/cli.py puts COMMANDS in the `moderation` group."""

from __future__ import annotations

import json

import click
from flask.cli import with_appcontext


@click.command("export-labels")
@with_appcontext
def export_labels_command() -> None:
    """Moderators' decisions as JSON lines {"title", "body", "is_pitch", "source", "verdict",
    "score"}: the labelled examples to tune the pitch policy against."""
    from community.extensions import db
    from community.moderation.services import labels_query

    for label in db.session.scalars(labels_query().execution_options(yield_per=500)):
        click.echo(
            json.dumps(
                {
                    "title": label.title,
                    "body": label.body,
                    "is_pitch": label.is_pitch,
                    "source": label.source,
                    "verdict": label.verdict,
                    "score": label.score,
                },
                ensure_ascii=False,
            )
        )


COMMANDS = (export_labels_command,)
