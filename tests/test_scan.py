"""`crosscheck scan`: disagreements nobody wrote a claim for, on corpora written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from bench.eval_scan import evaluate
from typer.testing import CliRunner

from crosscheck.checker import CheckConfig, scan_project
from crosscheck.claims import parse_claims
from crosscheck.cli import app
from tests.conftest import REPO, ProjectFactory

runner = CliRunner()
DEMO = str(REPO / "claims.yaml")

STORIES = {
    "news/a.txt": """
        Published: 2022-05-10

        The Harven dam, completed in 1962, holds back 340 million cubic metres of water.
        Engineers found 14 cracks in the Harven dam wall during an inspection last month.
    """,
    "news/b.txt": """
        Published: 2022-05-11

        Inspectors counted 41 cracks in the wall of the Harven dam, the water authority said.
        The dam was completed in 1962 and supplies the town of Ostrel.
    """,
    "news/c.txt": """
        Published: 2022-05-12

        The Lorsk dam, completed in 1975, will be drained for repairs in the autumn.
    """,
}


def test_planted_disagreement_first_and_paraphrased_agreement(
        make_project: ProjectFactory) -> None:
    claims = make_project("version: 1\ncorpus: [news]\nclaims:\n  - {id: x, claim: unused}\n",
                          STORIES)
    report = scan_project(CheckConfig(claims))
    assert len(report.disagreements) == 1
    first = report.disagreements[0]
    assert {first.first.value.text, first.second.value.text} == {"14", "41"}
    assert any({f.first.value.text, f.second.value.text} == {"1962"}
               for f in report.agreements)
    # the Lorsk dam's 1975 is another dam: neither agreement nor disagreement
    assert all("1975" not in (f.first.value.text, f.second.value.text)
               for f in report.findings)


def test_scan_quality_floor() -> None:
    quality = evaluate()
    assert quality.precision >= 0.8 and quality.recall >= 0.7, quality


def test_scan_command_on_the_demo() -> None:
    result = runner.invoke(app, ["scan", "--claims", DEMO], catch_exceptions=False)
    assert result.exit_code == 0
    assert "1. Disagreement" in result.stdout
    assert "seeds/002_ff9e8690550813e8.txt:33:1  Jan. 15 → 2019-01-15" in result.stdout


def test_scan_json_and_markdown() -> None:
    result = runner.invoke(app, ["scan", "--claims", DEMO, "--format", "json", "--all"])
    data = json.loads(result.stdout)
    assert data["findings"][0]["relation"] == "disagrees"
    assert any(f["relation"] == "agrees" for f in data["findings"])
    markdown = runner.invoke(app, ["scan", "--claims", DEMO, "--format", "markdown"]).stdout
    rows = [line for line in markdown.splitlines() if line.startswith("| `")]
    assert rows and all(line.count(" | ") - line.count("\\|") == 3 for line in rows)


def test_suggestions_paste_into_a_valid_claims_file() -> None:
    result = runner.invoke(app, ["scan", "--claims", DEMO, "--suggest"])
    assert result.exit_code == 0
    entries = yaml.safe_load(result.stdout)
    assert entries[0]["value"] == "2019-01-15"
    claims = parse_claims("version: 1\nclaims:\n" + result.stdout)
    assert claims.claims[0].value == "2019-01-15"


def test_scan_output_file(tmp_path: Path) -> None:
    target = tmp_path / "scan.md"
    result = runner.invoke(app, ["scan", "--claims", DEMO, "--format", "markdown",
                                 "--output", str(target)])
    assert result.exit_code == 0 and target.read_text().startswith("## crosscheck scan: 1")
