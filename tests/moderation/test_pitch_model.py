"""Tests for the learned half of the sales-pitch detector (pitch/model.py and its training)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from community.moderation.pitch import HOLD_THRESHOLD, assess_post, corpus, model, rule_evidence
from community.moderation.pitch import training as pitch_training
from community.moderation.pitch.tokens import MAX_CHARS, tokenize

from .pitch_data import (
    ALL_TRAINING,
    COMPOSED,
    CORPUS,
    EVAL_1,
    EVAL_2,
    EVAL_SETS,
    FRESH_CORPUS,
    HANDWRITTEN,
    HOLDOUT_CORPUS,
    SET_A,
    SET_B,
    SET_C,
    SET_D,
    SET_E,
    TRAIN_MORE,
    TRAINING_POSTS,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "train_pitch_model.py"


def _counts(posts, held) -> dict[str, int]:
    counts = {"blatant": 0, "subtle": 0, "legit": 0}
    for title, body, label in posts:
        counts[label] += held(title, body)
    return counts


def _combined(title: str, body: str) -> bool:
    return assess_post(title, body).verdict == "hold"


def _rules_alone(title: str, body: str) -> bool:
    return rule_evidence(title, body).score >= HOLD_THRESHOLD


# --- The shipped model ----------------------------------------------------------------------------


def test_the_model_file_loads_with_sane_thresholds():
    shipped = model.load()
    assert shipped is not None
    assert len(shipped.parts["word"].vocabulary_) + len(shipped.parts["char"].vocabulary_) > 1000
    assert 0.5 <= shipped.threshold < 1.0
    # A post whose rule signals were explained away by context needs a confident model to hold.
    assert max(shipped.threshold, 0.85) <= shipped.dampened_threshold < 1.0
    assert model.MODEL_PATH.stat().st_size < 1_000_000


def test_a_missing_model_file_leaves_the_rules_alone(tmp_path):
    assert model.load(tmp_path / "missing.skops") is None


def test_the_model_file_records_how_it_was_trained():
    meta = model.load().meta
    assert meta["trained_on"]["posts"] == len(
        CORPUS
        + FRESH_CORPUS
        + HOLDOUT_CORPUS
        + SET_A
        + SET_B
        + SET_C
        + SET_D
        + SET_E
        + TRAINING_POSTS
        + TRAIN_MORE
    )
    assert meta["trained_on"]["posts"] == len(ALL_TRAINING)
    assert meta["cross_validation"]["combined"]["false_hold_rate"] <= 0.02


def test_a_model_file_with_an_untrusted_type_is_refused():
    from skops.io import dumps
    from skops.io.exceptions import UntrustedTypesFoundException

    data = dumps({"rules": {"x": Path("/tmp")}})
    with pytest.raises(UntrustedTypesFoundException):
        model.loads(data)


# --- Training data and evaluation sets ------------------------------------------------------------


def test_there_are_at_least_600_new_training_posts_half_of_them_pitches():
    assert len(HANDWRITTEN) + len(COMPOSED) >= 600
    pitches = sum(label != "legit" for _, _, label in TRAINING_POSTS)
    assert 0.4 <= pitches / len(TRAINING_POSTS) <= 0.6
    assert {label for _, _, label in TRAINING_POSTS} == {"blatant", "subtle", "legit"}


@pytest.mark.parametrize("name", EVAL_SETS)
def test_evaluation_sets_are_30_30_30(name):
    labels = [label for _, _, label in EVAL_SETS[name]]
    assert [labels.count(label) for label in ("blatant", "subtle", "legit")] == [30, 30, 30]


def test_evaluation_posts_are_never_trained_on():
    training = {body for _, body, _ in ALL_TRAINING}
    assert not training & {body for _, body, _ in EVAL_1 + EVAL_2}
    assert not {example.source for example in corpus.training_examples()} & {"eval_1", "eval_2"}
    assert "from tests" not in SCRIPT.read_text(encoding="utf-8")


def test_every_data_line_has_the_documented_fields():
    for path in sorted(corpus.DATA_DIR.glob("*.jsonl")):
        for example in corpus.read(path):
            assert example.label in corpus.LABELS
            assert example.lang in {"en", "fr", "de", "es", "pt", "it", "nl"}
            assert example.kind and example.source


# The first model (pure Python, bigrams) measured EVAL_1 24/16/2 and EVAL_2 25/20/1; the
# scikit-learn model measured 25/23/2 and 25/24/1 at first contact, and 25/24/1 and 26/25/1 once
# retrained with data/pitch/train_more_*.jsonl (docs/pitch.md). The floors are the latest counts
# out of 30, so any change that loses ground fails here.
EVAL_FLOORS = {
    "EVAL_1": {"blatant": 25, "subtle": 24, "legit": 1},
    "EVAL_2": {"blatant": 26, "subtle": 25, "legit": 1},
}
RULES_ALONE = {
    "EVAL_1": {"blatant": 23, "subtle": 12, "legit": 1},
    "EVAL_2": {"blatant": 22, "subtle": 16, "legit": 0},
}


@pytest.mark.parametrize("name", EVAL_SETS)
def test_rules_alone_on_the_evaluation_sets_are_as_documented(name):
    assert _counts(EVAL_SETS[name], _rules_alone) == RULES_ALONE[name]


@pytest.mark.parametrize("name", EVAL_SETS)
def test_combined_detector_on_the_evaluation_sets(name):
    held = _counts(EVAL_SETS[name], _combined)
    floors = EVAL_FLOORS[name]
    assert held["blatant"] >= floors["blatant"]
    assert held["subtle"] >= floors["subtle"]
    assert held["legit"] <= floors["legit"]
    assert held["blatant"] >= RULES_ALONE[name]["blatant"]


# --- Behaviour ------------------------------------------------------------------------------------


def test_a_subtle_pitch_in_new_words_is_held_with_a_sales_language_reason():
    title = "What a decade of outsourced bookkeeping taught me"
    body = (
        "Our bureau keeps the books for 140 owner-managed companies, and the pattern is always "
        "the same: month-end takes three weeks because nobody owns reconciliations. We fix that "
        "in the first quarter for every new client, so anyone wrestling with it is welcome to "
        "drop me a note."
    )
    assessment = assess_post(title, body)
    assert assessment.verdict == "hold"
    reasons = [reason for reason in assessment.reasons if reason.signal == "sales_language"]
    assert len(reasons) == 1
    reason = reasons[0]
    assert reason.text.startswith("Reads like a sales pitch overall: ")
    assert reason.text.endswith(".")
    assert reason.span in f"{title}\n{body}"
    assert reason.span.lower() in reason.text.lower()


def test_sales_language_evidence_never_quotes_function_words_alone():
    for title, body, _ in EVAL_1 + EVAL_2 + SET_E:
        for reason in assess_post(title, body).reasons:
            if reason.signal != "sales_language":
                continue
            quoted = reason.text.split("wording such as ")[1].split(" is typical")[0]
            for phrase in quoted.split(", "):
                words = phrase.strip("“”").lower().split()
                assert any(corpus_word_is_content(word) for word in words), phrase


def corpus_word_is_content(word: str) -> bool:
    from community.moderation.pitch import lexicon

    return lexicon.is_content_word(word.strip(".,:;!?()\"'"))


def test_this_is_never_quoted_as_sales_language():
    body = (
        "This is the platform this team built for this exact problem, and this is where "
        "this week we are taking this to every CFO who wants this. Happy to walk you through this."
    )
    for reason in assess_post("This", body).reasons:
        assert reason.span.lower() != "this"
        assert "“this”" not in reason.text.lower()


def test_a_pricing_question_naming_vendors_is_allowed():
    assessment = assess_post(
        "Quote for expense software",
        "We were quoted $12 per user per month by Pleo and $9 by Spendesk, with 20% off if we "
        "sign this week. Is that normal? Which would you pick?",
    )
    assert assessment.verdict == "allow"
    assert "sales_language" not in {reason.signal for reason in assessment.reasons}


def test_blatant_rule_hits_still_hold_whatever_the_model_says():
    assessment = assess_post("x", "Book a demo: https://calendly.com/x/30min")
    assert assessment.verdict == "hold"
    assert assessment.score >= rule_evidence("x", "Book a demo: https://calendly.com/x/30min").score


def test_tokens_normalise_links_prices_and_accents():
    tokens = [
        token.text
        for token in tokenize(
            "Démo: https://x.io/a, mail a@b.com, +33 1 55 55 01 23, 499 €, $20k, 30 %, 2025"
        )
    ]
    assert tokens == [
        "demo",
        "<url>",
        "mail",
        "<email>",
        "<phone>",
        "<price>",
        "<price>",
        "<pct>",
        "<num>",
    ]


def test_the_model_reads_only_the_first_max_chars():
    text = "hello " * 10_000
    tokens = tokenize(text)
    assert tokens[-1].end <= MAX_CHARS


def test_assessment_stays_fast_for_normal_posts():
    posts = EVAL_1 + EVAL_2
    assess_post(*posts[0][:2])  # loads the model
    started = time.perf_counter()
    for title, body, _ in posts:
        assess_post(title, body)
    per_post = (time.perf_counter() - started) / len(posts)
    # About 5 ms on a laptop; loose for slow CI machines.
    assert per_post < 0.05


# --- Training -------------------------------------------------------------------------------------


def test_fitting_is_deterministic():
    examples = corpus.by_source(corpus.training_examples(), "set_a", "set_e")
    data = pitch_training.prepare(examples)
    first, second = pitch_training.fit(data), pitch_training.fit(data)
    assert first["word"].vocabulary_ == second["word"].vocabulary_
    assert (first["classifier"].coef_ == second["classifier"].coef_).all()


def test_training_returns_model_bytes_and_metrics_that_round_trip():
    examples = corpus.by_source(corpus.training_examples(), "set_a", "set_b", "set_c")
    evaluation = {"set_e": corpus.by_source(corpus.training_examples(), "set_e")}
    model_bytes, metrics = pitch_training.train(examples, evaluation)
    loaded = model.loads(model_bytes)
    assert loaded.meta == metrics
    # The evaluation sets are only measured: without them the model is the same.
    unevaluated = model.loads(pitch_training.train(examples)[0])
    assert unevaluated.threshold == loaded.threshold
    assert (unevaluated.parts["classifier"].coef_ == loaded.parts["classifier"].coef_).all()
    assert metrics["trained_on"]["posts"] == len(examples)
    assert set(metrics["evaluation"]) == {"set_e"}
    assert 0 <= metrics["held_back"]["false_hold_rate"] <= 1
    assert 0 <= metrics["evaluation"]["set_e"]["blatant"]["share"] <= 1


def test_the_training_script_regenerates_the_shipped_model():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
