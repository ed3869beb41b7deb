"""The GitHub Action (action.yml): its declared inputs, and its scripts run as a runner would.

The install step needs the network, so these tests run the later steps with the `crosscheck`
of this environment; the workflow's `claims` job runs the whole Action (`uses: ./`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

ACTION: dict[str, Any] = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CROSSCHECK = Path(sys.executable).parent / "crosscheck"


def step(step_id: str) -> dict[str, Any]:
    return next(s for s in ACTION["runs"]["steps"] if s.get("id") == step_id)


def last_step() -> dict[str, Any]:
    steps: list[dict[str, Any]] = ACTION["runs"]["steps"]
    return steps[-1]


def expressions(value: object) -> list[str]:
    """Every `${{ ... }}` expression in a piece of action.yml."""
    if isinstance(value, dict):
        return [e for key, item in value.items() for e in expressions(key) + expressions(item)]
    if isinstance(value, list):
        return [e for item in value for e in expressions(item)]
    return EXPRESSION.findall(value) if isinstance(value, str) else []


def test_action_is_composite_and_references_only_declared_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    used = {m for e in expressions(ACTION) for m in re.findall(r"inputs\.([\w-]+)", e)}
    assert used == set(ACTION["inputs"])
    assert all(spec.get("description") for spec in ACTION["inputs"].values())


def test_no_expression_is_pasted_into_a_script() -> None:
    """Inputs reach scripts through env only: an input cannot inject shell code."""
    scripts = [s["run"] for s in ACTION["runs"]["steps"] if "run" in s]
    assert scripts and all("${{" not in script for script in scripts)


def run_step(spec: dict[str, Any], context: dict[str, str], cwd: Path,
             runner_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run one `run:` step with bash as a runner would, its env expressions resolved."""
    env = {**os.environ, **runner_env}
    for name, value in spec.get("env", {}).items():
        env[name] = EXPRESSION.sub(lambda m: context[m.group(1)], str(value))
    assert spec["shell"] == "bash"
    return subprocess.run(["bash", "-e", "-c", spec["run"]], cwd=cwd, env=env, text=True,
                          capture_output=True, check=False, timeout=120)


def read_outputs(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return dict(line.split("=", 1) for line in lines)


def run_action(project: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str],
                                                       dict[str, str], Path]:
    """The check step then the final step; returns the check step, its outputs, the summary."""
    context = {f"inputs.{name}": str(spec.get("default", ""))
               for name, spec in ACTION["inputs"].items()}
    context.update({f"inputs.{name.replace('_', '-')}": v for name, v in inputs.items()})
    context["steps.install.outputs.command"] = str(CROSSCHECK)
    runner = project.parent / "runner"
    runner.mkdir(exist_ok=True)
    runner_env = {"GITHUB_ACTIONS": "true", "GITHUB_OUTPUT": str(runner / "output"),
                  "GITHUB_STEP_SUMMARY": str(runner / "summary"), "NO_COLOR": "1"}
    checked = run_step(step("check"), context, project, runner_env)
    outputs = read_outputs(runner / "output")
    return checked, outputs, runner / "summary"


def final_exit(outputs: dict[str, str], project: Path) -> int:
    context = {"steps.check.outputs.exit-code": outputs.get("exit-code", "")}
    return run_step(last_step(), context, project, {}).returncode


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(REPO / "seeds", project / "seeds")
    shutil.copy(REPO / "claims.yaml", project / "claims.yaml")
    return project


def test_defaults_annotate_summarise_and_pass(demo: Path) -> None:
    assert CROSSCHECK.is_file()
    checked, outputs, summary = run_action(demo)
    assert checked.returncode == 0, checked.stderr
    assert outputs == {"exit-code": "0"}
    assert "::notice file=seeds/004_07cfdb25156acfab.txt,line=44" in checked.stdout
    assert "crimea-annexed" in summary.read_text(encoding="utf-8")
    assert not (demo / "crosscheck.sarif").exists()
    assert final_exit(outputs, demo) == 0


def break_a_claim(project: Path) -> None:
    for name in ("001_a1d2632bd97767d4.txt", "002_ff9e8690550813e8.txt"):
        seed = project / "seeds" / name
        seed.write_text(seed.read_text(encoding="utf-8").replace("17,000", "7,000"),
                        encoding="utf-8")


def test_a_failing_claim_writes_sarif_then_fails_the_job(demo: Path) -> None:
    break_a_claim(demo)
    checked, outputs, _ = run_action(demo, sarif="true", formats="junit=j*.xml",
                                     annotations="false", summary="false")
    assert checked.returncode == 0, "the check step records the code; the last step fails"
    assert outputs == {"exit-code": "1"}
    sarif = json.loads((demo / "crosscheck.sarif").read_text(encoding="utf-8"))
    assert any(r["ruleId"] for r in sarif["runs"][0]["results"])
    assert (demo / "j*.xml").is_file(), "a format is passed as written, never globbed"
    assert "::notice" not in checked.stdout and "::error" not in checked.stdout
    assert final_exit(outputs, demo) == 1


def test_extra_args_and_claims_path_reach_the_command(demo: Path) -> None:
    (demo / "docs").mkdir()
    shutil.move(demo / "claims.yaml", demo / "docs" / "claims.yaml")
    shutil.move(demo / "seeds", demo / "docs" / "seeds")
    checked, outputs, _ = run_action(demo, claims="docs/claims.yaml", args="--no-lock --quiet",
                                     summary="false")
    assert outputs == {"exit-code": "0"}, checked.stderr
    assert "no claim failing" not in checked.stderr, "--quiet reached crosscheck"


def test_a_misspelt_boolean_is_an_error_not_false(demo: Path) -> None:
    checked, outputs, _ = run_action(demo, summary="yes")
    assert checked.returncode == 2
    assert "::error title=crosscheck action::input 'summary' must be true or false, not 'yes'" \
        in checked.stdout
    assert outputs == {}
