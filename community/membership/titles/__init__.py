"""Read an applicant's job title the way the board would, and say whether it meets the policy.

Why: the board admits Director level and above (shared/membership-policy.md) and must apply that
rule the same way to every applicant, in any of the languages members write their titles in.
This package does the reading; the board keeps the last word through the Policy (minimum level,
its own allow and deny patterns, levels it always reviews) and through review itself.

Pure Python: nothing here imports Flask or the database, so the CLI, the services and the tests
share one engine. `assess_title(title, policy=None) -> TitleAssessment` (level, eligibility, rule,
explanation) is the contract; the import path `community.membership.titles` is too.

The engine is a short pipeline of named, ordered steps rather than one large expression:

1. normalise (text.py): Unicode, case, accents (matched without them), dotted abbreviations,
   separators; only the first MAX_TITLE_CHARS characters are read;
2. split the headline into segments at hard separators ("|", "•", "·", ";", dashes, emoji);
3. read each segment with ordered rules (rules/); each rule that fires masks the words it read,
   so a later, more general rule cannot read them again ("Executive Assistant to the CEO" is read
   once, as an assistant, and never again as "CEO"):
   a. context (rules/context.py): assistants bound to an executive, company names after "at";
   b. markers (rules/markers.py) that bind to the role next to them: ambitions ("Aspiring"),
      former roles ("Former", "Retired"), fractional work ("Fractional", "Part-time");
   c. references (rules/references.py): executives named as someone else ("Helping CEOs",
      "the CEO's office") or as a name ("CFO Dive", "VP Bank", "Head & Shoulders");
   d. traps (rules/traps.py): senior-looking words used for something else ("Account
      Executive", "Art Director", "Head Chef", "Partner Manager", "Principal Engineer");
   e. review patterns and modifiers (rules/review.py): "Founder", "General Manager", "Deputy",
      "Associate VP", public-sector and academic ranks;
   f. levels (rules/ranks.py): C-level, owner or partner, VP, director, manager, individual
      contributor, training, unpaid;
4. the lower role wins (combine.py): an executive reading never overrides an assistant's title
   next to it, and an executive word inside a name after a lower role goes to review;
5. combine the readings: an eligible current role wins, then anything needing review, then the
   strongest ineligible role, then stated ambitions; nothing read means review (or "empty" for
   junk). When in doubt the engine answers review, never eligible. The board's own patterns
   come last (policy.py), checked for catastrophic backtracking and run under a time limit.

Rules are written once. The words they look for live in one lexicon file per language
(lexicon/en.py, fr.py ...), each filling the same named slots; adding a language is one new file
plus its code in lexicon.LANGUAGES. Measurements of the engine and their history: docs/titles.md.
"""

from __future__ import annotations

from .engine import TitleAssessment, assess_title
from .levels import ELIGIBILITIES, LEVEL_LABELS, LEVEL_PHRASES, LEVELS, RANK
from .policy import (
    DEFAULT_POLICY,
    MAX_PATTERN_CHARS,
    POLICY_FIELDS,
    PatternTimeout,
    Policy,
    pattern_problem,
    validate_patterns,
)
from .text import MAX_TITLE_CHARS

__all__ = [
    "DEFAULT_POLICY",
    "ELIGIBILITIES",
    "LEVELS",
    "LEVEL_LABELS",
    "LEVEL_PHRASES",
    "MAX_PATTERN_CHARS",
    "MAX_TITLE_CHARS",
    "POLICY_FIELDS",
    "RANK",
    "PatternTimeout",
    "Policy",
    "TitleAssessment",
    "assess_title",
    "pattern_problem",
    "validate_patterns",
]
