"""Files crosscheck writes, through the real commands: permissions and write failures."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from tests.conftest import REPO, ProjectFactory

runner = CliRunner()
DEMO = str(REPO / "claims.yaml")


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def writers(tmp_path: Path) -> dict[str, tuple[list[str], Path]]:
    """Each command that writes a file: its arguments and the file it writes."""
    return {
        "report": (["report", "--claims", DEMO, "-o", str(tmp_path / "r.md")],
                   tmp_path / "r.md"),
        "lock": (["lock", "--claims", DEMO, "-o", str(tmp_path / "x.lock")],
                 tmp_path / "x.lock"),
        "sarif": (["check", "--claims", DEMO, "--no-lock", "-f",
                   f"sarif={tmp_path / 'x.sarif'}"], tmp_path / "x.sarif"),
        "junit": (["check", "--claims", DEMO, "--no-lock", "-f",
                   f"junit={tmp_path / 'x.xml'}"], tmp_path / "x.xml"),
        "init": (["init", str(tmp_path / "new")], tmp_path / "new" / "claims.yaml"),
    }


@pytest.mark.parametrize("command", ["report", "lock", "sarif", "junit", "init"])
def test_new_files_respect_the_umask_and_replaced_files_keep_their_mode(
        tmp_path: Path, umask_022: None, command: str) -> None:
    args, target = writers(tmp_path)[command]
    code, _, err = invoke(*args)
    assert code == 0, err
    assert mode(target) == 0o644
    if command == "init":
        return
    target.chmod(0o640)
    assert invoke(*args)[0] == 0
    assert mode(target) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


@pytest.mark.parametrize("command", ["report", "lock", "sarif"])
def test_writing_into_a_missing_folder_says_what_and_why(tmp_path: Path,
                                                         command: str) -> None:
    args = {"report": ["report", "--claims", DEMO, "--output"],
            "lock": ["lock", "--claims", DEMO, "--output"],
            "sarif": ["check", "--claims", DEMO, "-f"]}[command]
    target = tmp_path / "nodir" / "r.out"
    value = f"sarif={target}" if command == "sarif" else str(target)
    code, out, err = invoke(*args, value)
    assert (code, out) == (2, "")
    assert err == (f"error: {target.as_posix()}: cannot write it: the folder "
                   f"{target.parent.as_posix()} does not exist; create the folder first, "
                   "or write somewhere else\n")


def test_writing_below_a_file_says_it_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    code, _, err = invoke("report", "--claims", DEMO, "-o", str(tmp_path / "plain" / "r.md"))
    assert code == 2 and f"{(tmp_path / 'plain').as_posix()} is not a folder" in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write into a read-only folder")
@pytest.mark.parametrize("command", ["report", "lock"])
def test_a_read_only_folder_is_an_input_error(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = invoke(command, "--claims", DEMO, "-o", str(folder / "out"))
    finally:
        folder.chmod(0o755)
    assert code == 2 and "cannot write it: permission denied in" in err


LINKS_CLAIMS = ("version: 1\ncorpus: [{entry}]\nclaims:\n  - id: opened\n"
                "    claim: The bridge opened in 2014.\n")


@pytest.mark.parametrize("entry", ["news", "'news/*.txt'", "news/loop-a.txt"])
def test_link_loops_and_dangling_links_are_skipped_with_a_warning(
        make_project: ProjectFactory, entry: str) -> None:
    claims = make_project(LINKS_CLAIMS.format(entry=entry),
                          {"news/a.txt": "The bridge opened in 2014 after delays.\n"})
    news = claims.parent / "news"
    (news / "loop-a.txt").symlink_to("loop-b.txt")
    (news / "loop-b.txt").symlink_to("loop-a.txt")
    (news / "gone.txt").symlink_to("missing.txt")
    code, _, err = invoke("check", "--claims", str(claims))
    assert code == (1 if entry == "news/loop-a.txt" else 0), err
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    expected = {"news": ["gone.txt", "loop-a.txt", "loop-b.txt"],
                "'news/*.txt'": ["gone.txt", "loop-a.txt", "loop-b.txt"],
                "news/loop-a.txt": ["loop-a.txt"]}[entry]
    assert warnings == [
        f"warning: news/{name}: skipped, it is a symbolic link loop" if name.startswith("loop")
        else "warning: news/gone.txt: skipped, it is a broken link (to missing.txt, which "
             "does not exist)" for name in expected]


SIZE_CLAIMS = ("version: 1\ncorpus: [news]\nclaims:\n  - id: opened\n"
               "    claim: The bridge opened in 2014.\n")


def test_a_source_over_the_size_limit_is_not_counted_and_is_warned_about_on_stderr(
        make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = make_project(SIZE_CLAIMS, {
        "news/a.txt": "The bridge opened in 2014 after delays.\n",
        "news/long.txt": "The bridge opened in 2014, the mayor said. " * 40 + "\n"})
    monkeypatch.chdir(claims.parent)
    code, out, err = invoke("report", "--max-source-size", "1k", "--no-color")
    assert code == 0
    assert out.startswith("crosscheck report  claims.yaml · 1 claim · 1 source\n")
    assert "long.txt" not in out
    assert err == ("warning: news/long.txt: skipped, 1.7 KiB, larger than the 1 KiB limit "
                   "(--max-source-size to change it)\n")
    code, out, err = invoke("report", "--no-color")  # the default, 20 MiB, and a warm cache
    assert (code, err) == (0, "")
    assert out.startswith("crosscheck report  claims.yaml · 1 claim · 2 sources\n")
    assert invoke("report", "--max-source-size", "1k", "--no-color")[1].startswith(
        "crosscheck report  claims.yaml · 1 claim · 1 source\n")


@pytest.mark.parametrize("command", ["report", "check", "lock", "explain", "scan"])
def test_a_size_that_is_not_one_is_a_usage_error(command: str) -> None:
    args = [command, "opened"] if command == "explain" else [command]
    code, out, err = invoke(*args, "--claims", DEMO, "--max-source-size", "lots")
    assert (code, out) == (2, "")
    assert "'lots' is not a size; write it as 20M, 500k, 1G or a number of bytes" in err
