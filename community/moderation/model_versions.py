"""Versions of the sales-pitch model: trained from the shipped corpus and moderators' decisions,
stored in the database as skops bytes with their measurements, and activated one at a time.

A new version is a `candidate`. Activation (a board decision, wired by the proposals workflow)
makes it `active` and retires the previous one. assess_post uses the active version when there is
one, else the model file shipped with the code. These functions change the session and flush;
the caller owns the transaction (they never commit).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, LargeBinary, String, select
from sqlalchemy.orm import Mapped, mapped_column

from community.db_types import UTCDateTime, enum_check, utcnow
from community.errors import DomainError
from community.extensions import db
from community.moderation.pitch import corpus, use_model_source
from community.moderation.pitch import model as pitch_model

VERSION_STATUSES = ("candidate", "active", "retired")
# How long a worker trusts its idea of which version is active before asking the database again.
CHECK_EVERY_SECONDS = 30.0


class PitchModelVersion(db.Model):
    """One trained sales-pitch model: its skops bytes, its numbers and where it stands."""

    __tablename__ = "pitch_model_versions"
    __table_args__ = (
        CheckConstraint(enum_check("status", VERSION_STATUSES), name="status"),
        # The lookup on every post: which version is active.
        Index("ix_pitch_model_versions_status", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    model: Mapped[bytes] = mapped_column(LargeBinary)
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="candidate")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ModelVersionNotFound(DomainError):
    pass


class ModelVersionUnusable(DomainError):
    pass


# --- Storing and activating -----------------------------------------------------------------------


def store_version(model_bytes: bytes, metrics: dict, created_by=None) -> PitchModelVersion:
    """Keep a trained model as a candidate version (checked to load with the trusted types)."""
    _check_loadable(model_bytes)
    version = PitchModelVersion(
        model=model_bytes,
        metrics=metrics,
        status="candidate",
        created_by_id=getattr(created_by, "id", None),
    )
    db.session.add(version)
    db.session.flush()
    return version


def activate_version(version_id: int) -> PitchModelVersion:
    """Make `version_id` the model that scores posts; the previously active one is retired."""
    version = _get(version_id)
    if version.status == "active":
        return version
    _check_loadable(version.model)
    now = utcnow()
    for previous in db.session.scalars(
        select(PitchModelVersion).where(PitchModelVersion.status == "active")
    ):
        previous.status, previous.retired_at = "retired", now
    version.status, version.activated_at, version.retired_at = "active", now, None
    db.session.flush()
    forget_cached_model()
    return version


def retire_version(version_id: int) -> PitchModelVersion:
    """Stop using a version; with no active version the shipped model file scores posts."""
    version = _get(version_id)
    if version.status != "retired":
        version.status, version.retired_at = "retired", utcnow()
        db.session.flush()
        forget_cached_model()
    return version


def active_version() -> PitchModelVersion | None:
    return db.session.scalar(
        select(PitchModelVersion)
        .where(PitchModelVersion.status == "active")
        .order_by(PitchModelVersion.id.desc())
        .limit(1)
    )


def versions() -> list[PitchModelVersion]:
    """Every version, newest first (the model bytes are loaded only when read)."""
    return list(db.session.scalars(select(PitchModelVersion).order_by(PitchModelVersion.id.desc())))


# --- Training examples from moderators ------------------------------------------------------------


def moderator_examples() -> list[corpus.Example]:
    """Every moderator decision on a held or flagged post that still stands, as an example."""
    from community.moderation.services import labels_query

    return [
        corpus.Example(
            title=label.title or "",
            body=label.body or "",
            label="pitch" if label.is_pitch else "legit",
            lang="",
            kind="moderator_decision",
            source=f"moderators_{label.source}",
        )
        for label in db.session.scalars(labels_query().execution_options(yield_per=500))
    ]


# --- The model that scores posts ------------------------------------------------------------------

_cached: dict[str, Any] = {"checked": float("-inf"), "id": None, "model": None}


def active_model() -> pitch_model.Model | None:
    """The active version's model, else the shipped file; asks the database at most every
    CHECK_EVERY_SECONDS, and never fails a post (outside an app, or before the migration ran)."""
    from flask import has_app_context

    if not has_app_context():
        return pitch_model.load()
    now = time.monotonic()
    if now - _cached["checked"] >= CHECK_EVERY_SECONDS:
        _cached["checked"] = now
        try:
            version_id = db.session.scalar(
                select(PitchModelVersion.id)
                .where(PitchModelVersion.status == "active")
                .order_by(PitchModelVersion.id.desc())
                .limit(1)
            )
            if version_id != _cached["id"]:
                model = None
                if version_id is not None:
                    data = db.session.scalar(
                        select(PitchModelVersion.model).where(PitchModelVersion.id == version_id)
                    )
                    model = pitch_model.loads(data)
                _cached["id"], _cached["model"] = version_id, model
        except Exception:  # no table yet, or a version that will not load: use the file
            _cached["id"], _cached["model"] = None, None
    return _cached["model"] or pitch_model.load()


def forget_cached_model() -> None:
    _cached["checked"], _cached["id"], _cached["model"] = float("-inf"), None, None


def install() -> None:
    """Let assess_post score with the active version (called when the app registers commands)."""
    use_model_source(active_model)


def _get(version_id: int) -> PitchModelVersion:
    version = db.session.get(PitchModelVersion, version_id)
    if version is None:
        raise ModelVersionNotFound(f"There is no pitch model version {version_id}.")
    return version


def _check_loadable(model_bytes: bytes) -> None:
    try:
        pitch_model.loads(model_bytes)
    except Exception as error:
        raise ModelVersionUnusable(f"The model does not load: {error}") from error
