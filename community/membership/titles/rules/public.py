"""Public sector, universities and the military: the rank decides, not the word.

The head of a public body (Town Manager, Chief Constable, Permanent Secretary, a schools
superintendent, an agency's Administrator or Commissioner), the leader of a university
(Chancellor, Vice-Chancellor, Rector, the Dean of a school) and general and flag officers are
read as senior executives. These rules run after the deputy and assistant modifiers, so a
"Deputy City Manager" or an "Assistant Chief Constable" still goes to review.
"""

from __future__ import annotations

import re

from ..lexicon import alternatives
from ..reader import _REVIEW, _ROLE, _fixed, _Hit, _Reader, _Reading, _rule, _words_before

# Political deputies below the top: the board looks at the post.
_fixed(
    "review.public_deputy",
    r"\b(?:parliamentary[\s-]+)?under[\s-]*secretary\b|\bjunior[\s-]+minister\b",
    "cxo",
    _REVIEW,
    "review.deputy",
    "a deputy title, whose rank varies a lot between organisations",
)
_fixed(
    "level.public_head",
    r"\b" + alternatives("public_head") + r"\b",
    "cxo",
    _ROLE,
    "level.public_head",
    "the head of a public body",
)
_fixed(
    "level.flag_officer",
    r"\b" + alternatives("flag_officer") + r"\b",
    "cxo",
    _ROLE,
    "level.flag_officer",
    "a general or flag officer, or the commander of a base",
)

_MILITARY = re.compile(
    r"\b(?:army|navy|naval|air[\s-]+force|marines?|marine[\s-]+corps|military|armed[\s-]+forces|"
    r"raf|usaf|usmc|nato|defen[cs]e|national[\s-]+guard)\b"
)
_AGENCY = re.compile(r"\b(?:administration|agency|authority|commission|bureau|service)\b")
_CHURCH = re.compile(r"\b(?:church|parish|chapel|cathedral|diocese|st)\b")


@_rule("level.general_officer", r"\bgeneral\b(?=\s*(?:$|,))")
def _general_officer(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """'General, US Army': a general officer; 'General' elsewhere qualifies another word."""
    if _words_before(reader, hit.start, hit.region_start, 1):
        return None
    if not _MILITARY.search(reader.text.plain):
        return None
    return [
        _Reading(
            hit.start, hit.end, "cxo", _ROLE, "level.flag_officer",
            "a general or flag officer, or the commander of a base",
        )
    ]  # fmt: skip


@_rule("level.agency_head", r"\b(?:administrator|commissioner)\b")
def _agency_head(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """'Administrator, Small Business Administration': the appointed head of an agency."""
    if _words_before(reader, hit.start, hit.region_start, 1):
        return None  # "System Administrator", "Deputy Commissioner" (read by the modifier)
    segment = reader.text.plain[hit.end : reader.segment[1]]
    if not _AGENCY.search(segment):
        return None
    return [
        _Reading(hit.start, hit.end, "cxo", _ROLE, "level.public_head", "the head of a public body")
    ]


@_rule("level.university_head", r"\b" + alternatives("university_head") + r"\b")
def _university_head(reader: _Reader, hit: _Hit) -> list[_Reading]:
    word = reader.view(hit.start, hit.end)
    if word.startswith(("rector", "recteur", "rectrice")) and _CHURCH.search(reader.text.plain):
        return [
            _Reading(
                hit.start, hit.end, "unknown", _REVIEW, "review.academic_rank",
                "a rector, who may lead a university or a parish",
            )
        ]  # fmt: skip
    if word == "dean":
        return [
            _Reading(
                hit.start, hit.end, "director", _ROLE, "level.university_head",
                "the dean of a school or faculty", tag="dean",
            )
        ]  # fmt: skip
    return [
        _Reading(
            hit.start, hit.end, "cxo", _ROLE, "level.university_head", "the leader of a university"
        )
    ]


_SCHOOLS = re.compile(r"\b(?:schools|school[\s-]+district|isd|usd|school[\s-]+board)\b")


@_rule("trap.superintendent", r"\bsuperintendent(?:e)?\b")
def _superintendent(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """A schools superintendent heads a public body; of a building or a site, a trade role."""
    if _SCHOOLS.search(reader.text.plain[slice(*reader.segment)]):
        return [
            _Reading(
                hit.start, hit.end, "cxo", _ROLE, "level.public_head", "the head of a public body"
            )
        ]
    return [
        _Reading(
            hit.start, hit.end, "senior_ic", _ROLE, "trap.superintendent",
            '"superintendent" of a building or a site, not the head of a public body',
        )
    ]  # fmt: skip
