"""The cost of copy detection at 1,000, 10,000 and 100,000 documents.

Documents are bench/generate.py's synthetic news stories (every one of them shares four of
eight stock filler sentences with half the corpus: the stock phrases copy detection must
not take for copying); one in ten is republished once more as a copy (verbatim,
re-headlined, truncated or with a paragraph dropped, in turn). Fingerprinting (run per
file while sources load, in worker processes on large corpora) and grouping (once per
run, in the main process) are timed apart, on one core; the memory grouping adds at its
peak is read from the kernel (Linux); and the planted copies give precision and recall at
scale. Times are wall clock with the process's CPU time beside them (on a shared machine the
CPU time is the steadier of the two), between two runs of the benchmark's speed check;
``--profile`` adds where grouping spends its time (cProfile, the top functions).

Run: python -m bench.copies_cost [--sizes 1000,10000,100000] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import random
import re
import time
from pathlib import Path

from bench.benchmark import machine_speed
from bench.generate import _document
from crosscheck.copies import CopyCandidate, find_copies, fingerprint

EDITS = ("verbatim", "reheadlined", "truncated", "paragraph-dropped")


def _copy(text: str, edit: str) -> str:
    paragraphs = text.split("\n\n")
    if edit == "reheadlined":
        paragraphs[0] = "Latest: what the council decided"
    elif edit == "truncated":
        paragraphs = paragraphs[:max(2, len(paragraphs) * 2 // 3)]
    elif edit == "paragraph-dropped":
        del paragraphs[len(paragraphs) // 2]
    return "\n\n".join(paragraphs)


def corpus(documents: int, seed: int = 7) -> tuple[dict[str, str], dict[str, str]]:
    """(path -> text, copy path -> the path it copies), with one copy per ten documents."""
    rng = random.Random(seed)
    texts: dict[str, str] = {}
    planted: dict[str, str] = {}
    for index in range(documents - documents // 10):
        name, text, _ = _document(rng, index)
        texts[f"news/{name}"] = text
        if index % 9 == 0 and len(texts) + len(planted) < documents:
            edit = EDITS[(index // 9) % len(EDITS)]
            planted[f"syndicated/{name}"] = f"news/{name}"
            texts[f"syndicated/{name}"] = _copy(text, edit)
    return texts, planted


def _memory_kb(field: str) -> int:
    """A field of /proc/self/status in kB (0 where there is none)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) if found else 0


def _reset_peak() -> None:
    """Start the kernel's peak-memory mark (VmHWM) afresh."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")


class Timer:
    """Wall-clock and CPU seconds of a block."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} (CPU {self.cpu:.2f})"


def measure(documents: int, profile: bool = False) -> tuple[str, str]:
    """The table row for one size, and the profile of its grouping (empty unless asked)."""
    texts, planted = corpus(documents)
    with Timer() as fingerprinting:
        prints = {path: fingerprint(text.split("\n\n")) for path, text in texts.items()}
    candidates = [CopyCandidate(path, packed) for path, packed in prints.items()]
    before = _memory_kb("VmRSS")
    _reset_peak()
    profiler = cProfile.Profile() if profile else None
    with Timer() as grouping_time:
        if profiler is not None:
            profiler.enable()
        grouping = find_copies(candidates)
        if profiler is not None:
            profiler.disable()
    peak = max(0, _memory_kb("VmHWM") - before) * 1024
    found = sum(grouping.original(copy) == grouping.original(original)
                for copy, original in planted.items())
    wrong = len(grouping.copy_of) - found
    row = (f"| {len(texts):,} | {len(planted):,} | {fingerprinting} "
           f"({fingerprinting.cpu / len(texts) * 1e6:.0f} µs/doc) | {grouping_time} | "
           f"{peak / 2**20:.0f} | {found}/{len(planted)} | {wrong} |")
    report = io.StringIO()
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=report)
        stats.sort_stats("cumulative").print_stats(12)
    return row, report.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--profile", action="store_true",
                        help="print where grouping spends its time, per size")
    args = parser.parse_args()
    print(f"before: {machine_speed()}")
    print("| documents | planted copies | fingerprints s (one core) | grouping s | "
          "grouping peak MB | copies found | others grouped |")
    print("|---|---|---|---|---|---|---|")
    profiles = []
    for size in (int(s) for s in args.sizes.split(",")):
        row, profile = measure(size, args.profile)
        print(row, flush=True)
        profiles.append(profile)
    print(f"after: {machine_speed()}")
    for size, profile in zip(args.sizes.split(","), profiles, strict=True):
        if profile:
            print(f"\ngrouping {size} documents, by cumulative time:\n{profile}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
