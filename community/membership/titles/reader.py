"""Readings, the reader that applies the ordered rules to a headline, and the rule registry."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .levels import RANK
from .lexicon import entries
from .policy import Policy
from .text import _MASK, _Text
from .vocabulary import _BANKING

# --------------------------------------------------------------------------------------------
# Readings and the reader that applies the rules
# --------------------------------------------------------------------------------------------

# Reading kinds, from the combiner's point of view.
_ROLE = "role"  # a current role; eligible or not by its level
_REVIEW = "review"  # the board must look at the profile
_INELIGIBLE = "ineligible"  # a non-executive reading whatever the level (a former manager)
_AMBITION = "ambition"  # a stated wish, not a role
_LOOKALIKE = "lookalike"  # a word that only contains a senior-looking word
_WEAK_REVIEW = "weak_review"  # review only if nothing else was read ("Retired", "Freelance")


@dataclass
class _Reading:
    start: int
    end: int
    level: str
    kind: str
    rule: str
    describe: str = ""
    tag: str = ""  # what was read, for modifiers: "vp", "director", "partner", "dean" ...
    seeking: bool = False  # "open to work", "seeking": the executive role may not be current
    marker: str = ""  # a former, between or fractional marker that bound no role ("Retired")
    segment: int = 0
    quote: str = ""
    eligibility: str = ""


class _Reader:
    def __init__(self, text: _Text, policy: Policy) -> None:
        self.text = text
        self.chars = list(text.plain)
        self.policy = policy
        self.banking = bool(_BANKING.search(text.plain))
        self.segment = (0, len(self.chars))  # the headline segment being read
        self.next_segment = ""  # the one after it, for context such as "| Rotary Club"

    def view(self, start: int, end: int) -> str:
        return "".join(self.chars[start:end])

    def mask(self, start: int, end: int) -> None:
        for index in range(max(0, start), min(end, len(self.chars))):
            self.chars[index] = _MASK

    def masked(self, start: int, end: int) -> bool:
        return _MASK in self.chars[start:end]

    def has_words(self, start: int, end: int) -> bool:
        return bool(re.search(r"[^\W\d_]", self.view(start, end)))

    def eligible_level(self, level: str) -> bool:
        return level != "unknown" and RANK[level] <= RANK[self.policy.minimum_level]

    def read(self, start: int, end: int) -> list[_Reading]:
        """Apply every rule, in order, to chars[start:end]."""
        readings: list[_Reading] = []
        for rule in _RULES:
            region = self.view(start, end)
            if not rule.pattern.search(region):
                continue
            for match in rule.pattern.finditer(region):
                m_start, m_end = start + match.start(), start + match.end()
                if m_end <= m_start or self.masked(m_start, m_end):
                    continue
                found = rule.handler(self, _Hit(match, start, end))
                if found is None:
                    continue
                self.mask(m_start, m_end)
                readings.extend(found)
        return readings


@dataclass
class _Hit:
    """A rule's match, with positions in the whole text and the region it was found in."""

    match: re.Match[str]
    region_start: int
    region_end: int

    @property
    def start(self) -> int:
        return self.region_start + self.match.start()

    @property
    def end(self) -> int:
        return self.region_start + self.match.end()

    def group_start(self, name: str) -> int:
        return self.region_start + self.match.start(name)

    def group_end(self, name: str) -> int:
        return self.region_start + self.match.end(name)


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[_Reader, _Hit], list[_Reading] | None]


_RULES: list[_Rule] = []


def _rule(name: str, pattern: str) -> Callable:
    """Register a handler for a pattern; rules run in the order they are registered."""

    def register(handler: Callable) -> Callable:
        _RULES.append(_Rule(name, re.compile(pattern), handler))
        return handler

    return register


def _fixed(name: str, pattern: str, level: str, kind: str, rule: str, describe: str = "", tag=""):
    """A rule that always reads its match the same way."""

    def handler(reader: _Reader, hit: _Hit) -> list[_Reading]:
        return [_Reading(hit.start, hit.end, level, kind, rule, describe, tag)]

    _RULES.append(_Rule(name, re.compile(pattern), handler))


def _noise(name: str, pattern: str) -> None:
    """Words that are neither roles nor traps; masking them keeps other rules off them."""
    _RULES.append(_Rule(name, re.compile(pattern), lambda reader, hit: []))


def _words(*phrases: str) -> str:
    """Alternatives as whole words; a space in a phrase also matches a hyphen ("co-founder")."""
    return r"\b(?:" + "|".join(p.replace(" ", r"[\s-]+") for p in phrases) + r")\b"


_SOFT_BOUNDARY = re.compile(
    r"[,&/+()]|\b(?:" + "|".join((*entries("and"), "at", "@")) + r")\b|\x00"
)
_PHRASE_WORD = re.compile(r"[a-z0-9](?:[a-z0-9'&-]*[a-z0-9])?")


def _phrase_end(reader: _Reader, start: int, end: int, max_words: int = 5) -> int:
    """Where the phrase that starts at `start` stops: a comma, "&", "and", "at" or a mask."""
    region = reader.view(start, end)
    stop = _SOFT_BOUNDARY.search(region)
    stop_at = start + (stop.start() if stop else len(region))
    words = list(_PHRASE_WORD.finditer(reader.view(start, stop_at)))
    if len(words) > max_words:
        stop_at = start + words[max_words - 1].end()
    return stop_at


def _words_before(reader: _Reader, hit_start: int, region_start: int, limit: int = 4) -> list:
    """The words of the same phrase just before a match ("Global Marketing" in "... Director")."""
    before = reader.view(region_start, hit_start)
    cut = max(before.rfind(c) for c in ",|()/+\x00")
    before = before[cut + 1 :]
    before = re.split(r"\b(?:and|et|y|und|e)\b|&", before)[-1]
    return _PHRASE_WORD.findall(before)[-limit:]


def _words_after(reader: _Reader, hit_end: int, region_end: int, limit: int = 4) -> list:
    after = reader.view(hit_end, region_end)
    stop = re.search(r"[,|()/+\x00]|\b(?:at|and|&)\b", after)
    if stop:
        after = after[: stop.start()]
    return _PHRASE_WORD.findall(after)[:limit]


def _whimsical_chief(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.whimsical_chief",
        "a playful chief title that does not name an executive function",
    )  # fmt: skip


def _unusual_chief(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.unusual_chief",
        'a "chief" title that does not name a recognised executive function',
    )  # fmt: skip


def _whimsical_title(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.whimsical_title",
        "a playful title that does not name a business function",
    )  # fmt: skip


def _director(start: int, end: int, tag: str = "director") -> _Reading:
    return _Reading(start, end, "director", _ROLE, "level.director", "a Director-level role", tag)


def _unclear_head(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "director", _REVIEW, "review.unclear_head",
        'a "head" title that does not say of what',
        tag="head",
    )  # fmt: skip
