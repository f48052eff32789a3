"""Moderation commands; community/cli.py puts COMMANDS in the `moderation` group."""

from __future__ import annotations

import json

import click
from flask.cli import with_appcontext

from community.moderation import model_versions
from community.unit_of_work import transaction


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


@click.command("train-pitch-model")
@with_appcontext
@click.option(
    "--without-moderators",
    is_flag=True,
    help="Train on the shipped corpus only, not on moderators' decisions.",
)
def train_pitch_model_command(without_moderators: bool) -> None:
    """Train a sales-pitch model from data/pitch/ plus every moderator decision on held and
    flagged posts; store it as a candidate version with its numbers (activation is separate)."""
    click.echo(json.dumps(train_candidate_version(without_moderators), ensure_ascii=False))


def train_candidate_version(without_moderators: bool = False) -> dict:
    """The one training path, for this command and the background task; returns its summary."""
    from community.moderation.pitch import corpus, training

    examples = corpus.training_examples()
    from_moderators = [] if without_moderators else model_versions.moderator_examples()
    model_bytes, metrics = training.train(examples + from_moderators, corpus.evaluation_sets())
    metrics["trained_on"]["from_moderators"] = len(from_moderators)
    with transaction():
        version = model_versions.store_version(model_bytes, metrics)
    return {
        "version": version.id,
        "status": version.status,
        "trained_on": metrics["trained_on"],
        "thresholds": metrics["thresholds"],
        "held_back": metrics["held_back"],
        "evaluation": {
            name: {
                label: result[label] for label in ("blatant", "subtle", "legit") if label in result
            }
            for name, result in metrics["evaluation"].items()
        },
    }


COMMANDS = (export_labels_command, train_pitch_model_command)
