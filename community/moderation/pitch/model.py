"""The learned half of the sales-pitch detector: logistic regression over TF-IDF word and character
n-grams of the post plus the rule signals, persisted with skops (never pickle).

The rules recognise wordings; a pitch written in words they do not list slips through. The model
scores the post as a whole. It is trained by community.moderation.pitch.training (from the shipped
corpus in data/pitch/ and moderators' decisions) and shipped as pitch_model.skops next to this
file; a version activated in the database replaces it (community.moderation.model_versions).
scikit-learn and skops are imported on first use, so importing the package stays light.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from . import lexicon
from .tokens import MAX_CHARS, tokenize

MODEL_PATH = Path(__file__).with_name("pitch_model.skops")

# The only types a model file may contain; skops refuses anything else.
TRUSTED_TYPES = [
    "builtins.dict",
    "builtins.float",
    "builtins.int",
    "builtins.list",
    "builtins.str",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
]


# Below this many words a post is too short for the model to judge on its own; the rules decide.
MIN_MODEL_WORDS = 12


def word_count(tokens) -> int:
    return sum(1 for token in tokens if not token.text.startswith("<"))


def model_text(text: str) -> str:
    """The post as the vectorisers see it: folded words and placeholders, space-separated."""
    return " ".join(token.text for token in tokenize(text[:MAX_CHARS]))


@dataclass(frozen=True)
class ModelScore:
    probability: float
    # The word n-grams that pushed the score up most and are in the post: (weight, span).
    phrases: tuple[tuple[float, tuple[int, int]], ...]
    words: int = 0


@dataclass(frozen=True)
class Model:
    parts: dict[str, Any]
    threshold: float
    dampened_threshold: float
    meta: dict[str, Any]

    def probabilities(self, texts: list[str], rule_features: list[dict[str, float]]) -> list[float]:
        matrix = features_matrix(self.parts, [model_text(text) for text in texts], rule_features)
        return [float(p) for p in self.parts["classifier"].predict_proba(matrix)[:, 1]]

    def score(self, text: str, rule_features: dict[str, float]) -> ModelScore:
        tokens = tokenize(text)
        if not tokens:
            return ModelScore(0.0, (), 0)
        joined = " ".join(token.text for token in tokens)
        matrix = features_matrix(self.parts, [joined], [rule_features])
        probability = float(self.parts["classifier"].predict_proba(matrix)[0, 1])
        return ModelScore(probability, self._phrases(matrix, tokens), word_count(tokens))

    def _phrases(self, matrix, tokens) -> tuple[tuple[float, tuple[int, int]], ...]:
        """The 2-3 strongest word n-grams, each with a content word, not overlapping."""
        words = self.parts["word"]
        vocabulary_size = len(words.vocabulary_)
        coefficients = self.parts["classifier"].coef_[0]
        row = matrix.getrow(0).tocoo()
        names = self.parts["word_names"]
        weighted = sorted(
            (
                (float(coefficients[column] * value), names[column])
                for column, value in zip(row.col, row.data, strict=True)
                if column < vocabulary_size and coefficients[column] > 0
            ),
            reverse=True,
        )
        texts = [token.text for token in tokens]
        chosen: list[tuple[float, tuple[int, int]]] = []
        for weight, name in weighted:
            gram = name.split(" ")
            if not any(lexicon.is_content_word(word) for word in gram):
                continue
            span = _find(texts, gram, tokens)
            if span is None or any(span[0] < end and start < span[1] for _, (start, end) in chosen):
                continue
            chosen.append((weight, span))
            if len(chosen) == 3:
                break
        return tuple(chosen)


def _find(texts: list[str], gram: list[str], tokens) -> tuple[int, int] | None:
    for index in range(len(texts) - len(gram) + 1):
        if texts[index : index + len(gram)] == gram:
            return tokens[index].start, tokens[index + len(gram) - 1].end
    return None


def features_matrix(parts: dict[str, Any], texts: list[str], rule_features: list[dict]):
    from scipy.sparse import hstack

    return hstack(
        [
            parts["word"].transform(texts),
            parts["char"].transform(texts),
            parts["rules"].transform(rule_features),
        ]
    ).tocsr()


# Vectoriser settings that are rebuilt on load; everything else is the fitted vocabulary and idf.
_VECTORISER_PARAMS = (
    "analyzer",
    "token_pattern",
    "ngram_range",
    "min_df",
    "max_features",
    "sublinear_tf",
    "lowercase",
)


def dumps(parts: dict[str, Any], threshold: float, dampened: float, meta: dict) -> bytes:
    """skops bytes. Vocabularies go in as one string each: skops would write a file per term."""
    import zipfile

    from skops.io import dumps as skops_dumps

    bundle: dict[str, Any] = {
        "rules": parts["rules"],
        "classifier": parts["classifier"],
        "thresholds": {"model": float(threshold), "dampened": float(dampened)},
        "meta": json.dumps(meta, sort_keys=True),
    }
    for name in ("word", "char"):
        vectoriser = parts[name]
        terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.get)
        params = vectoriser.get_params()
        bundle[f"{name}_params"] = json.dumps({key: params[key] for key in _VECTORISER_PARAMS})
        bundle[f"{name}_terms"] = "\n".join(terms)
        bundle[f"{name}_idf"] = vectoriser.idf_
    return skops_dumps(bundle, compression=zipfile.ZIP_DEFLATED, compresslevel=9)


def loads(data: bytes) -> Model:
    """A model from skops bytes; refuses any type not in TRUSTED_TYPES."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from skops.io import loads as skops_loads

    bundle = skops_loads(data, trusted=TRUSTED_TYPES)
    parts: dict[str, Any] = {"rules": bundle["rules"], "classifier": bundle["classifier"]}
    for name in ("word", "char"):
        params = json.loads(bundle[f"{name}_params"])
        params["ngram_range"] = tuple(params["ngram_range"])
        terms = bundle[f"{name}_terms"].split("\n") if bundle[f"{name}_terms"] else []
        vectoriser = TfidfVectorizer(**params, vocabulary=terms)
        vectoriser._validate_vocabulary()
        vectoriser.idf_ = bundle[f"{name}_idf"]
        parts[name] = vectoriser
    parts["word_names"] = [
        term for term, _ in sorted(parts["word"].vocabulary_.items(), key=lambda item: item[1])
    ]
    return Model(
        parts=parts,
        threshold=float(bundle["thresholds"]["model"]),
        dampened_threshold=float(bundle["thresholds"]["dampened"]),
        meta=json.loads(bundle["meta"]),
    )


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is missing (the rules then work alone)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return loads(data)


def metadata(data: bytes) -> dict:
    return loads(data).meta
