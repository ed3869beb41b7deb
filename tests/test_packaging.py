"""Packaging tells the truth: one Python range, one version, install examples that work.

The built artifacts themselves (sdist, wheel, installs on every Python) are checked by
scripts/check_dist.py, which .ci/run runs after the tests.
"""

from __future__ import annotations

import importlib.metadata
import re
import shlex
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import crosscheck
from crosscheck.cli import app
from tests.conftest import REPO

PYPROJECT: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
README = (REPO / "README.md").read_text(encoding="utf-8")


def minimum_python() -> int:
    """The minor version in requires-python (">=3.N": a floor and no ceiling)."""
    found = re.fullmatch(r">=3\.(\d+)", PYPROJECT["project"]["requires-python"])
    assert found, "requires-python should be a floor only, '>=3.N'"
    return int(found.group(1))


def classifier_pythons() -> list[int]:
    prefix = "Programming Language :: Python :: 3."
    return sorted(int(c.removeprefix(prefix)) for c in PYPROJECT["project"]["classifiers"]
                  if c.startswith(prefix))


def ci_pythons() -> list[int]:
    workflow = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    versions = workflow["jobs"]["tests"]["strategy"]["matrix"]["python-version"]
    return sorted(int(v.removeprefix("3.")) for v in versions)


def readme_yaml_blocks() -> list[Any]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", README, re.S)]


def test_every_place_names_the_same_pythons() -> None:
    low = minimum_python()
    tested = classifier_pythons()
    assert tested == list(range(low, tested[-1] + 1)), "classifiers: every minor from the floor"
    assert ci_pythons() == tested
    assert PYPROJECT["tool"]["ruff"]["target-version"] == f"py3{low}"
    assert PYPROJECT["tool"]["mypy"]["python_version"] == f"3.{low}"
    assert set(re.findall(r"Python (3\.\d+) or newer", README)) == {f"3.{low}"}


def test_the_version_lives_in_one_place() -> None:
    assert "version" not in PYPROJECT["project"]
    assert "version" in PYPROJECT["project"]["dynamic"]
    dynamic = PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "crosscheck.__version__"}
    assert importlib.metadata.version("crosscheck-claims") == crosscheck.__version__
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(crosscheck.__version__)}\b", changelog, re.M)


def test_every_file_under_the_package_is_shipped() -> None:
    manifest = (REPO / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    assert "graft src/crosscheck" in manifest
    assert PYPROJECT["tool"]["setuptools"]["include-package-data"] is True
    assert (REPO / "src/crosscheck/py.typed").is_file()


def test_readme_installs_only_what_exists() -> None:
    """No `pip install crosscheck-claims` until it is on PyPI: install from the repository."""
    installs = re.findall(r"pip install ([^\n`]*)", README)
    from_index = [line for line in installs if "crosscheck-claims" in line
                  and "git+https://" not in line]
    assert from_index == []
    assert any("git+https://github.com/OWNER/crosscheck@v" in line for line in installs)


def test_readme_action_example_uses_declared_inputs() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    steps = [step for block in readme_yaml_blocks() if isinstance(block, dict)
             for job in block.get("jobs", {}).values() for step in job["steps"]]
    ours = [step for step in steps if str(step.get("uses", "")).startswith("OWNER/crosscheck@")]
    assert ours, "the README shows the Action"
    for step in ours:
        assert set(step.get("with", {})) <= set(action["inputs"])


def test_readme_pre_commit_example_names_the_declared_hook() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    configs = [block for block in readme_yaml_blocks()
               if isinstance(block, dict) and "repos" in block]
    assert configs
    used = {hook["id"] for config in configs for repo in config["repos"]
            for hook in repo["hooks"]}
    assert used <= {hook["id"] for hook in hooks}


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo project, as the current folder (a hook runs at the repository root)."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def hook_command() -> list[str]:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    command = shlex.split(hook["entry"])
    assert command[0] in PYPROJECT["project"]["scripts"]
    return command[1:]


def test_pre_commit_hook_passes_a_project_whose_claims_hold(demo: Path) -> None:
    result = CliRunner().invoke(app, hook_command(), catch_exceptions=False)
    assert result.exit_code == 0


def test_pre_commit_hook_blocks_a_commit_that_breaks_a_claim(demo: Path) -> None:
    seed = demo / "seeds/002_ff9e8690550813e8.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("17,000", "7,000"),
                    encoding="utf-8")
    seed = demo / "seeds/001_a1d2632bd97767d4.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("17,000", "7,000"),
                    encoding="utf-8")
    result = CliRunner().invoke(app, hook_command(), catch_exceptions=False)
    assert result.exit_code == 1
    assert "residents-expelled" in result.stdout + result.stderr
