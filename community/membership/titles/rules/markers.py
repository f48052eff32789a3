"""X"""

from __future__ import annotations

import re

from ..lexicon import alternatives
from ..reader import (
    _AMBITION,
    _INELIGIBLE,
    _REVIEW,
    _ROLE,
    _WEAK_REVIEW,
    _Hit,
    _Reader,
    _Reading,
    _rule,
)

# --------------------------------------------------------------------------------------------
# Step 3b: markers that bind to the roles next to them
# --------------------------------------------------------------------------------------------

_AMBITION_PREFIX = r"\b" + alternatives("ambition") + r"\b"
_SEEKING_PREFIX = r"\b" + alternatives("seeking") + r"\b"
_NOT_JOB_SEEKING = re.compile(
    r"^[\s-]*(?:investors?|funding|talent|partners?|co-?founders?|a[\s-]+co-?founder|clients?|"
    r"customers?|people|engineers|developers|hires|team[\s-]+members|collaborators|"
    r"distributors|suppliers|brands?)\b"
)
_AMBITION_SUFFIX = r"\b(?:in[\s-]+the[\s-]+making|in[\s-]+waiting|in[\s-]+training|to[\s-]+be)\b"
# German "a.D." (außer Dienst) after a title: retired.
_FORMER_MARKER = r"\b" + alternatives("former") + r"\b|(?<=[a-z])[\s,]+ad\b(?=[\s)]*(?:$|[,|]))"
_BETWEEN_MARKER = (
    r"\b(?:(?:in[\s-]+)?between[\s-]+(?:roles|jobs|positions|assignments|opportunities)|"
    r"in[\s-]+transition|career[\s-]+break|on[\s-]+sabbatical|sabbatical)\b"
)
_FRACTIONAL_MARKER = r"\b" + alternatives("fractional") + r"\b"

_INCOMING_MARKER = (
    r"\b(?:incoming|newly[\s-]+hired|starting[\s-]+(?:as|soon))\b(?![\s-]+(?:calls?|mail|"
    r"goods|freight|inspection|logistics|shipments?|quality))"
)


def _bound_region(reader: _Reader, hit: _Hit) -> tuple[int, int, bool]:
    """The words a marker binds to: what follows it up to a comma, or, when nothing follows
    ("CEO (Retired)", "CFO, part-time"), everything before it in the segment."""
    after_end = hit.region_end
    comma = reader.view(hit.end, hit.region_end).find(",")
    if comma >= 0:
        after_end = hit.end + comma
    if reader.has_words(hit.end, after_end):
        return hit.end, after_end, True
    return hit.region_start, hit.start, False


def _marker_readings(reader: _Reader, hit: _Hit, kind: str) -> list[_Reading]:
    start, end, forward = _bound_region(reader, hit)
    reader.mask(hit.start, hit.end)
    inner = reader.read(start, end) if reader.has_words(start, end) else []
    span_start, span_end = (hit.start, end) if forward else (start, hit.end)
    return _bind(reader, kind, inner, span_start, span_end)


def _bind(
    reader: _Reader, kind: str, inner: list[_Reading], span_start: int, span_end: int
) -> list[_Reading]:
    """Turn the readings a marker binds to into what the marker makes of them."""
    seeking = kind == "seeking"
    if kind in ("ambition", "seeking"):
        rule = "ambition.seeking" if seeking else "ambition.aspiring"
        describe = "a job search" if seeking else "an ambition"
        return [
            _Reading(span_start, span_end, "unknown", _AMBITION, rule, describe, seeking=seeking)
        ]
    roles = [r for r in inner if r.kind in (_ROLE, _REVIEW, _INELIGIBLE, _WEAK_REVIEW)]
    if not roles and kind == "incoming":
        return inner
    if not roles:
        if kind == "former":
            return [
                _Reading(
                    span_start, span_end, "unknown", _WEAK_REVIEW, "review.former",
                    "says the applicant has left a role without saying which one is current",
                    marker="former",
                )
            ]  # fmt: skip
        if kind == "between":
            return [
                _Reading(
                    span_start, span_end, "unknown", _AMBITION, "ambition.seeking",
                    "says the applicant is between roles", seeking=True, marker="between",
                )
            ]  # fmt: skip
        return [
            _Reading(
                span_start, span_end, "unknown", _WEAK_REVIEW, "review.fractional",
                "describes freelance or part-time work, and the size of the business is unknown",
                marker="fractional",
            )
        ]  # fmt: skip
    return [_bind_one(reader, kind, r, span_start, span_end) for r in roles]


def _bind_one(reader: _Reader, kind: str, reading: _Reading, start: int, end: int) -> _Reading:
    senior = reading.kind in (_REVIEW, _WEAK_REVIEW) or (
        reading.kind == _ROLE and reader.eligible_level(reading.level)
    )
    if kind == "incoming":
        if not senior:
            return reading
        return _Reading(
            start, end, reading.level, _REVIEW, "review.incoming",
            "is an executive role the applicant has accepted but not started",
        )  # fmt: skip
    if kind == "fractional":
        if not senior:
            return reading
        return _Reading(
            start, end, reading.level, _REVIEW, "review.fractional",
            "is a fractional, part-time or freelance executive role, so the board checks the "
            "scope of the work",
        )  # fmt: skip
    if senior:
        return _Reading(
            start, end, reading.level, _REVIEW, "review.former",
            "describes a former executive role (or one the applicant is between), not a current "
            "one",
        )  # fmt: skip
    return _Reading(
        start, end, reading.level, _INELIGIBLE, "former.non_executive",
        "a former role that was below the minimum level, and no current executive role is given",
    )  # fmt: skip


@_rule("marker.ambition", _AMBITION_PREFIX)
def _ambition(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "ambition")


@_rule("marker.seeking", _SEEKING_PREFIX)
def _seeking(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    if _NOT_JOB_SEEKING.match(reader.view(hit.end, hit.region_end)):
        return []  # "Looking for investors" is the applicant's company, not a job search
    return _marker_readings(reader, hit, "seeking")


@_rule("marker.ambition_suffix", _AMBITION_SUFFIX)
def _ambition_suffix(reader: _Reader, hit: _Hit) -> list[_Reading]:
    start = hit.region_start
    reader.mask(hit.start, hit.end)
    reader.read(start, hit.start)
    return _bind(reader, "ambition", [], start, hit.end)


@_rule("marker.former", _FORMER_MARKER)
def _former(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "former")


@_rule("marker.between", _BETWEEN_MARKER)
def _between(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "between")


@_rule("marker.incoming", _INCOMING_MARKER)
def _incoming(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "incoming")


@_rule("marker.fractional", _FRACTIONAL_MARKER)
def _fractional(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "fractional")
