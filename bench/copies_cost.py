"""The cost of copy detection at 1,000, 10,000 and 100,000 documents.

Documents are bench/generate.py's synthetic news stories (every one of them shares four of
eight stock filler sentences with half the corpus: the stock phrases copy detection must
not take for copying); one in ten is republished once more as a copy (verbatim,
re-headlined, truncated or with a paragraph dropped, in turn). Fingerprinting (run per
file while sources load, in worker processes on large corpora) and grouping (once per
run, in the main process) are timed apart, on one core; the memory grouping adds at its
peak is read from the kernel (Linux); and the planted copies give precision and recall at
scale.

Run: python bench/copies_cost.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import time
from pathlib import Path

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


def measure(documents: int) -> str:
    texts, planted = corpus(documents)
    started = time.perf_counter()
    prints = {path: fingerprint(text.split("\n\n")) for path, text in texts.items()}
    fingerprinting = time.perf_counter() - started
    candidates = [CopyCandidate(path, packed) for path, packed in prints.items()]
    before = _memory_kb("VmRSS")
    _reset_peak()
    started = time.perf_counter()
    grouping = find_copies(candidates)
    grouping_time = time.perf_counter() - started
    peak = max(0, _memory_kb("VmHWM") - before) * 1024
    found = sum(grouping.original(copy) == grouping.original(original)
                for copy, original in planted.items())
    wrong = len(grouping.copy_of) - found
    return (f"| {len(texts):,} | {len(planted):,} | {fingerprinting:.2f} "
            f"({fingerprinting / len(texts) * 1e6:.0f} µs/doc) | {grouping_time:.2f} | "
            f"{peak / 2**20:.0f} | {found}/{len(planted)} | {wrong} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    print("| documents | planted copies | fingerprints s (one core) | grouping s | "
          "grouping peak MB | copies found | others grouped |")
    print("|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        print(measure(size), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
