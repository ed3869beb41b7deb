"""The command line: a thin typer adapter over ``checker.check`` and the reporters.

It parses options, calls the core, renders, writes, and picks the exit code:
0 every claim supported, 1 a claim is not, 2 bad input or usage, 3 internal error,
130 interrupted. Reports go to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, TypeVar

import typer

from crosscheck import __version__
from crosscheck.errors import CrosscheckError
from crosscheck.gate import GateResult
from crosscheck.model import Report
from crosscheck.progress import ProgressBar
from crosscheck.reporters import CheckFormat, Format, render, render_check
from crosscheck.reporters.links import links_for
from crosscheck.wording import count
from crosscheck.writing import write_atomically

if TYPE_CHECKING:
    from crosscheck.lock import Lock


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
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

def _report_format(value: str) -> Format:
    """A report format by name (any case); a name only `check` writes says so."""
    name = value.strip().lower()
    try:
        return Format(name)
    except ValueError:
        pass
    if name in {f.value for f in CheckFormat}:
        raise typer.BadParameter(f"{name} describes a check's findings: use `crosscheck check "
                                 f"--format {name}`", param_hint="--format")
    choices = ", ".join(f.value for f in Format)
    raise typer.BadParameter(f"unknown format {value!r}; choose from {choices}",
                             param_hint="--format")


def _at_least_one(value: int) -> int:
    if value < 1:
        raise typer.BadParameter(f"{value} is not a count; give 1 or more")
    return value


ClaimsOption = Annotated[
    Path, typer.Option("--claims", "-c", metavar="PATH", dir_okay=False,
                       help="The claims file; its folder is the project root.")]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", metavar="NAME",
                      help="terminal (default), markdown, json or html (one self-contained "
                           "page).")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", dir_okay=False,
                              help="Write the report to this file (atomically) instead of "
                                   "stdout.")]
NoCacheOption = Annotated[bool, typer.Option(
    "--no-cache", help="Read and split every source again; by default unchanged files come "
                       "from .crosscheck/ beside the claims file.")]
SelectOption = Annotated[list[str] | None, typer.Option(
    "--select", metavar="ID|GLOB",
    help="Only the claims with this id, or whose ids match this glob (`harbour-*`). "
         "Repeat for several.")]
NoProgressOption = Annotated[bool, typer.Option(
    "--no-progress", help="Never show a progress bar (none is shown off a terminal).")]
DEFAULT_MAX_SIZE = "20M"
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``20M``, ``500k``, ``1.5G``, ``2MiB`` or a number of bytes -> bytes (binary units)."""
    found = _SIZE.fullmatch(text.strip())
    if not found:
        raise typer.BadParameter(f"{text!r} is not a size; write it as 20M, 500k, 1G or a "
                                 "number of bytes", param_hint="--max-source-size")
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[found.group(2).lower()]
    return int(float(found.group(1)) * scale)


def _valid_size(value: str) -> str:
    """Checked while options are parsed, before any work."""
    parse_size(value)
    return value


MaxSizeOption = Annotated[str, typer.Option(
    "--max-source-size", metavar="SIZE", callback=_valid_size,
    help="Skip sources larger than this, with a warning: 20M (the default), 500k, 1G, or a "
         "number of bytes.")]
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


@contextmanager
def _progress(enabled: bool) -> Iterator[ProgressBar]:
    """A progress display for the work inside the block: it stays until the block ends."""
    bar = ProgressBar(enabled)
    try:
        yield bar
    finally:
        bar.close()


def _run(claims: Path, progress: bool | ProgressBar = True, use_cache: bool = True,
         select: list[str] | None = None, max_size: str = DEFAULT_MAX_SIZE) -> Report:
    """The report, with a progress display of its own or, when given one, the caller's."""
    from crosscheck.checker import CheckConfig, check

    if not isinstance(progress, ProgressBar):
        with _progress(progress) as bar:
            return _run(claims, bar, use_cache, select, max_size)
    config = CheckConfig(claims, progress=progress, use_cache=use_cache,
                         select=tuple(select or ()), max_source_bytes=parse_size(max_size))
    report = _guarded(lambda: check(config))
    # The report lives to the end of the run: frozen, its million objects (at 100,000
    # sources) are not walked again by each collection that rendering it sets off.
    gc.freeze()
    return report


def _use_color(color: bool | None, output: Path | None, stream: TextIO | None = None) -> bool:
    """--color/--no-color if given; else colour only on a terminal, and never with NO_COLOR."""
    if color is not None:
        return color
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return (stream or sys.stdout).isatty()


MIN_WIDTH = 40


def _width() -> int:
    """The width to render for: COLUMNS when set (so `crosscheck report | head` in an
    80-column pane fits it), else the terminal's, else 100 columns (stable bytes)."""
    return max(shutil.get_terminal_size((100, 24)).columns, MIN_WIDTH)


def _emit(report: Report, fmt: Format, claims: Path, output: Path | None, color: bool | None,
          show_dropped: bool = False, bar: ProgressBar | None = None) -> None:
    """Render and write a report; the progress display, if any, ends once it is rendered
    (rendering thousands of sources took seconds)."""
    width = _width()
    links = links_for(claims, output, os.environ)
    text = _guarded(lambda: render(report, fmt, color=_use_color(color, output), width=width,
                                   show_dropped=show_dropped, links=links))
    if bar is not None:
        bar.close()
    if output is None:
        sys.stdout.write(text)
        return
    _guarded(lambda: write_atomically(output, text))
    _stderr(f"crosscheck: wrote {fmt.value} report to {output}")


def _print_version(wanted: bool) -> None:
    """Eager: runs while options are parsed, before click asks for a command."""
    if wanted:
        print(f"crosscheck {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
    = False,
    version: Annotated[bool, typer.Option(
        "--version", help="Print the version and exit.", is_eager=True,
        callback=_print_version)] = False,
) -> None:
    global _debug
    _debug = debug


@app.command()
def report(
    claims: ClaimsOption = Path("claims.yaml"),
    fmt: FormatOption = "terminal",
    output: OutputOption = None,
    color: ColorOption = None,
    show_dropped: Annotated[bool, typer.Option(
        "--show-dropped", help="List the lines kept out of the passages as page furniture "
                               "(menus, share prompts, paywalls), with the rule for each.")]
    = False,
    no_progress: NoProgressOption = False,
    no_cache: NoCacheOption = False,
    select: SelectOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
) -> None:
    """Show every claim with the passages that support or conflict with it, worst first.

    Exits 0 whatever the verdicts (use `check` to gate CI), 2 on bad input.

    \b
    Examples:
      crosscheck report
      crosscheck report --format markdown >> "$GITHUB_STEP_SUMMARY"
      crosscheck report --format json --output report.json
      crosscheck report --format html --output report.html
      crosscheck report --select 'harbour-*'
    """
    chosen = _report_format(fmt)
    with _progress(not no_progress) as bar:
        result = _run(claims, bar, not no_cache, select, max_size)
        _emit(result, chosen, claims, output, color, show_dropped, bar)
    for warning in result.warnings:
        _stderr(f"warning: {warning}")


def _parse_outputs(values: list[str]) -> list[tuple[CheckFormat, Path | None]]:
    outputs = []
    for value in values:
        name, _, path = value.partition("=")
        try:
            fmt = CheckFormat(name.strip().lower())
        except ValueError:
            choices = ", ".join(f.value for f in CheckFormat)
            raise typer.BadParameter(f"unknown format {name!r}; choose from {choices}, "
                                     "optionally as NAME=PATH", param_hint="--format") from None
        outputs.append((fmt, Path(path) if path else None))
    to_stdout = [fmt.value for fmt, path in outputs if path is None]
    if len(to_stdout) > 1:
        raise typer.BadParameter(
            f"only one format can go to stdout, not {' and '.join(to_stdout)}; write the "
            f"others to files, as {to_stdout[1]}=PATH", param_hint="--format")
    return outputs


def _read_lock(claims: Path, lock: Path | None, no_lock: bool,
               select: list[str] | None = None) -> Lock | None:
    """The lock to compare with, narrowed to the selected claims (the others were not
    checked, not removed)."""
    from crosscheck.claims import is_selected
    from crosscheck.lock import LOCK_NAME, parse_lock

    if no_lock:
        return None
    path = lock or claims.parent / LOCK_NAME
    if not path.is_file():
        if lock is not None:
            raise CrosscheckError("no such lock file", path=str(lock),
                                  hint="run `crosscheck lock` first, or drop --lock")
        return None
    found = parse_lock(path.read_text(encoding="utf-8"), str(path))
    patterns = tuple(select or ())
    return replace(found, claims=tuple(c for c in found.claims if is_selected(c.id, patterns)))


def _append_summary(text: str) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        raise CrosscheckError("--summary needs GITHUB_STEP_SUMMARY, which is not set",
                              hint="it is set inside GitHub Actions; elsewhere use "
                                   "--format markdown=FILE")
    with Path(target).open("a", encoding="utf-8") as handle:
        handle.write(text)


@app.command()
def check(
    claims: ClaimsOption = Path("claims.yaml"),
    formats: Annotated[list[str] | None, typer.Option(
        "--format", "-f", metavar="NAME[=PATH]",
        help="Also write github, sarif, junit, markdown, json, terminal or html output, to "
             "stdout or to PATH. Repeat for several. Under GitHub Actions, github annotations are "
             "on by default.")] = None,
    lock: Annotated[Path | None, typer.Option(
        "--lock", metavar="FILE", dir_okay=False,
        help="The lock to compare with. Default: crosscheck.lock beside the claims file, "
             "when it exists.")] = None,
    no_lock: Annotated[bool, typer.Option("--no-lock", help="Judge verdicts alone.")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Disputed claims (support and an open conflict) fail too.")] = False,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Report findings but exit 0 (input errors still exit 2).")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Print failing findings only, and no summary.")] = False,
    summary: Annotated[bool, typer.Option(
        "--summary", help="Append the Markdown summary to $GITHUB_STEP_SUMMARY.")] = False,
    no_progress: NoProgressOption = False,
    color: ColorOption = None,
    no_cache: NoCacheOption = False,
    select: SelectOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
) -> None:
    """Fail (exit 1) when a claim lost support, gained a conflict or is not supported.

    A contradicted or unsupported claim fails (a disputed one with --strict). With
    crosscheck.lock, a claim also fails when a passage that supported it went away or
    changed, or when a conflict appears that the lock did not record; a lock never makes a
    failing claim pass. Discrepancies accepted in claims.yaml (`accept:` with a reason)
    never fail.

    Exit codes: 0 nothing failing, 1 something failing, 2 bad input, 3 internal error.

    \b
    Examples:
      crosscheck check
      crosscheck check --format sarif=crosscheck.sarif --format junit=junit.xml
      crosscheck check --format html=crosscheck.html
      crosscheck check --summary     (in GitHub Actions)
    """
    from crosscheck.gate import gate
    from crosscheck.lock import settings_fingerprint
    from crosscheck.matching import DEFAULT_THRESHOLDS

    outputs = _parse_outputs(formats or [])
    if not outputs and os.environ.get("GITHUB_ACTIONS") == "true":
        outputs = [(CheckFormat.GITHUB, None)]
    result = _run(claims, not no_progress, not no_cache, select, max_size)
    locked = _guarded(lambda: _read_lock(claims, lock, no_lock, select))
    outcome = gate(result, locked, settings_fingerprint(DEFAULT_THRESHOLDS), strict)
    for fmt, path in outputs:
        _write_output(partial(render_check, color=_use_color(color, path),
                              links=links_for(claims, path, os.environ)), result, outcome,
                      fmt, path)
    if summary:
        _guarded(lambda: _append_summary(render(result, Format.MARKDOWN,
                                                links=links_for(claims, None, os.environ))))
    # A format written to stdout owns it (a SARIF or JUnit document must parse): the
    # findings go to stderr then, beside the other diagnostics.
    owned = any(path is None for _, path in outputs)
    _print_findings(outcome, result, quiet, sys.stderr if owned else sys.stdout, color)
    failing = outcome.failing_claims()
    if not quiet:
        total = len(result.results)
        basis = "compared with the lock" if outcome.lock_used else "by verdicts"
        _stderr(f"crosscheck: {len(failing)} of {count(total, 'claim')} failing ({basis})"
                if failing else f"crosscheck: no claim failing of {total} ({basis})")
    if failing and not exit_zero:
        raise typer.Exit(ExitCode.CLAIMS_FAILING)


def _write_output(renderer: Callable[[Report, GateResult, CheckFormat], str], report: Report,
                  outcome: GateResult, fmt: CheckFormat, path: Path | None) -> None:
    text = _guarded(partial(renderer, report, outcome, fmt))
    if path is None:
        sys.stdout.write(text)
    else:
        _guarded(partial(write_atomically, path, text))
        _stderr(f"crosscheck: wrote {fmt.value} to {path}")


def _print_findings(outcome: GateResult, report: Report, quiet: bool, stream: TextIO,
                    color: bool | None) -> None:
    from crosscheck.reporters.findings import render_findings

    stream.write(render_findings(outcome, report.claims_path, quiet=quiet,
                                 color=_use_color(color, None, stream)))
    if outcome.lock_note and not quiet:
        _stderr(f"warning: {outcome.lock_note}")
    if not quiet:
        for warning in report.warnings:
            _stderr(f"warning: {warning}")


@app.command("lock")
def lock_command(
    claims: ClaimsOption = Path("claims.yaml"),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", dir_okay=False,
        help="Where to write the lock. Default: crosscheck.lock beside the claims file.")]
    = None,
    no_progress: NoProgressOption = False,
    no_cache: NoCacheOption = False,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
) -> None:
    """Record which passages support or conflict with each claim, for `check` to compare.

    Review the diff of crosscheck.lock like code: it changes when evidence changes, not when
    a passage moves to another line. Only this command writes it, atomically.

    A lock records evidence; it does not accept failing claims. Unsupported and
    contradicted claims are recorded, listed after the lock is written, and still fail
    `check`: fix them, or accept a conflict in claims.yaml with a reason.
    """
    from crosscheck.lock import LOCK_NAME, lock_from_report, render_lock
    from crosscheck.matching import DEFAULT_THRESHOLDS

    result = _run(claims, not no_progress, not no_cache, max_size=max_size)
    target = output or claims.parent / LOCK_NAME
    text = render_lock(lock_from_report(result, DEFAULT_THRESHOLDS))
    _guarded(lambda: write_atomically(target, text))
    _stderr(f"crosscheck: locked {count(len(result.results), 'claim')} in {target}")
    _warn_still_failing(result)


def _warn_still_failing(report: Report) -> None:
    """A lock records evidence; it never turns a failing claim into a passing one."""
    failing = sorted((r for r in report.results if r.fails()), key=lambda r: r.claim.line)
    if not failing:
        return
    _stderr(f"warning: a lock does not accept failing claims: `crosscheck check` still fails "
            f"{'this one' if len(failing) == 1 else f'these {len(failing)}'}:")
    for result in failing:
        _stderr(f"  {report.claims_path}:{result.claim.line}: {result.claim.id} is "
                f"{result.status.value}")
    _stderr("  fix the sources or the claim, or accept a conflict in claims.yaml (`accept:` "
            "with a reason)")


@app.command()
def explain(
    claim_ids: Annotated[list[str] | None, typer.Argument(
        metavar="[CLAIM_ID]...", help="Ids of claims in claims.yaml (or use --select).",
        show_default=False)] = None,
    claims: ClaimsOption = Path("claims.yaml"),
    select: SelectOption = None,
    no_progress: NoProgressOption = False,
    no_cache: NoCacheOption = False,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
) -> None:
    """Show how a claim was read and why each passage counted (or did not).

    \b
    Examples:
      crosscheck explain crimea-annexed
      crosscheck explain --select 'harbour-*'
    """
    from crosscheck.explain import explain_claims

    patterns = (*(claim_ids or ()), *(select or ()))
    if not patterns:
        raise typer.BadParameter("name a claim: crosscheck explain CLAIM_ID, or --select "
                                 "ID|GLOB", param_hint="CLAIM_ID")
    bar = ProgressBar(not no_progress)
    try:
        text = _guarded(lambda: explain_claims(claims, patterns, use_cache=not no_cache,
                                               progress=bar, max_bytes=parse_size(max_size)))
    finally:
        bar.close()
    sys.stdout.write(text)


@app.command()
def scan(
    claims: ClaimsOption = Path("claims.yaml"),
    fmt: FormatOption = "terminal",
    output: OutputOption = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Also list facts that several sources agree on.")] = False,
    suggest: Annotated[bool, typer.Option(
        "--suggest", help="Print claims.yaml entries for the top disagreements instead.")]
    = False,
    limit: Annotated[int, typer.Option(
        "--limit", metavar="N", callback=_at_least_one,
        help="How many findings of each kind to show.")] = 20,
    color: ColorOption = None,
    no_progress: NoProgressOption = False,
    no_cache: NoCacheOption = False,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
) -> None:
    """Find the disagreements nobody wrote a claim for.

    Every value a source states (counts, amounts, shares, dates) is matched against the other
    sources with the same same-fact rules as claims; a disagreement is two sources stating
    different values for one fact. Uses the corpus and source metadata of claims.yaml, not
    its claims. Exit 0 (it reports; `check` gates).

    \b
    Examples:
      crosscheck scan
      crosscheck scan --all --format markdown
      crosscheck scan --suggest >> new-claims.yaml
    """
    from crosscheck.checker import CheckConfig, scan_project
    from crosscheck.reporters import scan as scan_reporters

    chosen = _report_format(fmt)
    bar = ProgressBar(not no_progress)
    try:
        result = _guarded(partial(scan_project, CheckConfig(
            claims, progress=bar, use_cache=not no_cache,
            max_source_bytes=parse_size(max_size))))
    finally:
        bar.close()
    if suggest:
        text = scan_reporters.render_suggestions(result, limit)
    elif chosen is Format.MARKDOWN:
        text = scan_reporters.render_scan_markdown(result, show_all=show_all, limit=limit)
    elif chosen is Format.JSON:
        text = scan_reporters.render_scan_json(result, show_all=show_all, limit=limit)
    else:
        width = _width()
        text = scan_reporters.render_scan_terminal(
            result, show_all=show_all, limit=limit, color=_use_color(color, output),
            width=width)
    if output is None:
        sys.stdout.write(text)
    else:
        _guarded(partial(write_atomically, output, text))
        _stderr(f"crosscheck: wrote scan to {output}")


@app.command()
def rules(
    rule_id: Annotated[str | None, typer.Argument(
        metavar="[RULE]", help="A rule id: print its whole spec.")] = None,
) -> None:
    """List the matching rules (the ids in JSON `rules` and in `explain`), or show one.

    Each rule decides one thing about a passage: that a would-be support or conflict is only a
    mention (hedged, negated, other-time, ...), or that its clause is credited with words said
    elsewhere (anaphor, carried-names, ...).
    """
    from crosscheck.rulebook import describe_rule, list_rules

    text = list_rules() if rule_id is None else _guarded(lambda: describe_rule(rule_id))
    sys.stdout.write(text)


@app.command()
def schema() -> None:
    """Print the JSON Schema of claims.yaml (version 1), for editors and other tools."""
    from crosscheck.schema import render_schema

    sys.stdout.write(render_schema())


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(
        metavar="[FOLDER]", show_default=False,
        help="The project's folder (default: this one); created if missing.")]
    = Path(),
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite the scaffold files that exist (never "
                        ".pre-commit-config.yaml: the hook is added to it).")] = False,
) -> None:
    """Start a project: claims.yaml (with its schema), an example source, a GitHub workflow
    and a pre-commit hook.

    Files that exist are kept, with a note, unless --force; an existing
    .pre-commit-config.yaml gets the crosscheck hook added to its repos when that changes
    nothing else in it.

    \b
    Examples:
      crosscheck init new-project
      crosscheck init            (in an existing repository)
    """
    from crosscheck.scaffold import plan_init, scaffold_files

    current = {name: _guarded(partial(_read_existing, folder / name))
               for name, _ in scaffold_files()}
    for step in plan_init(current, force):
        if step.text is not None:
            _guarded(partial(write_atomically, folder / step.path, step.text,
                             make_folders=True))
        print(step.said.replace(step.path, (folder / step.path).as_posix(), 1))
    here = folder.resolve() == Path.cwd().resolve()
    _stderr("crosscheck: next, run `crosscheck report`" if here else
            f"crosscheck: next, `cd {folder.as_posix()}` and run `crosscheck report`")


def _read_existing(path: Path) -> str | None:
    """A scaffold file's current text; None when there is none. Anything else there (a
    folder, unreadable bytes) is an input error before anything is written."""
    if not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CrosscheckError(f"exists but cannot be read as text ({exc})", path=str(path),
                              hint="move it away, or run init in another folder") from None


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    finally:
        # Nothing built here needs collecting at exit: freezing skips the interpreter's
        # final sweep over every object (~50 ms of each run's wall time).
        gc.freeze()
