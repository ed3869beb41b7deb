"""Bad input gets a clear, located answer and the promised exit code; never a traceback.

One case per problem, each driven through the real `crosscheck check` command.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.sources import make_source

runner = CliRunner()
GOOD_CLAIM = "claims:\n  - {id: a, claim: The bridge opened in 2014.}\n"
CORPUS = {"docs/a.txt": b"The bridge opened in 2014 after years of delay.\n"}


def run(tmp_path: Path, claims: bytes | str, files: dict[str, bytes] | None = None,
        *args: str) -> tuple[int, str, str]:
    for name, data in (CORPUS if files is None else files).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    claims_path = tmp_path / "claims.yaml"
    claims_path.write_bytes(claims.encode() if isinstance(claims, str) else claims)
    result = runner.invoke(app, ["check", "--claims", str(claims_path), *args],
                           catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


BOMB = "version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + chr(ord(c) - 1)] * 10)}]\n" for c in "bcdefg") + GOOD_CLAIM

BAD_CLAIMS = [
    ("yaml syntax", "version: 1\nclaims:\n  - id: a\n    claim: [oops\n",
     "claims.yaml:5:1: YAML syntax error"),
    ("claims not a list", "version: 1\nclaims: {id: a}\n",
     'claims.yaml:2:9: "claims" must be a list; start each claim with `- id: ...`'),
    ("missing id", "version: 1\nclaims:\n  - claim: x\n", 'a claim is missing "id"'),
    ("missing claim", "version: 1\nclaims:\n  - id: a\n", 'claim "a" is missing "claim"'),
    ("duplicate id", "version: 1\nclaims:\n  - {id: a, claim: x}\n  - {id: a, claim: y}\n",
     'claims.yaml:4:5: duplicate claim id "a"; it is first used on line 3'),
    ("unknown key", "version: 1\nclaims:\n  - {id: a, claim: x, min_source: 2}\n",
     'unknown key "min_source"; did you mean "min_sources"?'),
    ("bad date", "version: 1\ncorpus: [docs]\nsources:\n  docs/a.txt: {published: yesterday}\n"
     + GOOD_CLAIM, 'claims.yaml:4:27: published "yesterday" is not a date; write it as '
     "YYYY-MM-DD"),
    ("corpus matches nothing", "version: 1\ncorpus: [news]\n" + GOOD_CLAIM,
     'claims.yaml:2: corpus entry "news" matches no files'),
    ("corpus outside project", "version: 1\ncorpus: ['../../etc']\n" + GOOD_CLAIM,
     'corpus entry "../../etc" is outside the project folder'),
    ("metadata for a missing file", "version: 1\ncorpus: [docs]\nsources:\n  docs/b.txt: "
     "{title: B}\n" + GOOD_CLAIM, 'claims.yaml:4:3: sources entry "docs/b.txt" is not a file '
     "in the corpus"),
    ("empty claims", "version: 1\nclaims: []\n", '"claims" is empty'),
    ("not utf-8", b"version: 1\nclaims:\n  - {id: a, claim: caf\xe9}\n",
     "claims.yaml:3: not valid UTF-8; save the file as UTF-8"),
    ("alias bomb", BOMB, "expands to more than 100,000 YAML nodes"),
    ("empty file", "", "claims.yaml:1:1: the file is empty"),
    ("no version", GOOD_CLAIM, 'missing "version"; add `version: 1`'),
    ("future version", "version: 3\n" + GOOD_CLAIM, "unsupported version 3"),
    ("value not in claim", "version: 1\ncorpus: [docs]\nclaims:\n  - id: a\n    claim: The "
     "bridge opened in 2014.\n    value: 2015\n",
     'claims.yaml:4:5: claim "a": value "2015" is not a value of its claim text; values '
     'found in the text: "2014"'),
    ("min_sources zero", "version: 1\nclaims:\n  - {id: a, claim: x, min_sources: 0}\n",
     "min_sources must be at least 1, not 0"),
    ("id not a slug", "version: 1\nclaims:\n  - {id: My Claim, claim: x}\n",
     'id must be a slug (a-z, 0-9, ".", "_", "-"); e.g. "my-claim"'),
    ("top level list", "- id: a\n  claim: x\n", "the top level must be a mapping"),
    ("corpus wrong type", "version: 1\ncorpus: {docs: 1}\n" + GOOD_CLAIM,
     "corpus must be a string or a list of strings"),
    ("claim text not a string", "version: 1\nclaims:\n  - {id: a, claim: [x]}\n",
     'claim "a": claim must be a string'),
]


@pytest.mark.parametrize(("case", "claims", "message"), BAD_CLAIMS,
                         ids=[c[0] for c in BAD_CLAIMS])
def test_bad_claims_file(tmp_path: Path, case: str, claims: str, message: str) -> None:
    code, out, err = run(tmp_path, claims)
    assert code == 2, (case, err)
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_enormous_claims_file(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "version: 1\n" + "#" * (6 * 1024 * 1024) + "\n" + GOOD_CLAIM)
    assert code == 2 and "larger than 5 MiB; split the claims into several files" in err


def test_missing_claims_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--claims", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--colour"])
    assert result.exit_code == 2 and "No such option" in result.stderr


# --- source problems are recorded, not fatal --------------------------------------------------

def test_problem_sources_are_skipped_with_warnings(tmp_path: Path) -> None:
    files = {
        **CORPUS,
        "docs/binary.txt": b"\x00\x01\x02\x03bridge",
        "docs/empty.txt": b"   \n\n",
        "docs/utf16.txt": "The bridge opened in 2014, the mayor said.\n".encode("utf-16"),
        "docs/cp1252.txt": "The bridge opened in 2014 – “finally”.\n".encode("cp1252"),
    }
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs")
    code, _, err = run(tmp_path, "version: 1\ncorpus: [docs]\n" + GOOD_CLAIM, files)
    assert code == 0
    assert "warning: docs/binary.txt: skipped, it looks binary" in err
    assert "warning: docs/empty.txt: skipped, it is empty" in err


def test_symlink_out_of_the_project_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("The bridge opened in 2014.")
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "a.txt").write_text("The bridge opened in 2014.")
    (project / "docs" / "link.txt").symlink_to(outside)
    code, _, err = run(project, "version: 1\ncorpus: [docs]\n" + GOOD_CLAIM, {})
    assert code == 0 and "docs/link.txt: skipped, it resolves outside the project" in err


# --- interrupted or failing runs leave nothing half-written -------------------------------

def test_ctrl_c_exits_130_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("crosscheck.checker.check", interrupted)
    code, _, err = run(tmp_path, "version: 1\ncorpus: [docs]\n" + GOOD_CLAIM)
    assert (code, err) == (130, "crosscheck: interrupted\n")


def test_failed_render_leaves_the_old_output_intact(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous report\n")

    def broken(*_: object, **__: object) -> str:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr("crosscheck.cli.render_check", broken)
    code, _, err = run(tmp_path, "version: 1\ncorpus: [docs]\n" + GOOD_CLAIM, None,
                       "--format", f"markdown={target}")
    assert code == 3 and "internal error: RuntimeError: renderer failed" in err
    assert target.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".crosscheck", "claims.yaml", "docs", "report.md"]


# --- properties: loaders never raise and keep line numbers --------------------------------

@settings(max_examples=300)
@given(st.text(max_size=400), st.sampled_from(["a.txt", "a.md"]))
def test_loaders_never_raise_and_keep_lines(text: str, name: str) -> None:
    source = make_source(name, text, None)
    assert source.text.count("\n") == text.count("\n")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_html_loader_never_raises(text: str) -> None:
    make_source("a.html", f"<html><body><p>{text}</p></body></html>", None)


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_any_bytes_decode(data: bytes) -> None:
    from crosscheck.sources import decode

    assert isinstance(decode(codecs.BOM_UTF8 + data), str)
    assert isinstance(decode(data), str)


def test_output_to_a_device_is_written_not_replaced(tmp_path: Path) -> None:
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        code, _, _ = run(tmp_path, "version: 1\ncorpus: [docs]\n" + GOOD_CLAIM, None,
                         "--format", f"json={fifo}")
        assert code == 0
        assert stat.S_ISFIFO(fifo.stat().st_mode)
        assert os.read(reader, 65536).startswith(b"{")
    finally:
        os.close(reader)
