"""Pitch model versions in the database: stored as candidates, one active at a time, used by
assess_post when active."""

from __future__ import annotations

import json

import pytest

from community.extensions import db
from community.moderation import model_versions, services
from community.moderation.pitch import assess_post, corpus, current_model, training
from community.moderation.pitch import model as pitch_model

from .conftest import PITCH_BODY, PITCH_TITLE


@pytest.fixture(scope="module")
def small_model() -> tuple[bytes, dict]:
    examples = corpus.by_source(corpus.training_examples(), "set_a", "set_b")
    return training.train(examples)


@pytest.fixture(autouse=True)
def fresh_cache():
    model_versions.forget_cached_model()
    yield
    model_versions.forget_cached_model()


def test_a_stored_version_is_a_candidate_with_its_numbers(app, small_model):
    model_bytes, metrics = small_model
    version = model_versions.store_version(model_bytes, metrics)
    db.session.commit()
    assert version.status == "candidate"
    assert version.metrics["trained_on"]["posts"] == 120
    assert model_versions.active_version() is None


def test_unloadable_bytes_are_refused(app):
    with pytest.raises(model_versions.ModelVersionUnusable):
        model_versions.store_version(b"not a model", {})


def test_activating_a_version_retires_the_previous_one(app, small_model):
    first = model_versions.store_version(*small_model)
    second = model_versions.store_version(*small_model)
    model_versions.activate_version(first.id)
    model_versions.activate_version(second.id)
    db.session.commit()
    assert (first.status, second.status) == ("retired", "active")
    assert model_versions.active_version() == second
    assert first.retired_at is not None and second.activated_at is not None


def test_activating_a_missing_version_is_an_error(app):
    with pytest.raises(model_versions.ModelVersionNotFound):
        model_versions.activate_version(999)


def test_assess_post_uses_the_active_version_and_falls_back_to_the_file(app, small_model):
    shipped = pitch_model.load()
    assert current_model() is shipped
    version = model_versions.store_version(*small_model)
    model_versions.activate_version(version.id)
    db.session.commit()
    active = current_model()
    assert active is not shipped
    assert active.meta["trained_on"]["posts"] == 120
    assert assess_post(PITCH_TITLE, PITCH_BODY).verdict == "hold"
    model_versions.retire_version(version.id)
    db.session.commit()
    assert current_model() is shipped


def test_moderators_decisions_become_training_examples(app, mod, held_post):
    services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    [example] = model_versions.moderator_examples()
    assert example.label == "pitch" and example.is_pitch
    assert (example.title, example.body) == (PITCH_TITLE, PITCH_BODY)
    assert example.source == "moderators_held"


def test_train_pitch_model_stores_a_candidate_with_its_numbers(runner, mod, held_post):
    services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    result = runner.invoke(args=["moderation", "train-pitch-model"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.splitlines()[-1])
    assert summary["status"] == "candidate"
    assert summary["trained_on"]["from_moderators"] == 1
    assert summary["trained_on"]["posts"] == len(corpus.training_examples()) + 1
    assert {"untuned_eval_1", "untuned_eval_2"} <= set(summary["evaluation"])
    version = db.session.get(model_versions.PitchModelVersion, summary["version"])
    assert version.status == "candidate"
    assert version.metrics["held_back"]["posts"] > 0
    assert model_versions.active_version() is None
