"""One piece of evidence found in a post."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    signal: str
    weight: float
    text: str
    span: str
