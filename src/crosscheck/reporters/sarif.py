"""SARIF 2.1.0 reporter, for GitHub code scanning and other SARIF viewers.

One result per finding, located on the source line (with the claim as a related location)
or on the claim; fingerprints hash the claim, the finding's kind and the passage text, so
they survive line moves; accepted discrepancies are results with an external suppression.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from crosscheck import __version__
from crosscheck.gate import Finding, GateResult, Level
from crosscheck.model import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = {
    "contradicted": "Only conflicting passages: the sources say otherwise.",
    "disputed": "Some sources support the claim and some conflict with it.",
    "unsupported": "Fewer sources support the claim than min_sources requires.",
    "conflict": "A passage states a different value for the claim's fact.",
    "lost-support": "A passage that supported the claim in the lock no longer does.",
    "new-conflict": "A passage conflicts with the claim that the lock did not know.",
    "below-min-sources": "The claim fell below min_sources since the lock.",
    "accepted": "A discrepancy accepted in claims.yaml, with its reason.",
    "stale-acceptance": "An accepted discrepancy that matches no conflict any more.",
    "added": "A claim added since the lock.",
    "removed": "A claim removed since the lock.",
    "supported": "The claim is supported.",
}


def _location(uri: str, line: int, column: int = 1) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": uri},
                                 "region": {"startLine": max(line, 1),
                                            "startColumn": max(column, 1)}}}


def _fingerprint(finding: Finding) -> str:
    passage = " ".join((finding.passage or "").split()).casefold()
    key = "\x1f".join((finding.kind, finding.claim_id, finding.source or "", passage))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _result(report: Report, finding: Finding) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": finding.level.value,
        "message": {"text": finding.message},
        "partialFingerprints": {"crosscheckFinding/v1": _fingerprint(finding)},
    }
    claim_location = _location(report.claims_path, finding.claim_line, finding.claim_column)
    if finding.source and finding.source_line:
        result["locations"] = [_location(finding.source, finding.source_line,
                                         finding.source_column)]
        result["relatedLocations"] = [{**claim_location, "id": 1,
                                       "message": {"text": f"claim {finding.claim_id}"}}]
    else:
        result["locations"] = [claim_location]
    if finding.accepted_reason is not None:
        result["suppressions"] = [{"kind": "external",
                                   "justification": finding.accepted_reason}]
    return result


def render_sarif(report: Report, gate_result: GateResult) -> str:
    """The whole SARIF log as indented JSON."""
    kinds = sorted({f.kind for f in gate_result.findings})
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "crosscheck",
                "version": __version__,
                "informationUri": "https://pypi.org/project/crosscheck-claims/",
                "rules": [{"id": kind, "shortDescription": {"text": RULES.get(kind, kind)}}
                          for kind in kinds],
            }},
            "results": [_result(report, f) for f in gate_result.findings
                        if f.level is not Level.NOTE or f.kind == "accepted"],
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=True) + "\n"
