"""Sales-pitch policy: rules and a learned model score every post before it is published.

The forum exists so that executives can talk without being sold to. Each signal the rules find (a
booking link, "DM me", a price for one's own product...) adds evidence; context in the words (a
pricing question, a vendor comparison, lessons told in the past tense, "not selling anything") and
in the post's situation (a vendor's own link, a first post, a hiring post in a jobs category)
weighs it up or down; a model over the whole post catches pitches in words the rules do not list.
The post is held when the evidence passes HOLD_THRESHOLD. Held posts are never dropped; the author
sees the reasons, each a plain sentence with the words that triggered it.

Where things are: normalise (evasion tricks undone), rules (the rules, written once) and lexicon/
(their words, one file per language), links, situation (PostContext), evidence (the rules' score),
model and training (the learned half), assessment (the verdict). Measurements: docs/pitch.md.
"""

from .assessment import (
    HOLD_THRESHOLD,
    PitchAssessment,
    PitchReason,
    assess_post,
    current_model,
    use_model_source,
)
from .evidence import RuleEvidence, rule_evidence
from .situation import PostContext

__all__ = [
    "HOLD_THRESHOLD",
    "PitchAssessment",
    "PitchReason",
    "PostContext",
    "RuleEvidence",
    "assess_post",
    "current_model",
    "rule_evidence",
    "use_model_source",
]
