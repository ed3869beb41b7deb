"""The progress display: the time left at the phase's own pace, and one line per phase that
stays until the work ends."""

from __future__ import annotations

import io

from rich.console import Console

from crosscheck.checker import CheckConfig, check
from crosscheck.progress import ProgressBar, time_left
from tests.conftest import REPO


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def shown(bar: ProgressBar) -> list[str]:
    """What the display shows now, as plain lines."""
    assert bar.bar is not None
    out = io.StringIO()
    Console(file=out, width=100, force_terminal=False, no_color=True).print(
        bar.bar.get_renderable())
    return [" ".join(word for word in line.split() if word.strip("━╸╺"))
            for line in out.getvalue().splitlines()]


def started_bar(clock: Clock) -> ProgressBar:
    return ProgressBar(True, stream=io.StringIO(), clock=clock, terminal=True)


def test_time_left_is_the_phase_average_pace_not_a_burst() -> None:
    clock = Clock()
    bar = started_bar(clock)
    try:
        clock.now = 0.5
        bar("reading sources", 0, 1000)
        clock.now = 3.0  # workers deliver 170 results at once, 2.5 s into the phase
        bar("reading sources", 100, 1000)
        bar("reading sources", 170, 1000)
        assert shown(bar) == ["reading sources 17% 0:00:12 left"]
    finally:
        bar.close()
    assert time_left(0.5, 3.0, 170, 1000) == 2.5 * 830 / 170


def test_each_phase_keeps_its_line_until_the_work_ends() -> None:
    clock = Clock()
    bar = started_bar(clock)
    try:
        for now, stage, done, total in [(0.1, "reading sources", 10, 100),
                                        (1.5, "reading sources", 83, 100),
                                        (2.0, "reading sources", 100, 100),
                                        (2.0, "indexing passages", 0, 1),
                                        (5.0, "indexing passages", 1, 1),
                                        (6.0, "checking claims", 5, 20),
                                        (8.0, "checking claims", 10, 20)]:
            clock.now = now
            bar(stage, done, total)
        assert shown(bar) == ["reading sources 100% took 0:00:02",
                              "indexing passages 100% took 0:00:03",
                              "checking claims 50% 0:00:02 left"]
    finally:
        bar.close()
    assert bar.bar is None


def test_nothing_is_drawn_off_a_terminal_or_in_the_first_second() -> None:
    clock = Clock()
    stream = io.StringIO()
    ProgressBar(True, stream=stream, clock=clock)("reading sources", 5, 10)
    quick = started_bar(clock)
    clock.now = 0.5
    quick("reading sources", 5, 10)
    assert quick.bar is None and stream.getvalue() == ""


def test_the_core_reports_indexing_as_a_phase_between_reading_and_checking() -> None:
    seen: list[str] = []
    check(CheckConfig(REPO / "claims.yaml", use_cache=False,
                      progress=lambda stage, done, total: seen.append(stage)))
    phases = list(dict.fromkeys(seen))
    assert phases == ["reading sources", "indexing passages", "checking claims"]
