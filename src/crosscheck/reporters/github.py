"""GitHub Actions reporter: workflow-command annotations on claims.yaml and on source lines.

Escaping follows the workflow-command rules: in the message, % CR LF become %25 %0D %0A; in
property values (file, title) ":" and "," are escaped too, so untrusted text cannot end a
property or inject a second command.
"""

from __future__ import annotations

from crosscheck.gate import Finding, GateResult, Level
from crosscheck.model import Report

COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "notice"}


def escape_data(text: str) -> str:
    """A command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(finding: Finding, file: str, line: int, column: int) -> str:
    props = (f"file={escape_property(file)},line={line},col={column},"
             f"title={escape_property(f'crosscheck {finding.kind}: {finding.claim_id}')}")
    return f"::{COMMAND[finding.level]} {props}::{escape_data(finding.message)}"


def render_github(report: Report, result: GateResult) -> str:
    """One annotation per finding, on the source line when there is one, else on the claim."""
    lines = []
    for finding in result.findings:
        if finding.source and finding.source_line:
            lines.append(_command(finding, finding.source, finding.source_line,
                                  finding.source_column))
        elif finding.claim_line:
            lines.append(_command(finding, report.claims_path, finding.claim_line,
                                  finding.claim_column))
    if result.lock_note:
        lines.append(f"::warning title=crosscheck lock::{escape_data(result.lock_note)}")
    return "\n".join(lines) + ("\n" if lines else "")
