"""The progress display on stderr: one line per phase of a run, drawn from what the core
reports as (stage, done, total).

Drawn only on a terminal, and only once a run has taken more than a second. Each phase
keeps its line, finished ones at 100 % with the time they took, until the command's work is
over (the CLI closes the display just before it writes its output). The time left is the
phase's own average pace since it began, not rich's recent-speed estimate: results come
from worker processes in bursts, and a burst read as the pace promised "0:00:01" at 17 %.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, Task

Clock = Callable[[], float]


def _clock_text(seconds: float) -> str:
    whole = int(seconds + 0.5)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def time_left(began: float, now: float, done: int, total: int) -> float | None:
    """Seconds left at the phase's average pace so far; None before there is a pace."""
    if done <= 0 or total <= 0 or now <= began:
        return None
    return (now - began) * (total - done) / done


@dataclass
class _Phase:
    began: float
    done: int = 0
    total: int = 0
    ended: float | None = None


@dataclass
class ProgressBar:
    """Called by the core as ``bar(stage, done, total)``; ``close()`` ends the display."""

    enabled: bool
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    clock: Clock = time.monotonic
    delay: float = 1.0
    terminal: bool | None = None
    """Whether ``stream`` is a terminal (asked of the stream when None)."""
    phases: dict[str, _Phase] = field(default_factory=dict)
    started: float = field(init=False)
    bar: Progress | None = field(default=None, init=False)
    tasks: dict[str, Any] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        is_terminal = self.stream.isatty() if self.terminal is None else self.terminal
        self.enabled = self.enabled and is_terminal
        self.started = self.clock()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        phase = self.phases.setdefault(stage, _Phase(began=now))
        phase.done, phase.total = done, total
        if done >= total and phase.ended is None:
            phase.ended = now
        for other_stage, other in self.phases.items():  # a new phase ends the earlier ones
            if other_stage != stage and other.ended is None:
                other.done, other.ended = other.total, now
        if not self.enabled or now - self.started < self.delay:
            return
        self._draw()

    def _draw(self) -> None:
        if self.bar is None:
            self.bar = self._start()
        for stage, phase in self.phases.items():
            if stage not in self.tasks:
                self.tasks[stage] = self.bar.add_task(stage, total=max(phase.total, 1))
            self.bar.update(self.tasks[stage], completed=phase.done,
                            total=max(phase.total, 1), phase=phase)

    def _start(self) -> Progress:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            ProgressColumn,
            TaskProgressColumn,
            TextColumn,
        )
        from rich.text import Text

        clock = self.clock

        class TimeColumn(ProgressColumn):
            """The time a finished phase took, or the time left in one under way."""

            def render(self, task: Task) -> Text:
                phase: _Phase | None = task.fields.get("phase")
                if phase is None:
                    return Text("")
                if phase.ended is not None:
                    return Text(f"took {_clock_text(phase.ended - phase.began)}", style="dim")
                left = time_left(phase.began, clock(), phase.done, phase.total)
                return Text("-:--:-- left" if left is None else f"{_clock_text(left)} left",
                            style="cyan")

        console = Console(file=self.stream, force_terminal=self.terminal or None)
        bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                       TimeColumn(), console=console, transient=True,
                       get_time=self.clock, redirect_stdout=False, redirect_stderr=False)
        bar.start()
        return bar

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
