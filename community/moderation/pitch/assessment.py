"""assess_post: the rules and the model together, and the verdict a member sees."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import model as pitch_model
from .evidence import RuleEvidence, rule_evidence
from .normalise import normalise
from .situation import PostContext

HOLD_THRESHOLD: float = 0.5
# A post weighed up by its situation (a vendor's own link, a first post) needs less of the model.
_WEIGHED_UP_MARGIN = 0.1


@dataclass(frozen=True)
class PitchReason:
    signal: str
    text: str
    span: str


@dataclass(frozen=True)
class PitchAssessment:
    verdict: str
    score: float
    reasons: tuple[PitchReason, ...]

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "reasons": [
                {"signal": reason.signal, "text": reason.text, "span": reason.span}
                for reason in self.reasons
            ],
        }


# Which model scores posts: the active version from the database when the app has registered one,
# else the file shipped with the code. Set by community.moderation.model_versions.
_model_source: Callable[[], pitch_model.Model | None] = pitch_model.load


def use_model_source(source: Callable[[], pitch_model.Model | None] | None) -> None:
    """Let the app supply the model (the active database version); None restores the file."""
    global _model_source
    _model_source = source or pitch_model.load


def current_model() -> pitch_model.Model | None:
    try:
        return _model_source()
    except Exception:  # a broken stored version must never stop posting; the file still works
        return pitch_model.load()


def assess_post(
    title: str,
    body: str,
    *,
    author_domains: Iterable[str] = (),
    context: PostContext | None = None,
) -> PitchAssessment:
    """Score a thread, reply or contact request against the sales-pitch policy."""
    evidence = rule_evidence(title, body, author_domains=author_domains, context=context)
    return combine(evidence, current_model())


def combine(evidence: RuleEvidence, model: pitch_model.Model | None) -> PitchAssessment:
    """The verdict from the rules' evidence and the model (a rule hold always holds)."""
    reasons = [
        PitchReason(finding.signal, finding.text, finding.span)
        for finding in sorted(evidence.findings, key=lambda finding: -finding.weight)
    ]
    score = evidence.score
    if model is not None and evidence.model_text.strip():
        result = model.score(evidence.model_text, evidence.features())
        threshold = model.dampened_threshold if evidence.dampened else model.threshold
        if evidence.weighs_more and not evidence.dampened:
            threshold = max(0.5, threshold - _WEIGHED_UP_MARGIN)
        model_score = _model_score(result.probability, threshold)
        if result.words < pitch_model.MIN_MODEL_WORDS:
            model_score = min(model_score, HOLD_THRESHOLD - 0.001)
        if model_score >= HOLD_THRESHOLD:
            reason = _sales_language_reason(evidence, result.phrases)
            if reason is None:
                # Nothing in the post's own words to show the author: the model alone can't hold.
                model_score = min(model_score, HOLD_THRESHOLD - 0.001)
            elif score >= HOLD_THRESHOLD:
                reasons.append(reason)
            else:
                reasons.insert(0, reason)
        score = max(score, model_score)
    verdict = "hold" if score >= HOLD_THRESHOLD else "allow"
    return PitchAssessment(verdict=verdict, score=score, reasons=tuple(reasons))


def _model_score(probability: float, threshold: float) -> float:
    """Map the model's probability onto the score scale so that `threshold` lands on
    HOLD_THRESHOLD; rounded down, so that rounding never turns an allow into a hold."""
    if probability < threshold:
        mapped = HOLD_THRESHOLD * probability / threshold
    else:
        mapped = HOLD_THRESHOLD + (1 - HOLD_THRESHOLD) * (probability - threshold) / (1 - threshold)
    return math.floor(min(max(mapped, 0.0), 1.0) * 1000) / 1000


def _sales_language_reason(
    evidence: RuleEvidence, phrases: tuple[tuple[float, tuple[int, int]], ...]
) -> PitchReason | None:
    normalised = normalise(evidence.original)
    limit = len(evidence.text)
    quoted = []
    for _, (start, end) in phrases:
        if end > limit:  # words of a link target, not of the post's text
            continue
        phrase = " ".join(normalised.original_span(start, end).split())
        if phrase:
            quoted.append(phrase)
    if not quoted:
        return None
    listed = ", ".join(f"“{phrase}”" for phrase in quoted)
    return PitchReason(
        "sales_language",
        f"Reads like a sales pitch overall: wording such as {listed} is typical of posts that "
        "sell a product or service.",
        quoted[0],
    )
