"""Precision and recall of value extraction on the hand-labelled sample.

Run: python bench/eval_values.py [--verbose]
A found value counts as correct when its kind and normalised form match a labelled one;
labelled values nobody found are misses, found values nobody labelled are false positives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from crosscheck.values import Reference, extract_values

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SAMPLES = (DATA / "values_labelled.yaml", DATA / "values_heldout.yaml")


@dataclass(frozen=True)
class Score:
    """Counts and the derived precision and recall."""

    true_positives: int
    false_positives: int
    misses: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.misses
        return self.true_positives / wanted if wanted else 1.0


def _label(kind: str, normalized: str) -> str:
    return f"{kind} {normalized.replace('-', '/', 1) if kind == 'count' else normalized}"


def evaluate(sample: Path, verbose: bool = False) -> Score:
    """Score the extractor on every labelled case of one sample file."""
    data = yaml.safe_load(sample.read_text(encoding="utf-8"))
    default = data["published_default"]
    tp = fp = fn = 0
    for case in data["cases"]:
        published = case.get("published", default)
        ref = Reference(published if isinstance(published, dt.date) else
                        dt.date.fromisoformat(published), "labelled sample")
        found = Counter(_found_label(v.kind.value, v.normalized)
                        for v in extract_values(case["text"], ref))
        wanted = Counter(str(v) for v in case["values"])
        hits = sum((found & wanted).values())
        tp, fp, fn = tp + hits, fp + sum((found - wanted).values()), fn + sum(
            (wanted - found).values())
        if verbose and found != wanted:
            print(f"- {case['text']}\n    missed: {sorted((wanted - found).elements())}"
                  f"\n    extra:  {sorted((found - wanted).elements())}")
    return Score(tp, fp, fn)


def _found_label(kind: str, normalized: str) -> str:
    if kind == "count" and "-" in normalized[1:]:
        low, high = normalized.split("-", 1)
        return f"count {low}/{high}"
    return f"{kind} {normalized}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("samples", nargs="*", type=Path, default=list(SAMPLES),
                        help="labelled sample files (default: both in tests/data)")
    args = parser.parse_args()
    for sample in args.samples:
        score = evaluate(sample, args.verbose)
        print(f"{sample.name}: {score.true_positives} correct, {score.false_positives} false "
              f"positives, {score.misses} missed; precision {score.precision:.3f}, "
              f"recall {score.recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
