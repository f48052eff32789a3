"""The labelled posts of data/pitch/ as (title, body, label) tuples, by their original set."""

from __future__ import annotations

from community.moderation.pitch import corpus

Post = tuple[str, str, str]

_TRAINING = corpus.training_examples()
_EVALUATION = corpus.evaluation_sets()


def _posts(examples, *sources: str) -> list[Post]:
    return [(e.title, e.body, e.label) for e in corpus.by_source(examples, *sources)]


def _pairs(posts: list[Post], label: str) -> list[tuple[str, str]]:
    return [(title, body) for title, body, post_label in posts if post_label == label]


CORPUS = _posts(_TRAINING, "corpus")
BLATANT, SUBTLE, LEGIT = (_pairs(CORPUS, label) for label in corpus.LABELS)
FRESH_CORPUS = _posts(_TRAINING, "fresh_corpus")
HOLDOUT_CORPUS = _posts(_TRAINING, "holdout_corpus")
SET_A, SET_B, SET_C, SET_D, SET_E = (_posts(_TRAINING, f"set_{x}") for x in "abcde")
HANDWRITTEN = _posts(_TRAINING, "handwritten")
COMPOSED = _posts(_TRAINING, "composed")
TRAINING_POSTS = HANDWRITTEN + COMPOSED
# data/pitch/train_more_*.jsonl, written later by another author (training only).
TRAIN_MORE = [(e.title, e.body, e.label) for e in _TRAINING if e.source.startswith("train_more")]
# The sets written before the first model was trained and never tuned on (EVAL_1, EVAL_2).
EVAL_1 = _posts(_EVALUATION.get("untuned_eval_1", []), "eval_1")
EVAL_2 = _posts(_EVALUATION.get("untuned_eval_2", []), "eval_2")
EVAL_SETS: dict[str, list[Post]] = {"EVAL_1": EVAL_1, "EVAL_2": EVAL_2}
ALL_TRAINING = [(e.title, e.body, e.label) for e in _TRAINING]
