"""Shared helpers: build small corpora on disk and run the real pipeline on them."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from crosscheck.checker import CheckConfig, check
from crosscheck.model import Report

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """``CROSSCHECK_KNOCKOUT=RULE_ID`` disables one matching rule for the whole run, so
    `python bench/knockout.py` can show which tests catch each mechanism."""
    knocked = os.environ.get("CROSSCHECK_KNOCKOUT")
    if not knocked:
        return
    from crosscheck.matching.rules import BY_ID, Credit

    rule = BY_ID[knocked]
    if isinstance(rule, Credit):
        object.__setattr__(rule, "credit", lambda case: None)
    else:
        object.__setattr__(rule, "check", lambda case: None)

ProjectFactory = Callable[[str, dict[str, str]], Path]


@pytest.fixture(autouse=True)
def _fixed_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports are rendered at COLUMNS when it is set: tests render at the default width
    whatever the shell running them exports."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture
def make_project(tmp_path: Path) -> ProjectFactory:
    """Write claims.yaml and source files under a temporary folder; return the claims path."""

    def build(claims_yaml: str, files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        claims = tmp_path / "claims.yaml"
        claims.write_text(textwrap.dedent(claims_yaml).lstrip(), encoding="utf-8")
        return claims

    return build


def run_check(claims: Path) -> Report:
    """The whole pipeline on a claims file."""
    return check(CheckConfig(claims))


@pytest.fixture(scope="session")
def demo_report() -> Report:
    """The report on the repository's own demo, computed once."""
    return run_check(REPO / "claims.yaml")
