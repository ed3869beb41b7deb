"""Every rule is registered, specified and tested: one row that fires, one that does not."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from crosscheck.matching import rules
from crosscheck.matching.rules import ALL, Credit, Rule
from tests.rules.helper import Row

RULES_DIR = Path(rules.__file__).parent


def _table(rule: Rule | Credit) -> list[Row]:
    module = importlib.import_module(f"tests.rules.test_{rule.id.replace('-', '_')}")
    return list(module.ROWS)


def test_every_rule_module_is_registered() -> None:
    modules = {p.stem for p in RULES_DIR.glob("*.py")} - {"__init__", "base"}
    assert modules == {r.id.replace("-", "_") for r in ALL}


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.id)
def test_every_rule_has_a_spec_with_examples(rule: Rule | Credit) -> None:
    assert rule.summary.endswith(".")
    assert "Fires:" in rule.doc and "Does not fire:" in rule.doc


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.id)
def test_every_rule_has_rows_that_fire_and_rows_that_do_not(rule: Rule | Credit) -> None:
    rows = _table(rule)
    assert any(row.fires for row in rows), f"{rule.id}: no row fires"
    assert any(not row.fires for row in rows), f"{rule.id}: every row fires"
