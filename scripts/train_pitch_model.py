"""Train the shipped sales-pitch model; write community/moderation/pitch/pitch_model.skops.

    .venv/bin/python scripts/train_pitch_model.py            # train, write the model and metrics
    .venv/bin/python scripts/train_pitch_model.py --check    # train, compare with the shipped one

Training data: data/pitch/ (corpus, fresh sets, hand-written and composed posts, and any
train_more_*.jsonl). The evaluation sets (untuned_eval_*.jsonl, eval_*.jsonl) are only measured,
never trained or tuned on. How the thresholds are chosen: community/moderation/pitch/training.py.
In the app, `flask --app wsgi moderation train-pitch-model` adds moderators' decisions and stores
a candidate version in the database instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from community.moderation.pitch import corpus, model, training  # noqa: E402

METRICS_PATH = ROOT / "data" / "pitch" / "model_metrics.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model")
    arguments = parser.parse_args()
    model_bytes, metrics = training.train(corpus.training_examples(), corpus.evaluation_sets())
    if arguments.check:
        shipped = model.load()
        fresh = model.loads(model_bytes)
        if shipped is None:
            print("No shipped model file.", file=sys.stderr)
            return 1
        same = (
            shipped.threshold == fresh.threshold
            and shipped.dampened_threshold == fresh.dampened_threshold
            and shipped.meta.get("trained_on") == metrics["trained_on"]
            and shipped.parts["word"].vocabulary_ == fresh.parts["word"].vocabulary_
            and (shipped.parts["classifier"].coef_ == fresh.parts["classifier"].coef_).all()
        )
        if not same:
            print("The shipped model differs from a fresh training run.", file=sys.stderr)
            return 1
        print("The shipped model matches a fresh training run.")
        return 0
    model.MODEL_PATH.write_bytes(model_bytes)
    METRICS_PATH.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({key: metrics[key] for key in ("trained_on", "thresholds")}))
    print(f"Wrote {model.MODEL_PATH.relative_to(ROOT)} ({len(model_bytes):,} bytes).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
