"""The source cache: unchanged files are not processed again, changed ones alone are, and a
cache that is damaged or not ours is rebuilt, never trusted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import crosscheck.checker as checker
from crosscheck.checker import CheckConfig, check
from crosscheck.reporters import Format, render
from crosscheck.sources import FileJob
from tests.conftest import REPO


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    return tmp_path / "claims.yaml"


def count_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    loaded: list[str] = []
    original = checker._load_and_prepare

    def counting(job: FileJob) -> object:
        loaded.append(job.relative)
        return original(job)

    monkeypatch.setattr(checker, "_load_and_prepare", counting)
    return loaded


def report_text(claims: Path, **options: object) -> str:
    return render(check(CheckConfig(claims, **options)), Format.JSON)  # type: ignore[arg-type]


def test_warm_run_reads_nothing_again_and_reports_the_same(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = report_text(demo)
    loaded = count_loads(monkeypatch)
    assert report_text(demo) == cold
    assert loaded == []
    assert (demo.parent / ".crosscheck" / ".gitignore").read_text().endswith("*\n")


def test_a_changed_file_is_processed_alone(demo: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    report_text(demo)
    seed = demo.parent / "seeds" / "001_a1d2632bd97767d4.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    loaded = count_loads(monkeypatch)
    report_text(demo)
    assert loaded == ["seeds/001_a1d2632bd97767d4.txt"]


def test_changed_metadata_reprocesses_that_file(demo: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    report_text(demo)
    demo.write_text(demo.read_text(encoding="utf-8").replace(
        "    published: 2016-09-03", "    published: 2016-09-04"), encoding="utf-8")
    loaded = count_loads(monkeypatch)
    report_text(demo)
    assert loaded == ["seeds/004_07cfdb25156acfab.txt"]


@pytest.mark.parametrize("damage", [
    lambda data: data[:-10],                      # truncated
    lambda data: data[:60] + b"X" + data[61:],    # a flipped byte in the signature
    lambda data: b"not a cache at all",
])
def test_a_damaged_cache_is_rebuilt_not_trusted(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                                damage: object) -> None:
    cold = report_text(demo)
    cache_file = demo.parent / ".crosscheck" / "sources.cache"
    cache_file.write_bytes(damage(cache_file.read_bytes()))  # type: ignore[operator]
    loaded = count_loads(monkeypatch)
    report = check(CheckConfig(demo))
    assert len(loaded) == 5
    assert any("source cache" in w and "rebuilt" in w for w in report.warnings)
    assert render(report, Format.JSON).replace("\n", "") != ""
    assert report_text(demo) == cold  # rebuilt: the next run is clean and the same


def test_a_cache_from_another_user_is_not_trusted(demo: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    report_text(demo)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    loaded = count_loads(monkeypatch)
    report_text(demo)
    assert len(loaded) == 5


def test_no_cache_writes_nothing(demo: Path) -> None:
    report_text(demo, use_cache=False)
    assert not (demo.parent / ".crosscheck").exists()
