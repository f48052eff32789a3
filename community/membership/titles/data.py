"""Read the labelled title sets in data/titles/ (TSV files), for the tests and the scripts.

Each file has a header row (title, eligibility, level) and one title a row; a line starting with
"# " is a note and "## NAME" starts a group. A title may itself start with "#" ("#OpenToWork").
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "titles"
TUNING_SETS = ("A", "B", "C", "D")
HELD_OUT_SETS = ("E", "F")  # held out at first contact; see docs/titles.md


class Case(NamedTuple):
    title: str
    eligibility: str
    level: str | None = None


def _is_note(line: str) -> bool:
    return line in ("#", "##") or line.startswith(("# ", "## "))


def read_cases(path: Path) -> tuple[Case, ...]:
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if not _is_note(line)]
    header, *body = rows
    if header.split("\t") != ["title", "eligibility", "level"]:
        raise ValueError(f"{path.name}: the first row must be: title, eligibility, level")
    cases = []
    for line in body:
        title, eligibility, level = line.split("\t")
        cases.append(Case(title, eligibility, level or None))
    return tuple(cases)


def corpus() -> tuple[Case, ...]:
    return read_cases(DATA_DIR / "corpus.tsv")


def fresh_set(name: str) -> tuple[Case, ...]:
    return read_cases(DATA_DIR / f"fresh_{name.lower()}.tsv")


def known_review_misses(name: str = "known_review_misses.txt") -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not _is_note(line))
