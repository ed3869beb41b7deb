"""The real commands, through typer's CliRunner and a subprocess: output, files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


def test_report_on_the_demo_exits_zero_and_puts_worst_news_first() -> None:
    code, out, _ = invoke("report", "--claims", DEMO, "--no-color")
    assert code == 0
    assert out.splitlines()[1].startswith("1 contradicted")
    assert out.index("CONTRADICTED (accepted)  crimea-annexed") < out.index(
        "SUPPORTED  residents-expelled")
    assert "seeds/004_07cfdb25156acfab.txt:44:1" in out


def test_json_follows_the_contract() -> None:
    code, out, _ = invoke("report", "--claims", DEMO, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["version"] == 1
    for claim in data["claims"]:
        assert {"id", "status", "claim", "evidence"} <= claim.keys()
        for evidence in claim["evidence"]:
            assert {"source", "line", "relation", "text", "value"} <= evidence.keys()
            assert evidence["source"].startswith("seeds/")


def test_check_passes_on_the_demo_with_its_discrepancies_accepted_and_shown() -> None:
    code, out, err = invoke("check", "--claims", DEMO)
    assert code == 0
    assert out.splitlines() == [
        "seeds/004_07cfdb25156acfab.txt:44:1: note: crimea-annexed: accepted discrepancy (the "
        "2016 digest misdates the annexation (it was March 2014)): “For Moscow, deepening ties "
        "with Japan, a key U.S. ally in East Asia and a member of the Group of Seven advanced "
        "economi…” [accepted]",
        "seeds/002_ff9e8690550813e8.txt:33:1: note: lavrov-kono-talks: accepted discrepancy (the "
        "Moscow Times dates the meeting Jan. 15; the others, and the Kremlin, Jan. 14): "
        "“Russia, however, responded to Abe's remarks by summoning Japan's ambassador, and "
        "Lavrov subsequently complained about \"…” [accepted]"]
    assert "no claim failing of 17" in err


def test_check_passes_when_every_claim_is_supported(make_project: ProjectFactory) -> None:
    claims = make_project(
        "version: 1\ncorpus: [news]\nclaims:\n  - id: opened\n    claim: The bridge opened in "
        "2014.\n", {"news/a.txt": "The bridge opened in 2014 after years of delays.\n"})
    code, _, err = invoke("check", "--claims", str(claims))
    assert code == 0 and "no claim failing of 1 (by verdicts)" in err


def test_bad_claims_file_exits_two_with_a_located_message(make_project: ProjectFactory) -> None:
    claims = make_project("version: 1\nclaims:\n  - id: a\n    claim: x\n    valeu: 1\n",
                          {"seeds/a.txt": "Text."})
    code, out, err = invoke("check", "--claims", str(claims))
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and err.endswith(
        'claims.yaml:5:5: claim "a": unknown key "valeu"; did you mean "value"?\n')


def test_missing_claims_file_exits_two(tmp_path: Path) -> None:
    code, _, err = invoke("report", "--claims", str(tmp_path / "nope.yaml"))
    assert code == 2 and "no such file; pass --claims PATH" in err


def test_missing_corpus_exits_two(make_project: ProjectFactory) -> None:
    claims = make_project("version: 1\ncorpus: [news]\nclaims:\n  - {id: a, claim: x}\n", {})
    code, _, err = invoke("check", "--claims", str(claims))
    assert code == 2 and 'corpus entry "news" matches no files' in err


def test_output_file_is_written_and_nothing_else_left(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    code, out, err = invoke("report", "--claims", DEMO, "--format", "markdown",
                            "--output", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("## crosscheck: 1 contradicted")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    assert "wrote markdown report" in err


def test_explain_shows_analysis_and_reasons() -> None:
    code, out, _ = invoke("explain", "crimea-annexed", "--claims", DEMO)
    assert code == 0
    assert "[checked] 2014 -> 2014" in out
    assert "conflicts" in out and "2013 differs from the claim's 2014" in out


def test_explain_unknown_id_suggests_one() -> None:
    code, _, err = invoke("explain", "crimea-anexed", "--claims", DEMO)
    assert code == 2 and 'did you mean "crimea-annexed"?' in err


def test_internal_errors_exit_three(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("crosscheck.checker.check", broken)
    code, _, err = invoke("report", "--claims", DEMO)
    assert code == 3
    assert err == ("crosscheck: internal error: RuntimeError: boom "
                   "(re-run with --debug for the traceback)\n")


def test_python_dash_m_and_same_bytes_under_two_hash_seeds() -> None:
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
        done = subprocess.run(
            [sys.executable, "-m", "crosscheck", "report", "--claims", DEMO, "--format",
             "json"], capture_output=True, env=env, check=False, cwd=REPO)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci_command = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert f"```sh\n{ci_command}\n```" in readme


def test_core_reports_progress_and_cli_draws_no_bar_off_a_terminal() -> None:
    from crosscheck.checker import CheckConfig, check

    seen: list[tuple[str, int, int]] = []
    check(CheckConfig(REPO / "claims.yaml", use_cache=False,
                      progress=lambda stage, done, total: seen.append((stage, done, total))))
    assert ("reading sources", 5, 5) in seen and ("checking claims", 17, 17) in seen
    code, _, err = invoke("report", "--claims", DEMO, "--format", "json")
    assert code == 0 and "\r" not in err and "checking claims" not in err
