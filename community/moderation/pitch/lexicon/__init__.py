"""The words of the sales-pitch rules, one file per language, each filling the same named slots.

The rules (community.moderation.pitch.rules) are written once and name a slot; every language file
may word that slot. Adding a language is adding a file here and its name to LANGUAGES.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from ..tokens import fold
from . import de, en, es, fr, it, nl, pt

LANGUAGES: dict[str, ModuleType] = {
    "en": en,
    "fr": fr,
    "de": de,
    "es": es,
    "pt": pt,
    "it": it,
    "nl": nl,
}


def wordings(slot: str) -> tuple[str, ...]:
    """Every language's wordings of `slot`, English first, with fragments filled in."""
    fragments: dict[str, str] = {}
    for module in LANGUAGES.values():
        fragments.update(module.FRAGMENTS)
    result: list[str] = []
    for module in LANGUAGES.values():
        for wording in module.SLOTS.get(slot, ()):
            for name, fragment in fragments.items():
                wording = wording.replace(f"<{name}>", fragment)
            result.append(wording)
    return tuple(result)


def slots() -> set[str]:
    return {slot for module in LANGUAGES.values() for slot in module.SLOTS}


@cache
def _function_words() -> frozenset[str]:
    # Folded as the model folds its words ("für" is read as "fur").
    return frozenset(fold(word) for module in LANGUAGES.values() for word in module.FUNCTION_WORDS)


def is_content_word(word: str) -> bool:
    """Words worth quoting as evidence: not placeholders, not function words in any language."""
    if word.startswith("<") or len(word) < 3:
        return False
    return fold(word) not in _function_words()
