"""The labelled posts in data/pitch/ (JSON lines): which files train and which only evaluate.

Each line: {"title", "body", "label": "blatant"|"subtle"|"legit", "lang", "kind", "source"}.
Evaluation files (untuned_eval_*.jsonl, eval_*.jsonl) are never trained or tuned on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "pitch"
LABELS = ("blatant", "subtle", "legit")
TRAINING_FILES = ("corpus.jsonl", "fresh_sets.jsonl", "train_handwritten.jsonl")
# Assembled from sentence pools: they widen the vocabulary, too formulaic to measure anything by.
COMPOSED_FILE = "train_composed.jsonl"
EXTRA_TRAINING_GLOB = "train_more_*.jsonl"
EVALUATION_GLOBS = ("untuned_eval_*.jsonl", "eval_*.jsonl")


@dataclass(frozen=True)
class Example:
    title: str
    body: str
    # blatant | subtle | legit, or "pitch" when a moderator's decision does not say which.
    label: str
    lang: str = "en"
    kind: str = ""
    source: str = ""

    @property
    def is_pitch(self) -> bool:
        return self.label != "legit"


def read(path: Path) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("label") not in (*LABELS, "pitch"):
                raise ValueError(f"{path.name}:{number}: unknown label {row.get('label')!r}")
            examples.append(
                Example(
                    title=str(row.get("title") or ""),
                    body=str(row.get("body") or ""),
                    label=row["label"],
                    lang=str(row.get("lang") or "en"),
                    kind=str(row.get("kind") or ""),
                    source=str(row.get("source") or path.stem),
                )
            )
    return examples


def by_source(examples: Iterable[Example], *sources: str) -> list[Example]:
    return [example for example in examples if example.source in sources]


def training_examples(directory: Path = DATA_DIR) -> list[Example]:
    """Every shipped training post; the composed ones last."""
    paths = [directory / name for name in TRAINING_FILES]
    paths += sorted(directory.glob(EXTRA_TRAINING_GLOB))
    paths.append(directory / COMPOSED_FILE)
    return [example for path in paths if path.exists() for example in read(path)]


def evaluation_sets(directory: Path = DATA_DIR) -> dict[str, list[Example]]:
    """Each evaluation file by its name (without .jsonl); missing files are simply absent."""
    sets: dict[str, list[Example]] = {}
    for pattern in EVALUATION_GLOBS:
        for path in sorted(directory.glob(pattern)):
            sets[path.stem] = read(path)
    return sets


def write(examples: Iterable[Example], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for example in examples:
            out.write(json.dumps(_row(example), ensure_ascii=False) + "\n")


def _row(example: Example) -> dict:
    return {
        "title": example.title,
        "body": example.body,
        "label": example.label,
        "lang": example.lang,
        "kind": example.kind,
        "source": example.source,
    }
