"""How the pitch policy performs against moderators' decisions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from community.extensions import db
from community.moderation.models import (
    PitchLabel,
)

BUCKETS = {
    "held_rejected": "Held, and moderators found a pitch",
    "held_approved": "Held, but moderators found no pitch",
    "flagged_missed": "Published, flagged, and moderators found a pitch the policy missed",
    "flagged_allowed": "Published, flagged, and moderators found no pitch",
}


@dataclass
class PolicyPerformance:
    counts: dict[str, int]
    signals: list[tuple[str, int, int]]  # signal, on examples found a pitch, on examples not

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def precision(self) -> float | None:
        """Of the posts the policy held, the share moderators found to be pitches."""
        held = self.counts["held_rejected"] + self.counts["held_approved"]
        return self.counts["held_rejected"] / held if held else None

    @property
    def recall(self) -> float | None:
        """Of the pitches moderators found, the share the policy had held."""
        pitches = self.counts["held_rejected"] + self.counts["flagged_missed"]
        return self.counts["held_rejected"] / pitches if pitches else None


def _bucket_condition(bucket: str):
    source, outcome = bucket.split("_")
    return (PitchLabel.source == source) & (
        PitchLabel.is_pitch.is_(outcome in ("rejected", "missed"))
    )


def policy_performance(signal_sample: int = 500) -> PolicyPerformance:
    """Counts by bucket over the labels that count, and which signals fire on which side."""
    counts = dict.fromkeys(BUCKETS, 0)
    rows = db.session.execute(
        select(PitchLabel.source, PitchLabel.is_pitch, func.count())
        .where(PitchLabel.retired_at.is_(None))
        .group_by(PitchLabel.source, PitchLabel.is_pitch)
    ).all()
    for source, is_pitch, number in rows:
        outcome = {
            ("held", True): "held_rejected",
            ("held", False): "held_approved",
            ("flagged", True): "flagged_missed",
            ("flagged", False): "flagged_allowed",
        }[(source, bool(is_pitch))]
        counts[outcome] = number
    # Signals on the most recent held examples: which ones lead to wrong holds.
    tally: dict[str, list[int]] = {}
    for is_pitch, reasons in db.session.execute(
        select(PitchLabel.is_pitch, PitchLabel.reasons)
        .where(PitchLabel.retired_at.is_(None), PitchLabel.source == "held")
        .order_by(PitchLabel.decided_at.desc())
        .limit(signal_sample)
    ):
        for signal in {reason.get("signal", "?") for reason in reasons or ()}:
            tally.setdefault(signal, [0, 0])[0 if is_pitch else 1] += 1
    signals = sorted(
        ((signal, hit, miss) for signal, (hit, miss) in tally.items()),
        key=lambda row: (-row[2], -row[1], row[0]),
    )
    return PolicyPerformance(counts=counts, signals=signals)


def labels_query(bucket: str | None = None):
    """The labelled examples that count, newest first, optionally in one bucket."""
    query = select(PitchLabel).where(PitchLabel.retired_at.is_(None))
    if bucket in BUCKETS:
        query = query.where(_bucket_condition(bucket))
    return query.order_by(PitchLabel.decided_at.desc(), PitchLabel.id.desc())
