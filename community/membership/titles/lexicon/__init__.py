"""The words each language uses for the rules' named slots, and the one registry of languages.

A rule is written once (rules/*.py) and asks for a slot: `alternatives("founder")` is a regular
expression group matching every registered language's words for a founder. Each language file
(en.py, fr.py ...) is a dict SLOTS from slot name to a regular-expression alternation over text
that is lower case, without accents, with "[\\s-]+" between words. Word-list slots (FUNCTIONS)
are whitespace-separated words.

Adding a language (Polish, say): write pl.py filling the slots it needs (any slot may be left out)
and add "pl" to LANGUAGES. No rule changes.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl")

SLOT_NAMES = {
    # vocabulary shared by several rules
    "functions": "words naming a business function (word list)",
    "articles": "articles and possessives before an executive named as somebody else",
    "executive_nouns": "executive titles as nouns, to recognise an executive named as the object",
    "support_nouns": "nouns for people who work for an executive (assistant, secretary)",
    "support_prepositions": "to/for/of between a support noun and the executive it serves",
    "and": "conjunctions that end a phrase",
    "at": "words introducing the employer (at, chez, bei)",
    "now": "words introducing the current role (now, actuellement)",
    # context and markers
    "executive_assistant": "whole phrases for an assistant to the executive team",
    "ambition": "words stating an ambition (aspiring, future)",
    "seeking": "phrases stating a job search (looking for, en recherche)",
    "former": "words marking a former role (former, retired)",
    "fractional": "words marking freelance or part-time work",
    "office_of": "nouns for the office of an executive (office, cabinet)",
    # traps
    "executive_job_family": "'executive' as a sales or accounts job family",
    "occupation_director": "'director' as an occupation (film, photography, funeral)",
    "crew_head": "'head' or 'chef' of a crew (kitchen)",
    "sales_advisor": "advisers who serve customers",
    "ic_before_principal": "individual-contributor nouns that 'principal' grades",
    "students": "words naming students, for student organisations",
    # review
    "academic": "academic ranks whose seniority varies (dean, rector)",
    "deputy": "deputy words before a title",
    "deputy_title": "whole deputy titles (directeur adjoint, sous-directeur)",
    "board": "board and non-executive roles",
    "advisor": "advisers",
    "chief_of_staff": "chief of staff",
    "general_manager": "general manager",
    "technical_director": "technical director",
    "branch_head": "the head of a branch or shop",
    "founder": "founder nouns (co- is allowed before them)",
    "owner": "owner nouns",
    "entrepreneur": "entrepreneur nouns",
    "school_head": "the head of a school",
    "rank_varies": "titles whose rank varies a lot",
    "public_head": "the head of a public body (town manager, permanent secretary)",
    "public_grade": "civil-service grades that sound senior (higher executive officer)",
    "flag_officer": "general and flag officers, and commanders of a base",
    "university_head": "the leader of a university (vice-chancellor, rector)",
    # levels
    "vice_president": "vice president",
    "chair": "chair of a board",
    "president": "president",
    "cxo_title": "C-level titles written out (managing director, directeur general)",
    "partner": "partner of a firm",
    "head_of": "'head of' and head nouns",
    "director": "director",
    "manager": "manager-level titles",
    "individual_contributor": "nouns for individual contributors (engineer, pharmacist)",
    "training": "training roles (intern, student, apprentice)",
    "unpaid": "unpaid roles (volunteer)",
    "vague_executive": "'executive' or 'leader' without a role",
    "compound_head": "compounds naming the head of something (German -leiter)",
}


@cache
def _lexicons() -> tuple[dict[str, str], ...]:
    lexicons = []
    for code in LANGUAGES:
        slots = import_module(f"{__name__}.{code}").SLOTS
        unknown = set(slots) - set(SLOT_NAMES)
        if unknown:
            raise ValueError(f"lexicon {code} fills unknown slots: {', '.join(sorted(unknown))}")
        lexicons.append(slots)
    return tuple(lexicons)


def entries(slot: str) -> tuple[str, ...]:
    if slot not in SLOT_NAMES:
        raise KeyError(slot)
    return tuple(lexicon[slot] for lexicon in _lexicons() if lexicon.get(slot))


def alternatives(slot: str) -> str:
    """A non-capturing group matching the slot's words in every registered language."""
    return "(?:" + "|".join(entries(slot)) + ")"


def words(slot: str) -> frozenset[str]:
    """A word-list slot, every language together."""
    return frozenset(word for entry in entries(slot) for word in entry.split())
