"""Train the learned half of the sales-pitch detector; write community/moderation/pitch_model.json.

    .venv/bin/python scripts/train_pitch_model.py            # train and write the JSON
    .venv/bin/python scripts/train_pitch_model.py --check    # train, compare with the shipped JSON

Training data: every labelled post in tests/moderation except the evaluation sets (pitch_eval.py),
which this script never imports. Labels: blatant and subtle -> 1 (pitch), legit -> 0.

Model: L2-regularised logistic regression over the features of pitch_model.feature_vector (word
unigrams and bigrams seen in at least MIN_DF training posts, plus the rule signals), fitted by
full-batch gradient descent with Adam for a fixed number of steps. Pure Python: a few thousand
posts train in seconds. Deterministic: fixed seed for the folds, sorted feature order, no
parallelism, so a rerun writes the same bytes.

Thresholds: 5-fold cross-validation gives every training post a probability from a model that did
not see it. On the out-of-fold predictions for the hand-written posts (the composed posts in
pitch_train.py are formulaic and too easy to measure anything with), the combined verdict
(rules hold, or the model's probability passes its threshold: `model` normally, `dampened` when
context such as a pricing question or hiring explained a rule signal away) is computed for a grid
of thresholds, and the
pair that holds the most pitches while holding at most MAX_FALSE_HOLD_RATE of legitimate posts is
kept (ties go to the higher thresholds). `dampened` is never below max(`model`, MIN_DAMPENED).
Finally the thresholds are raised, if need be, above the final model's probability for every
legitimate training post (and every composed one), so that the model alone never holds a post
the regression suites in tests/moderation say must be allowed.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from community.moderation import pitch_model  # noqa: E402
from community.moderation.pitch import rule_evidence  # noqa: E402

SEED = 20250611
FOLDS = 5
MIN_DF = 2
L2 = 3e-4
STEPS = 400
LEARNING_RATE = 0.05
MAX_FALSE_HOLD_RATE = 0.02
MIN_DAMPENED = 0.85
THRESHOLD_GRID = [round(0.5 + 0.01 * step, 2) for step in range(50)]
DAMPENED_GRID = [0.85, 0.9, 0.93, 0.95, 0.97, 0.99]
DECIMALS = 4

Example = tuple[dict[str, float], int, bool, bool]  # features, label, rules hold, dampened


def training_posts() -> list[tuple[str, str, str]]:
    from tests.moderation.pitch_corpus import CORPUS, FRESH_CORPUS, HOLDOUT_CORPUS
    from tests.moderation.pitch_fresh import SET_A, SET_B, SET_C, SET_D, SET_E
    from tests.moderation.pitch_train import COMPOSED, HANDWRITTEN

    return (
        CORPUS
        + FRESH_CORPUS
        + HOLDOUT_CORPUS
        + SET_A
        + SET_B
        + SET_C
        + SET_D
        + SET_E
        + HANDWRITTEN
        + COMPOSED  # last: validation uses the posts before these
    )


def examples(posts: list[tuple[str, str, str]]) -> list[Example]:
    result = []
    for title, body, label in posts:
        evidence = rule_evidence(title, body)
        features = pitch_model.feature_vector(evidence.model_text, evidence.features())
        result.append((features, int(label != "legit"), evidence.score >= 0.5, evidence.dampened))
    return result


def fit(train: list[Example]) -> tuple[dict[str, float], float]:
    """Logistic regression, L2 on the weights (not the bias), Adam on the full batch."""
    document_frequency: dict[str, int] = {}
    for features, *_ in train:
        for name in features:
            document_frequency[name] = document_frequency.get(name, 0) + 1
    names = sorted(
        name for name, count in document_frequency.items() if count >= MIN_DF or name[:2] == "r:"
    )
    index = {name: position for position, name in enumerate(names)}
    rows = [
        (
            [index[name] for name in features if name in index],
            [value for name, value in features.items() if name in index],
            label,
        )
        for features, label, *_ in train
    ]
    weights = [0.0] * (len(names) + 1)  # the last one is the bias
    first = [0.0] * len(weights)
    second = [0.0] * len(weights)
    bias = len(names)
    count = len(rows)
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        gradient = [0.0] * len(weights)
        for columns, values, label in rows:
            logit = weights[bias] + sum(
                weights[c] * v for c, v in zip(columns, values, strict=True)
            )
            error = (1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0))) - label) / count
            for column, value in zip(columns, values, strict=True):
                gradient[column] += error * value
            gradient[bias] += error
        for column in range(len(names)):
            gradient[column] += L2 * weights[column]
        correction1 = 1 - beta1**step
        correction2 = 1 - beta2**step
        for column, value in enumerate(gradient):
            first[column] = beta1 * first[column] + (1 - beta1) * value
            second[column] = beta2 * second[column] + (1 - beta2) * value * value
            weights[column] -= (
                LEARNING_RATE
                * (first[column] / correction1)
                / (math.sqrt(second[column] / correction2) + epsilon)
            )
    return dict(zip(names, weights[:-1], strict=True)), weights[bias]


def probability(weights: dict[str, float], bias: float, features: dict[str, float]) -> float:
    logit = pitch_model.predict_logit(weights, bias, features)
    return 1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0)))


def out_of_fold(data: list[Example]) -> list[float]:
    order = list(range(len(data)))
    random.Random(SEED).shuffle(order)
    predictions = [0.0] * len(data)
    for fold in range(FOLDS):
        held = set(order[fold::FOLDS])
        weights, bias = fit([example for i, example in enumerate(data) if i not in held])
        for i in held:
            predictions[i] = probability(weights, bias, data[i][0])
    return predictions


def verdicts(data: list[Example], predictions: list[float], model: float, damp: float):
    return [
        rules_hold or p >= (damp if dampened else model)
        for (_, _, rules_hold, dampened), p in zip(data, predictions, strict=True)
    ]


def choose_thresholds(data: list[Example], predictions: list[float]) -> dict[str, float]:
    legit = sum(1 for example in data if not example[1])
    best: tuple[int, float, float] | None = None
    for model in THRESHOLD_GRID:
        for damp in DAMPENED_GRID:
            if damp < max(model, MIN_DAMPENED):
                continue
            held = verdicts(data, predictions, model, damp)
            false_holds = sum(h and not e[1] for h, e in zip(held, data, strict=True))
            if false_holds > MAX_FALSE_HOLD_RATE * legit:
                continue
            caught = sum(h and e[1] for h, e in zip(held, data, strict=True))
            if best is None or (caught, model, damp) > best:
                best = (caught, model, damp)
    assert best is not None, "no threshold keeps false holds under the limit"
    return {"model": best[1], "dampened": best[2]}


def rates(data: list[Example], held: list[bool]) -> dict[str, float]:
    pitches = [h for h, e in zip(held, data, strict=True) if e[1]]
    legit = [h for h, e in zip(held, data, strict=True) if not e[1]]
    return {
        "pitch_recall": round(sum(pitches) / len(pitches), 4),
        "false_hold_rate": round(sum(legit) / len(legit), 4),
    }


def build() -> dict:
    posts = training_posts()
    data = examples(posts)
    predictions = out_of_fold(data)
    from tests.moderation.pitch_train import COMPOSED

    validation = data[: len(data) - len(COMPOSED)]
    validation_predictions = predictions[: len(validation)]
    thresholds = choose_thresholds(validation, validation_predictions)
    rules_only = [example[2] for example in validation]
    combined = verdicts(
        validation, validation_predictions, thresholds["model"], thresholds["dampened"]
    )
    weights, bias = fit(data)
    for example in data:
        features, label, rules_hold, dampened = example
        if label or rules_hold:
            continue
        key = "dampened" if dampened else "model"
        above = math.floor(probability(weights, bias, features) * 100 + 1) / 100
        thresholds[key] = min(max(thresholds[key], above), 0.99)
    thresholds["dampened"] = max(thresholds["dampened"], thresholds["model"])
    kept = {
        name: round(weight, DECIMALS)
        for name, weight in sorted(weights.items())
        if abs(round(weight, DECIMALS)) >= 10**-DECIMALS * 5
    }
    return {
        "version": 1,
        "trained_on": {
            "posts": len(posts),
            "pitches": sum(example[1] for example in data),
            "legit": sum(1 - example[1] for example in data),
        },
        "cross_validation": {
            "folds": FOLDS,
            "validation_posts": len(validation),
            "rules_alone": rates(validation, rules_only),
            "combined": rates(validation, combined),
        },
        "thresholds": thresholds,
        "bias": round(bias, DECIMALS),
        "weights": kept,
    }


def render(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped JSON")
    parser.add_argument("--output", type=Path, default=pitch_model.MODEL_PATH)
    arguments = parser.parse_args()
    text = render(build())
    if arguments.check:
        same = pitch_model.MODEL_PATH.read_text(encoding="utf-8") == text
        print("pitch_model.json is up to date" if same else "pitch_model.json differs")
        return 0 if same else 1
    arguments.output.write_text(text, encoding="utf-8")
    print(f"wrote {arguments.output} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
