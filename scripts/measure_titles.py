"""Measure the title engine on a labelled set in data/titles/ (TSV: title, eligibility, level).

    python scripts/measure_titles.py data/titles/fresh_g.tsv [--errors]

Prints the confusion matrix (rows: label, columns: engine; eligible / review / ineligible),
accuracy, false admits (ineligible judged eligible) and clear titles sent to review.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from community.membership.titles import assess_title  # noqa: E402
from community.membership.titles.data import read_cases  # noqa: E402

ORDER = ("eligible", "review", "ineligible")


def main(path: str, show_errors: bool) -> None:
    cases = read_cases(Path(path))
    confusion: Counter = Counter()
    errors = []
    for case in cases:
        result = assess_title(case.title)
        confusion[(case.eligibility, result.eligibility)] += 1
        if result.eligibility != case.eligibility:
            errors.append((case, result))
    total = len(cases)
    right = sum(n for (want, got), n in confusion.items() if want == got)
    clear = [c for c in cases if c.eligibility != "review"]
    to_review = sum(confusion[(want, "review")] for want in ("eligible", "ineligible"))
    print(f"{Path(path).name}: {total} titles")
    for want in ORDER:
        row = "  ".join(f"{confusion[(want, got)]:3d}" for got in ORDER)
        print(f"  {want[0].upper()}: {row}")
    print(
        f"  accuracy {right / total:.1%}; false admits {confusion[('ineligible', 'eligible')]}; "
        f"clear titles sent to review {to_review}/{len(clear)} ({to_review / len(clear):.1%})"
    )
    if show_errors:
        for case, result in errors:
            print(
                f"  {case.eligibility:>10} -> {result.eligibility:<10} {case.title!r} "
                f"[{result.rule}] {result.explanation}"
            )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0], "--errors" in sys.argv)
