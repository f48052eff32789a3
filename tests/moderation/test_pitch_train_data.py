"""The extra training posts in data/pitch/train_more_*.jsonl keep their shape and their balance."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_pitch_train_data.py"


def load_checker():
    spec = importlib.util.spec_from_file_location("check_pitch_train_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_training_line_is_a_valid_labelled_post():
    posts, errors = load_checker().load_all()
    assert errors == []
    assert len(posts) >= 1800


def test_training_posts_are_mostly_legit_and_half_english():
    posts, _ = load_checker().load_all()
    labels = Counter(post["label"] for post in posts)
    langs = Counter(post["lang"] for post in posts)
    assert labels["legit"] / len(posts) >= 0.45
    assert min(labels["subtle"], labels["blatant"]) / len(posts) >= 0.2
    assert 0.45 <= langs["en"] / len(posts) <= 0.55
    assert all(langs[lang] >= 100 for lang in ("fr", "de", "es", "pt", "it", "nl"))


def test_the_checker_reports_a_broken_line(tmp_path):
    checker = load_checker()
    bad = tmp_path / "train_more_en.jsonl"
    bad.write_text('{"title": "x"}\nnot json\n', encoding="utf-8")
    posts, errors = checker.check_file(bad, set())
    assert posts == []
    assert [error.split(": ", 1)[1][:8] for error in errors] == ["fields m", "not JSON"]
