"""Split the headline, read its segments, let the lower role win, combine and explain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .levels import LEVEL_LABELS, RANK
from .policy import PatternTimeout, Policy, search_policy_pattern
from .reader import (
    _AMBITION,
    _INELIGIBLE,
    _LOOKALIKE,
    _PHRASE_WORD,
    _REVIEW,
    _ROLE,
    _WEAK_REVIEW,
    _phrase_end,
    _Reader,
    _Reading,
)
from .rules.markers import _bind_one
from .rules.traps import _ORGANISATION_CONTEXT
from .text import _MASK, _Text
from .vocabulary import _EXEC_ACRONYMS, _EXEC_LIST, _FUNCTIONS, _NEUTRAL, _word_set

# --------------------------------------------------------------------------------------------
# Step 2 and 4: split the headline, read the segments, combine the readings
# --------------------------------------------------------------------------------------------

_TRAINING_LEVELS = ("training", "unpaid")


def read_headline(text: _Text, policy: Policy) -> list[_Reading]:
    reader = _Reader(text, policy)
    readings: list[_Reading] = []
    bare_markers: list[_Reading] = []
    bounds = []
    position = 0
    for segment in text.plain.split("|"):
        bounds.append((position, position + len(segment)))
        position += len(segment) + 1
    for index, (start, end) in enumerate(bounds):
        if not reader.has_words(start, end):
            continue
        reader.segment = (start, end)
        following = [b for b in bounds[index + 1 :] if reader.has_words(*b)]
        reader.next_segment = text.plain[slice(*following[0])] if following else ""
        found = reader.read(start, end)
        for reading in found:
            reading.segment = index
        # "VP Marketing (volunteer)", "Director, student society": the lower reading wins.
        if any(r.kind == _ROLE and r.level in _TRAINING_LEVELS for r in found):
            found = [_as_unpaid_seat(_as_conflict(reader, r)) for r in found]
        elif _ORGANISATION_CONTEXT.search(text.plain[start:end]):
            found = [_as_unpaid_seat(r) for r in found]
        if len(found) == 1 and found[0].marker and not reader.has_words(start, end):
            bare_markers.append(found[0])
        readings.extend(found)
    # A segment that is only "Retired" or "Part-time" speaks for the whole headline.
    for marker in bare_markers:
        readings = [
            _bind_one(reader, marker.marker, r, r.start, r.end)
            if r is not marker and r.kind in (_ROLE, _REVIEW) and r.segment != marker.segment
            else r
            for r in readings
        ]
    worded = [i for i, b in enumerate(bounds) if re.search(r"[^\W\d_]", text.plain[slice(*b)])]
    readings = _lower_role_wins(reader, readings, bounds, worded)
    for reading in readings:
        reading.quote = text.quote(reading.start, reading.end)
    return readings


# After an assistant's noun, these make it part of a name ("Director, Executive Assistant
# Program"), not the applicant's role.
_SUPPORT_AS_OBJECT = re.compile(
    r"^[\s-]+(?:programs?|programmes?|services?|network|teams?|pool|community|training|"
    r"development|agency|association|day|week|awards?|summit|conference|certification|courses?|"
    r"academy|recruit\w*|placements?|solutions?|relations|experience|success|operations)\b"
)
_BARE_EXECUTIVE = re.compile(r"^[\s,(]*(?:" + _EXEC_LIST + r")[\s,.)]*$")
_EXECUTIVE_WORDS = _word_set(
    """
    ceo cmo cfo coo cto cio cdo cco cso cpo chro cro ciso vp svp evp avp director directors head
    chief officer executive president chair chairman chairwoman partner principal founder md
    of the and de du la le del van der
    """
)


def _lower_role_wins(
    reader: _Reader, readings: list[_Reading], bounds: list[tuple[int, int]], worded: list[int]
) -> list[_Reading]:
    """An executive word must not override the applicant's own lower role next to it.

    - An assistant's title in the same segment ("Assistant, CEO", "CEO Executive Assistant",
      "Executive Assistant (CEO)"), or in the next segment when that one only names an executive
      ("Executive Assistant – CEO & Founder"): the executive is the person assisted, so the
      executive reading is dropped and the assistant's reading decides.
    - An assistant's title elsewhere in the headline: which title is the applicant's own is
      unclear, so the executive reading goes to review.
    - A lower role first, then an executive word followed by words that name no function
      ("Host, CEO Talks", "Sales Manager, CIO Review"): the executive word is probably part of
      a name, so review.
    """
    support = [
        r
        for r in readings
        if r.tag == "support"
        and r.kind == _ROLE
        and not _SUPPORT_AS_OBJECT.match(reader.text.plain[r.end : r.end + 40])
    ]
    kept: list[_Reading] = []
    for reading in readings:
        executive = reading.kind == _ROLE and reader.eligible_level(reading.level)
        if support and (executive or reading.kind == _REVIEW) and reading not in support:
            if any(r.segment == reading.segment for r in support):
                continue
            order = worded.index(reading.segment)
            bare = _BARE_EXECUTIVE.match(reader.text.plain[slice(*bounds[reading.segment])])
            near = any(abs(worded.index(r.segment) - order) == 1 for r in support)
            if bare and near:
                continue
        if not executive:
            kept.append(reading)
            continue
        if support:
            kept.append(_conflict(reading, "an executive title next to an assistant's title"))
            continue
        if _named_after_executive(reader, reading, readings, bounds[reading.segment][1]):
            kept.append(
                _conflict(reading, "an executive word after another role, perhaps in a name")
            )
            continue
        kept.append(reading)
    return kept


def _named_after_executive(
    reader: _Reader, reading: _Reading, readings: list[_Reading], segment_end: int
) -> bool:
    lower_first = any(
        r.kind == _ROLE
        and r.segment == reading.segment
        and r.end <= reading.start
        and not reader.eligible_level(r.level)
        and re.fullmatch(r"[\s,:(\x00-]*", reader.text.plain[r.end : reading.start])
        for r in readings
    )
    if not lower_first:
        return False
    end = _phrase_end(reader, reading.end, segment_end, 4)
    words = _PHRASE_WORD.findall(reader.text.plain[reading.start : end])
    words = [w for w in words if w not in _EXECUTIVE_WORDS and w not in _NEUTRAL]
    if words and _C_LEVEL_ACRONYM.fullmatch(reader.text.plain[reading.start : reading.end]):
        return True  # "Sales Executive, CFO Tech Media": a C-level acronym does not take a function
    return bool(words) and not any(w in _FUNCTIONS for w in words)


_C_LEVEL_ACRONYM = re.compile(r"(?:" + _EXEC_ACRONYMS + r")")


def _conflict(reading: _Reading, describe: str) -> _Reading:
    return _Reading(
        reading.start, reading.end, reading.level, _REVIEW, "review.conflicting_readings",
        describe, segment=reading.segment,
    )  # fmt: skip


def _as_unpaid_seat(reading: _Reading) -> _Reading:
    """A volunteer or honorary seat (a local charity's board, a parish fund's trustee) is unpaid."""
    if reading.rule not in ("review.board", "review.club_office"):
        return reading
    return _Reading(
        reading.start, reading.end, "unpaid", _ROLE, "level.unpaid",
        "a volunteer or honorary seat on a board or committee", segment=reading.segment,
    )  # fmt: skip


def _as_conflict(reader: _Reader, reading: _Reading) -> _Reading:
    if reading.kind != _ROLE or not reader.eligible_level(reading.level):
        return reading
    return _Reading(
        reading.start, reading.end, reading.level, _REVIEW, "review.conflicting_readings",
        "an executive title next to a student, trainee or volunteer role",
        segment=reading.segment,
    )  # fmt: skip


def _eligibility(reading: _Reading, policy: Policy) -> str:
    if reading.kind == _ROLE:
        if reading.level in policy.review_levels:
            return "review"
        if reading.level == "unknown":
            return "review"
        return "eligible" if RANK[reading.level] <= RANK[policy.minimum_level] else "ineligible"
    if reading.kind in (_REVIEW, _WEAK_REVIEW):
        return "review"
    if reading.level in policy.review_levels and reading.kind == _INELIGIBLE:
        return "review"
    return "ineligible"


@dataclass
class _Decision:
    reading: _Reading | None
    eligibility: str
    rule: str
    notes: list[_Reading] = field(default_factory=list)


def decide(readings: list[_Reading], policy: Policy) -> _Decision:
    for reading in readings:
        reading.eligibility = _eligibility(reading, policy)
        if reading.kind in (_ROLE, _INELIGIBLE) and reading.level in policy.review_levels:
            reading.rule = "policy.review_level"

    def tier(reading: _Reading) -> int:
        if reading.kind == _ROLE and reading.eligibility == "eligible":
            return 0
        if reading.kind in (_REVIEW,) or (
            reading.kind in (_ROLE, _INELIGIBLE) and reading.eligibility == "review"
        ):
            return 1
        if reading.kind in (_ROLE, _INELIGIBLE):
            return 2
        if reading.kind in (_AMBITION, _LOOKALIKE):
            return 3
        return 4

    if not readings:
        return _Decision(None, "", "")
    best = min(readings, key=lambda r: (tier(r), RANK[r.level], r.start))
    notes = [r for r in readings if r.kind == _AMBITION and r is not best]
    eligibility, rule = best.eligibility, best.rule
    if tier(best) == 0 and any(r.seeking for r in readings):
        eligibility, rule = "review", "review.open_to_work"
    return _Decision(best, eligibility, rule, notes)


def explain(
    decision: _Decision, readings: list[_Reading], text: _Text, policy: Policy
) -> tuple[str, str, str, str]:
    minimum = LEVEL_LABELS[policy.minimum_level]
    reading = decision.reading
    if reading is None:
        quote = text.source.strip()
        if _is_junk(text):
            if quote:
                return (
                    "unknown",
                    "ineligible",
                    "empty",
                    f'The title ("{_short(quote)}") is empty or is not a job title.',
                )
            return "unknown", "ineligible", "empty", "The title is empty."
        return (
            "unknown",
            "review",
            "review.unrecognised",
            f'No job title was recognised in "{_short(quote)}", so the board should look at the '
            f"profile.",
        )
    quote = _short(reading.quote or text.source.strip())
    rule = decision.rule
    if rule == "review.open_to_work":
        seeking = next(r for r in readings if r.seeking)
        sentence = (
            f'Reads as {reading.describe} ("{quote}") but also says "{_short(seeking.quote)}", '
            f"so the role may not be current"
        )
    elif reading.kind == _ROLE:
        verdict = {
            "eligible": f"which meets the minimum level ({minimum})",
            "review": "a level the board reviews case by case",
            "ineligible": (
                "not an executive role"
                if reading.rule.startswith(("trap.", "banking."))
                else f"which is below the minimum level ({minimum})"
            ),
        }[decision.eligibility]
        sentence = f'Reads as {reading.describe} ("{quote}"), {verdict}'
    elif reading.kind in (_REVIEW, _WEAK_REVIEW):
        sentence = f'Needs review: "{quote}" {_as_clause(reading.describe)}'
    elif reading.kind == _INELIGIBLE:
        sentence = f'Reads as {reading.describe} ("{quote}")'
    elif reading.kind == _AMBITION:
        sentence = (
            f'States {reading.describe} ("{quote}"), not a current role, and no current '
            f"executive role is given"
        )
    else:
        sentence = f'"{quote}" {reading.describe}'
    for note in decision.notes[:1] if rule != "review.open_to_work" else ():
        sentence += f'; "{_short(note.quote)}" states {note.describe}, not a current role'
    return reading.level, decision.eligibility, rule, sentence + "."


def _as_clause(describe: str) -> str:
    """Make a reading's description follow a quoted title: '"X" is a deputy title ...'."""
    if describe.startswith(("a ", "an ", '"', "the ")):
        return "is " + describe
    return describe


def _short(quote: str, limit: int = 80) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"


_PLACEHOLDERS = _word_set(
    """
    na n a none null nil tbd tba test testing xxx xx x asdf asdfgh asdfghjkl qwerty unknown
    nothing abc aaa foo bar foobar lorem ipsum notitle
    """
) | {"n a", "no title", "not applicable", "lorem ipsum", "job title"}


def _is_junk(text: _Text) -> bool:
    """Empty, punctuation, digits, emoji, or a placeholder such as "n/a"."""
    words = re.findall(r"[^\W\d_]+", text.plain)
    if not words:
        return True
    joined = " ".join(words)
    if joined in _PLACEHOLDERS or all(w in _PLACEHOLDERS for w in words):
        return True
    if all(len(set(w)) == 1 for w in words):
        return True
    return all(w.isascii() and not re.search(r"[aeiouy]", w) for w in words)


def apply_policy_patterns(
    title: str, text: _Text, policy: Policy, level: str, eligibility: str, rule: str, sentence: str
) -> tuple[str, str, str, str]:
    """The board's own patterns come last and win: deny beats allow, both beat the engine.

    A pattern that runs out of time (one saved before patterns were checked for backtracking)
    sends the title to review rather than deciding it."""
    forms = (title, text.source, text.folded, text.plain.replace(_MASK, " "))
    for patterns, verdict, rule_id, verb in (
        (policy.deny_patterns, "ineligible", "policy.deny", "excludes"),
        (policy.allow_patterns, "eligible", "policy.allow", "admits"),
    ):
        for pattern in patterns:
            for form in forms:
                try:
                    match = search_policy_pattern(pattern, form)
                except PatternTimeout:
                    return (
                        level,
                        "review",
                        "policy.pattern_timeout",
                        f'The board\'s pattern "{_short(pattern)}" took too long on this title, '
                        f"so the board should look at it (and rewrite the pattern).",
                    )
                if match:
                    matched = _short(match.group() or title.strip())
                    return (
                        level,
                        verdict,
                        rule_id,
                        f'The board\'s policy {verb} titles matching "{pattern}" '
                        f'("{matched}" in "{_short(title.strip())}").',
                    )
    return level, eligibility, rule, sentence
