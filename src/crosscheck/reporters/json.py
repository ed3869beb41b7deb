"""JSON reporter: the machine-readable contract (version 1), stable key order."""

from __future__ import annotations

import json
from typing import Any

from crosscheck.model import ClaimResult, Evidence, Report, Status, Value

JSON_VERSION = 1


def _value(value: Value | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"kind": value.kind.value, "text": value.text, "normalized": value.normalized,
            "precision": value.precision, "explanation": value.explanation, "unit": value.unit}


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {
        "source": evidence.source,
        "line": evidence.line,
        "column": evidence.column,
        "relation": evidence.relation.value,
        "text": evidence.text,
        "value": evidence.value.text if evidence.value else None,
        "normalized": evidence.value.normalized if evidence.value else None,
        "details": _value(evidence.value),
        "score": evidence.score,
        "reasons": list(evidence.reasons),
        "rules": list(evidence.rules),
        "accepted": evidence.accepted,
        "copy_of": evidence.copy_of,
    }


def _claim(result: ClaimResult) -> dict[str, Any]:
    return {
        "id": result.claim.id,
        "status": result.status.value,
        "claim": result.claim.text,
        "line": result.claim.line,
        "min_sources": result.claim.min_sources,
        "values": [_value(v) for v in result.claim_values],
        "evidence": [_evidence(e) for e in result.evidence],
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "version": JSON_VERSION,
        "claims_file": report.claims_path,
        "summary": {s.value: report.count(s) for s in Status},
        "claims": [_claim(r) for r in report.results],
        "sources": [
            {"path": s.path, "passages": s.passages,
             "published": s.published.isoformat() if s.published else None,
             "published_from": s.published_origin,
             "dropped": [{"line": d.line, "rule": d.rule, "text": d.text} for d in s.dropped],
             "copy_of": s.copy_of}
            for s in report.sources
        ],
        "warnings": list(report.warnings),
    }


_COMPACT = json.JSONEncoder(ensure_ascii=True, separators=(", ", ": "))


def render_json(report: Report) -> str:
    """UTF-8 safe JSON (non-ASCII escaped so any byte sequence stays valid), one claim and
    one source per line: readable, diff-friendly, and written by the C encoder (an indented
    dump of a 1,000-claim report takes seconds)."""
    return lines_json(report_dict(report))


def lines_json(data: dict[str, Any]) -> str:
    """A JSON object with each top-level key on its line, and each item of a list value on
    its own line."""
    encode = _COMPACT.encode
    lines = ["{"]
    for number, (key, value) in enumerate(data.items(), 1):
        comma = "," if number < len(data) else ""
        if isinstance(value, list) and value:
            lines.append(f"  {encode(key)}: [")
            lines.extend(f"    {encode(item)}{',' if i < len(value) else ''}"
                         for i, item in enumerate(value, 1))
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {encode(key)}: {encode(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
