"""Precision and recall of (norm, norm_unit) against hand-annotated seed articles."""

from collections import Counter
from pathlib import Path

import yaml

from tests.conftest import article

ANNOTATIONS = Path(__file__).parent / "annotations" / "seeds.yaml"


def score(seed_summaries) -> tuple[int, int, int]:
    gold_all = yaml.safe_load(ANNOTATIONS.read_text("utf-8"))
    tp = fp = fn = 0
    for items in gold_all.values():
        for item_id, gold in items.items():
            g = Counter((round(float(n), 2), u) for n, u, _ in gold)
            e = Counter((round(float(s["norm"]), 2), s["norm_unit"]) for s in article(seed_summaries, item_id)["stats"])
            hit = sum((g & e).values())
            tp, fp, fn = tp + hit, fp + sum(e.values()) - hit, fn + sum(g.values()) - hit
    return tp, fp, fn


def test_precision_and_recall(seed_summaries):
    tp, fp, fn = score(seed_summaries)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nstatistics accuracy: tp={tp} fp={fp} fn={fn} precision={precision:.3f} recall={recall:.3f}")
    assert tp + fn >= 60
    assert precision >= 0.95
    assert recall >= 0.90
