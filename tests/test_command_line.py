"""The command line itself, through the real command: version, help, option consistency."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from crosscheck import __version__
from crosscheck.cli import app

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
