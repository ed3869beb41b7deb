"""`crosscheck init` scaffolds a working project; `crosscheck schema` matches the parser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from crosscheck.claims import ACCEPT_KEYS, CLAIM_KEYS, SOURCE_KEYS, TOP_KEYS
from crosscheck.cli import app
from crosscheck.schema import claims_schema
from tests.conftest import REPO

runner = CliRunner()


def load_yaml_keeping_dates_as_text(path: Path) -> Any:
    """claims.yaml as JSON data (YAML dates stay strings, as a schema validator sees them)."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_init_writes_a_project_that_checks_green(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "new"
    result = runner.invoke(app, ["init", str(project)], catch_exceptions=False)
    assert result.exit_code == 0
    assert sorted(p.relative_to(project).as_posix() for p in project.rglob("*")
                  if p.is_file()) == [".github/workflows/crosscheck.yml",
                                      ".pre-commit-config.yaml", "claims.schema.json",
                                      "claims.yaml", "sources/example.txt"]
    monkeypatch.chdir(project)
    check = runner.invoke(app, ["check"], catch_exceptions=False)
    assert check.exit_code == 0, check.output
    jsonschema.validate(load_yaml_keeping_dates_as_text(project / "claims.yaml"),
                        claims_schema())


def test_init_keeps_an_existing_claims_file_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text("mine\n")
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / "claims.yaml").read_text() == "mine\n"
    assert not (tmp_path / "sources").exists()
    lines = result.stdout.replace(f"{tmp_path.as_posix()}/", "").splitlines()
    assert lines == ["kept claims.yaml: it exists (--force to overwrite it)",
                     "created claims.schema.json",
                     "skipped sources/example.txt: your claims.yaml is kept, and the example "
                     "is for the new one",
                     "created .github/workflows/crosscheck.yml",
                     "created .pre-commit-config.yaml"]
    forced = runner.invoke(app, ["init", str(tmp_path), "--force"])
    assert forced.exit_code == 0 and "overwrote" in forced.stdout
    assert (tmp_path / "claims.yaml").read_text().startswith("# yaml-language-server")


EXISTING_HOOKS = """\
# our hooks
default_stages: [pre-commit]
repos:
  - repo: https://github.com/psf/black
    rev: 24.1.0
    hooks:
      - id: black

exclude: ^vendor/
"""


def test_init_adds_the_hook_to_an_existing_pre_commit_config(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".pre-commit-config.yaml").write_text(EXISTING_HOOKS)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert "added the crosscheck hook to .pre-commit-config.yaml" in result.stdout
    assert result.stderr == "crosscheck: next, run `crosscheck report`\n"
    text = (tmp_path / ".pre-commit-config.yaml").read_text()
    assert text.startswith(EXISTING_HOOKS.split("\nexclude")[0])
    assert text.endswith("        always_run: true\n\nexclude: ^vendor/\n")
    config = yaml.safe_load(text)
    assert [h["id"] for r in config["repos"] for h in r["hooks"]] == ["black", "crosscheck"]
    assert config["exclude"] == "^vendor/" and config["default_stages"] == ["pre-commit"]
    again = runner.invoke(app, ["init"])
    assert "kept .pre-commit-config.yaml: it already has a crosscheck hook" in again.stdout
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == text
    assert runner.invoke(app, ["check"]).exit_code == 0


@pytest.mark.parametrize("text", ["repos: []\n", "repos: [{repo: local, hooks: []}]\n",
                                  "ci:\n  autofix: true\n", "repos:\n  - [broken\n"])
def test_init_leaves_a_pre_commit_config_it_cannot_extend_safely(tmp_path: Path,
                                                                 text: str) -> None:
    (tmp_path / ".pre-commit-config.yaml").write_text(text)
    result = runner.invoke(app, ["init", str(tmp_path), "--force"])
    assert result.exit_code == 0
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == text
    assert "kept" in result.stdout and "add the crosscheck hook by hand" in result.stdout
    assert (tmp_path / "claims.yaml").exists()


def test_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.stdout) == claims_schema()


def test_schema_names_exactly_the_keys_the_parser_accepts() -> None:
    schema = claims_schema()
    claim = schema["properties"]["claims"]["items"]
    assert set(schema["properties"]) == set(TOP_KEYS)
    assert set(claim["properties"]) == set(CLAIM_KEYS)
    assert set(claim["properties"]["accept"]["items"]["properties"]) == set(ACCEPT_KEYS)
    assert set(schema["properties"]["sources"]["additionalProperties"]["properties"]) == set(
        SOURCE_KEYS)


def test_demo_claims_validate_and_a_typo_does_not() -> None:
    data = load_yaml_keeping_dates_as_text(REPO / "claims.yaml")
    jsonschema.validate(data, claims_schema())
    data["claims"][0]["valeu"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, claims_schema())
