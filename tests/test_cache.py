"""The source cache: unchanged files are not processed again, changed ones alone are, and a
cache that is damaged or not ours is rebuilt, never trusted."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

import crosscheck.cache as cache_module
import crosscheck.checker as checker
from crosscheck.checker import CheckConfig, check, scan_project
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


DAMAGES = [
    lambda data: data[:-10],                      # truncated
    lambda data: data[:60] + b"X" + data[61:],    # a flipped byte in the signature
    lambda data: b"not a cache at all",
]


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize(("name", "reloads"), [
    ("sources.cache", 5), ("sources.index", 0), ("result.cache", 0)])
def test_a_damaged_cache_is_rebuilt_not_trusted(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                                damage: object, name: str,
                                                reloads: int) -> None:
    cold = report_text(demo)
    folder = demo.parent / ".crosscheck"
    if name == "sources.cache":
        (folder / "result.cache").unlink()  # or the unchanged result answers alone
    (folder / name).write_bytes(damage((folder / name).read_bytes()))  # type: ignore[operator]
    loaded = count_loads(monkeypatch)
    report = check(CheckConfig(demo))
    assert len(loaded) == reloads
    assert any(f"cache file {name}" in w and "rebuilt" in w for w in report.warnings)
    assert render(report, Format.JSON).replace("\n", "") != ""
    assert report_text(demo) == cold  # rebuilt: the next run is clean and the same


def count_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = checker.check_sources

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checker, "check_sources", counting)
    return calls


def test_an_unchanged_project_is_not_checked_again(demo: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    cold = report_text(demo)
    checks = count_checks(monkeypatch)
    assert report_text(demo) == cold
    assert checks == []
    demo.write_text(demo.read_text(encoding="utf-8").replace("min_sources: 2",
                                                             "min_sources: 3", 1),
                    encoding="utf-8")
    loaded = count_loads(monkeypatch)
    assert report_text(demo) != cold  # the claims changed: checked again, from cached sources
    assert checks == [1] and loaded == []


def test_a_report_asked_for_from_another_folder_comes_from_the_cache(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(demo.parent)
    cold = check(CheckConfig(Path("claims.yaml")))
    checks = count_checks(monkeypatch)
    monkeypatch.chdir(demo.parent.parent)
    warm = check(CheckConfig(demo.parent.relative_to(demo.parent.parent) / "claims.yaml"))
    assert checks == []
    assert cold.claims_path == "claims.yaml"
    assert warm.claims_path == f"{demo.parent.name}/claims.yaml"
    assert warm.results == cold.results


def test_unchanged_files_are_not_read_to_be_hashed(demo: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = sorted((demo.parent / "seeds").iterdir())
    for seed in seeds:  # old enough for their stat to be trusted
        os.utime(seed, (time.time() - 3600, time.time() - 3600))
    report_text(demo)
    opened: list[str] = []

    def counting(path: str, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(path))
        return open(path, *args, **kwargs)  # noqa: PTH123

    monkeypatch.setattr(cache_module, "open", counting, raising=False)
    report_text(demo)
    assert opened == []  # every seed's fingerprint came from its unchanged stat
    os.utime(seeds[0])  # touched: its stat changed, so it is read and hashed again
    report_text(demo)
    assert [Path(p).name for p in opened] == [seeds[0].name]


def test_a_change_that_keeps_size_and_time_is_seen_while_recent(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = demo.parent / "seeds" / "001_a1d2632bd97767d4.txt"
    os.utime(seed)  # written just now, as the cache will be
    report_text(demo)
    before = seed.stat()
    text = seed.read_text(encoding="utf-8")
    changed = text.replace("Putin", "Putyn", 1)
    assert changed != text and len(changed) == len(text)
    seed.write_text(changed, encoding="utf-8")
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    loaded = count_loads(monkeypatch)
    report_text(demo)
    assert loaded == ["seeds/001_a1d2632bd97767d4.txt"]


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


def test_parallel_loading_and_checking_give_the_same_report(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sequential = report_text(demo, use_cache=False)
    scanned = scan_project(CheckConfig(demo, use_cache=False))
    # The demo is far below the sizes where work goes to worker processes: lower them.
    monkeypatch.setattr(checker, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(checker, "PARALLEL_MIN_CLAIMS", 1)
    monkeypatch.setattr(checker, "PARALLEL_MIN_PASSAGES", 1)
    monkeypatch.setattr(checker, "PARALLEL_MIN_STATEMENTS", 1)
    monkeypatch.setattr(checker, "BLOCK", 1)  # every worker gets claims and passages
    monkeypatch.setattr(os, "cpu_count", lambda: 3)  # this process and two workers
    assert report_text(demo, use_cache=False) == sequential
    assert report_text(demo) == sequential  # and through the cache, as workers pickled it
    assert scan_project(CheckConfig(demo, use_cache=False)) == scanned
    assert scanned.disagreements  # a scan that finds nothing would prove nothing


def test_the_run_that_replaces_an_outdated_cache_stores_its_result(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report_text(demo)
    monkeypatch.setattr(cache_module, "_stamp", lambda: b"the next version of crosscheck")
    rebuilt = check(CheckConfig(demo))
    assert any("rebuilt" in warning for warning in rebuilt.warnings)
    checks = count_checks(monkeypatch)
    again = check(CheckConfig(demo))
    assert checks == []  # the rebuilding run stored its result: one slow run, not two
    assert again.results == rebuilt.results and not again.warnings


def test_an_outdated_cache_is_not_worth_hashing_every_file_for(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report_text(demo)
    monkeypatch.setattr(cache_module, "_stamp", lambda: b"the next version of crosscheck")
    hashed: list[str] = []
    original = cache_module.SourceCache.fingerprint

    def counting(self: cache_module.SourceCache, relative: str, *args: Any) -> str | None:
        hashed.append(relative)
        return original(self, relative, *args)

    monkeypatch.setattr(cache_module.SourceCache, "fingerprint", counting)
    loaded = count_loads(monkeypatch)
    check(CheckConfig(demo))
    # Loading hashes each file as it reads it; hashing them all first would be a second pass.
    assert hashed == [] and len(loaded) == 5
