"""Moderation commands, attached to the `moderation` group of community/cli.py."""

from __future__ import annotations

import json

import click

from community.cli import moderation


@moderation.command("export-labels")
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
