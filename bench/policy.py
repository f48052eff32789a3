"""Measure the sales-pitch policy on the evaluation sets: share held by label and language, and
milliseconds per post on one core.

    .venv/bin/python bench/policy.py [--json out.json] [--strict]

Evaluation sets: data/pitch/eval_*.jsonl and data/pitch/untuned_eval_*.jsonl (never trained or
tuned on); a missing set is reported as missing. Targets: >= 95% of blatant and >= 85% of subtle
pitches held, <= 2% of legitimate posts held, <= 10 ms per post. --strict exits 1 on a miss.
"""

from __future__ import annotations

import os

# One core: the numeric libraries must not fan out over threads.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from community.moderation.pitch import assess_post, corpus  # noqa: E402

TARGETS = {"blatant": (">=", 0.95), "subtle": (">=", 0.85), "legit": ("<=", 0.02)}
MS_PER_POST_TARGET = 10.0


def measure(posts: list[corpus.Example]) -> dict:
    counts: dict[str, dict[str, int]] = {}
    started = time.perf_counter()
    for post in posts:
        held = assess_post(post.title, post.body).verdict == "hold"
        label = "legit" if post.label == "legit" else post.label
        for key in (label, f"{post.lang}:{label}"):
            bucket = counts.setdefault(key, {"posts": 0, "held": 0})
            bucket["posts"] += 1
            bucket["held"] += held
    elapsed = time.perf_counter() - started
    return {
        "posts": len(posts),
        "ms_per_post": round(1000 * elapsed / len(posts), 2) if posts else None,
        "held": {
            key: {**value, "share": round(value["held"] / value["posts"], 4)}
            for key, value in sorted(counts.items())
        },
    }


def _meets(label: str, share: float) -> bool:
    operator, target = TARGETS[label]
    return share >= target if operator == ">=" else share <= target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    arguments = parser.parse_args()

    sets = corpus.evaluation_sets()
    if not any(path.startswith("eval_") for path in sets):
        print("No data/pitch/eval_*.jsonl yet: reporting on the untuned sets only.")
    assess_post("warm-up", "Loads the model before timing.")
    results = {name: measure(posts) for name, posts in sets.items()}
    everything = [post for posts in sets.values() for post in posts]
    if len(sets) > 1:
        results["all"] = measure(everything)

    missed = []
    for name, result in results.items():
        print(f"\n{name}: {result['posts']} posts, {result['ms_per_post']} ms/post")
        for label in TARGETS:
            bucket = result["held"].get(label)
            if not bucket:
                continue
            ok = _meets(label, bucket["share"])
            operator, target = TARGETS[label]
            print(
                f"  {label:8} held {bucket['held']:>4}/{bucket['posts']:<4} "
                f"{100 * bucket['share']:5.1f}%  (target {operator} {100 * target:.0f}%)"
                f"{'' if ok else '  MISSED'}"
            )
            if not ok and (name == "all" or len(sets) == 1):
                missed.append(f"{name}:{label}")
        languages = sorted({key.split(":")[0] for key in result["held"] if ":" in key})
        for language in languages:
            parts = []
            for label in TARGETS:
                bucket = result["held"].get(f"{language}:{label}")
                if bucket:
                    parts.append(f"{label} {bucket['held']}/{bucket['posts']}")
            print(f"    {language}: " + ", ".join(parts))
    slowest = max((r["ms_per_post"] or 0) for r in results.values()) if results else 0
    if slowest > MS_PER_POST_TARGET:
        missed.append("ms_per_post")
    print(f"\nSpeed: at most {slowest} ms per post (target <= {MS_PER_POST_TARGET:.0f} ms).")
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if missed:
        print("Targets missed: " + ", ".join(missed))
    return 1 if missed and arguments.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
