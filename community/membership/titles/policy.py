"""The board's policy as data, and the board's own patterns run safely.

A Policy is stored versioned and edited by the board, so every field is checked when one is built:
levels must be levels, and allow/deny patterns must compile and must not be able to backtrack
catastrophically (issue 12: `^(\\w+\\s?)+$` took 2.3 s on a 25-character title). Patterns saved
before that check existed still run, but under a time limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import InitVar, dataclass
from functools import lru_cache
from re import _constants as sre_constants
from re import _parser as sre_parser

import regex

from .levels import LEVELS

POLICY_FIELDS = ("minimum_level", "allow_patterns", "deny_patterns", "review_levels")
MAX_PATTERN_CHARS = 200
PATTERN_TIMEOUT_SECONDS = 0.05  # per search; a title is at most MAX_TITLE_CHARS characters

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


class PatternTimeout(Exception):
    """A board pattern took longer than PATTERN_TIMEOUT_SECONDS on one title."""


@lru_cache(maxsize=512)
def compile_policy_pattern(pattern: str) -> regex.Pattern:
    """A board pattern, case-insensitive, compiled with the `regex` engine (it has a timeout)."""
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)


def search_policy_pattern(pattern: str, text: str) -> regex.Match | None:
    try:
        return compile_policy_pattern(pattern).search(text, timeout=PATTERN_TIMEOUT_SECONDS)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def _repeats_unboundedly(op, av) -> bool:
    if op not in _REPEATS:
        return False
    _low, high, _sub = av
    return high == sre_constants.MAXREPEAT or high > 1


def _nested_repeat(items, inside_repeat: bool) -> str | None:
    """The first repeated element that sits inside another repetition, if any."""
    for op, av in items:
        if op in _REPEATS:
            _low, _high, sub = av
            if _repeats_unboundedly(op, av):
                if inside_repeat:
                    return "a repetition inside another repetition"
                if _alternatives_overlap(sub):
                    return "a repeated choice whose alternatives can match the same text"
                found = _nested_repeat(sub, True)
            else:
                found = _nested_repeat(sub, inside_repeat)
        elif op is sre_constants.SUBPATTERN:
            found = _nested_repeat(av[-1], inside_repeat)
        elif op is sre_constants.BRANCH:
            found = next((f for b in av[1] if (f := _nested_repeat(b, inside_repeat))), None)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found = _nested_repeat(av[1], inside_repeat)
        else:
            found = None
        if found:
            return found
    return None


def _alternatives_overlap(items) -> bool:
    """`(a|a)+`, `(\\w|\\d)*`: a repeated branch whose alternatives start the same way."""
    for op, av in items:
        if op is sre_constants.SUBPATTERN:
            return _alternatives_overlap(av[-1])
        if op is sre_constants.BRANCH:
            branches = av[1]
            firsts = [str(b[0]) if len(b) else "" for b in branches]
            return len(set(firsts)) < len(firsts) or any(
                "CATEGORY" in first or "ANY" in first for first in firsts
            )
        return False
    return False


def pattern_problem(pattern: str) -> str | None:
    """Why a board pattern can't be used (syntax, length, catastrophic backtracking), or None."""
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"is longer than {MAX_PATTERN_CHARS} characters"
    try:
        re.compile(pattern, re.IGNORECASE)
        parsed = sre_parser.parse(pattern, re.IGNORECASE)
        compile_policy_pattern(pattern)
    except (re.error, regex.error) as error:
        return f"is not a valid regular expression: {error}"
    problem = _nested_repeat(parsed, False)
    if problem:
        return (
            f"could take seconds on a short title ({problem}, which backtracks "
            f"catastrophically); write it without nesting, e.g. \\w+(\\s\\w+)* becomes [\\w\\s]+"
        )
    return None


def validate_patterns(name: str, patterns: Iterable[str]) -> None:
    """Raise ValueError naming the first pattern the engine must not run, and why."""
    for index, pattern in enumerate(patterns):
        problem = pattern_problem(pattern)
        if problem:
            raise ValueError(f'{name}[{index}] ("{pattern}") {problem}')


def _string_tuple(name: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValueError(f"{name} must be a list of strings, not {type(value).__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"{name} must contain only strings; found {item!r}")
    return items


@dataclass(frozen=True)
class Policy:
    """What the board accepts; data, stored versioned and edited by the board."""

    minimum_level: str = "director"
    allow_patterns: tuple[str, ...] = ()
    deny_patterns: tuple[str, ...] = ()
    review_levels: tuple[str, ...] = ()
    # Stored versions saved before the backtracking check load with it off (they run timed).
    check_backtracking: InitVar[bool] = True

    def __post_init__(self, check_backtracking: bool) -> None:
        if self.minimum_level not in LEVELS:
            raise ValueError(
                f'minimum_level "{self.minimum_level}" is not a level; '
                f"use one of: {', '.join(LEVELS)}"
            )
        for name in ("allow_patterns", "deny_patterns", "review_levels"):
            object.__setattr__(self, name, _string_tuple(name, getattr(self, name)))
        for level in self.review_levels:
            if level not in LEVELS:
                raise ValueError(
                    f'review_levels contains "{level}", which is not a level; '
                    f"use any of: {', '.join(LEVELS)}"
                )
        for name in ("allow_patterns", "deny_patterns"):
            if check_backtracking:
                validate_patterns(name, getattr(self, name))
                continue
            for index, pattern in enumerate(getattr(self, name)):
                try:
                    compile_policy_pattern(pattern)
                except regex.error as error:
                    raise ValueError(
                        f'{name}[{index}] ("{pattern}") is not a valid regular expression: {error}'
                    ) from None

    def to_dict(self) -> dict:
        return {
            "minimum_level": self.minimum_level,
            "allow_patterns": list(self.allow_patterns),
            "deny_patterns": list(self.deny_patterns),
            "review_levels": list(self.review_levels),
        }

    @classmethod
    def from_dict(cls, data: dict, *, check_backtracking: bool = True) -> Policy:
        """Build a policy from stored data, refusing anything the engine could not apply."""
        if not isinstance(data, dict):
            raise ValueError(f"a policy must be a mapping, not {type(data).__name__}")
        unknown = sorted(set(data) - set(POLICY_FIELDS))
        if unknown:
            raise ValueError(
                f"unknown policy field(s): {', '.join(map(str, unknown))}; "
                f"expected: {', '.join(POLICY_FIELDS)}"
            )
        minimum_level = data.get("minimum_level", "director")
        if not isinstance(minimum_level, str):
            raise ValueError("minimum_level must be a string")
        return cls(
            minimum_level=minimum_level,
            allow_patterns=_string_tuple("allow_patterns", data.get("allow_patterns", ())),
            deny_patterns=_string_tuple("deny_patterns", data.get("deny_patterns", ())),
            review_levels=_string_tuple("review_levels", data.get("review_levels", ())),
            check_backtracking=check_backtracking,
        )


DEFAULT_POLICY = Policy()
