"""Train the learned half: `train(examples) -> (model_bytes, metrics)`, deterministic and pure
(no Flask, no database; scikit-learn does the fitting).

Features: TF-IDF over word unigrams and bigrams and over character 3-5-grams of the normalised post
(model.model_text), plus the rule signals (RuleEvidence.features). Classifier: L2 logistic
regression with balanced class weights.

Thresholds: 5-fold cross-validation gives every training post a probability from a model that
did not see it. On those (the composed posts excluded: they are formulaic and too easy), the
combined verdict (rules hold, or the model's probability passes `model`, or `dampened` when
context explained a rule signal away) is computed over a grid, and the pair that holds the most
pitches while holding at most MAX_FALSE_HOLD_RATE of legitimate posts is kept. Then `model` is
raised, if need be, above the final model's probability for every legitimate training post, so
that the model alone never holds a post the regression suites say must be allowed.

Metrics: the cross-validated rates, a held-back split (a model trained without a fifth of the
posts, measured on that fifth) and every evaluation set passed in (never used for any choice).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import model as pitch_model
from .assessment import HOLD_THRESHOLD
from .corpus import Example
from .evidence import rule_evidence
from .tokens import tokenize

SEED = 20250611
FOLDS = 5
HELD_BACK_SHARE = 0.2
MAX_FALSE_HOLD_RATE = 0.02
MIN_DAMPENED = 0.85
REGULARISATION = 3.0
THRESHOLD_GRID = [round(0.4 + 0.01 * step, 2) for step in range(56)]
DAMPENED_GRID = [0.85, 0.9, 0.93, 0.95, 0.97, 0.99]
MAX_THRESHOLD = 0.97


@dataclass(frozen=True)
class Prepared:
    example: Example
    text: str
    rule_features: dict[str, float]
    rules_hold: bool
    dampened: bool
    words: int


def prepare(examples: Iterable[Example]) -> list[Prepared]:
    prepared = []
    for example in examples:
        evidence = rule_evidence(example.title, example.body)
        prepared.append(
            Prepared(
                example,
                pitch_model.model_text(evidence.model_text),
                evidence.features(),
                evidence.score >= HOLD_THRESHOLD,
                evidence.dampened,
                pitch_model.word_count(tokenize(evidence.model_text)),
            )
        )
    return prepared


def fit(prepared: Sequence[Prepared]) -> dict:
    """Vectorisers and classifier fitted on `prepared`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [item.text for item in prepared]
    words = TfidfVectorizer(
        analyzer="word",
        token_pattern=r"\S+",
        ngram_range=(1, 2),
        min_df=2,
        max_features=12_000,
        sublinear_tf=True,
        lowercase=False,
    )
    characters = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        min_df=3,
        max_features=15_000,
        sublinear_tf=True,
        lowercase=False,
    )
    rules = DictVectorizer()
    words.fit(texts)
    characters.fit(texts)
    rules.fit([item.rule_features for item in prepared])
    parts = {"word": words, "char": characters, "rules": rules}
    matrix = pitch_model.features_matrix(parts, texts, [item.rule_features for item in prepared])
    classifier = LogisticRegression(
        C=REGULARISATION, class_weight="balanced", max_iter=5000, solver="liblinear"
    )
    classifier.fit(matrix, [int(item.example.is_pitch) for item in prepared])
    parts["classifier"] = classifier
    return parts


def probabilities(parts: dict, prepared: Sequence[Prepared]) -> list[float]:
    matrix = pitch_model.features_matrix(
        parts, [item.text for item in prepared], [item.rule_features for item in prepared]
    )
    return [float(p) for p in parts["classifier"].predict_proba(matrix)[:, 1]]


def train(
    examples: Iterable[Example],
    evaluation: dict[str, list[Example]] | None = None,
    *,
    validation_excludes: Iterable[str] = ("composed",),
) -> tuple[bytes, dict]:
    """Fit on `examples`, choose thresholds by cross-validation, measure; skops bytes + metrics."""
    prepared = prepare(examples)
    excluded = set(validation_excludes)
    folds = _folds(prepared, FOLDS)
    out_of_fold = [0.0] * len(prepared)
    for fold in folds:
        inside = set(fold)
        parts = fit([item for index, item in enumerate(prepared) if index not in inside])
        for index, p in zip(fold, probabilities(parts, [prepared[i] for i in fold]), strict=True):
            out_of_fold[index] = p
    validation = [i for i, item in enumerate(prepared) if _validates(item, excluded)]
    threshold, dampened = _choose_thresholds(
        [prepared[i] for i in validation], [out_of_fold[i] for i in validation]
    )

    final = fit(prepared)
    in_sample = probabilities(final, prepared)
    for item, p in zip(prepared, in_sample, strict=True):
        if (
            not item.example.is_pitch
            and not item.rules_hold
            and item.words >= pitch_model.MIN_MODEL_WORDS
        ):
            if item.dampened:
                dampened = max(dampened, min(round(p + 0.005, 3), 0.995))
            else:
                threshold = max(threshold, min(round(p + 0.005, 3), MAX_THRESHOLD))
    dampened = max(dampened, threshold, MIN_DAMPENED)

    metrics = {
        "trained_on": _label_counts(prepared),
        "thresholds": {"model": threshold, "dampened": dampened},
        "cross_validation": {
            "validation_posts": len(validation),
            "combined": _rates(
                [prepared[i] for i in validation],
                [out_of_fold[i] for i in validation],
                threshold,
                dampened,
            ),
            "rules_alone": _rates([prepared[i] for i in validation], None, threshold, dampened),
        },
        "held_back": _held_back(prepared, threshold, dampened, excluded),
        "evaluation": {},
    }
    model_bytes = pitch_model.dumps(final, threshold, dampened, {})
    model = pitch_model.loads(model_bytes)
    for name, posts in (evaluation or {}).items():
        metrics["evaluation"][name] = evaluate(model, posts)
    model_bytes = pitch_model.dumps(final, threshold, dampened, metrics)
    return model_bytes, metrics


def evaluate(model: pitch_model.Model | None, posts: Sequence[Example]) -> dict:
    """Share held per label (and per language), as assess_post would decide with `model`."""
    from .assessment import combine

    counts: dict[str, dict[str, int]] = {}
    for post in posts:
        verdict = combine(rule_evidence(post.title, post.body), model).verdict
        for key in (post.label, f"{post.lang}:{post.label}"):
            bucket = counts.setdefault(key, {"posts": 0, "held": 0})
            bucket["posts"] += 1
            bucket["held"] += verdict == "hold"
    return {
        key: {**value, "share": round(value["held"] / value["posts"], 4)}
        for key, value in sorted(counts.items())
    }


def _held_back(prepared, threshold, dampened, excluded) -> dict:
    rng = random.Random(SEED + 1)
    candidates = [i for i, item in enumerate(prepared) if _validates(item, excluded)]
    rng.shuffle(candidates)
    held = set(candidates[: int(len(candidates) * HELD_BACK_SHARE)])
    parts = fit([item for i, item in enumerate(prepared) if i not in held])
    chosen = [prepared[i] for i in sorted(held)]
    return {
        "posts": len(chosen),
        **_rates(chosen, probabilities(parts, chosen), threshold, dampened),
    }


def _validates(item: Prepared, excluded: set[str]) -> bool:
    """Composed posts are formulaic and *_variant posts are copies of others: neither measures."""
    return item.example.source not in excluded and not item.example.kind.endswith("_variant")


def _folds(prepared: Sequence[Prepared], count: int) -> list[list[int]]:
    indices = list(range(len(prepared)))
    random.Random(SEED).shuffle(indices)
    return [sorted(indices[start::count]) for start in range(count)]


def _holds(item: Prepared, p: float | None, threshold: float, dampened: float) -> bool:
    if item.rules_hold:
        return True
    if p is None or item.words < pitch_model.MIN_MODEL_WORDS:
        return False
    return p >= (dampened if item.dampened else threshold)


def _rates(items, ps, threshold, dampened) -> dict:
    ps = ps if ps is not None else [None] * len(items)
    held = {"blatant": [0, 0], "subtle": [0, 0], "legit": [0, 0], "pitch": [0, 0]}
    for item, p in zip(items, ps, strict=True):
        bucket = held[item.example.label]
        bucket[0] += _holds(item, p, threshold, dampened)
        bucket[1] += 1
    pitches = [held[label] for label in ("blatant", "subtle", "pitch")]
    pitch_held, pitch_total = sum(b[0] for b in pitches), sum(b[1] for b in pitches)
    legit_held, legit_total = held["legit"]
    return {
        "pitch_recall": round(pitch_held / pitch_total, 4) if pitch_total else None,
        "false_hold_rate": round(legit_held / legit_total, 4) if legit_total else None,
        **{
            f"{label}_held": round(b[0] / b[1], 4)
            for label, b in held.items()
            if b[1] and label != "pitch"
        },
    }


def _choose_thresholds(items, ps) -> tuple[float, float]:
    best: tuple[float, float, float, float] | None = None
    for threshold in THRESHOLD_GRID:
        for dampened in DAMPENED_GRID:
            if dampened < max(threshold, MIN_DAMPENED):
                continue
            rates = _rates(items, ps, threshold, dampened)
            if (
                rates["false_hold_rate"] is not None
                and rates["false_hold_rate"] > MAX_FALSE_HOLD_RATE
            ):
                continue
            key = (rates["pitch_recall"] or 0.0, threshold, dampened)
            if best is None or key > best[:3]:
                best = (*key, 0.0)
    if best is None:
        return THRESHOLD_GRID[-1], DAMPENED_GRID[-1]
    return best[1], best[2]


def _label_counts(prepared: Sequence[Prepared]) -> dict[str, int]:
    counts = {"posts": len(prepared), "pitches": 0, "legit": 0}
    for item in prepared:
        counts["pitches" if item.example.is_pitch else "legit"] += 1
    return counts
