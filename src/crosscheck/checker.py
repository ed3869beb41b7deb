"""The one core entry point: claims.yaml path -> Report. Never prints, never exits.

It wires the pipeline together: load claims, load sources, split and index passages,
analyse claims, match, decide verdicts. Reporters and the CLI work on what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crosscheck.analysis import analyse_claim
from crosscheck.claims import parse_claims
from crosscheck.errors import ClaimsError
from crosscheck.matching import (
    DEFAULT_THRESHOLDS,
    CorpusIndex,
    Thresholds,
    build_index,
    relate_claim,
)
from crosscheck.model import ClaimsFile, Report, Source, SourceSummary
from crosscheck.sources import read_sources
from crosscheck.verdicts import decide

MAX_CLAIMS_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class CheckConfig:
    """What to check, and with which thresholds."""

    claims_path: Path
    thresholds: Thresholds = DEFAULT_THRESHOLDS


def display_path(path: Path) -> str:
    """The path as the user should see it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def read_claims_file(path: Path) -> ClaimsFile:
    """Read and validate a claims file from disk."""
    display = display_path(path)
    if not path.is_file():
        raise ClaimsError("no such file", path=display,
                          hint="pass --claims PATH, or run where claims.yaml is")
    if path.stat().st_size > MAX_CLAIMS_BYTES:
        raise ClaimsError(f"larger than {MAX_CLAIMS_BYTES // (1024 * 1024)} MiB",
                          path=display, hint="split the claims into several files")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimsError("not valid UTF-8", path=display, line=line,
                          hint="save the file as UTF-8") from None
    return parse_claims(text, display)


def check_sources(claims: ClaimsFile, sources: tuple[Source, ...],
                  thresholds: Thresholds = DEFAULT_THRESHOLDS,
                  warnings: tuple[str, ...] = ()) -> Report:
    """The pure part of a check: claims and loaded sources in, Report out."""
    index = build_index(sources)
    results = []
    for claim in claims.claims:
        analysis = analyse_claim(claim, claims.path, index.common_words)
        results.append(decide(analysis, relate_claim(analysis, index, thresholds)))
    results.sort(key=lambda r: (r.status.severity, r.claim.line))
    return Report(claims.path, tuple(results), _summaries(sources, index), warnings)


def _summaries(sources: tuple[Source, ...], index: CorpusIndex) -> tuple[SourceSummary, ...]:
    counts: dict[str, int] = {}
    for item in index.passages:
        counts[item.passage.source] = counts.get(item.passage.source, 0) + 1
    return tuple(SourceSummary(s.path, counts.get(s.path, 0), s.published, s.published_origin,
                               s.dropped)
                 for s in sorted(sources, key=lambda s: s.path))


def check(config: CheckConfig) -> Report:
    """Run the whole pipeline for one claims file."""
    claims = read_claims_file(config.claims_path)
    corpus = read_sources(claims, config.claims_path.parent)
    return check_sources(claims, corpus.sources, config.thresholds, corpus.warnings)
