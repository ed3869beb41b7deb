"""Knock each matching rule out in turn and see which tests catch it.

For every registered rule, runs pytest with that rule disabled (``CROSSCHECK_KNOCKOUT``, read
by tests/conftest.py) and prints how many tests fail, whether the rule's own table
(tests/rules/test_<rule>.py) is among them, and which other test files fail. A rule no test
catches is a mechanism nobody would notice breaking.

Run: python bench/knockout.py [--tests PATH ...] (default: the whole suite but the slow
quality floors; add tests/test_quality_floor.py to include them)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from crosscheck.matching.rules import ALL

ROOT = Path(__file__).resolve().parent.parent
FAILED = re.compile(r"^FAILED (\S+?)::", re.M)


def failing_files(rule_id: str, tests: list[str]) -> list[str]:
    """The test files (one entry per failing test) that fail with the rule knocked out."""
    env = {**os.environ, "CROSSCHECK_KNOCKOUT": rule_id}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider",
                          *tests], cwd=ROOT, env=env, capture_output=True, text=True)
    return FAILED.findall(run.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", nargs="*", default=["tests", "--deselect",
                                                         "tests/test_quality_floor.py"])
    args = parser.parse_args()
    uncaught = []
    print(f"{'rule':20} {'failing':>7}  own table  other files")
    for rule in ALL:
        failures = failing_files(rule.id, args.tests)
        own = f"tests/rules/test_{rule.id.replace('-', '_')}.py"
        others = sorted({f for f in failures if f != own})
        print(f"{rule.id:20} {len(failures):>7}  {'caught' if own in failures else 'MISSED':9}"
              f"  {', '.join(Path(f).name for f in others)}")
        if own not in failures:
            uncaught.append(rule.id)
    print(f"{len(ALL) - len(uncaught)} of {len(ALL)} rules caught by their own table"
          + (f"; missed: {', '.join(uncaught)}" if uncaught else ""))
    return 1 if uncaught else 0


if __name__ == "__main__":
    sys.exit(main())
