"""The command line: a thin typer adapter over ``checker.check`` and the reporters.

It parses options, calls the core, renders, writes, and picks the exit code:
0 every claim supported, 1 a claim is not, 2 bad input or usage, 3 internal error,
130 interrupted. Reports go to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from crosscheck import __version__
from crosscheck.errors import CrosscheckError
from crosscheck.model import ClaimResult, Relation, Report, Status
from crosscheck.reporters import Format, render


class ExitCode(IntEnum):
    """The process exit codes crosscheck promises."""

    OK = 0
    CLAIMS_FAILING = 1
    INPUT_ERROR = 2
    INTERNAL_ERROR = 3
    INTERRUPTED = 130


app = typer.Typer(
    name="crosscheck",
    help=(
        "Check the claims in claims.yaml against a folder of sources.\n\n"
        "Each claim is matched to the passages that support or conflict with it, with the "
        "file, line and value as evidence. Start with `crosscheck report` in the folder "
        "that holds claims.yaml."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

ClaimsOption = Annotated[
    Path, typer.Option("--claims", "-c", help="The claims file; its folder is the project root.",
                       dir_okay=False)]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="terminal (default), markdown or json.",
                         case_sensitive=False)]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", dir_okay=False,
                              help="Write the report to this file (atomically) instead of "
                                   "stdout.")]
ColorOption = Annotated[
    bool | None, typer.Option("--color/--no-color",
                              help="Colour the terminal report. Default: on a terminal, "
                                   "unless NO_COLOR is set.")]

_debug = False
T = TypeVar("T")


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def _guarded(action: Callable[[], T]) -> T:
    """Run core work; turn every failure into a one-line message and a promised exit code."""
    try:
        return action()
    except CrosscheckError as exc:
        _stderr(f"error: {exc}")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None
    except KeyboardInterrupt:
        _stderr("crosscheck: interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except Exception as exc:
        if _debug:
            traceback.print_exc()
        _stderr(f"crosscheck: internal error: {type(exc).__name__}: {exc}"
                + ("" if _debug else " (re-run with --debug for the traceback)"))
        raise typer.Exit(ExitCode.INTERNAL_ERROR) from None


def _run(claims: Path) -> Report:
    from crosscheck.checker import CheckConfig, check

    return _guarded(lambda: check(CheckConfig(claims)))


def _use_color(color: bool | None, output: Path | None) -> bool:
    if color is not None:
        return color
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def write_atomically(path: Path, text: str) -> None:
    """Write a file so that readers see the old content or the new, never half of it."""
    directory = path.resolve().parent
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, delete=False,
                                     prefix=f".{path.name}.", suffix=".tmp",
                                     newline="") as handle:
        handle.write(text)
        temporary = Path(handle.name)
    try:
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def _emit(report: Report, fmt: Format, output: Path | None, color: bool | None,
          show_dropped: bool = False) -> None:
    width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
    text = _guarded(lambda: render(report, fmt, color=_use_color(color, output), width=width,
                                   show_dropped=show_dropped))
    if output is None:
        sys.stdout.write(text)
        return
    _guarded(lambda: write_atomically(output, text))
    _stderr(f"crosscheck: wrote {fmt.value} report to {output}")


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
    = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")]
    = False,
) -> None:
    global _debug
    _debug = debug
    if version:
        print(f"crosscheck {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.command()
def report(
    claims: ClaimsOption = Path("claims.yaml"),
    fmt: FormatOption = Format.TERMINAL,
    output: OutputOption = None,
    color: ColorOption = None,
    show_dropped: Annotated[bool, typer.Option(
        "--show-dropped", help="List the lines kept out of the passages as page furniture "
                               "(menus, share prompts, paywalls), with the rule for each.")]
    = False,
) -> None:
    """Show every claim with the passages that support or conflict with it, worst first.

    Exits 0 whatever the verdicts (use `check` to gate CI), 2 on bad input.

    Examples:
      crosscheck report
      crosscheck report --format markdown >> "$GITHUB_STEP_SUMMARY"
      crosscheck report --format json --output report.json
    """
    _emit(_run(claims), fmt, output, color, show_dropped)


def failure_line(result: ClaimResult, claims_path: str) -> str:
    """``claims.yaml:LINE: <id> is <status>: <why>`` for one failing claim."""
    why: list[str] = []
    conflicts = [e for e in result.evidence if e.relation is Relation.CONFLICTS]
    for evidence in conflicts[:3]:
        found = evidence.value.text if evidence.value else "a different value"
        claimed = evidence.claim_value.text if evidence.claim_value else "its value"
        why.append(f"{evidence.source}:{evidence.line} says {found!r} where the claim says "
                   f"{claimed!r}")
    supporting = len(result.sources_with(Relation.SUPPORTS))
    if result.status is Status.UNSUPPORTED or supporting < result.claim.min_sources:
        why.append(f"{supporting} source(s) support it, {result.claim.min_sources} needed")
    elif supporting:
        why.append(f"{supporting} source(s) support it")
    return f"{claims_path}:{result.claim.line}: {result.claim.id} is {result.status.value}: " \
           + "; ".join(why)


@app.command()
def check(
    claims: ClaimsOption = Path("claims.yaml"),
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", case_sensitive=False,
        help="Also render a full report in this format (to --output, or stdout).")] = None,
    output: OutputOption = None,
) -> None:
    """Exit 1 when any claim is not supported, naming each one with its claims.yaml line.

    Exit codes: 0 every claim supported, 1 some claim is contradicted, disputed or
    unsupported, 2 bad input (claims.yaml, corpus), 3 internal error.

    Example, in CI:
      crosscheck check --format markdown --output crosscheck.md
    """
    result = _run(claims)
    if fmt is not None:
        _emit(result, fmt, output, color=False)
    failing = [r for r in result.results if r.status is not Status.SUPPORTED]
    for item in failing:
        print(failure_line(item, result.claims_path))
    for warning in result.warnings:
        _stderr(f"warning: {warning}")
    total = len(result.results)
    if failing:
        _stderr(f"crosscheck: {len(failing)} of {total} claims not supported")
        raise typer.Exit(ExitCode.CLAIMS_FAILING)
    _stderr(f"crosscheck: all {total} claims supported")


@app.command()
def explain(
    claim_id: Annotated[str, typer.Argument(help="The id of a claim in claims.yaml.")],
    claims: ClaimsOption = Path("claims.yaml"),
) -> None:
    """Show how one claim was read and why each passage counted (or did not)."""
    from crosscheck.explain import explain_claim

    text = _guarded(lambda: explain_claim(claims, claim_id))
    sys.stdout.write(text)


def main() -> None:
    """Console-script entry point."""
    app()
