"""Speed benchmark: crosscheck against a brute-force baseline on generated corpora.

For each size (documents x claims) it generates a corpus with planted supports and conflicts
(bench/generate.py), runs `crosscheck report` in a child process twice, cold (no cache) and
warm (nothing changed since), measuring wall time and peak memory, then runs the brute-force
baseline:
every claim scored against every passage with rapidfuzz (token_set_ratio, all cores), the
passages scoring 50 or more judged by crosscheck's own relation logic. It prints a table and
checks that both find the planted relations.

Run from the repository root: python -m bench.benchmark [--sizes 1000x100,10000x1000]
The baseline runs on --baseline-claims claims (default 100) and its time is extrapolated to
all claims (its cost is linear in claims); it is skipped above --baseline-max-docs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import generate

BASELINE_CUTOFF = 50.0
SAMPLE_SECONDS = 1.0


@dataclass(frozen=True)
class Run:
    """One timed run of crosscheck."""

    seconds: float
    peak_mb: float
    passages: int
    found: int
    planted: int


def _found(report: dict[str, object], planted: dict[str, dict[str, str]]) -> int:
    got: dict[str, dict[str, str]] = {}
    for claim in report["claims"]:  # type: ignore[attr-defined]
        got[claim["id"]] = {e["source"]: e["relation"] for e in claim["evidence"]
                            if e["relation"] != "mentions"}
    return sum(1 for claim_id, want in planted.items()
               if all(got.get(claim_id, {}).get(s) == r for s, r in want.items()))


class TreeMemory(threading.Thread):
    """The peak memory of a process and its worker processes together: the sum of their
    proportional set sizes (shared pages split between sharers), sampled every
    SAMPLE_SECONDS. ru_maxrss alone would report only the largest single process. Reading a
    large process's PSS makes the kernel walk its page tables: sampling every 0.1 s slowed the
    measured run itself (100,000 documents cold: 78.4 s, against 58.8 s sampling every
    second, back to back). Linux only; elsewhere 0."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(pid) for pid in self._tree()))

    def stop(self) -> None:
        self._done.set()
        self.join()

    def _tree(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = entry.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.parent.name)] = int(fields[1])
        tree, frontier = [self.root], [self.root]
        while frontier:
            frontier = [pid for pid, parent in parents.items() if parent in frontier]
            tree += frontier
        return tree


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return 0


def run_crosscheck(project: Path, planted: dict[str, dict[str, str]],
                   extra: tuple[str, ...] = ()) -> Run:
    """`crosscheck report` in a child process: wall time and peak resident memory."""
    out = project / "report.json"
    command = [sys.executable, "-m", "crosscheck", "report", "--no-progress", "--claims",
               str(project / "claims.yaml"), "--format", "json", "--output", str(out), *extra]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeMemory(child.pid)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    sampler.stop()
    if status != 0:
        errors = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"crosscheck failed: {errors}")
    report = json.loads(out.read_text(encoding="utf-8"))
    passages = sum(s["passages"] for s in report["sources"])
    peak_mb = max(usage.ru_maxrss / 1024, sampler.peak_kb / 1024)
    return Run(seconds, peak_mb, passages, _found(report, planted), len(planted))


def run_baseline(project: Path, planted: dict[str, dict[str, str]],
                 sample: int) -> tuple[float, int, int]:
    """Seconds per claim for brute force, and planted relations found in the sample."""
    from rapidfuzz import fuzz, process

    from crosscheck.analysis import analyse_claim
    from crosscheck.checker import read_claims_file
    from crosscheck.matching import Matcher, build_index
    from crosscheck.sources import read_sources
    from crosscheck.verdicts import decide

    claims_file = read_claims_file(project / "claims.yaml")
    index = build_index(read_sources(claims_file, project).sources)
    texts = [item.text for item in index.passages]
    chosen = claims_file.claims[:sample]
    start = time.perf_counter()
    found = 0
    for claim in chosen:
        scores = process.cdist([claim.text], texts, scorer=fuzz.token_set_ratio, workers=-1)[0]
        analysis = analyse_claim(claim, claims_file.path, index.common_words)
        matcher = Matcher(analysis, index)
        evidence = [e for e in (matcher.relate(int(i)) for i, score in enumerate(scores)
                                if score >= BASELINE_CUTOFF) if e is not None]
        result = decide(analysis, evidence)
        got = {e.source: e.relation.value for e in result.evidence
               if e.relation.value != "mentions"}
        found += all(got.get(s) == r for s, r in planted[claim.id].items())
    seconds = time.perf_counter() - start
    return seconds / max(len(chosen), 1), found, len(chosen)


CHECK_LOOP = 20_000_000


def _fixed_loop(_: int = 0) -> int:
    total = 0
    for number in range(CHECK_LOOP):
        total += number
    return total


def machine_speed() -> str:
    """How fast this machine is right now: a fixed CPU-bound loop on one process, then on
    every core at once. Shared machines drift by a third within an hour; this line is what
    makes the table beside it comparable with another run's."""
    start = time.perf_counter()
    _fixed_loop()
    one = time.perf_counter() - start
    cores = os.cpu_count() or 1
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(cores) as pool:
        pool.map(_fixed_loop, range(cores))
    all_cores = time.perf_counter() - start
    return (f"speed check: a fixed loop took {one:.2f} s on one core; {cores} copies on "
            f"{cores} cores took {all_cores:.2f} s ({cores * one / all_cores:.2f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000x100,10000x1000,100000x1000")
    parser.add_argument("--baseline-claims", type=int, default=100)
    parser.add_argument("--baseline-max-docs", type=int, default=10000)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep generated corpora here (default: a temporary folder)")
    args = parser.parse_args()
    root = args.workdir or Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; corpora in {root}")
    print(f"before: {machine_speed()}", flush=True)
    header = ("| documents | claims | passages | cold s | warm s | peak MB | passages/s "
              "| planted found | baseline s | speed-up | baseline found |")
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    for size in args.sizes.split(","):
        documents, claims = (int(n) for n in size.lower().split("x"))
        project = root / f"{documents}x{claims}"
        if not (project / "planted.json").is_file():
            generate(project, documents, claims)
        planted = json.loads((project / "planted.json").read_text(encoding="utf-8"))
        shutil.rmtree(project / ".crosscheck", ignore_errors=True)
        cold = run_crosscheck(project, planted)
        warm = run_crosscheck(project, planted)
        if documents <= args.baseline_max_docs:
            per_claim, base_found, sampled = run_baseline(project, planted, args.baseline_claims)
            baseline = per_claim * claims
            base_text = f"{baseline:,.0f}" + ("" if sampled == claims else f" ({sampled} run)")
            ratio = f"{baseline / cold.seconds:,.0f}x"
            found_text = f"{base_found}/{sampled}"
        else:
            base_text, ratio, found_text = "skipped", "-", "-"
        print(f"| {documents:,} | {claims:,} | {cold.passages:,} | {cold.seconds:.1f} | "
              f"{warm.seconds:.1f} | {max(cold.peak_mb, warm.peak_mb):,.0f} | "
              f"{cold.passages / cold.seconds:,.0f} | {cold.found}/{cold.planted} | "
              f"{base_text} | {ratio} | {found_text} |", flush=True)
    print(f"after: {machine_speed()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
