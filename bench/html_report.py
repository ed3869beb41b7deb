"""The HTML report in a real browser: file size, load time, responsiveness, screenshots.

Writes the demo's report and a generated project's (bench/generate.py; by default 3,000
documents and 1,000 claims) with `crosscheck report --format html`, opens each in headless
Chromium (bench/browser.py) several times, and prints the file size, the time until the
first frame after the load event (median and best of the runs) and how long the page takes
to show a filter, a search (its 120 ms pause for typing included), a sort, a scroll of
the grid and a cell's passages. Screenshots
go to --screenshots (the README's is docs/report-demo.png: `--screenshots docs`).

Run from the repository root: python -m bench.html_report [--documents 3000 --claims 1000]
Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.browser import Browser, find_chromium
from bench.generate import generate

REPO = Path(__file__).resolve().parent.parent
RUNS = 5
WIDTH, HEIGHT = 1280, 1100

# Each interaction is timed from the event to the second animation frame after it, the one
# that shows its result.
INTERACTION = """
const [action] = arguments;
const done = arguments[arguments.length - 1];
const frames = (started) => requestAnimationFrame(() => requestAnimationFrame(
  () => done(performance.now() - started)));
const started = performance.now();
if (action === "filter") {
  document.querySelector("#controls input[value=supported]").click();
  frames(started);
} else if (action === "unfilter") {
  document.querySelector("#controls input[value=supported]").click();
  frames(started);
} else if (action === "search" || action === "clear search") {
  const shown = document.getElementById("shown"), before = shown.textContent;
  const box = document.getElementById("q");
  const first = JSON.parse(document.getElementById("grid-data").textContent).claims[0][0];
  box.value = action === "search" ? first : "";
  box.dispatchEvent(new Event("input"));
  const changed = () => shown.textContent !== before || performance.now() - started > 2000;
  const wait = () => changed() ? frames(started) : setTimeout(wait, 2);
  wait();
} else if (action === "sort") {
  document.querySelector(".g-col").click();
  frames(started);
} else if (action === "scroll") {
  const grid = document.getElementById("grid");
  grid.scrollTop = grid.scrollHeight / 2;
  grid.scrollLeft = grid.scrollWidth / 2;
  frames(started);
} else if (action === "hover") {
  document.querySelector(".g-cell").dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  frames(started);
}
"""
ACTIONS = ("filter", "unfilter", "search", "clear search", "sort", "scroll", "hover")


def write_report(claims: Path, output: Path) -> float:
    """`crosscheck report --format html` on a project (cache warmed first); its seconds."""
    command = [sys.executable, "-m", "crosscheck", "report", "--claims", str(claims),
               "--format", "html", "--output", str(output), "--no-progress"]
    subprocess.run(command, check=True, capture_output=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(browser: Browser, page: Path, runs: int = RUNS) -> dict[str, Any]:
    """Load timings over several fresh loads, then the interactions on the last one."""
    ready: list[float] = []
    timings: dict[str, Any] = {}
    for _ in range(runs):
        browser.open("about:blank")
        browser.open(page)
        timings = browser.timings()
        ready.append(timings["firstFrameAfterLoad"])
    interactions = {action: browser.run_async(INTERACTION, action) for action in ACTIONS}
    return {"ready_median_ms": statistics.median(ready), "ready_best_ms": min(ready),
            "runs": runs, "dom_nodes": timings["domNodes"], "interactions_ms": interactions}


def screenshots(browser: Browser, page: Path, folder: Path, name: str) -> list[Path]:
    """The top of the page with a conflict's passages shown over the grid, and the first
    evidence card."""
    browser.open(page)
    browser.run("const cell = ['.g-cell.rel-conflicts', '.g-cell.rel-accepted', '.g-cell']"
                ".map((kind) => document.querySelector(kind)).find((found) => found);"
                "cell.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));")
    taken = [browser.screenshot(folder / f"{name}.png")]
    browser.run("document.getElementById('evidence').scrollIntoView();")
    taken.append(browser.screenshot(folder / f"{name}-evidence.png"))
    return taken


def _report_line(name: str, page: Path, render_s: float, result: dict[str, Any]) -> str:
    size = page.stat().st_size
    steps = ", ".join(f"{action} {ms:.0f}" for action, ms in result["interactions_ms"].items())
    return (f"{name}: {size / 1e6:.2f} MB ({size:,} bytes), written in {render_s:.2f} s; "
            f"ready in Chromium {result['ready_median_ms']:.0f} ms median, "
            f"{result['ready_best_ms']:.0f} ms best of {result['runs']}; "
            f"{result['dom_nodes']:,} DOM nodes; interactions (ms): {steps}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--screenshots", type=Path, default=None,
                        help="folder for the PNGs (default: a temporary folder, printed)")
    args = parser.parse_args()
    if find_chromium() is None:
        print("needs chromium and chromedriver (apt-get install chromium chromium-driver)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="crosscheck-html-") as temporary:
        work = Path(temporary)
        shots = args.screenshots or work / "screenshots"
        demo_page = work / "demo.html"
        demo_s = write_report(REPO / "claims.yaml", demo_page)
        project = work / "large"
        generate(project, args.documents, args.claims)
        large_page = work / "large.html"
        large_s = write_report(project / "claims.yaml", large_page)
        with Browser(WIDTH, HEIGHT) as browser:
            demo = measure(browser, demo_page, args.runs)
            large = measure(browser, large_page, args.runs)
            taken = screenshots(browser, demo_page, shots, "report-demo")
            taken += screenshots(browser, large_page, shots, "report-large")
        print(_report_line("demo", demo_page, demo_s, demo))
        print(_report_line(f"generated {args.documents:,} documents x {args.claims:,} claims",
                           large_page, large_s, large))
        if args.screenshots is None:
            keep = Path(tempfile.mkdtemp(prefix="crosscheck-screenshots-"))
            taken = [Path(p.replace(keep / p.name)) for p in taken]
        print("screenshots: " + ", ".join(str(p) for p in taken))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
