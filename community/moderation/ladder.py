"""The sanctions ladder: how many upheld pitches in a window lead to which sanction.

Pure Python (no Flask, no database), so the rule is read and tested in one place. The ladder is
configuration (`MODERATION_LADDER`, `MODERATION_LADDER_WINDOW_DAYS`), given as steps such as
`{"strikes": 2, "kind": "posting_suspension", "days": 7}`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

KINDS = ("warning", "posting_suspension", "full_suspension")
DEFAULT_WINDOW_DAYS = 90


@dataclass(frozen=True)
class LadderStep:
    strikes: int  # the number of upheld pitches within the window that reach this step
    kind: str  # one of KINDS
    days: int  # how long the sanction lasts

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown sanction {self.kind!r}; use one of {', '.join(KINDS)}.")
        if self.strikes < 1 or self.days < 1:
            raise ValueError("A ladder step needs at least one strike and at least one day.")


# A first upheld pitch is a warning (a strike that counts for the window); the second within
# 90 days suspends posting for 7 days. Later ones repeat the last step.
DEFAULT_LADDER = (
    LadderStep(strikes=1, kind="warning", days=DEFAULT_WINDOW_DAYS),
    LadderStep(strikes=2, kind="posting_suspension", days=7),
)


def parse_ladder(steps: Iterable[LadderStep | Mapping] | None) -> tuple[LadderStep, ...]:
    """Steps from configuration (LadderStep objects or dicts), ordered by strikes."""
    if not steps:
        return DEFAULT_LADDER
    parsed = [
        step
        if isinstance(step, LadderStep)
        else LadderStep(int(step["strikes"]), str(step["kind"]), int(step["days"]))
        for step in steps
    ]
    counts = [step.strikes for step in parsed]
    if len(set(counts)) != len(counts):
        raise ValueError("Two ladder steps have the same number of strikes.")
    return tuple(sorted(parsed, key=lambda step: step.strikes))


def step_for(
    upheld_pitches: int, ladder: Iterable[LadderStep] = DEFAULT_LADDER
) -> LadderStep | None:
    """The step reached by this many upheld pitches in the window (the highest one not above it)."""
    reached = None
    for step in sorted(ladder, key=lambda s: s.strikes):
        if step.strikes <= upheld_pitches:
            reached = step
    return reached
