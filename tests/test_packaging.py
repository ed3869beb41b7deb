"""Packaging tells the truth: one Python range and one version, said the same way everywhere."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from typing import Any

import yaml

import crosscheck
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
