"""Normalise a title for reading: Unicode, case, accents, dotted abbreviations, separators."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import alternatives

# --------------------------------------------------------------------------------------------
# Step 1: normalise
# --------------------------------------------------------------------------------------------

MAX_TITLE_CHARS = 220  # a LinkedIn headline stops at 220 characters; the rest is not a title
_MASK = "\x00"  # marks characters a rule has already read
_HARD_SEPARATORS = frozenset("|¦│┃‖•·●▪◦‣∙⋅;—–―→⇒►▶▸»«\n\r")
_SPECIAL_LETTERS = {"æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d"}
_KEPT_PUNCTUATION = frozenset(",/&+()'-#@.")
_PUNCTUATION_MAP = {
    "’": "'",
    "‘": "'",
    "‛": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "﹣": "-",
    "\\": "/",
    ":": ",",
    "[": "(",
    "{": "(",
    "]": ")",
    "}": ")",
}


@dataclass(frozen=True)
class _Text:
    """The normalised title: `plain` (lower case, no accents) is what the rules read;
    `origin[i]` is the index in `source` that plain[i] came from, so explanations can quote the
    applicant's own words; `folded` keeps the accents for the board's own patterns."""

    source: str
    folded: str
    plain: str
    origin: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        if start >= end or not self.origin:
            return ""
        first = self.origin[max(0, min(start, len(self.origin) - 1))]
        last = self.origin[max(0, min(end - 1, len(self.origin) - 1))]
        return self.source[first : last + 1].strip(" ,;/|&+-–—(:").strip()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> tuple[str, str]:
    """One character, case-folded: (with accents, without accents)."""
    if char in _HARD_SEPARATORS:
        return "|", "|"
    category = unicodedata.category(char)
    if category in ("So", "Sk", "Co", "Cn", "Cs"):
        return "|", "|"  # emoji and pictographs separate the parts of a headline
    if category in ("Cf", "Mn", "Me"):
        return "", ""
    if category[0] in ("Z", "C"):
        return " ", " "
    if char in _PUNCTUATION_MAP:
        mapped = _PUNCTUATION_MAP[char]
        return mapped, mapped
    compatible = unicodedata.normalize("NFKC", char)
    if category[0] in ("L", "N") or len(compatible) > 1:
        folded = compatible.casefold()
        folded = "".join(_SPECIAL_LETTERS.get(c, c) for c in folded)
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
        return folded, plain
    if compatible in _KEPT_PUNCTUATION:
        return compatible, compatible
    if compatible in _PUNCTUATION_MAP:
        return _PUNCTUATION_MAP[compatible], _PUNCTUATION_MAP[compatible]
    return " ", " "


def _tracked_sub(
    pattern: re.Pattern[str], replace: str | Callable[[re.Match[str]], str], text: str, origin: list
) -> tuple[str, list]:
    """re.sub that keeps, for each output character, the source index it came from."""
    pieces: list[str] = []
    new_origin: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(text[position : match.start()])
        new_origin.extend(origin[position : match.start()])
        replacement = replace(match) if callable(replace) else replace
        span = origin[match.start() : match.end()]
        if not span:
            span = [origin[match.start()] if match.start() < len(origin) else (origin or [0])[-1]]
        for index, char in enumerate(replacement):
            pieces.append(char)
            new_origin.append(span[min(index, len(span) - 1)])
        position = match.end()
    pieces.append(text[position:])
    new_origin.extend(origin[position:])
    return "".join(pieces), new_origin


_HASHTAG = re.compile(r"#(?!opentowork\b)[^\s#|,()/]+")
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){1,5}[a-z]\b\.?")  # v.p. c.e.o j.p.
_DOT = re.compile(r"\.")
_SPACED_HYPHEN = re.compile(r"(?:(?<=\s)|^)-+(?=\s|$)|-{2,}")
_NOW = re.compile(r"(?<![a-z])(?=" + alternatives("now") + r"\b)")


def normalise(source: str) -> _Text:
    folded_chars: list[str] = []
    plain_chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(source):
        folded, plain = _fold_char(char)
        folded_chars.append(folded)
        plain_chars.extend(plain)
        origin.extend([index] * len(plain))
    plain = "".join(plain_chars)
    # Hashtags are topics, not titles ("#leadership"), except the LinkedIn "#OpenToWork" frame.
    plain, origin = _tracked_sub(_HASHTAG, " ", plain, origin)
    # "V.P." -> "vp", "C.E.O." -> "ceo"; other dots ("Sr.", "Dir.") end a word.
    plain, origin = _tracked_sub(
        _DOTTED_ABBREVIATION, lambda m: m.group().replace(".", ""), plain, origin
    )
    plain, origin = _tracked_sub(_DOT, " ", plain, origin)
    # " - " separates headline parts; a hyphen inside a word ("Co-founder") does not.
    plain, origin = _tracked_sub(_SPACED_HYPHEN, "|", plain, origin)
    # "Ex-Google, now VP Product": what follows "now" is a separate, current part.
    plain, origin = _tracked_sub(_NOW, "|", plain, origin)
    return _Text(source, "".join(folded_chars), plain, tuple(origin))
