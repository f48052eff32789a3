"""Validate the blind evaluation sets and print their counts.

Usage: python data/pitch/check_eval.py [data/pitch/eval_x.jsonl data/pitch/eval_y.jsonl]
Checks only the file format; it never runs the detector.
"""

import collections
import json
import pathlib
import sys

LABELS = ("blatant", "subtle", "legit")
LANGS = ("en", "fr", "de", "es", "pt", "it", "nl")
REQUIRED = ("title", "body", "label", "lang", "kind")
HERE = pathlib.Path(__file__).parent


def load(path: pathlib.Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        missing = [field for field in REQUIRED if field not in row]
        assert not missing, f"{path}:{number}: missing {missing}"
        assert row["label"] in LABELS, f"{path}:{number}: label {row['label']!r}"
        assert row["lang"] in LANGS, f"{path}:{number}: lang {row['lang']!r}"
        assert row["body"].strip(), f"{path}:{number}: empty body"
        assert row["kind"].strip(), f"{path}:{number}: empty kind"
        rows.append(row)
    return rows


def report(path: pathlib.Path, rows: list[dict]) -> None:
    labels = collections.Counter(row["label"] for row in rows)
    langs = collections.Counter(row["lang"] for row in rows)
    evasive = sum(1 for row in rows if row["kind"].startswith("evasive"))
    print(f"{path.name}: {len(rows)} posts")
    for label in LABELS:
        print(f"  {label:8} {labels[label]:4}  {labels[label] / len(rows):5.1%}")
    print(f"  evasive blatant {evasive} ({evasive / labels['blatant']:.0%} of blatant)")
    print("  lang   " + " ".join(f"{label:>8}" for label in LABELS) + "    total")
    for lang in LANGS:
        cells = " ".join(
            f"{sum(1 for r in rows if r['lang'] == lang and r['label'] == label):8}"
            for label in LABELS
        )
        print(f"  {lang:6} {cells} {langs[lang]:8} {langs[lang] / len(rows):5.1%}")


def main(argv: list[str]) -> int:
    paths = [pathlib.Path(p) for p in argv] or [HERE / "eval_x.jsonl", HERE / "eval_y.jsonl"]
    seen: dict[str, str] = {}
    for path in paths:
        rows = load(path)
        for row in rows:
            key = (row["title"] + "\n" + row["body"]).strip().lower()
            assert key not in seen, (
                f"duplicate post in {path.name} and {seen[key]}: {row['title']!r}"
            )
            seen[key] = path.name
        report(path, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
