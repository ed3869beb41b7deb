"""`crosscheck explain`: one claim's analysis and every candidate passage's reasons, as text.

It reruns the pipeline for a single claim and keeps what verdicts normally trim: all the
mentions, the scores and the reasons behind each relation.
"""

from __future__ import annotations

from pathlib import Path

from crosscheck.analysis import NO_WORDS, ClaimAnalysis, analyse_claim, with_claims_names
from crosscheck.checker import CheckConfig, Progress, load_project, read_claims_file
from crosscheck.claims import select_claims
from crosscheck.matching import DEFAULT_THRESHOLDS, CorpusIndex, build_index, relate_claim
from crosscheck.model import Evidence
from crosscheck.reporters.common import location, plain
from crosscheck.sources import MAX_SOURCE_BYTES
from crosscheck.verdicts import decide, order_evidence
from crosscheck.wording import count

CANDIDATES_SHOWN = 12


def _analysis_lines(analysis: ClaimAnalysis) -> list[str]:
    claim = analysis.claim
    lines = [f"claim {claim.id} (line {claim.line}): {plain(claim.text)}"]
    lines += [f"  alias: {plain(a)}" for a in claim.aliases]
    lines.append("values:")
    for value in analysis.values:
        mark = "checked" if value in analysis.checked else "context"
        lines.append(f"  [{mark}] {plain(value.text)} -> {value.normalized} "
                     f"({value.kind.value}; {plain(value.explanation)})")
    if not analysis.values:
        lines.append("  none: a passage supports it by covering its context alone")
    for number, phrasing in enumerate(analysis.phrasings):
        label = "context terms" if number == 0 else f"alias {number} terms"
        lines.append(f"{label}: {', '.join(phrasing) or '(none)'}")
    lines.append(f"predicates: {', '.join(sorted(analysis.predicates)) or '(none)'}")
    for value, words in analysis.attached.items():
        lines.append(f"  {plain(value.text)} is the value of: {', '.join(sorted(words)) or '?'}")
    lines.append(f"places: {', '.join(analysis.places) or '(none)'}")
    return lines


def _evidence_lines(evidence: Evidence) -> list[str]:
    lines = [f"{evidence.relation.value:9} {evidence.score:.2f}  {location(evidence)}",
             f"    {plain(evidence.text)}"]
    lines += [f"    - {plain(reason)}" for reason in evidence.reasons]
    return lines


def explain_claims(claims_path: Path, patterns: tuple[str, ...], *, use_cache: bool = True,
                   progress: Progress | None = None,
                   max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """The explanation of each claim named by ``patterns`` (ids or globs), as plain text."""
    # The claims file is read on its own first so that a mistyped id fails before a large
    # corpus is loaded; load_project reads it again, which costs little.
    claims = read_claims_file(claims_path)
    selected = select_claims(claims, patterns).claims
    config = CheckConfig(claims_path, use_cache=use_cache)
    project = load_project(claims_path, progress or config.progress, config.cache(),
                           max_bytes)
    index = build_index(project.sources, project.prepared)
    words = with_claims_names(NO_WORDS, claims.claims)
    blocks = [_explain_one(analyse_claim(claim, claims.path, words), index)
              for claim in selected]
    return "\n".join(blocks)


def _explain_one(analysis: ClaimAnalysis, index: CorpusIndex) -> str:
    evidence = relate_claim(analysis, index, DEFAULT_THRESHOLDS, trace=True)
    result = decide(analysis, evidence)
    lines = _analysis_lines(analysis)
    lines.append(f"verdict: {result.status.value} "
                 f"(min_sources {analysis.claim.min_sources})")
    ordered = order_evidence(evidence)
    lines.append(f"candidates: {count(len(ordered), 'relevant passage')}, showing "
                 f"{min(len(ordered), CANDIDATES_SHOWN)}")
    for item in ordered[:CANDIDATES_SHOWN]:
        lines += _evidence_lines(item)
    t = DEFAULT_THRESHOLDS
    lines.append(f"thresholds: mention >= {t.mention}, support >= {t.support}, conflict >= "
                 f"{t.conflict}, value-less support >= {t.valueless_support}")
    return "\n".join(lines) + "\n"
