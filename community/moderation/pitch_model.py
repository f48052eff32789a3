"""The learned half of the sales-pitch detector: a logistic regression over words and rule signals.

The rules in pitch.py recognise wordings; a pitch written in words they do not list slips through.
This model scores the post as a whole: word unigrams and bigrams (lowercased, accents folded, with
links, emails, phone numbers, prices, percentages and other numbers replaced by <url>, <email>,
<phone>, <price>, <pct> and <num>), plus the rule signals themselves (the strongest weight of each
signal after context, the rule score, which contexts were found). Text features are binary and
scaled to unit length, so a long post does not outweigh a short one.

It is trained offline by scripts/train_pitch_model.py on the labelled posts in tests/moderation
(pitch_corpus.py, pitch_fresh.py, pitch_train.py; never pitch_eval.py) and shipped as
pitch_model.json next to this file: weights, bias, and the two probability thresholds chosen on
cross-validated predictions (see that script). The JSON is read once, on first use, and cached.

Pure Python on purpose (standard library only), like pitch.py, which imports it. Reads at most
MAX_CHARS characters of a post, so scoring stays a fraction of a millisecond for normal posts and
bounded for huge ones.

How pitch.py combines the two is described in pitch.py's docstring; the measured numbers are
there too.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("pitch_model.json")
MAX_CHARS = 20_000

# Order matters: the first alternative that matches at a position wins.
_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>()\[\]\"']{1,300}"
    r"|(?<![\w@.-])(?:[a-z0-9-]{1,63}\.){1,3}(?:com|io|ai|co|net|org|app|dev|fm|eu|uk|de|fr|es|"
    r"it|nl|pt|be|ch|at|ie|biz|info|health|coach|agency|events|farm|edu|gov|cl|mx)"
    r"(?:/[^\s<>()\[\]\"']{0,300})?(?![\w-]))"
    r"|(?P<email>[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,4}[a-z]{2,24})"
    r"|(?P<phone>\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){2,4}"
    r"|\(?0\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}(?![\d,]))"
    r"|(?P<price>[$€£]\s?\d[\d,.]*(?:\s?[km](?![a-z]))?"
    r"|\d[\d,.]*\s?(?:€|£|\$|k€|eur\b|euros?\b|usd\b|dollars?\b|gbp\b))"
    r"|(?P<pct>\d+(?:[.,]\d+)?\s?%)"
    r"|(?P<num>\d+(?:[.,:/]\d+)*)"
    r"|(?P<arrow>→|->|👉|⬇️?|👇)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)",
    re.IGNORECASE,
)
_PLACEHOLDERS = {
    "url": "<url>",
    "email": "<email>",
    "phone": "<phone>",
    "price": "<price>",
    "pct": "<pct>",
    "num": "<num>",
    "arrow": "<arrow>",
}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return not self.text.startswith("<")


def fold(word: str) -> str:
    """Lowercase, drop accents, straighten apostrophes: "Démo" and "demo" are one feature."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text[:MAX_CHARS]):
        kind = match.lastgroup or "word"
        value = fold(match.group(0)) if kind == "word" else _PLACEHOLDERS[kind]
        tokens.append(Token(value, match.start(), match.end()))
    return tokens


def text_features(tokens: list[Token]) -> dict[str, tuple[int, int]]:
    """Unigram and bigram feature names, each with the span of its first occurrence."""
    features: dict[str, tuple[int, int]] = {}
    previous: Token | None = None
    for token in tokens:
        features.setdefault(f"w:{token.text}", (token.start, token.end))
        if previous is not None:
            features.setdefault(f"b:{previous.text} {token.text}", (previous.start, token.end))
        previous = token
    return features


@dataclass(frozen=True)
class ModelScore:
    probability: float
    # The features that pushed the score up most and whose words are in the post: (weight, span).
    phrases: tuple[tuple[float, tuple[int, int]], ...]


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    dampened_threshold: float

    def score(self, text: str, rule_features: dict[str, float]) -> ModelScore:
        tokens = tokenize(text)
        if not tokens:
            return ModelScore(0.0, ())
        features = text_features(tokens)
        scale = 1.0 / math.sqrt(len(features))
        logit = self.bias
        contributions = []
        for name, span in features.items():
            weight = self.weights.get(name)
            if weight is not None:
                logit += weight * scale
                if weight > 0:
                    contributions.append((weight, span, name))
        for name, value in rule_features.items():
            logit += self.weights.get(name, 0.0) * value
        probability = 1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0)))
        return ModelScore(probability, _top_phrases(contributions, tokens))


def _top_phrases(
    contributions: list[tuple[float, tuple[int, int], str]], tokens: list[Token]
) -> tuple[tuple[float, tuple[int, int]], ...]:
    """The 2-3 strongest phrases that contain a word (not only <url> or <num>), not overlapping."""
    chosen: list[tuple[float, tuple[int, int]]] = []
    for weight, span, name in sorted(contributions, key=lambda item: (-item[0], item[1])):
        words = name[2:].split(" ")
        if not any(not word.startswith("<") and len(word) > 2 for word in words):
            continue
        if any(span[0] < end and start < span[1] for _, (start, end) in chosen):
            continue
        chosen.append((weight, span))
        if len(chosen) == 3:
            break
    return tuple(chosen)


def predict_logit(
    weights: dict[str, float], bias: float, features: dict[str, float]
) -> float:  # used by the training script, so that it scores exactly as Model.score does
    return bias + sum(weights.get(name, 0.0) * value for name, value in features.items())


def feature_vector(text: str, rule_features: dict[str, float]) -> dict[str, float]:
    """The model's input as a sparse vector: scaled text features plus the rule features."""
    features = text_features(tokenize(text))
    vector: dict[str, float] = {}
    if features:
        scale = 1.0 / math.sqrt(len(features))
        vector = dict.fromkeys(features, scale)
    vector.update(rule_features)
    return vector


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is missing (the rules then work alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model(
        weights=data["weights"],
        bias=data["bias"],
        threshold=data["thresholds"]["model"],
        dampened_threshold=data["thresholds"]["dampened"],
    )
