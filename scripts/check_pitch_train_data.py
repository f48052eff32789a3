"""Validate the training posts in data/pitch/train_more_<lang>.jsonl and print their counts.

    .venv/bin/python scripts/check_pitch_train_data.py

Each line must be one JSON object with exactly the fields title, body, label, lang, kind and source;
label one of blatant/subtle/legit, lang one of the seven forum languages and equal to the file's,
kind a short snake_case name, source "train_more_2026_12", and no (title, body) pair twice. Only
train_more_*.jsonl files are read: the held-out evaluation files in that folder are never opened.
Exits 1 if any line fails.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "pitch"
FIELDS = {"title", "body", "label", "lang", "kind", "source"}
LABELS = ("blatant", "subtle", "legit")
LANGS = ("en", "fr", "de", "es", "pt", "it", "nl")
SOURCE = "train_more_2026_12"
KIND = re.compile(r"^[a-z][a-z0-9_]{2,39}$")


def check_file(path: Path, seen: set[tuple[str, str]]) -> tuple[list[dict], list[str]]:
    """Return the valid posts of one file and one message per invalid line."""
    lang = path.stem.removeprefix("train_more_")
    posts, errors = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        try:
            post = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"{where}: not JSON ({error})")
            continue
        if not isinstance(post, dict) or set(post) != FIELDS:
            errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
            continue
        problems = [
            name
            for name, ok in (
                ("title", isinstance(post["title"], str) and post["title"].strip() != ""),
                ("body", isinstance(post["body"], str) and post["body"].strip() != ""),
                ("label", post["label"] in LABELS),
                ("lang", post["lang"] == lang and lang in LANGS),
                ("kind", isinstance(post["kind"], str) and bool(KIND.match(post["kind"]))),
                ("source", post["source"] == SOURCE),
            )
            if not ok
        ]
        if problems:
            errors.append(f"{where}: bad {', '.join(problems)}")
            continue
        key = (post["title"], post["body"])
        if key in seen:
            errors.append(f"{where}: duplicate post {post['title']!r}")
            continue
        seen.add(key)
        posts.append(post)
    return posts, errors


def load_all() -> tuple[list[dict], list[str]]:
    seen: set[tuple[str, str]] = set()
    posts, errors = [], []
    for path in sorted(DATA.glob("train_more_*.jsonl")):
        file_posts, file_errors = check_file(path, seen)
        posts += file_posts
        errors += file_errors
    return posts, errors


def report(posts: list[dict]) -> str:
    total = len(posts)
    by_label = Counter(post["label"] for post in posts)
    by_lang = Counter(post["lang"] for post in posts)
    cells = Counter((post["lang"], post["label"]) for post in posts)
    lines = [f"total {total}"]
    shares = [f"{label} {by_label[label]} ({by_label[label] / total:.1%})" for label in LABELS]
    lines.append("labels  " + "  ".join(shares))
    shares = [f"{lang} {by_lang[lang]} ({by_lang[lang] / total:.1%})" for lang in LANGS]
    lines.append("langs   " + "  ".join(shares))
    lines.append("")
    lines.append("lang   " + "".join(f"{label:>9}" for label in LABELS) + "    total")
    for lang in LANGS:
        row = "".join(f"{cells[(lang, label)]:>9}" for label in LABELS)
        lines.append(f"{lang:<7}{row}{by_lang[lang]:>9}")
    lines.append("")
    lines.append("kinds")
    for (label, kind), count in sorted(
        Counter((post["label"], post["kind"]) for post in posts).items(),
        key=lambda item: (LABELS.index(item[0][0]), -item[1], item[0][1]),
    ):
        lines.append(f"  {label:<8} {kind:<30} {count:>4}")
    return "\n".join(lines)


def main() -> int:
    posts, errors = load_all()
    for error in errors:
        print(error, file=sys.stderr)
    if posts:
        print(report(posts))
    return 1 if errors or not posts else 0


if __name__ == "__main__":
    sys.exit(main())
