"""The command line itself, through the real command: version, help, option consistency."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from crosscheck import __version__
from crosscheck.cli import app
from tests.conftest import ProjectFactory

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_version_prints_and_exits_zero() -> None:
    assert invoke("--version") == (0, f"crosscheck {__version__}\n", "")


@pytest.mark.parametrize("args", [["-h"], ["report", "-h"], ["check", "-h"], ["init", "-h"]])
def test_dash_h_is_help(args: list[str]) -> None:
    code, out, _ = invoke(*args)
    assert code == 0 and out.startswith("Usage: crosscheck")
    assert out == invoke(*args[:-1], "--help")[1]


COMMANDS = ["report", "check", "lock", "explain", "scan", "rules", "init", "schema"]
ONE_CLAIM = ("version: 1\ncorpus: [news]\nclaims:\n  - id: opened\n"
             "    claim: The bridge opened in 2014.\n")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_plain_metavars(command: str) -> None:
    code, out, _ = invoke(command, "--help")
    assert code == 0
    for leftover in ("<", "{", "RANGE", "x>="):
        assert leftover not in out, (command, leftover)


@pytest.mark.parametrize("command", [["lock"], ["explain", "opened"]])
def test_explain_and_lock_take_the_cache_and_progress_options(
        make_project: ProjectFactory, command: list[str]) -> None:
    claims = make_project(ONE_CLAIM, {"news/a.txt": "The bridge opened in 2014.\n"})
    code, _, err = invoke(*command, "--claims", str(claims), "--no-cache", "--no-progress")
    assert code == 0, err
    assert not (claims.parent / ".crosscheck").exists()


def test_report_and_check_share_format_names(make_project: ProjectFactory) -> None:
    claims = make_project(ONE_CLAIM, {"news/a.txt": "The bridge opened in 2014.\n"})
    for name in ("terminal", "markdown", "json", "JSON"):
        assert invoke("report", "--claims", str(claims), "-f", name)[0] == 0
        assert invoke("check", "--claims", str(claims), "-f", name)[0] == 0
    code, out, err = invoke("report", "--claims", str(claims), "-f", "sarif")
    assert (code, out) == (2, "")
    assert "sarif describes a check's findings: use `crosscheck check --format sarif`" in err


def test_counts_agree_with_their_nouns(make_project: ProjectFactory,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    claims = make_project(ONE_CLAIM, {"news/a.txt": "The bridge opened in 2015.\n"})
    monkeypatch.chdir(claims.parent)
    assert "locked 1 claim in" in invoke("lock")[2]
    assert "claims.yaml · 1 claim · 1 source\n" in invoke("report")[1]
    assert "1 of 1 claim failing" in invoke("check")[2]
    assert "0 sources support it" in invoke("check", "--no-lock")[1]


LONG = ("The Harbour Bridge, which the regional transport authority described in its annual "
        "review as the most ambitious crossing ever attempted on the western coast of the "
        "province, opened in 2014 after a long series of delays and disputes.\n")


@pytest.mark.parametrize("columns", ["60", "80", "132"])
def test_the_report_fits_columns_with_hanging_indents(make_project: ProjectFactory,
                                                      columns: str) -> None:
    claims = make_project(ONE_CLAIM.replace("The bridge", "The Harbour Bridge"),
                          {"news/a.txt": LONG})
    result = runner.invoke(app, ["report", "--claims", str(claims), "--no-color"],
                           env={"COLUMNS": columns}, catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert max(map(len, lines)) <= int(columns)
    assert all(line == line.rstrip() for line in lines)
    start = next(n for n, line in enumerate(lines) if line.startswith("    “The Harbour"))
    quote = lines[start:next(n for n in range(start, len(lines)) if "”" in lines[n]) + 1]
    assert len(quote) > 1 and all(line.startswith("    ") for line in quote)
    assert " ".join(line.strip() for line in quote) == f"“{LONG.strip()}”"
