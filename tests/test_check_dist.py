"""scripts/check_dist.py's own judgements, on small hand-made artifacts (no build, no network)."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version
from scripts.check_dist import (
    Interpreter,
    PythonResult,
    check_sdist_contents,
    check_version,
    check_wheel_contents,
    main,
    python_problems,
    pythons_to_try,
)

TREE = ["src/crosscheck/__init__.py", "src/crosscheck/py.typed",
        "src/crosscheck/templates/report.html.j2", "tests/test_x.py", "README.md"]


def wheel(folder: Path, names: list[str], version: str = "0.1.0") -> Path:
    """A wheel with these files (and a METADATA and LICENSE) in a new folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crosscheck_claims-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "")
        info = f"crosscheck_claims-{version}.dist-info"
        archive.writestr(f"{info}/METADATA", f"Metadata-Version: 2.4\nName: crosscheck-claims\n"
                                             f"Version: {version}\nRequires-Python: >=3.11\n")
        archive.writestr(f"{info}/licenses/LICENSE", "MIT")
    return path


def project(folder: Path, version: str, changelog: str) -> Path:
    """A project folder with this __version__ and CHANGELOG.md."""
    root = folder / "project"
    (root / "src/crosscheck").mkdir(parents=True)
    (root / "src/crosscheck/__init__.py").write_text(f'__version__ = "{version}"\n')
    (root / "CHANGELOG.md").write_text(changelog)
    return root


def test_wheel_must_hold_exactly_the_package_tree(tmp_path: Path) -> None:
    exact = wheel(tmp_path, [n.removeprefix("src/") for n in TREE[:3]])
    assert check_wheel_contents(exact, TREE) == []
    missing = wheel(tmp_path / "m", ["crosscheck/__init__.py", "crosscheck/py.typed",
                                      "crosscheck/__pycache__/x.pyc"])
    assert check_wheel_contents(missing, TREE) == [
        "missing from the wheel: crosscheck/templates/report.html.j2 (is it matched by "
        "MANIFEST.in's graft?)",
        "in the wheel but not in src/: crosscheck/__pycache__/x.pyc"]


def test_sdist_must_hold_the_tests(tmp_path: Path) -> None:
    path = tmp_path / "crosscheck_claims-0.1.0.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name in ("src/crosscheck/__init__.py", "src/crosscheck/py.typed",
                     "src/crosscheck/templates/report.html.j2", "README.md"):
            info = tarfile.TarInfo(f"crosscheck_claims-0.1.0/{name}")
            archive.addfile(info, io.BytesIO(b""))
    assert check_sdist_contents(path, TREE) == [
        "missing from the sdist: tests/test_x.py (see MANIFEST.in)"]


def test_version_tag_and_changelog_must_agree(tmp_path: Path) -> None:
    root = project(tmp_path, "0.2.0", "# Changelog\n\n## 0.2.0 (unreleased)\n")
    built = wheel(tmp_path, [], version="0.2.0")
    assert check_version(root, built, tag=None) == []
    assert check_version(root, built, tag="v0.2.0") == [
        "CHANGELOG.md's '## 0.2.0 (unreleased)' has no release date (YYYY-MM-DD)"]
    assert check_version(root, built, tag="v0.2.1")[0] == (
        "tag v0.2.1 does not match the version: it should be v0.2.0")
    dated = project(tmp_path / "d", "0.2.0", "## 0.2.0 - 2026-12-01\n")
    assert check_version(dated, built, tag="v0.2.0") == []
    stale = wheel(tmp_path / "d", [], version="0.1.0")
    assert check_version(dated, stale, tag=None) == [
        "the wheel's version is 0.1.0, __init__.py says 0.2.0"]
    assert check_version(project(tmp_path / "n", "0.3.0", ""), wheel(
        tmp_path / "n", [], version="0.3.0"), tag=None) == [
        "CHANGELOG.md has no '## 0.3.0' section"]


def python(version: str) -> Interpreter:
    return Interpreter(f"/usr/bin/python{version}", Version(version))


def test_every_python_in_range_and_the_newest_below_are_tried() -> None:
    found = [python(v) for v in ("3.8.1", "3.9.2", "3.10.13", "3.11.7", "3.12.1", "3.13.0")]
    tried = pythons_to_try(found, SpecifierSet(">=3.11"), given=False)
    assert [str(p.version) for p in tried] == ["3.10.13", "3.11.7", "3.12.1", "3.13.0"]
    assert pythons_to_try(found, SpecifierSet(">=3.11"), given=True) == found


def test_different_json_or_an_install_that_was_not_refused_fails() -> None:
    same = [PythonResult(python("3.11.7"), True, installed=True, demo_json=b"{}",
                         demo_sha256="a"),
            PythonResult(python("3.12.1"), True, installed=True, demo_json=b"{}",
                         demo_sha256="a")]
    assert python_problems(same, given=False) == []
    differ = [*same, PythonResult(python("3.13.0"), True, installed=True, demo_json=b"{ }",
                                  demo_sha256="b")]
    assert python_problems(differ, given=False) == [
        "the demo JSON differs between Pythons: 3.11.7 a, 3.12.1 a, 3.13.0 b"]
    skipped = PythonResult(python("3.12.1"), True, skipped="no working venv module: x")
    assert python_problems([same[0], skipped], given=False) == []
    assert python_problems([same[0], skipped], given=True) == [
        "Python 3.12.1: no working venv module: x"]
    assert python_problems([skipped], given=False) == [
        "no Python here installed the wheel and ran the demo: nothing was tested (give a "
        "Python 3 in Requires-Python with --python)"]


def test_a_python_that_does_not_run_is_a_usage_error_before_any_build(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--python", str(tmp_path / "python3.99"), "--keep", str(tmp_path / "k")]) == 2
    assert "not a Python 3 interpreter that runs" in capsys.readouterr().err
    assert not (tmp_path / "k").exists(), "nothing was built"
