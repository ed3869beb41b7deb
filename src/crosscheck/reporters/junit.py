"""JUnit XML reporter: one test case per claim, failing when the check fails on it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from crosscheck.gate import GateResult, Level
from crosscheck.model import Report
from crosscheck.reporters.common import plain


def render_junit(report: Report, gate_result: GateResult) -> str:
    """A <testsuites> document; ElementTree escapes every attribute and text."""
    failing = set(gate_result.failing_claims())
    suite = ET.Element("testsuite", name="crosscheck", tests=str(len(report.results)),
                       failures=str(len(failing)), errors="0", skipped="0")
    for result in sorted(report.results, key=lambda r: r.claim.line):
        case = ET.SubElement(suite, "testcase", classname=report.claims_path,
                             name=result.claim.id, file=report.claims_path,
                             line=str(result.claim.line))
        messages = [f.message for f in gate_result.findings if f.claim_id == result.claim.id]
        if result.claim.id in failing:
            errors = [f.message for f in gate_result.findings
                      if f.claim_id == result.claim.id and f.level is Level.ERROR]
            failure = ET.SubElement(case, "failure", message=plain(errors[0]),
                                    type=result.status.value)
            failure.text = "\n".join(plain(m) for m in errors)
        out = ET.SubElement(case, "system-out")
        out.text = "\n".join([f"{result.status.value}: {plain(result.claim.text)}",
                              *(plain(m) for m in messages)])
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
