"""The lines `crosscheck check` prints: one finding a line, as compilers and linters do.

``path:line:col: error: message [code]``, located on the source passage when there is one,
else on the claim in claims.yaml; the level is ``error`` (fails the check), ``warning`` or
``note``, and the code is the finding's kind, the same as its SARIF ruleId. Colour, when
asked for, marks the level only; the message is untrusted source text made plain.
"""

from __future__ import annotations

from crosscheck.gate import Finding, GateResult, Level
from crosscheck.reporters.common import plain

LEVEL_COLOR = {Level.ERROR: "\x1b[1;31m", Level.WARNING: "\x1b[1;33m", Level.NOTE: "\x1b[1;36m"}
BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def finding_location(finding: Finding, claims_path: str) -> str:
    """``path:line:col`` of the passage, or of the claim (just the path for a claim that is
    no longer in the file)."""
    if finding.source and finding.source_line:
        return f"{finding.source}:{finding.source_line}:{finding.source_column}"
    if finding.claim_line:
        return f"{claims_path}:{finding.claim_line}:{finding.claim_column}"
    return claims_path


def finding_line(finding: Finding, claims_path: str, *, color: bool = False) -> str:
    """One finding as ``path:line:col: level: message [code]``."""
    where = plain(finding_location(finding, claims_path))
    level = finding.level.value
    message = plain(finding.message)
    if not color:
        return f"{where}: {level}: {message} [{finding.code}]"
    return (f"{BOLD}{where}{RESET}: {LEVEL_COLOR[finding.level]}{level}{RESET}: {message} "
            f"{DIM}[{finding.code}]{RESET}")


def render_findings(result: GateResult, claims_path: str, *, quiet: bool = False,
                    color: bool = False) -> str:
    """Every finding a line (only the failing ones when ``quiet``)."""
    lines = [finding_line(f, claims_path, color=color) for f in result.findings
             if f.level is Level.ERROR or not quiet]
    return "".join(line + "\n" for line in lines)
