"""The contract: assess_title(title, policy) -> TitleAssessment."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from . import rules  # noqa: F401  (importing the rules registers them, in order)
from .combine import apply_policy_patterns, decide, explain, read_headline
from .policy import DEFAULT_POLICY, Policy
from .text import MAX_TITLE_CHARS, normalise


@dataclass(frozen=True)
class TitleAssessment:
    title: str
    level: str
    eligibility: str
    rule: str
    explanation: str

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "level": self.level,
            "eligibility": self.eligibility,
            "rule": self.rule,
            "explanation": self.explanation,
        }


def assess_title(title: str, policy: Policy | None = None) -> TitleAssessment:
    """Assess one title against the policy (the board's default when none is given)."""
    policy = policy or DEFAULT_POLICY
    title = "" if title is None else str(title)
    # Only the first MAX_TITLE_CHARS characters are read, by the rules and by the board's
    # patterns alike, so no input can make an assessment slow.
    source = unicodedata.normalize("NFC", title)[:MAX_TITLE_CHARS]
    text = normalise(source)
    readings = read_headline(text, policy)
    decision = decide(readings, policy)
    level, eligibility, rule, explanation = explain(decision, readings, text, policy)
    level, eligibility, rule, explanation = apply_policy_patterns(
        source, text, policy, level, eligibility, rule, explanation
    )
    return TitleAssessment(title, level, eligibility, rule, explanation)
