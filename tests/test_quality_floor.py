"""The labelled quality set keeps its floor: measured numbers may rise, never fall below.

Run `python bench/eval_quality.py --verbose` to see every mistake behind the numbers.
"""

from __future__ import annotations

from bench.eval_quality import evaluate

from crosscheck.model import Relation


def test_quality_floor() -> None:
    quality = evaluate()
    assert quality.claims >= 60
    assert quality.traps_supported == []
    supports = quality.relations[Relation.SUPPORTS]
    conflicts = quality.relations[Relation.CONFLICTS]
    assert supports.precision >= 0.97 and supports.f1 >= 0.89, supports
    assert conflicts.precision >= 0.95 and conflicts.f1 >= 0.8, conflicts
    assert quality.status_accuracy >= 0.83
