"""`crosscheck rules`: the matching rules as text, one line each or one in full.

The registry (``crosscheck.matching.rules``) is the source; each rule's docstring is its spec.
"""

from __future__ import annotations

import difflib

from crosscheck.errors import CrosscheckError
from crosscheck.matching.rules import ALL, BY_ID, EXPLAINING, Credit, Rule, Stage


def _kind(rule: Rule | Credit) -> str:
    if isinstance(rule, Credit):
        return "credit"
    return "explain" if rule in EXPLAINING else "mention"


KIND = {"mention": "makes a would-be support or conflict a mention",
        "credit": "credits a sentence or clause with words said elsewhere",
        "explain": "says why another rule did not fire; never changes a relation"}


def _stages(rule: Rule | Credit) -> str:
    return ",".join(stage.value for stage in Stage if stage in rule.stages)


def list_rules() -> str:
    """Every rule id with its kind, where it is asked and its one-line summary."""
    rows = [(r.id, _kind(r), _stages(r), r.summary) for r in ALL]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    header = ("rule", "kind", "asked at", "what it decides")
    lines = ["  ".join(f"{cell:<{width}}" for cell, width in zip(row, widths, strict=False))
             + f"  {row[3]}" for row in (header, *rows)]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def describe_rule(rule_id: str) -> str:
    """One rule in full: its id, kind, stages and docstring."""
    rule = BY_ID.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, list(BY_ID), n=1)
        raise CrosscheckError(
            f'no rule with id "{rule_id}"',
            hint=f'did you mean "{close[0]}"?' if close else "`crosscheck rules` lists them")
    doc = "\n".join(line.rstrip() for line in rule.doc.strip().splitlines())
    return f"{rule.id}: {KIND[_kind(rule)]}; asked at: {_stages(rule)}\n\n{doc}\n"
