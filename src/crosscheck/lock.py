"""The lock file: a reviewed snapshot of which passages support or conflict with each claim.

``crosscheck lock`` writes it; ``crosscheck check`` compares a fresh report with it. Passages
are identified by source path and a hash of their normalised text, so moving a passage to
another line changes nothing while editing or deleting it does. The file is JSON with sorted
keys, one passage per object and no timestamps, so that it diffs and merges cleanly.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from crosscheck.errors import CrosscheckError
from crosscheck.model import ClaimResult, Evidence, Relation, Report
from crosscheck.thresholds import Thresholds

LOCK_VERSION = 1
LOCK_NAME = "crosscheck.lock"
# What decides a relation or a verdict: reading and splitting sources, reading values, claim
# analysis, the matching rules and their word lists, thresholds, copy detection and verdicts
# (and the model they share). A change to any of these files may move relations, so it
# changes the fingerprint; a change to a reporter or the CLI does not.
# tests/test_lock_fingerprint.py checks that every module matching imports is listed.
DECIDING = ("analysis.py", "boilerplate.py", "copies.py", "lexicon", "loaders.py", "matching",
            "model.py", "passages.py", "sources.py", "text.py", "thresholds.py", "values",
            "verdicts.py")
EXCERPT = 160


@dataclass(frozen=True)
class LockedPassage:
    """A passage as the lock remembers it."""

    source: str
    hash: str
    line: int
    text: str


@dataclass(frozen=True)
class LockedClaim:
    """A claim's verdict and its deciding passages when the lock was written."""

    id: str
    status: str
    supports: tuple[LockedPassage, ...]
    conflicts: tuple[LockedPassage, ...]


@dataclass(frozen=True)
class Lock:
    """The whole lock file."""

    settings: str
    claims: tuple[LockedClaim, ...]

    def claim(self, claim_id: str) -> LockedClaim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


def passage_hash(text: str) -> str:
    """A short, stable hash of a passage's text with whitespace and case normalised."""
    normal = " ".join(text.split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _installed_digest() -> str:
    return rules_digest(Path(__file__).parent)


def rules_digest(package: Path) -> str:
    """A hash of every file under ``package`` that decides relations (see DECIDING)."""
    digest = hashlib.sha256()
    for name in DECIDING:
        path = package / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.relative_to(package).as_posix().encode() + b"\0")
                digest.update(file.read_bytes())
    return digest.hexdigest()


def settings_fingerprint(thresholds: Thresholds) -> str:
    """What the relations depend on besides the text: the rules (their code and word lists,
    as a hash of the files that hold them) and the thresholds."""
    data = json.dumps({"rules": _installed_digest(), **asdict(thresholds)}, sort_keys=True)
    return "rules-" + hashlib.sha256(data.encode()).hexdigest()[:16]


def _locked(evidence: Evidence) -> LockedPassage:
    excerpt = " ".join(evidence.text.split())
    if len(excerpt) > EXCERPT:
        excerpt = excerpt[: EXCERPT - 1] + "…"
    return LockedPassage(evidence.source, passage_hash(evidence.text), evidence.line, excerpt)


def _passages(result: ClaimResult, relation: Relation) -> tuple[LockedPassage, ...]:
    found = {(_locked(e).source, _locked(e).hash): _locked(e)
             for e in result.evidence if e.relation is relation}
    return tuple(found[key] for key in sorted(found))


def lock_from_report(report: Report, thresholds: Thresholds) -> Lock:
    """The lock that describes this report."""
    claims = tuple(
        LockedClaim(r.claim.id, r.status.value, _passages(r, Relation.SUPPORTS),
                    _passages(r, Relation.CONFLICTS))
        for r in sorted(report.results, key=lambda r: r.claim.id))
    return Lock(settings_fingerprint(thresholds), claims)


def render_lock(lock: Lock) -> str:
    """The lock file's text: sorted, indented JSON ending in a newline."""
    data = {
        "version": LOCK_VERSION,
        "settings": lock.settings,
        "claims": {c.id: {"status": c.status,
                          "supports": [asdict(p) for p in c.supports],
                          "conflicts": [asdict(p) for p in c.conflicts]}
                   for c in lock.claims},
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def parse_lock(text: str, path: str) -> Lock:
    """Read a lock file; a damaged one is an input error that says how to rebuild it."""
    hint = "run `crosscheck lock` to write it again"
    try:
        data = json.loads(text)
        if data.get("version") != LOCK_VERSION:
            raise CrosscheckError(f"lock version {data.get('version')!r} is not "
                                  f"{LOCK_VERSION}", path=path, hint=hint)
        claims = tuple(_claim(claim_id, body) for claim_id, body in sorted(
            data["claims"].items()))
        return Lock(str(data["settings"]), claims)
    except CrosscheckError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CrosscheckError(f"not a valid lock file ({type(exc).__name__}: {exc})",
                              path=path, hint=hint) from None


def _claim(claim_id: str, body: dict[str, Any]) -> LockedClaim:
    def passages(key: str) -> tuple[LockedPassage, ...]:
        return tuple(LockedPassage(str(p["source"]), str(p["hash"]), int(p["line"]),
                                   str(p["text"])) for p in body[key])

    return LockedClaim(claim_id, str(body["status"]), passages("supports"),
                       passages("conflicts"))
