"""Undo the tricks that hide sales words from the rules and the model, keeping a map back to the
original characters so that every reason still quotes the author's own words.

Handled: zero-width and invisible characters; compatibility forms (fullwidth and mathematical
letters such as "𝐁𝐨𝐨𝐤"); Cyrillic and Greek look-alikes in Latin text ("Воок а dеmо"); look-alike
digits inside words ("B00k a fr33 d3mo") and letters inside numbers ("2O% 0ff"); letters spaced or
dotted apart ("b o o k", "D.M. me"); emoji used as padding inside or between words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Characters with no width that split a word for a regular expression but not for a reader.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e"
    "\u200f\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f"
    "\ufe0e\ufe0f\ufeff\u20e3"
)
# Cyrillic and Greek letters that look like Latin ones.
_HOMOGLYPHS = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеіјорсѕухԁһӏԛԝкмтгΑΒΕΗΙΚΜΝΟΡΤΥΧΖαοϲνκιτυχ",
    "ABCEHIJKMOPSTXYaeijopcsyxdhlqwkmtrABEHIKMNOPTYXZaocvkitux",
)
# Symbols the rules read as pointing at a link ("👉 x.com/demo"); kept.
_POINTERS = frozenset("→👉👇⬇")
# Digits that stand in for letters inside a word.
_LEET = str.maketrans("013457", "oieast")
_LEET_WORD = re.compile(r"(?<![\w.,/:-])(?=[^\W_]*[^\W\d_])(?=[^\W_]*[013457])[^\W_]{3,}(?![\w/])")
_LETTER_IN_NUMBER = re.compile(r"(?<!\w)[\doO]++(?![^\W\d_])")
_MIXED_SCRIPT_WORD = re.compile(r"[^\W\d_]*[\u0370-\u03ff\u0400-\u052f][^\W\d_]*")
_CODE = re.compile(r"[A-Z]+\d+")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_DOTTED_LETTERS = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}(?![\w])")


@dataclass(frozen=True)
class Normalised:
    text: str
    # origin[i] is the index in the original text that text[i] came from.
    origin: tuple[int, ...]
    original: str

    def original_span(self, start: int, end: int) -> str:
        """The original characters behind text[start:end]."""
        if start >= end or start >= len(self.origin):
            return ""
        first = self.origin[start]
        last = self.origin[min(end, len(self.origin)) - 1]
        return self.original[first : last + 1]

    def original_of(self, fragment: str) -> str:
        """The original behind the first occurrence of `fragment` in the normalised text."""
        start = self.text.find(fragment)
        if start < 0:
            return fragment
        return self.original_span(start, start + len(fragment))


def normalise(original: str) -> Normalised:
    characters: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(original):
        if character in _INVISIBLE:
            continue
        if character.isascii():
            characters.append(character)
            origin.append(index)
            continue
        if _is_emoji(character) and character not in _POINTERS:
            # Padding between letters ("B📞o📞o📞k") or words: a space, which the spaced-letter
            # pass below joins up again.
            character = " "
        for piece in unicodedata.normalize("NFKC", character):
            characters.append(piece)
            origin.append(index)

    for pattern, replace in (
        (_MIXED_SCRIPT_WORD, _latinise),
        (_SPACED_LETTERS, _join_spaced),
        (_DOTTED_LETTERS, lambda word: word.replace(".", "")),
        (_LETTER_IN_NUMBER, _zero_for_o),
        (_LEET_WORD, _unleet),
    ):
        characters, origin = _substitute(characters, origin, pattern, replace)
    return Normalised("".join(characters), tuple(origin), original)


def _latinise(word: str) -> str:
    """A word written only with letters that look Latin is read as Latin ("Воок" is "Book")."""
    swapped = word.translate(_HOMOGLYPHS)
    if swapped == word or not all(
        character.isascii() or "LATIN" in unicodedata.name(character, "") for character in swapped
    ):
        return word
    return swapped


def _join_spaced(run: str) -> str:
    # "b o o k a demo": the article after the spaced word stays a word of its own.
    if len(run) >= 9 and run[-1] in "aAiI":
        return run[:-2].replace(" ", "") + run[-2:]
    return run.replace(" ", "")


def _zero_for_o(run: str) -> str:
    """ "2O%" and "1OO" are numbers with a letter O in them; "OO" alone is not."""
    if not any(character.isdigit() for character in run) or run.isdigit():
        return run
    return run.replace("o", "0").replace("O", "0")


def _unleet(word: str) -> str:
    letters = sum(character.isalpha() for character in word)
    digits = sum(character.isdigit() for character in word)
    if letters < 2 or any(character.isdigit() and character not in "013457" for character in word):
        return word
    if digits > letters or (word[0].isdigit() and word[-1].isdigit()):
        return word
    # Capitals then digits is how discount codes look ("HUNT50"), not a disguised word.
    if _CODE.fullmatch(word):
        return word
    return word.translate(_LEET)


def _substitute(
    characters: list[str],
    origin: list[int],
    pattern: re.Pattern[str],
    replace: Callable[[str], str],
) -> tuple[list[str], list[int]]:
    text = "".join(characters)
    if not pattern.search(text):
        return characters, origin
    new_characters: list[str] = []
    new_origin: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        new_characters.extend(characters[position:start])
        new_origin.extend(origin[position:start])
        replacement = replace(match.group(0))
        if len(replacement) == end - start:
            new_characters.extend(replacement)
            new_origin.extend(origin[start:end])
        else:
            # Letters joined up: each kept letter keeps its own origin.
            kept = [i for i in range(start, end) if characters[i] not in " ."]
            if len(kept) != len(replacement):
                kept = [start] * len(replacement)
            new_characters.extend(replacement)
            new_origin.extend(origin[i] for i in kept)
        position = end
    new_characters.extend(characters[position:])
    new_origin.extend(origin[position:])
    return new_characters, new_origin


def _is_emoji(character: str) -> bool:
    category = unicodedata.category(character)
    return category == "So" or (category == "Sk" and "\U0001f3fb" <= character <= "\U0001f3ff")


def _next_visible(text: str, start: int) -> str:
    for character in text[start : start + 8]:
        if character not in _INVISIBLE and not _is_emoji(character):
            return character
    return " "
